import {
  type CalendarDate,
  can,
  checkPublicNoticeLength,
  checkSlateQuotaRules,
  checkSlateQuotas,
  findHonorTitle,
  honorTitleByCode,
  PUBLIC_NOTICE_WORKING_DAYS,
  roleHasPermission,
  type SlateQuotaRule,
} from '@gonghui/domain';
import { organizationForAction, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { campaignVisibility, nominationVisibility } from '../../honor/access.js';
import { honorCatalogue } from '../../honor/catalogue.js';
import { validationFailure } from '../../honor/domain-records.js';
import { quotaRuleJson, slateOf, storedQuotaRules } from '../../honor/quota-rules.js';
import { dateColumn } from '../../shared-dates.js';
import { CreateCampaignInput } from './create-campaign-input.js';
import { HonorTitleRef } from './honor-title.js';
import { QuotaCheckRef } from './quota-check.js';
import { QuotaRuleRef } from './quota-rule.js';

function visibleToStaff(context: Context, lineageIds: readonly string[], organizationId: string) {
  if (context.viewer.kind !== 'staff') return false;
  return (
    can(context.viewer.assignments, 'honor.read', lineageIds) ||
    context.viewer.assignments.some(
      (assignment) =>
        roleHasPermission(assignment.role, 'honor.read') &&
        assignment.lineageIds.includes(organizationId),
    )
  );
}

export const HonorCampaignRef = builder.prismaObject('HonorCampaign', {
  description:
    '评选活动: one round of one title organised by a union. Staff only: those within the organiser’s subtree and those below it who nominate.',
  select: { id: true, lineageIds: true, organizationId: true },
  authScopes: (campaign, context) =>
    visibleToStaff(context, campaign.lineageIds, campaign.organizationId),
  fields: (t) => ({
    id: t.id({ resolve: (campaign) => encodeGlobalId('HonorCampaign', campaign.id) }),
    name: t.exposeString('name'),
    titleCode: t.exposeString('titleCode'),
    title: t.field({
      type: HonorTitleRef,
      nullable: true,
      select: { titleCode: true },
      resolve: (campaign) => findHonorTitle(honorCatalogue, campaign.titleCode) ?? null,
    }),
    year: t.exposeInt('year'),
    organizationId: t.id({
      description: 'The organising union’s global id.',
      resolve: (campaign) => encodeGlobalId('Organization', campaign.organizationId),
    }),
    organizerName: t.string({
      select: { organization: { select: { name: true } } },
      resolve: (campaign) => campaign.organization.name,
    }),
    quotaRules: t.field({
      type: [QuotaRuleRef],
      select: { quotaRules: true },
      resolve: (campaign) => storedQuotaRules(campaign.quotaRules),
    }),
    nominationDeadline: t.expose('nominationDeadline', { type: 'Date' }),
    noticeWorkingDays: t.exposeInt('noticeWorkingDays'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    quotaCheck: t.field({
      type: QuotaCheckRef,
      description:
        'The domain’s quota check of the slate: the nominations still in the running that the viewer sees, or only those of one nominating union’s subtree.',
      errors: { types: [ValidationError], directResult: true },
      args: { organizationId: t.arg.id({ required: false, description: 'A nominating union.' }) },
      select: { quotaRules: true },
      resolve: async (campaign, args, context) => {
        const viewer = requireStaff(context);
        const where: Prisma.HonorNominationWhereInput[] = [
          { campaignId: campaign.id },
          nominationVisibility(viewer),
        ];
        if (args.organizationId) {
          const id = parseGlobalIdOf('Organization', args.organizationId, 'organizationId');
          where.push({ lineageIds: { has: id } });
        }
        const nominations = await prisma.honorNomination.findMany({
          where: { AND: where },
          select: { id: true, subject: true, categories: true, state: true },
        });
        return checkSlateQuotas(slateOf(nominations), storedQuotaRules(campaign.quotaRules));
      },
    }),
  }),
});

const CampaignFilter = builder.inputType('HonorCampaignFilter', {
  fields: (t) => ({
    year: t.int({ required: false }),
    titleCode: t.string({ required: false }),
    organizationId: t.id({ required: false, description: 'Only campaigns this union organises.' }),
  }),
});

builder.queryFields((t) => ({
  campaigns: t.prismaConnection({
    type: 'HonorCampaign',
    cursor: 'id',
    description: 'Campaigns the viewer sees, newest year first.',
    authScopes: { permission: 'honor.read' },
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: { filter: t.arg({ type: CampaignFilter, required: false }) },
    resolve: (query, _root, args, context) => {
      checkUuidCursors(args);
      const viewer = requireStaff(context);
      const conditions: Prisma.HonorCampaignWhereInput[] = [campaignVisibility(viewer)];
      if (typeof args.filter?.year === 'number') conditions.push({ year: args.filter.year });
      if (args.filter?.titleCode) conditions.push({ titleCode: args.filter.titleCode });
      if (args.filter?.organizationId) {
        conditions.push({
          organizationId: parseGlobalIdOf(
            'Organization',
            args.filter.organizationId,
            'filter.organizationId',
          ),
        });
      }
      return prisma.honorCampaign.findMany({
        ...query,
        where: { AND: conditions },
        orderBy: [{ year: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
      });
    },
  }),
  campaign: t.prismaField({
    type: 'HonorCampaign',
    description: 'One campaign the viewer sees.',
    errors: {
      types: [ValidationError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const id = parseGlobalIdOf('HonorCampaign', args.id, 'id');
      const campaign = await prisma.honorCampaign.findFirst({
        ...query,
        where: { AND: [{ id }, campaignVisibility(viewer)] },
      });
      if (!campaign) throw new NotFoundError('评选活动');
      return campaign;
    },
  }),
}));

builder.mutationField('createCampaign', (t) =>
  t.prismaField({
    type: 'HonorCampaign',
    description: '发起评选活动: needs honor.approve at the organising union.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { input: t.arg({ type: CreateCampaignInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const organization = await organizationForAction(
        viewer,
        'honor.approve',
        input.organizationId,
        'input.organizationId',
      );
      const title = honorTitleByCode(honorCatalogue, input.titleCode, 'input.titleCode');
      if (!title.ok) throw validationFailure(title.error);
      const noticeDays = checkPublicNoticeLength(
        input.noticeWorkingDays ?? PUBLIC_NOTICE_WORKING_DAYS.DEFAULT,
        'input.noticeWorkingDays',
      );
      if (!noticeDays.ok) throw validationFailure(noticeDays.error);
      const rules: SlateQuotaRule[] = input.quotaRules.map((rule) => ({
        category: rule.category.trim(),
        comparator: rule.comparator,
        shareBasisPoints: rule.shareBasisPoints,
        base: rule.base,
        ...(rule.label?.trim() ? { label: rule.label.trim() } : {}),
      }));
      const checked = checkSlateQuotaRules(rules);
      if (!checked.ok) {
        throw validationFailure(
          checked.error.map((issue) => ({ ...issue, field: `input.${issue.field}` })),
        );
      }
      return prisma.$transaction(async (tx) => {
        const campaign = await tx.honorCampaign.create({
          data: {
            organizationId: organization.id,
            lineageIds: organization.lineageIds,
            name: input.name.trim(),
            titleCode: title.value.code,
            year: input.year,
            quotaRules: rules.map(quotaRuleJson),
            nominationDeadline: dateColumn(input.nominationDeadline as CalendarDate),
            noticeWorkingDays: noticeDays.value,
            createdByStaffId: viewer.staffId,
          },
        });
        await writeAudit(tx, viewer, {
          action: 'honor.campaign.create',
          targetType: 'HonorCampaign',
          targetId: campaign.id,
          organizationId: organization.id,
          lineageIds: organization.lineageIds,
          after: { titleCode: campaign.titleCode, year: campaign.year, quotas: rules.length },
        });
        return tx.honorCampaign.findUniqueOrThrow({ ...query, where: { id: campaign.id } });
      });
    },
  }),
);
