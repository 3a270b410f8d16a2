import {
  type CalendarDate,
  checkEnterpriseSelection,
  compareDates,
  ENTERPRISE_RULES,
  enterpriseQuotaStatus,
} from '@gonghui/domain';
import { organizationForAction, requireStaff } from '../../auth/access.js';
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
import { encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { ruleViolation } from '../../honor/domain-records.js';
import { unlessTaken } from '../../innovation/access.js';
import { innovationConfigFor } from '../../innovation/config-records.js';
import { dateColumn, today } from '../../shared-dates.js';
import { EnterpriseQuotaRef } from './enterprise-quota.js';
import { SelectEnterpriseInput } from './select-enterprise-input.js';

export const InnovationEnterpriseRef = builder.prismaObject('InnovationEnterprise', {
  description: '全员创新企业: one enterprise selected by one union for one year (public).',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('InnovationEnterprise', row.id) }),
    year: t.exposeInt('year'),
    enterpriseName: t.exposeString('enterpriseName'),
    selectedOn: t.expose('selectedOn', { type: 'Date' }),
    organizationId: t.id({ resolve: (row) => encodeGlobalId('Organization', row.organizationId) }),
  }),
});

async function selector(globalId: string, field: string) {
  const id = parseGlobalIdOf('Organization', globalId, field);
  const organization = await prisma.organization.findUnique({
    where: { id },
    select: { id: true, kind: true, lineageIds: true, regionCode: true },
  });
  if (!organization) throw new NotFoundError('组织');
  return organization;
}

builder.queryFields((t) => ({
  innovationEnterprises: t.prismaField({
    type: ['InnovationEnterprise'],
    description: 'The enterprises a union selected for a year, by name.',
    errors: { types: [ValidationError, NotFoundError] },
    args: { organizationId: t.arg.id({ required: true }), year: t.arg.int({ required: true }) },
    resolve: async (query, _root, args) => {
      const organization = await selector(args.organizationId, 'organizationId');
      return prisma.innovationEnterprise.findMany({
        ...query,
        where: { organizationId: organization.id, year: args.year },
        orderBy: [{ enterpriseName: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  enterpriseQuota: t.field({
    type: EnterpriseQuotaRef,
    description:
      'A selecting union’s quota status for a year; RuleViolationError when the union does not select.',
    errors: { types: [ValidationError, NotFoundError, RuleViolationError], directResult: true },
    args: { organizationId: t.arg.id({ required: true }), year: t.arg.int({ required: true }) },
    resolve: async (_root, args) => {
      const organization = await selector(args.organizationId, 'organizationId');
      const selected = await prisma.innovationEnterprise.count({
        where: { organizationId: organization.id, year: args.year },
      });
      const { enterpriseQuotas } = await innovationConfigFor(organization.regionCode, today());
      const status = enterpriseQuotaStatus(
        organization.kind,
        args.year,
        selected,
        enterpriseQuotas,
      );
      if (!status.ok) throw ruleViolation(status.error);
      return status.value;
    },
  }),
}));

builder.mutationField('selectInnovationEnterprise', (t) =>
  t.prismaField({
    type: 'InnovationEnterprise',
    description:
      '评选全员创新企业: one more selection for a year, within the union’s quota (innovation.manage).',
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
    args: { input: t.arg({ type: SelectEnterpriseInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      await organizationForAction(
        viewer,
        'innovation.manage',
        input.organizationId,
        'input.organizationId',
      );
      const organization = await selector(input.organizationId, 'input.organizationId');
      const selectedOn = (input.selectedOn ?? today()) as CalendarDate;
      if (compareDates(selectedOn, today()) > 0) {
        throw ValidationError.of(
          'input.selectedOn',
          'INNOVATION_DATE_IN_FUTURE',
          '日期不能晚于今天',
        );
      }
      const { enterpriseQuotas } = await innovationConfigFor(organization.regionCode, selectedOn);
      return unlessTaken(
        () =>
          prisma.$transaction(async (tx) => {
            // One selection at a time per union and year (a transaction-scoped advisory lock), and
            // the year's list read inside it: the quota check and the insert agree.
            await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`innovation-enterprise:${organization.id}:${input.year}`}))::text`;
            const already = await tx.innovationEnterprise.findMany({
              where: { organizationId: organization.id, year: input.year },
              select: { enterpriseName: true },
            });
            const checked = checkEnterpriseSelection({
              selectorKind: organization.kind,
              year: input.year,
              enterpriseName: input.enterpriseName,
              alreadySelected: already.map((row) => row.enterpriseName),
              config: enterpriseQuotas,
            });
            if (!checked.ok)
              throw ruleViolation(checked.error, { enterpriseName: 'input.enterpriseName' });
            const row = await tx.innovationEnterprise.create({
              data: {
                organizationId: organization.id,
                lineageIds: organization.lineageIds,
                year: input.year,
                enterpriseName: input.enterpriseName.trim(),
                selectedOn: dateColumn(selectedOn),
                staffId: viewer.staffId,
              },
            });
            await writeAudit(tx, viewer, {
              action: 'innovation.enterprise.select',
              targetType: 'InnovationEnterprise',
              targetId: row.id,
              organizationId: organization.id,
              lineageIds: organization.lineageIds,
              after: { year: row.year, enterpriseName: row.enterpriseName },
            });
            return tx.innovationEnterprise.findUniqueOrThrow({ ...query, where: { id: row.id } });
          }),
        () =>
          new RuleViolationError(
            ENTERPRISE_RULES.ALREADY_SELECTED,
            `「${input.enterpriseName.trim()}」已入选 ${input.year} 年度全员创新企业`,
          ),
      );
    },
  }),
);
