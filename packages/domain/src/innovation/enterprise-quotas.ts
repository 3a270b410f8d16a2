import type { OrgKind } from '../organization/org-kind.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * All-staff innovation enterprises (全员创新企业), DOMAIN.md §4: each year the city federation
 * selects about ten, and each county federation about ten. The quotas are configuration, by
 * the kind of the selecting union.
 */

/** Yearly quota per kind of selecting union; a kind not listed may not select. */
export type EnterpriseQuotaConfig = Readonly<Partial<Record<OrgKind, number>>>;

/** The default: 10 a year for a city federation and for each county federation. */
export const DEFAULT_ENTERPRISE_QUOTAS: EnterpriseQuotaConfig = Object.freeze({
  CITY_FEDERATION: 10,
  COUNTY_FEDERATION: 10,
});

/** Stable rule codes of enterprise selection. */
export const ENTERPRISE_RULES = Object.freeze({
  NOT_A_SELECTOR: 'INNOVATION_ENTERPRISE_NOT_A_SELECTOR',
  OVER_QUOTA: 'INNOVATION_ENTERPRISE_OVER_QUOTA',
  ALREADY_SELECTED: 'INNOVATION_ENTERPRISE_ALREADY_SELECTED',
  NAME_EMPTY: 'INNOVATION_ENTERPRISE_NAME_EMPTY',
} as const);

/** The quota status of one selecting union for one year. */
export type EnterpriseQuotaStatus = {
  readonly quota: number;
  readonly selected: number;
  /** Places left (0 when full or over). */
  readonly remaining: number;
  /** How many over the quota (0 when within). */
  readonly over: number;
  /** Plain Chinese: 「2026 年度已评选 12 家，名额 10 家，超出 2 家」. */
  readonly explanation: string;
};

/**
 * The quota status of a union (by kind) with `selected` enterprises for `year`. Returns
 * NOT_A_SELECTOR when the kind has no quota.
 */
export function enterpriseQuotaStatus(
  selectorKind: OrgKind,
  year: number,
  selected: number,
  config: EnterpriseQuotaConfig = DEFAULT_ENTERPRISE_QUOTAS,
): Result<EnterpriseQuotaStatus, FieldError> {
  const quota = config[selectorKind];
  if (quota === undefined) {
    return err(
      fieldError(
        'organizationId',
        ENTERPRISE_RULES.NOT_A_SELECTOR,
        '只有市总工会和县（市、区）总工会评选全员创新企业',
      ),
    );
  }
  const over = Math.max(0, selected - quota);
  const remaining = Math.max(0, quota - selected);
  const tail = over > 0 ? `，超出 ${over} 家` : `，尚余 ${remaining} 家`;
  return ok({
    quota,
    selected,
    remaining,
    over,
    explanation: `${year} 年度已评选 ${selected} 家，名额 ${quota} 家${tail}`,
  });
}

/**
 * Checks one more selection: the enterprise is named, not already selected by this union for
 * this year, and the union has a place left.
 */
export function checkEnterpriseSelection(input: {
  readonly selectorKind: OrgKind;
  readonly year: number;
  readonly enterpriseName: string;
  readonly alreadySelected: readonly string[];
  readonly config?: EnterpriseQuotaConfig;
}): Result<EnterpriseQuotaStatus, FieldError> {
  const name = input.enterpriseName.trim();
  if (name === '') {
    return err(fieldError('enterpriseName', ENTERPRISE_RULES.NAME_EMPTY, '请填写企业名称'));
  }
  if (input.alreadySelected.map((selected) => selected.trim()).includes(name)) {
    return err(
      fieldError(
        'enterpriseName',
        ENTERPRISE_RULES.ALREADY_SELECTED,
        `「${name}」已入选 ${input.year} 年度全员创新企业`,
      ),
    );
  }
  const after = enterpriseQuotaStatus(
    input.selectorKind,
    input.year,
    input.alreadySelected.length + 1,
    input.config,
  );
  if (!after.ok) {
    return after;
  }
  if (after.value.over > 0) {
    return err(
      fieldError(
        'enterpriseName',
        ENTERPRISE_RULES.OVER_QUOTA,
        `${input.year} 年度名额 ${after.value.quota} 家已满，不能再评选`,
      ),
    );
  }
  return after;
}
