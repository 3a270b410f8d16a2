import { builder } from '../../builder.js';
import { isAwardLevel } from '../../competition/award-level.js';
import { encodeGlobalId } from '../../global-id.js';
import { CompetitionAwardEnum } from './competition-award.js';

export const CompetitionResultRef = builder.prismaObject('CompetitionResult', {
  description:
    '公布的成绩: public once the results are published — the contestant’s public name, employer, rank, scores and award; never personal data.',
  // Everything the fields read, selected once for the type: a field with its own `select` is
  // wrapped by Pothos in a per-row look-up of its loaded selection, which a results page of
  // 400 rows paid 400 times per field (issue 10's profile).
  select: {
    id: true,
    rank: true,
    totalCenti: true,
    practicalCenti: true,
    award: true,
    entry: {
      select: {
        publicName: true,
        teamMemberNames: true,
        bibNumber: true,
        employer: { select: { name: true } },
      },
    },
  },
  fields: (t) => ({
    id: t.id({ resolve: (result) => encodeGlobalId('CompetitionResult', result.id) }),
    rank: t.int({
      nullable: true,
      description: 'Null: not fully scored.',
      resolve: (result) => result.rank,
    }),
    publicName: t.string({ resolve: (result) => result.entry.publicName }),
    teamMemberNames: t.stringList({ resolve: (result) => result.entry.teamMemberNames }),
    employerName: t.string({ resolve: (result) => result.entry.employer.name }),
    bibNumber: t.int({ resolve: (result) => result.entry.bibNumber }),
    totalScore: t.float({
      nullable: true,
      resolve: (result) => (result.totalCenti === null ? null : result.totalCenti / 100),
    }),
    practicalScore: t.float({
      nullable: true,
      resolve: (result) => (result.practicalCenti === null ? null : result.practicalCenti / 100),
    }),
    award: t.field({
      type: CompetitionAwardEnum,
      nullable: true,
      resolve: (result) => (result.award && isAwardLevel(result.award) ? result.award : null),
    }),
  }),
});
