import { resolveObjection } from '@gonghui/domain';
import { z } from 'zod';
import { requireStaff } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { honorActor, nominationVisibility } from '../../honor/access.js';
import { objectionOf, ruleViolation } from '../../honor/domain-records.js';
import { recordNominationChange } from '../../honor/history.js';
import { dateColumn, today } from '../../shared-dates.js';
import { ObjectionOutcomeEnum } from './objection-outcome.js';
import { ObjectionStateEnum } from './objection-state.js';

/** An objection as staff see it (only through its nomination). The sender is never recorded. */
export const ObjectionRef = builder.prismaObject('HonorObjection', {
  name: 'Objection',
  description: '异议 raised during a public notice.',
  fields: (t) => ({
    id: t.id({
      description: 'For resolveObjection.',
      resolve: (objection) => encodeGlobalId('Objection', objection.id),
    }),
    text: t.exposeString('text'),
    receivedOn: t.expose('receivedOn', { type: 'Date' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    state: t.expose('state', { type: ObjectionStateEnum }),
    finding: t.exposeString('finding', { nullable: true, description: '核查结论.' }),
    resolvedOn: t.expose('resolvedOn', { type: 'Date', nullable: true }),
  }),
});

builder.mutationField('resolveObjection', (t) =>
  t.prismaField({
    type: 'HonorObjection',
    description:
      '核查异议: UPHELD (the nomination cannot be approved) or DISMISSED, with the finding. Needs honor.review at the organising union.',
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
      id: t.arg.id({ required: true }),
      outcome: t.arg({ type: ObjectionOutcomeEnum, required: true }),
      finding: t.arg.string({
        required: true,
        validate: z.string().max(2000, 'HONOR_FINDING_TOO_LONG|核查结论最多 2000 个字'),
      }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const id = parseGlobalIdOf('Objection', args.id, 'id');
      const row = await prisma.honorObjection.findFirst({
        where: { id, nomination: nominationVisibility(viewer) },
        include: { nomination: { include: { campaign: true } } },
      });
      if (!row) throw new NotFoundError('异议');
      const { nomination } = row;
      const actor = honorActor(viewer, nomination.campaign.lineageIds, nomination.lineageIds);
      if (!actor.permissions.includes('honor.review')) {
        throw new ForbiddenError('核查异议需要「荣誉资格审查、组织公示」权限');
      }
      const now = today();
      const resolved = resolveObjection(
        objectionOf(row),
        args.outcome,
        args.finding,
        viewer.staffId,
        now,
      );
      if (!resolved.ok) throw ruleViolation(resolved.error, { resolution: 'finding' });
      return prisma.$transaction(async (tx) => {
        const updated = await tx.honorObjection.updateMany({
          where: { id: row.id, state: 'OPEN' },
          data: {
            state: resolved.value.state,
            finding: resolved.value.resolution,
            resolvedByStaffId: viewer.staffId,
            resolvedOn: dateColumn(now),
          },
        });
        if (updated.count !== 1) {
          throw new RuleViolationError('PUBLIC_NOTICE_OBJECTION_RESOLVED', '该异议已处理');
        }
        await recordNominationChange(tx, viewer, {
          nomination,
          action: 'OBJECTION_RESOLVED',
          fromState: nomination.state,
          toState: nomination.state,
          reason: resolved.value.resolution,
          audit: { after: { objectionId: row.id, outcome: resolved.value.state } },
        });
        return tx.honorObjection.findUniqueOrThrow({ ...query, where: { id: row.id } });
      });
    },
  }),
);
