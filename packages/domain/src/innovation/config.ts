import { NATIONAL_REGION_CODE, regionChain, ruleVersionLabel } from '../aid/rule-set.js';
import { ORG_KINDS } from '../organization/org-kind.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { isSkillLevel } from '../shared/skill-level.js';
import { DEFAULT_ENTERPRISE_QUOTAS, type EnterpriseQuotaConfig } from './enterprise-quotas.js';
import { DEFAULT_STAR_RUBRIC, type StarRubric, starRubricIssues } from './star-rating.js';
import { DEFAULT_LEAD_QUALIFICATION, type LeadQualificationConfig } from './studios.js';

/**
 * The innovation module's configuration as data, versioned per region (创新工作室评定细则、全员
 * 创新企业名额、领衔人资格), in the aid rule sets' way (aid/rule-set.ts): a version belongs to one
 * region (行政区划代码, or 000000 for the national default), applies beneath it unless a lower
 * region has its own, may leave parts out (inherited from the region above), and has an
 * effective date range. An edit is a new version, never a change to an old one; an evaluation
 * records the version label it was computed with. The domain defaults are the national
 * version 0, in force whenever no stored national version is.
 */

/** The parts a version may set; a part left out is inherited. */
export type InnovationConfigParameters = {
  readonly rubric?: StarRubric;
  readonly enterpriseQuotas?: EnterpriseQuotaConfig;
  readonly leadQualification?: LeadQualificationConfig;
};

/** One version of one region's configuration, as stored. */
export type InnovationConfigVersion = {
  readonly regionCode: string;
  readonly regionName: string;
  readonly version: number;
  readonly effectiveFrom: CalendarDate;
  /** Last day it applies (inclusive); null while open-ended. */
  readonly effectiveTo: CalendarDate | null;
  readonly parameters: InnovationConfigParameters;
};

/** The configuration in force for a region on a date, every part filled in. */
export type ResolvedInnovationConfig = {
  readonly rubric: StarRubric;
  readonly enterpriseQuotas: EnterpriseQuotaConfig;
  readonly leadQualification: LeadQualificationConfig;
  readonly sources: readonly { regionCode: string; regionName: string; version: number }[];
  /** e.g. '000000 v0 / 370200 v2'; recorded with every evaluation. */
  readonly version: string;
};

/** The domain defaults: the national version 0. */
export const DEFAULT_INNOVATION_CONFIG: InnovationConfigVersion = Object.freeze({
  regionCode: NATIONAL_REGION_CODE,
  regionName: '全国（默认）',
  version: 0,
  effectiveFrom: '1949-10-01' as CalendarDate,
  effectiveTo: null,
  parameters: Object.freeze({
    rubric: DEFAULT_STAR_RUBRIC,
    enterpriseQuotas: DEFAULT_ENTERPRISE_QUOTAS,
    leadQualification: DEFAULT_LEAD_QUALIFICATION,
  }),
});

/** Stable rule codes of the configuration. */
export const INNOVATION_CONFIG_RULES = Object.freeze({
  EMPTY: 'INNOVATION_CONFIG_EMPTY',
  QUOTA: 'INNOVATION_CONFIG_QUOTA',
  LEAD: 'INNOVATION_CONFIG_LEAD',
  DATES: 'INNOVATION_CONFIG_DATES',
} as const);

/** Every problem of a version's parameters and dates (empty when it can be stored). */
export function innovationConfigIssues(version: InnovationConfigVersion): FieldError[] {
  const issues: FieldError[] = [];
  const { rubric, enterpriseQuotas, leadQualification } = version.parameters;
  if (rubric === undefined && enterpriseQuotas === undefined && leadQualification === undefined) {
    issues.push(
      fieldError(
        'parameters',
        INNOVATION_CONFIG_RULES.EMPTY,
        '请至少设置评定细则、企业名额或领衔人资格中的一项',
      ),
    );
  }
  if (rubric !== undefined) {
    for (const issue of starRubricIssues(rubric)) {
      issues.push({ ...issue, field: `parameters.rubric.${issue.field}` });
    }
  }
  if (enterpriseQuotas !== undefined) {
    for (const [kind, quota] of Object.entries(enterpriseQuotas)) {
      if (!(ORG_KINDS as readonly string[]).includes(kind)) {
        issues.push(
          fieldError(
            `parameters.enterpriseQuotas.${kind}`,
            INNOVATION_CONFIG_RULES.QUOTA,
            `未知的组织类型「${kind}」`,
          ),
        );
      } else if (!Number.isInteger(quota) || (quota as number) < 0 || (quota as number) > 1000) {
        issues.push(
          fieldError(
            `parameters.enterpriseQuotas.${kind}`,
            INNOVATION_CONFIG_RULES.QUOTA,
            '名额须为 0–1000 的整数',
          ),
        );
      }
    }
  }
  if (leadQualification !== undefined) {
    const codes = leadQualification.qualifyingHonorCodes;
    if (codes.some((code) => code.trim() === '')) {
      issues.push(
        fieldError(
          'parameters.leadQualification.qualifyingHonorCodes',
          INNOVATION_CONFIG_RULES.LEAD,
          '荣誉代码不能为空',
        ),
      );
    }
    const level = leadQualification.minimumSkillLevel;
    if (level !== null && !isSkillLevel(level)) {
      issues.push(
        fieldError(
          'parameters.leadQualification.minimumSkillLevel',
          INNOVATION_CONFIG_RULES.LEAD,
          `未知的技能等级「${level}」`,
        ),
      );
    }
    if (codes.length === 0 && level === null) {
      issues.push(
        fieldError(
          'parameters.leadQualification',
          INNOVATION_CONFIG_RULES.LEAD,
          '领衔人资格须至少有一项荣誉或一个技能等级',
        ),
      );
    }
  }
  if (version.effectiveTo !== null && version.effectiveTo < version.effectiveFrom) {
    issues.push(
      fieldError('effectiveTo', INNOVATION_CONFIG_RULES.DATES, '失效日期不能早于生效日期'),
    );
  }
  return issues;
}

function inForce(version: InnovationConfigVersion, date: CalendarDate): boolean {
  return (
    version.effectiveFrom <= date && (version.effectiveTo === null || date <= version.effectiveTo)
  );
}

/**
 * The configuration in force for a region on a date: the national default (the highest stored
 * national version in force, else the domain defaults, version 0) overlaid region by region
 * down to the region itself, part by part, with each region's highest version in force.
 */
export function resolveInnovationConfig(
  versions: readonly InnovationConfigVersion[],
  regionCode: string,
  date: CalendarDate,
): ResolvedInnovationConfig {
  const chain = regionChain(regionCode).reverse();
  const applied: InnovationConfigVersion[] = [];
  for (const code of chain) {
    let best: InnovationConfigVersion | null = null;
    for (const version of versions) {
      if (version.regionCode !== code || !inForce(version, date)) continue;
      if (best === null || version.version > best.version) best = version;
    }
    if (best !== null) applied.push(best);
    else if (code === NATIONAL_REGION_CODE) applied.push(DEFAULT_INNOVATION_CONFIG);
  }
  let rubric: StarRubric = DEFAULT_STAR_RUBRIC;
  let enterpriseQuotas: EnterpriseQuotaConfig = DEFAULT_ENTERPRISE_QUOTAS;
  let leadQualification: LeadQualificationConfig = DEFAULT_LEAD_QUALIFICATION;
  for (const version of applied) {
    rubric = version.parameters.rubric ?? rubric;
    enterpriseQuotas = version.parameters.enterpriseQuotas ?? enterpriseQuotas;
    leadQualification = version.parameters.leadQualification ?? leadQualification;
  }
  const sources = applied.map(({ regionCode: code, regionName, version }) => ({
    regionCode: code,
    regionName,
    version,
  }));
  return {
    rubric,
    enterpriseQuotas,
    leadQualification,
    sources,
    version: ruleVersionLabel(sources),
  };
}

/** The next version number of a region's configuration (1 for the first stored one). */
export function nextInnovationConfigVersion(
  versions: readonly InnovationConfigVersion[],
  regionCode: string,
): number {
  let highest = 0;
  for (const version of versions) {
    if (version.regionCode === regionCode && version.version > highest) highest = version.version;
  }
  return highest + 1;
}
