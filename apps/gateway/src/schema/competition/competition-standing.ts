import { requireStaff } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { readsCompetition, visibleStage } from '../../competition/access.js';
import { type StandingRow, stageStandings } from '../../competition/standings.js';
import { prisma } from '../../db.js';
import { NotFoundError, UnauthenticatedError, ValidationError } from '../../errors.js';
import { encodeGlobalId } from '../../global-id.js';
import { CompetitionAwardEnum } from './competition-award.js';
import { TieBreakEnum } from './tie-break.js';

const toMarks = (centi: number | null) => (centi === null ? null : centi / 100);

export const CompetitionStandingRef = builder
  .objectRef<StandingRow>('CompetitionStanding')
  .implement({
    description:
      '实时排名 (staff): aggregated scores only — never an individual judge’s mark. Null scores: not yet scored.',
    fields: (t) => ({
      entryId: t.id({ resolve: (row) => encodeGlobalId('CompetitionEntry', row.entryId) }),
      bibNumber: t.exposeInt('bibNumber'),
      publicName: t.exposeString('publicName'),
      employerName: t.exposeString('employerName'),
      theoryScore: t.float({ nullable: true, resolve: (row) => toMarks(row.score.theoryCenti) }),
      practicalScore: t.float({
        nullable: true,
        resolve: (row) => toMarks(row.score.practicalCenti),
      }),
      totalScore: t.float({ nullable: true, resolve: (row) => toMarks(row.score.totalCenti) }),
      timeUsedSeconds: t.exposeInt('timeUsedSeconds', { nullable: true }),
      rank: t.exposeInt('rank', { nullable: true }),
      position: t.exposeInt('position'),
      tieBrokenBy: t.field({
        type: TieBreakEnum,
        nullable: true,
        resolve: (row) => row.tieBrokenBy,
      }),
      award: t.field({ type: CompetitionAwardEnum, nullable: true, resolve: (row) => row.award }),
      pendingMarks: t.exposeInt('pendingMarks', { description: 'Judges’ marks still expected.' }),
    }),
  });

builder.queryField('competitionStandings', (t) =>
  t.field({
    type: [CompetitionStandingRef],
    description: '实时排名 of a stage (competition.read at the organiser).',
    authScopes: { permission: 'competition.read' },
    errors: { types: [ValidationError, NotFoundError, UnauthenticatedError] },
    args: { stageId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const stage = await visibleStage(viewer, args.stageId);
      if (!readsCompetition(viewer, stage.competition.lineageIds)) throw new NotFoundError('赛段');
      return stageStandings(prisma, stage.id);
    },
  }),
);
