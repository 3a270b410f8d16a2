import { checkStudioName } from '@gonghui/domain';
import { requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { validationFailure } from '../../honor/domain-records.js';
import { studioForAction } from '../../innovation/access.js';
import { innovationConfigFor } from '../../innovation/config-records.js';
import { leadAwardFor } from '../../innovation/lead-award.js';
import { today } from '../../shared-dates.js';
import { UpdateStudioInput } from './update-studio-input.js';

builder.mutationFields((t) => ({
  updateStudio: t.prismaField({
    type: 'InnovationStudio',
    description:
      '修改工作室信息 (innovation.manage): name, level, host employer, industry chain, description and the link of the lead to their honor-roll profile; audited with the values before and after. A de-listed studio is not edited.',
    errors: {
      types: [
        ValidationError,
        RuleViolationError,
        ForbiddenError,
        NotFoundError,
        UnauthenticatedError,
      ],
      directResult: true,
    },
    args: {
      studioId: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateStudioInput, required: true }),
    },
    resolve: async (query, _root, { studioId, input }, context) => {
      const viewer = requireStaff(context);
      const studio = await studioForAction(viewer, 'innovation.manage', studioId, 'studioId');
      if (studio.status === 'DELISTED') {
        throw new RuleViolationError('INNOVATION_STUDIO_DELISTED', '工作室已摘牌，不能再修改');
      }
      const name = checkStudioName(input.name, 'input.name');
      if (!name.ok) throw validationFailure(name.error);
      const leadAward = input.leadHonoreeId
        ? await leadAwardFor(input.leadHonoreeId, studio.leadName, 'input.leadHonoreeId')
        : null;
      // A linked award's title joins what qualifies the lead when the title qualifies (under
      // the lead rule in force for the studio's region).
      const { leadQualification } = await innovationConfigFor(studio.regionCode, today());
      const leadHonorCodes =
        leadAward &&
        leadQualification.qualifyingHonorCodes.includes(leadAward.titleCode) &&
        !studio.leadHonorCodes.includes(leadAward.titleCode)
          ? [...studio.leadHonorCodes, leadAward.titleCode]
          : studio.leadHonorCodes;
      const after = {
        name: name.value,
        level: input.level,
        hostEmployerName: input.hostEmployerName.trim(),
        industryChain: input.industryChain.trim(),
        description: input.description?.trim() || null,
        leadAwardId: leadAward?.id ?? null,
        leadHonorCodes,
      };
      const before = {
        name: studio.name,
        level: studio.level,
        hostEmployerName: studio.hostEmployerName,
        industryChain: studio.industryChain,
        description: studio.description,
        leadAwardId: studio.leadAwardId,
        leadHonorCodes: studio.leadHonorCodes,
      };
      return prisma.$transaction(async (tx) => {
        const updated = await tx.innovationStudio.updateMany({
          where: { id: studio.id, updatedAt: studio.updatedAt, status: { not: 'DELISTED' } },
          data: after,
        });
        if (updated.count !== 1) {
          throw new RuleViolationError(
            'INNOVATION_STUDIO_CHANGED',
            '该工作室刚被他人变更，请刷新后重试',
          );
        }
        await writeAudit(tx, viewer, {
          action: 'innovation.studio.update',
          targetType: 'InnovationStudio',
          targetId: studio.id,
          organizationId: studio.organizationId,
          lineageIds: studio.lineageIds,
          before,
          after,
        });
        return tx.innovationStudio.findUniqueOrThrow({ ...query, where: { id: studio.id } });
      });
    },
  }),
}));
