import { checkMark, fieldError, marksToCenti } from '@gonghui/domain';
import { requirePermissionOn, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { readsCompetition, visibleCompetition } from '../../competition/access.js';
import { invalid, refused, schemeOf } from '../../competition/records.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { CompetitionAppealStateEnum } from './competition-appeal-state.js';
import { appealReasonRule, RaiseAppealInput } from './raise-appeal-input.js';

export const CompetitionAppealRef = builder.prismaObject('CompetitionAppeal', {
  description:
    '申诉: a change to a locked score, raised with a reason and decided by a second staff member; both are in the audit log.',
  select: { id: true },
  fields: (t) => ({
    id: t.id({ resolve: (a) => encodeGlobalId('CompetitionAppeal', a.id) }),
    state: t.expose('state', { type: CompetitionAppealStateEnum }),
    stageName: t.string({
      select: { stage: { select: { name: true } } },
      resolve: (a) => a.stage.name,
    }),
    publicName: t.string({
      select: { entry: { select: { publicName: true } } },
      resolve: (a) => a.entry.publicName,
    }),
    bibNumber: t.int({
      select: { entry: { select: { bibNumber: true } } },
      resolve: (a) => a.entry.bibNumber,
    }),
    aspectCode: t.exposeString('aspectCode'),
    fromMarks: t.float({ select: { fromCenti: true }, resolve: (a) => a.fromCenti / 100 }),
    toMarks: t.float({ select: { toCenti: true }, resolve: (a) => a.toCenti / 100 }),
    reason: t.exposeString('reason'),
    raisedByName: t.exposeString('raisedByName'),
    decidedByName: t.exposeString('decidedByName', { nullable: true }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('competitionAppeals', (t) =>
  t.prismaField({
    type: ['CompetitionAppeal'],
    description: '申诉 of a competition (competition.read at the organiser), newest first.',
    authScopes: { permission: 'competition.read' },
    errors: { types: [ValidationError, NotFoundError, UnauthenticatedError] },
    args: { competitionId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const competition = await visibleCompetition(viewer, args.competitionId, 'competitionId');
      if (!readsCompetition(viewer, competition.lineageIds)) throw new NotFoundError('竞赛');
      return prisma.competitionAppeal.findMany({
        ...query,
        where: { stage: { competitionId: competition.id } },
        orderBy: { createdAt: 'desc' },
      });
    },
  }),
);

builder.mutationField('raiseCompetitionAppeal', (t) =>
  t.prismaField({
    type: 'CompetitionAppeal',
    description:
      '提出申诉: only for a closed stage, before publication; competition.manage at the organiser. Another staff member decides.',
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        ForbiddenError,
        RuleViolationError,
        UnauthenticatedError,
      ],
      directResult: true,
    },
    args: { input: t.arg({ type: RaiseAppealInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const stageId = parseGlobalIdOf('CompetitionStage', input.stageId, 'input.stageId');
      const entryId = parseGlobalIdOf('CompetitionEntry', input.entryId, 'input.entryId');
      const judgeId = parseGlobalIdOf('CompetitionJudge', input.judgeId, 'input.judgeId');
      const stage = await prisma.competitionStage.findUnique({
        where: { id: stageId },
        include: { competition: true },
      });
      if (!stage) throw new NotFoundError('赛段');
      requirePermissionOn(viewer, 'competition.manage', stage.competition.lineageIds, '赛段');
      if (stage.state !== 'CLOSED') {
        throw refused(
          fieldError(
            'input.stageId',
            'COMPETITION_APPEAL_STAGE_OPEN',
            '赛段尚未闭赛，裁判可直接修改分数，无需申诉',
          ),
        );
      }
      if (stage.competition.resultsPublishedAt) {
        throw refused(
          fieldError('input.stageId', 'COMPETITION_ALREADY_PUBLISHED', '成绩已公布，不能再申诉'),
        );
      }
      const score = await prisma.competitionScore.findUnique({
        where: {
          stageId_entryId_aspectCode_judgeId: {
            stageId,
            entryId,
            aspectCode: input.aspectCode,
            judgeId,
          },
        },
      });
      if (!score) throw new NotFoundError('评分');
      const aspect = schemeOf(stage.scheme).aspects.find((a) => a.code === input.aspectCode);
      const centi = marksToCenti(input.toMarks, 'input.toMarks');
      if (!centi.ok) throw invalid(centi.error);
      if (!aspect) throw new NotFoundError('评分项');
      const checked = checkMark(aspect, centi.value, 'input.toMarks');
      if (!checked.ok) throw invalid(checked.error);
      if (checked.value === score.centi) {
        throw invalid(
          fieldError('input.toMarks', 'COMPETITION_APPEAL_NO_CHANGE', '更正后的分数与原分数相同'),
        );
      }
      return prisma.$transaction(async (tx) => {
        const appeal = await tx.competitionAppeal.create({
          data: {
            stageId,
            entryId,
            scoreId: score.id,
            aspectCode: input.aspectCode,
            fromCenti: score.centi,
            toCenti: checked.value,
            reason: input.reason.trim(),
            raisedByStaffId: viewer.staffId,
            raisedByName: viewer.displayName,
          },
        });
        await writeAudit(tx, viewer, {
          action: 'competition.appeal.raise',
          targetType: 'CompetitionAppeal',
          targetId: appeal.id,
          organizationId: stage.competition.organizationId,
          lineageIds: stage.competition.lineageIds,
          before: { centi: score.centi },
          after: { centi: checked.value },
          reason: input.reason.trim(),
        });
        return tx.competitionAppeal.findUniqueOrThrow({ ...query, where: { id: appeal.id } });
      });
    },
  }),
);

builder.mutationField('decideCompetitionAppeal', (t) =>
  t.prismaField({
    type: 'CompetitionAppeal',
    description:
      '复核申诉: a second staff member (not the one who raised it) with competition.manage approves — the score changes in the same transaction — or rejects.',
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        ForbiddenError,
        RuleViolationError,
        UnauthenticatedError,
      ],
      directResult: true,
    },
    args: {
      id: t.arg.id({ required: true }),
      approve: t.arg.boolean({ required: true }),
      note: t.arg.string({ required: true, validate: appealReasonRule }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const id = parseGlobalIdOf('CompetitionAppeal', args.id);
      const appeal = await prisma.competitionAppeal.findUnique({
        where: { id },
        include: { stage: { include: { competition: true } } },
      });
      if (!appeal) throw new NotFoundError('申诉');
      const competition = appeal.stage.competition;
      requirePermissionOn(viewer, 'competition.manage', competition.lineageIds, '申诉');
      if (appeal.raisedByStaffId === viewer.staffId) {
        throw refused(
          fieldError(
            'id',
            'COMPETITION_APPEAL_SECOND_APPROVER',
            '申诉须由提出人以外的另一名工作人员复核',
          ),
        );
      }
      if (competition.resultsPublishedAt) {
        throw refused(fieldError('id', 'COMPETITION_ALREADY_PUBLISHED', '成绩已公布'));
      }
      return prisma.$transaction(async (tx) => {
        const decided = await tx.competitionAppeal.updateMany({
          where: { id, state: 'PENDING' },
          data: {
            state: args.approve ? 'APPROVED' : 'REJECTED',
            decidedByStaffId: viewer.staffId,
            decidedByName: viewer.displayName,
            decisionNote: args.note.trim(),
            decidedAt: new Date(),
          },
        });
        if (decided.count === 0) {
          throw new RuleViolationError('COMPETITION_APPEAL_DECIDED', '该申诉已经复核');
        }
        if (args.approve) {
          const changed = await tx.competitionScore.updateMany({
            where: { id: appeal.scoreId, centi: appeal.fromCenti },
            data: { centi: appeal.toCenti },
          });
          if (changed.count === 0) {
            throw new RuleViolationError(
              'COMPETITION_APPEAL_STALE',
              '原分数已被更改，请重新提出申诉',
            );
          }
        }
        await writeAudit(tx, viewer, {
          action: args.approve ? 'competition.appeal.approve' : 'competition.appeal.reject',
          targetType: 'CompetitionAppeal',
          targetId: appeal.id,
          organizationId: competition.organizationId,
          lineageIds: competition.lineageIds,
          before: { centi: appeal.fromCenti },
          after: { centi: args.approve ? appeal.toCenti : appeal.fromCenti },
          reason: args.note.trim(),
        });
        return tx.competitionAppeal.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
);
