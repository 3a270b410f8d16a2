import {
  type FieldError,
  LABOUR_DIMENSIONS,
  labourScoreIssues,
  marksToCenti,
} from '@gonghui/domain';
import { requirePermissionOn, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { visibleStage } from '../../competition/access.js';
import { invalid } from '../../competition/records.js';
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
import { LabourScoresInput } from './labour-scores-input.js';

builder.mutationField('recordLabourScores', (t) =>
  t.prismaField({
    type: 'CompetitionStage',
    description:
      '考核评分 of a labour competition unit for an open period (competition.manage); replaces an earlier one.',
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
    args: { input: t.arg({ type: LabourScoresInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const stage = await visibleStage(viewer, input.stageId, 'input.stageId');
      requirePermissionOn(viewer, 'competition.manage', stage.competition.lineageIds, '赛段');
      if (stage.competition.kind !== 'LABOUR_PROJECT') {
        throw ValidationError.of(
          'input.stageId',
          'COMPETITION_NOT_LABOUR',
          '只有重点工程劳动竞赛按六个维度考核',
        );
      }
      const entryId = parseGlobalIdOf('CompetitionEntry', input.entryId, 'input.entryId');
      const values = [
        input.quality,
        input.safety,
        input.progress,
        input.innovation,
        input.civility,
        input.management,
      ];
      const issues: FieldError[] = [];
      const scores: Record<string, number> = {};
      LABOUR_DIMENSIONS.forEach((dimension, index) => {
        const centi = marksToCenti(values[index] ?? Number.NaN, `input.${dimension.toLowerCase()}`);
        if (!centi.ok) issues.push(centi.error);
        else scores[dimension] = centi.value;
      });
      issues.push(...labourScoreIssues(scores, 'input'));
      if (issues.length > 0) throw invalid(issues);
      return prisma.$transaction(async (tx) => {
        await lockOpenStage(tx, stage.id);
        const entry = await tx.competitionEntry.findFirst({
          where: { id: entryId, competitionId: stage.competitionId },
          select: { id: true },
        });
        if (!entry) throw new NotFoundError('参赛单位');
        await tx.competitionLabourScore.upsert({
          where: { stageId_entryId: { stageId: stage.id, entryId } },
          create: { stageId: stage.id, entryId, scores, submittedByStaffId: viewer.staffId },
          update: { scores, submittedByStaffId: viewer.staffId, submittedAt: new Date() },
        });
        await writeAudit(tx, viewer, {
          action: 'competition.labour.score',
          targetType: 'CompetitionEntry',
          targetId: entryId,
          organizationId: stage.competition.organizationId,
          lineageIds: stage.competition.lineageIds,
          after: scores,
        });
        return tx.competitionStage.findUniqueOrThrow({ ...query, where: { id: stage.id } });
      });
    },
  }),
);
