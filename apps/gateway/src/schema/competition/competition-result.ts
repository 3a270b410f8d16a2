import { builder } from '../../builder.js';
import { isAwardLevel } from '../../competition/award-level.js';
import { encodeGlobalId } from '../../global-id.js';
import { CompetitionAwardEnum } from './competition-award.js';

export const CompetitionResultRef = builder.prismaObject('CompetitionResult', {
  description:
    '公布的成绩: public once the results are published — the contestant’s public name, employer, rank, scores and award; never personal data.',
  select: { id: true },
  fields: (t) => ({
    id: t.id({ resolve: (result) => encodeGlobalId('CompetitionResult', result.id) }),
    rank: t.exposeInt('rank', { nullable: true, description: 'Null: not fully scored.' }),
    publicName: t.string({
      select: { entry: { select: { publicName: true } } },
      resolve: (result) => result.entry.publicName,
    }),
    teamMemberNames: t.stringList({
      select: { entry: { select: { teamMemberNames: true } } },
      resolve: (result) => result.entry.teamMemberNames,
    }),
    employerName: t.string({
      select: { entry: { select: { employer: { select: { name: true } } } } },
      resolve: (result) => result.entry.employer.name,
    }),
    bibNumber: t.int({
      select: { entry: { select: { bibNumber: true } } },
      resolve: (result) => result.entry.bibNumber,
    }),
    totalScore: t.float({
      nullable: true,
      select: { totalCenti: true },
      resolve: (result) => (result.totalCenti === null ? null : result.totalCenti / 100),
    }),
    practicalScore: t.float({
      nullable: true,
      select: { practicalCenti: true },
      resolve: (result) => (result.practicalCenti === null ? null : result.practicalCenti / 100),
    }),
    award: t.field({
      type: CompetitionAwardEnum,
      nullable: true,
      select: { award: true },
      resolve: (result) => (result.award && isAwardLevel(result.award) ? result.award : null),
    }),
  }),
});
