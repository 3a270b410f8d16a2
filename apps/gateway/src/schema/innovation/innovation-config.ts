import {
  type CalendarDate,
  INNOVATION_CONFIG_RULES,
  type InnovationConfigVersion,
  innovationConfigIssues,
  NATIONAL_REGION_CODE,
  parseAdministrativeDivisionCode,
  type ResolvedInnovationConfig,
  regionChain,
  scopesFor,
} from '@gonghui/domain';
import { requireStaff } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../errors.js';
import { encodeGlobalId } from '../../global-id.js';
import { validationFailure } from '../../honor/domain-records.js';
import {
  innovationConfigFor,
  parseInnovationConfigParameters,
} from '../../innovation/config-records.js';
import { today } from '../../shared-dates.js';
import { appendVersion } from '../../shared-versions.js';
import { SkillLevelEnum } from './skill-level.js';
import { StarRubricRef } from './star-rubric.js';

/*
 * 职工创新配置: the star rubric, the enterprise quotas and the lead qualification as versioned
 * data per region (the domain's InnovationConfigVersion), edited like the aid rule sets.
 */

builder.prismaObject('InnovationConfigVersion', {
  description:
    '职工创新配置 (one version of one region’s configuration). Versions are never changed: an edit is a new version.',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('InnovationConfigVersion', row.id) }),
    regionCode: t.exposeString('regionCode'),
    regionName: t.exposeString('regionName'),
    version: t.exposeInt('version'),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date' }),
    effectiveTo: t.expose('effectiveTo', { type: 'Date', nullable: true }),
    parameters: t.field({
      type: 'JSON',
      description:
        'The parts this version sets (rubric, enterpriseQuotas, leadQualification); others are inherited.',
      resolve: (row) => row.parameters,
    }),
    changeNote: t.exposeString('changeNote', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const ConfigSourceRef = builder
  .objectRef<ResolvedInnovationConfig['sources'][number]>('InnovationConfigSource')
  .implement({
    fields: (t) => ({
      regionCode: t.exposeString('regionCode'),
      regionName: t.exposeString('regionName'),
      version: t.exposeInt('version', { description: '0 is the domain defaults.' }),
    }),
  });

const QuotaRef = builder
  .objectRef<{ kind: string; quota: number }>('InnovationEnterpriseQuotaRule')
  .implement({
    fields: (t) => ({
      kind: t.exposeString('kind', { description: 'An OrgKind code.' }),
      quota: t.exposeInt('quota'),
    }),
  });

const LeadRuleRef = builder
  .objectRef<ResolvedInnovationConfig['leadQualification']>('LeadQualificationRule')
  .implement({
    fields: (t) => ({
      qualifyingHonorCodes: t.stringList({ resolve: (rule) => [...rule.qualifyingHonorCodes] }),
      minimumSkillLevel: t.field({
        type: SkillLevelEnum,
        nullable: true,
        resolve: (rule) => rule.minimumSkillLevel,
      }),
    }),
  });

const ConfigInForceRef = builder
  .objectRef<ResolvedInnovationConfig>('InnovationConfigInForce')
  .implement({
    description: 'The innovation configuration in force for a region on a date.',
    fields: (t) => ({
      version: t.exposeString('version', { description: 'e.g. 000000 v0 / 370200 v1.' }),
      sources: t.field({ type: [ConfigSourceRef], resolve: (config) => [...config.sources] }),
      rubric: t.field({ type: StarRubricRef, resolve: (config) => config.rubric }),
      enterpriseQuotas: t.field({
        type: [QuotaRef],
        resolve: (config) =>
          Object.entries(config.enterpriseQuotas).map(([kind, quota]) => ({
            kind,
            quota: quota ?? 0,
          })),
      }),
      leadQualification: t.field({
        type: LeadRuleRef,
        resolve: (config) => config.leadQualification,
      }),
    }),
  });

const regionCodeArg = (code: string, field: string) => {
  const text = code.trim();
  if (text === NATIONAL_REGION_CODE) return text;
  const parsed = parseAdministrativeDivisionCode(text, field);
  if (!parsed.ok) throw validationFailure(parsed.error);
  return text;
};

builder.queryFields((t) => ({
  innovationConfigInForce: t.field({
    type: ConfigInForceRef,
    description:
      'The innovation configuration (rubric, enterprise quotas, lead qualification) in force for a region on a date (default today): public, like the rubric.',
    errors: { types: [ValidationError], directResult: true },
    args: {
      regionCode: t.arg.string({ required: true }),
      date: t.arg({ type: 'Date', required: false }),
    },
    resolve: (_root, args) =>
      innovationConfigFor(
        regionCodeArg(args.regionCode, 'regionCode'),
        (args.date as CalendarDate | null) ?? today(),
      ),
  }),
  innovationConfigVersions: t.prismaField({
    type: ['InnovationConfigVersion'],
    description:
      'Every stored version of the innovation configuration of a region and the regions it inherits from, newest first per region (innovation.read).',
    authScopes: { permission: 'innovation.read' },
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: { regionCode: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) => {
      requireStaff(context);
      const code = regionCodeArg(args.regionCode, 'regionCode');
      return prisma.innovationConfigVersion.findMany({
        ...query,
        where: { regionCode: { in: regionChain(code) } },
        orderBy: [{ regionCode: 'asc' }, { version: 'desc' }],
      });
    },
  }),
}));

const ConfigVersionInput = builder.inputType('InnovationConfigVersionInput', {
  description:
    'A new version of a region’s innovation configuration. Parts left out are inherited from the region above (finally the domain defaults).',
  fields: (t) => ({
    regionCode: t.string({
      required: true,
      description: 'A six-digit division code, or 000000 for the national default.',
    }),
    regionName: t.string({ required: true }),
    effectiveFrom: t.field({ type: 'Date', required: true }),
    effectiveTo: t.field({ type: 'Date', required: false, description: 'Inclusive; none = open.' }),
    parameters: t.field({
      type: 'JSON',
      required: true,
      description:
        'The domain’s InnovationConfigParameters: rubric { criteria [{ criterion, weight, bands [{ min, percent }] }], starBands [{ stars, minScore }] }, enterpriseQuotas { CITY_FEDERATION: 10, … }, leadQualification { qualifyingHonorCodes, minimumSkillLevel }.',
    }),
    changeNote: t.string({ required: false, description: 'What this version changes.' }),
  }),
});

builder.mutationField('createInnovationConfigVersion', (t) =>
  t.prismaField({
    type: 'InnovationConfigVersion',
    description:
      '修订职工创新配置: stores a new version of a region’s configuration (config.manage). Earlier versions, and the evaluations that recorded them, stay as they were.',
    authScopes: { permission: 'config.manage' },
    errors: {
      types: [ValidationError, ForbiddenError, UnauthenticatedError],
      directResult: true,
    },
    args: { input: t.arg({ type: ConfigVersionInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const home = scopesFor(viewer.assignments, 'config.manage')[0];
      if (!home) throw new ForbiddenError('修订职工创新配置需要配置规则参数的权限');
      const regionCode = regionCodeArg(input.regionCode, 'input.regionCode');
      const regionName = input.regionName.trim();
      if (regionName === '' || regionName.length > 50) {
        throw ValidationError.of(
          'input.regionName',
          INNOVATION_CONFIG_RULES.EMPTY,
          '请填写地区名称（最多 50 个字）',
        );
      }
      if ((input.changeNote?.length ?? 0) > 500) {
        throw ValidationError.of(
          'input.changeNote',
          'INNOVATION_REASON_TOO_LONG',
          '修订说明最多 500 个字',
        );
      }
      const parameters = parseInnovationConfigParameters(input.parameters, 'input.parameters');
      const organization = await prisma.organization.findUniqueOrThrow({
        where: { id: home },
        select: { id: true, lineageIds: true },
      });
      return appendVersion({
        viewer,
        organization,
        audit: { action: 'innovation.config.create', targetType: 'InnovationConfigVersion' },
        changeNote: input.changeNote,
        latestVersion: async () =>
          (
            await prisma.innovationConfigVersion.findFirst({
              where: { regionCode },
              orderBy: { version: 'desc' },
              select: { version: true },
            })
          )?.version ?? null,
        build: (number): InnovationConfigVersion => ({
          regionCode,
          regionName,
          version: number,
          effectiveFrom: input.effectiveFrom as CalendarDate,
          effectiveTo: (input.effectiveTo as CalendarDate | null | undefined) ?? null,
          parameters,
        }),
        issues: innovationConfigIssues,
        insert: (tx, columns) =>
          tx.innovationConfigVersion.create({ data: { ...columns }, select: { id: true } }),
        read: (tx, id) => tx.innovationConfigVersion.findUniqueOrThrow({ ...query, where: { id } }),
      });
    },
  }),
);
