import {
  AID_RULE_SET_RULES,
  type CalendarDate,
  type HardshipRuleSet,
  hardshipRuleSetIssues,
  NATIONAL_REGION_CODE,
  regionChain,
  scopesFor,
} from '@gonghui/domain';
import { parseRuleSetParameters, rulesInForce } from '../../aid/rule-set-records.js';
import { requireStaff } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { encodeGlobalId } from '../../global-id.js';
import { validationFailure } from '../../honor/domain-records.js';
import { today } from '../../shared-dates.js';
import { appendVersion } from '../../shared-versions.js';
import { AidRulesInForceRef } from './rule-set-in-force.js';
import { AidRuleSetInput } from './rule-set-input.js';

export const AidRuleSetRef = builder.prismaObject('AidRuleSet', {
  description:
    '帮扶规则 (one version of one region’s rule set). Versions are never changed: an edit is a new version.',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('AidRuleSet', row.id) }),
    regionCode: t.exposeString('regionCode'),
    regionName: t.exposeString('regionName'),
    version: t.exposeInt('version'),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date' }),
    effectiveTo: t.expose('effectiveTo', { type: 'Date', nullable: true }),
    parameters: t.field({
      type: 'JSON',
      description: 'The parameters this version sets (others are inherited).',
      resolve: (row) => row.parameters,
    }),
    source: t.exposeString('source', { nullable: true }),
    changeNote: t.exposeString('changeNote', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const regionCodeArg = (code: string, field: string) => {
  const text = code.trim();
  if (text === NATIONAL_REGION_CODE) return text;
  const issues = hardshipRuleSetIssues({
    regionCode: text,
    regionName: '-',
    version: 1,
    effectiveFrom: '2000-01-01' as CalendarDate,
    effectiveTo: null,
    parameters: {},
  }).filter((issue) => issue.field === 'regionCode');
  if (issues.length > 0) throw validationFailure(issues, { regionCode: field });
  return text;
};

builder.queryFields((t) => ({
  aidRuleSets: t.prismaField({
    type: ['AidRuleSet'],
    description:
      'Every stored version of the hardship rules (of one region and the regions it inherits from, when given), newest first per region.',
    authScopes: { permission: 'aid.read' },
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: { regionCode: t.arg.string({ required: false }) },
    resolve: async (query, _root, args, context) => {
      requireStaff(context);
      const where: Prisma.AidRuleSetWhereInput = {};
      if (args.regionCode) {
        const code = regionCodeArg(args.regionCode, 'regionCode');
        where.regionCode = { in: regionChain(code) };
      }
      return prisma.aidRuleSet.findMany({
        ...query,
        where,
        orderBy: [{ regionCode: 'asc' }, { version: 'desc' }],
      });
    },
  }),
  aidRulesInForce: t.field({
    type: AidRulesInForceRef,
    description: 'The hardship rules in force for a region on a date (default today).',
    authScopes: { permission: 'aid.read' },
    errors: {
      types: [ValidationError, RuleViolationError, UnauthenticatedError],
      directResult: true,
    },
    args: {
      regionCode: t.arg.string({ required: true }),
      date: t.arg({ type: 'Date', required: false }),
    },
    resolve: async (_root, args, context) => {
      requireStaff(context);
      const code = regionCodeArg(args.regionCode, 'regionCode');
      return rulesInForce(prisma, code, (args.date as CalendarDate | null) ?? today());
    },
  }),
}));

builder.mutationField('createAidRuleSetVersion', (t) =>
  t.prismaField({
    type: 'AidRuleSet',
    description:
      '修订帮扶规则: stores a new version of a region’s rule set (config.manage). Earlier versions and the decisions that used them stay as they were.',
    authScopes: { permission: 'config.manage' },
    errors: {
      types: [ValidationError, ForbiddenError, UnauthenticatedError],
      directResult: true,
    },
    args: { input: t.arg({ type: AidRuleSetInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const scopes = scopesFor(viewer.assignments, 'config.manage');
      const home = scopes[0];
      if (!home) throw new ForbiddenError('修订帮扶规则需要配置规则参数的权限');
      const parameters = parseRuleSetParameters(input.parameters, 'input.parameters');
      const regionCode = input.regionCode.trim();
      const regionName = input.regionName.trim();
      if (regionName === '' || regionName.length > 50) {
        throw ValidationError.of(
          'input.regionName',
          AID_RULE_SET_RULES.REGION,
          '请填写地区名称（最多 50 个字）',
        );
      }
      const organization = await prisma.organization.findUniqueOrThrow({
        where: { id: home },
        select: { id: true, lineageIds: true },
      });
      return appendVersion({
        viewer,
        organization,
        audit: { action: 'aid.ruleSet.create', targetType: 'AidRuleSet' },
        changeNote: input.changeNote,
        latestVersion: async () =>
          (
            await prisma.aidRuleSet.findFirst({
              where: { regionCode },
              orderBy: { version: 'desc' },
              select: { version: true },
            })
          )?.version ?? null,
        build: (version): HardshipRuleSet => ({
          regionCode,
          regionName,
          version,
          effectiveFrom: input.effectiveFrom as CalendarDate,
          effectiveTo: (input.effectiveTo as CalendarDate | null | undefined) ?? null,
          parameters,
        }),
        issues: hardshipRuleSetIssues,
        insert: (tx, columns) =>
          tx.aidRuleSet.create({
            data: { ...columns, source: input.source?.trim() || null },
            select: { id: true },
          }),
        read: (tx, id) => tx.aidRuleSet.findUniqueOrThrow({ ...query, where: { id } }),
      });
    },
  }),
);
