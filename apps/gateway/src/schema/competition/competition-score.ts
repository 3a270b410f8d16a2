import { requirePermissionOn, requireStaff } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { visibleStage } from '../../competition/access.js';
import { refused } from '../../competition/records.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';

export const CompetitionScoreRef = builder.prismaObject('CompetitionScore', {
  description:
    'One judge’s locked mark (staff with competition.manage, closed stages only: what an appeal corrects).',
  select: { id: true },
  fields: (t) => ({
    id: t.id({ resolve: (s) => encodeGlobalId('CompetitionScore', s.id) }),
    aspectCode: t.exposeString('aspectCode'),
    judgeId: t.id({
      select: { judgeId: true },
      resolve: (s) => encodeGlobalId('CompetitionJudge', s.judgeId),
    }),
    judgeName: t.string({
      select: { judge: { select: { displayName: true } } },
      resolve: (s) => s.judge.displayName,
    }),
    marks: t.float({ select: { centi: true }, resolve: (s) => s.centi / 100 }),
    lockedAt: t.expose('lockedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('competitionLockedMarks', (t) =>
  t.prismaField({
    type: ['CompetitionScore'],
    description: 'The judges’ marks of one entry in a CLOSED stage (competition.manage).',
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        ForbiddenError,
        RuleViolationError,
        UnauthenticatedError,
      ],
    },
    args: { stageId: t.arg.id({ required: true }), entryId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const stage = await visibleStage(viewer, args.stageId);
      requirePermissionOn(viewer, 'competition.manage', stage.competition.lineageIds, '赛段');
      if (stage.state !== 'CLOSED') {
        throw refused({
          field: 'stageId',
          rule: 'COMPETITION_STAGE_OPEN',
          message: '赛段闭赛前不显示各裁判的分数',
        });
      }
      const entryId = parseGlobalIdOf('CompetitionEntry', args.entryId, 'entryId');
      return prisma.competitionScore.findMany({
        ...query,
        where: { stageId: stage.id, entryId },
        orderBy: [{ aspectCode: 'asc' }, { submittedAt: 'asc' }],
      });
    },
  }),
);
