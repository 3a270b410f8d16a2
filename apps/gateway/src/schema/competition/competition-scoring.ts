import {
  checkMark,
  checkRecusal,
  type FieldError,
  fieldError,
  marksToCenti,
} from '@gonghui/domain';
import { requirePermissionOn, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { visibleStage } from '../../competition/access.js';
import { judgeOf, judgeSheet } from '../../competition/judge-sheet.js';
import { invalid, refused, schemeOf } from '../../competition/records.js';
import { lockOpenStage } from '../../competition/stage-lock.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { parseGlobalIdOf } from '../../global-id.js';
import { JudgeMarkInput } from './judge-mark-input.js';
import { JudgeSheetRef } from './judge-sheet.js';

builder.queryField('judgeSheet', (t) =>
  t.field({
    type: JudgeSheetRef,
    description: '评分表 of the signed-in judge for one stage.',
    authScopes: { permission: 'competition.judge' },
    errors: {
      types: [ValidationError, NotFoundError, ForbiddenError, UnauthenticatedError],
      directResult: true,
    },
    args: { stageId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      return judgeSheet(viewer, parseGlobalIdOf('CompetitionStage', args.stageId, 'stageId'));
    },
  }),
);

builder.mutationField('submitJudgeMarks', (t) =>
  t.field({
    type: JudgeSheetRef,
    description:
      '提交评分: the signed-in judge’s marks on their assigned aspects, all or none. Refused once the stage is closed (then it is an appeal), for an aspect not assigned to the judge, and for an entry from the judge’s own employer (回避). Submitting a mark again while the stage is open replaces it (so a queued offline entry can be resent).',
    authScopes: { permission: 'competition.judge' },
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
      stageId: t.arg.id({ required: true }),
      marks: t.arg({ type: [JudgeMarkInput], required: true }),
    },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const stageId = parseGlobalIdOf('CompetitionStage', args.stageId, 'stageId');
      if (args.marks.length === 0 || args.marks.length > 500) {
        throw ValidationError.of('marks', 'COMPETITION_MARKS_COUNT', '一次提交 1–500 个分数');
      }
      const stage = await prisma.competitionStage.findUnique({
        where: { id: stageId },
        select: {
          id: true,
          scheme: true,
          competitionId: true,
          competition: { select: { organizationId: true, lineageIds: true } },
        },
      });
      if (!stage) throw new NotFoundError('赛段');
      const scheme = schemeOf(stage.scheme);
      const issues: FieldError[] = [];
      const parsed = args.marks.map((mark, index) => {
        const field = `marks.${index}`;
        const entryId = parseGlobalIdOf('CompetitionEntry', mark.entryId, `${field}.entryId`);
        const aspect = scheme.aspects.find((a) => a.code === mark.aspectCode);
        let centi = 0;
        if (!aspect) {
          issues.push(
            fieldError(
              `${field}.aspectCode`,
              'COMPETITION_ASPECT_UNKNOWN',
              `赛段没有评分项「${mark.aspectCode}」`,
            ),
          );
        } else {
          const value = marksToCenti(mark.marks, `${field}.marks`);
          if (!value.ok) issues.push(value.error);
          else {
            const checked = checkMark(aspect, value.value, `${field}.marks`);
            if (!checked.ok) issues.push(checked.error);
            else centi = checked.value;
          }
        }
        return { entryId, aspectCode: mark.aspectCode, centi, field };
      });
      if (issues.length > 0) throw invalid(issues);
      await prisma.$transaction(async (tx) => {
        await lockOpenStage(tx, stage.id);
        const judge = await judgeOf(tx, viewer, stage.competitionId);
        const assigned = new Set(
          judge.aspects.filter((a) => a.stageId === stage.id).map((a) => a.aspectCode),
        );
        const entries = await tx.competitionEntry.findMany({
          where: { id: { in: parsed.map((p) => p.entryId) }, competitionId: stage.competitionId },
          select: { id: true, employerId: true, eligible: true },
        });
        const byId = new Map(entries.map((e) => [e.id, e]));
        for (const mark of parsed) {
          if (!assigned.has(mark.aspectCode)) {
            throw new ForbiddenError(`评分项「${mark.aspectCode}」未分配给您`);
          }
          const entry = byId.get(mark.entryId);
          if (!entry?.eligible) throw new NotFoundError('参赛选手');
          const recusal = checkRecusal(
            judge.employerId,
            [entry.employerId],
            `${mark.field}.entryId`,
          );
          if (!recusal.ok) throw refused(recusal.error);
          await tx.competitionScore.upsert({
            where: {
              stageId_entryId_aspectCode_judgeId: {
                stageId: stage.id,
                entryId: mark.entryId,
                aspectCode: mark.aspectCode,
                judgeId: judge.id,
              },
            },
            create: {
              stageId: stage.id,
              entryId: mark.entryId,
              aspectCode: mark.aspectCode,
              judgeId: judge.id,
              centi: mark.centi,
            },
            update: { centi: mark.centi, submittedAt: new Date() },
          });
        }
        await writeAudit(tx, viewer, {
          action: 'competition.score.submit',
          targetType: 'CompetitionStage',
          targetId: stage.id,
          organizationId: stage.competition.organizationId,
          lineageIds: stage.competition.lineageIds,
          after: { judgeId: judge.id, marks: parsed.length },
        });
      });
      return judgeSheet(viewer, stage.id);
    },
  }),
);

builder.mutationField('recordCompetitionTime', (t) =>
  t.prismaField({
    type: 'CompetitionStage',
    description: '记录用时 (the second tie-break), while the stage is open: competition.manage.',
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
      stageId: t.arg.id({ required: true }),
      entryId: t.arg.id({ required: true }),
      seconds: t.arg.int({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const stage = await visibleStage(viewer, args.stageId);
      requirePermissionOn(viewer, 'competition.manage', stage.competition.lineageIds, '竞赛');
      if (!Number.isInteger(args.seconds) || args.seconds < 0 || args.seconds > 7 * 24 * 3600) {
        throw ValidationError.of(
          'seconds',
          'COMPETITION_TIME_INVALID',
          '用时应为 0 到 7 天之间的秒数',
        );
      }
      const entryId = parseGlobalIdOf('CompetitionEntry', args.entryId, 'entryId');
      return prisma.$transaction(async (tx) => {
        await lockOpenStage(tx, stage.id);
        const entry = await tx.competitionEntry.findFirst({
          where: { id: entryId, competitionId: stage.competitionId },
          select: { id: true },
        });
        if (!entry) throw new NotFoundError('参赛选手');
        const before = await tx.competitionTime.findUnique({
          where: { stageId_entryId: { stageId: stage.id, entryId } },
          select: { seconds: true },
        });
        await tx.competitionTime.upsert({
          where: { stageId_entryId: { stageId: stage.id, entryId } },
          create: { stageId: stage.id, entryId, seconds: args.seconds },
          update: { seconds: args.seconds },
        });
        await writeAudit(tx, viewer, {
          action: 'competition.time.record',
          targetType: 'CompetitionEntry',
          targetId: entryId,
          organizationId: stage.competition.organizationId,
          lineageIds: stage.competition.lineageIds,
          before: before ? { seconds: before.seconds } : undefined,
          after: { seconds: args.seconds },
        });
        return tx.competitionStage.findUniqueOrThrow({ ...query, where: { id: stage.id } });
      });
    },
  }),
);

builder.mutationField('closeCompetitionStage', (t) =>
  t.prismaField({
    type: 'CompetitionStage',
    description:
      '闭赛: OPEN → CLOSED by a conditional update, which waits for scores being written and then locks every score of the stage. competition.manage.',
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
    args: { stageId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const stage = await visibleStage(viewer, args.stageId);
      requirePermissionOn(viewer, 'competition.manage', stage.competition.lineageIds, '竞赛');
      return prisma.$transaction(async (tx) => {
        const now = new Date();
        const closed = await tx.competitionStage.updateMany({
          where: { id: stage.id, state: 'OPEN' },
          data: { state: 'CLOSED', closedAt: now, closedByStaffId: viewer.staffId },
        });
        if (closed.count === 0) {
          throw new RuleViolationError('COMPETITION_STAGE_CLOSED', '该赛段已经闭赛');
        }
        const locked = await tx.competitionScore.updateMany({
          where: { stageId: stage.id, lockedAt: null },
          data: { lockedAt: now },
        });
        await writeAudit(tx, viewer, {
          action: 'competition.stage.close',
          targetType: 'CompetitionStage',
          targetId: stage.id,
          organizationId: stage.competition.organizationId,
          lineageIds: stage.competition.lineageIds,
          after: { lockedScores: locked.count },
        });
        return tx.competitionStage.findUniqueOrThrow({ ...query, where: { id: stage.id } });
      });
    },
  }),
);
