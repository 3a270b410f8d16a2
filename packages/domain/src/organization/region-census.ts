import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { OrgKind } from './org-kind.js';

/**
 * 辖区单位和职工底数: how many employers and employees a region has in a year (from the
 * market-regulation register, a statistics bureau census or the union's own 摸底数 campaign).
 * It is the denominator of 建会率 (employers with a union ÷ employers in the region) and 入会率
 * (working members ÷ employees in the region) for the federation that leads that region.
 */
export type RegionCensus = {
  readonly year: number;
  readonly employers: number;
  /** Null when only the employer count is known. */
  readonly employees: number | null;
};

export const REGION_CENSUS_RULES = Object.freeze({
  /** The earliest year a census may be recorded for. */
  firstYear: 2000,
  YEAR_INVALID: 'REGION_CENSUS_YEAR_INVALID',
  EMPLOYERS_INVALID: 'REGION_CENSUS_EMPLOYERS_INVALID',
  EMPLOYEES_INVALID: 'REGION_CENSUS_EMPLOYEES_INVALID',
  NOT_A_REGIONAL_FEDERATION: 'REGION_CENSUS_NOT_A_REGIONAL_FEDERATION',
} as const);

/**
 * The kinds that lead a whole administrative region (a 总工会 of a province, city or county),
 * so that their subtree's employers can be compared with the region's. An industrial union, a
 * park or a township union covers only part of a region's employers: no regional rate for them.
 */
const REGIONAL_FEDERATION_KINDS: ReadonlySet<OrgKind> = new Set([
  'NATIONAL_FEDERATION',
  'PROVINCIAL_FEDERATION',
  'CITY_FEDERATION',
  'COUNTY_FEDERATION',
]);

export function leadsRegion(kind: OrgKind): boolean {
  return REGIONAL_FEDERATION_KINDS.has(kind);
}

function isPositiveCount(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

/**
 * Checks a census before it is recorded for a federation: a regional federation, a year from
 * 2000 to the current one, a positive employer count and, when given, a positive employee count
 * at least as large as the employer count (every employer has someone working there).
 */
export function checkRegionCensus(
  input: RegionCensus & { readonly kind: OrgKind; readonly currentYear: number },
): Result<RegionCensus, FieldError> {
  if (!leadsRegion(input.kind)) {
    return err(
      fieldError(
        'organizationId',
        REGION_CENSUS_RULES.NOT_A_REGIONAL_FEDERATION,
        '只有省、市、县（区）总工会可以登记辖区单位和职工底数',
      ),
    );
  }
  if (
    !Number.isSafeInteger(input.year) ||
    input.year < REGION_CENSUS_RULES.firstYear ||
    input.year > input.currentYear
  ) {
    return err(
      fieldError(
        'year',
        REGION_CENSUS_RULES.YEAR_INVALID,
        `年份应在 ${REGION_CENSUS_RULES.firstYear} 至 ${input.currentYear} 之间`,
      ),
    );
  }
  if (!isPositiveCount(input.employers)) {
    return err(
      fieldError('employers', REGION_CENSUS_RULES.EMPLOYERS_INVALID, '辖区单位数应为正整数'),
    );
  }
  if (
    input.employees !== null &&
    (!isPositiveCount(input.employees) || input.employees < input.employers)
  ) {
    return err(
      fieldError(
        'employees',
        REGION_CENSUS_RULES.EMPLOYEES_INVALID,
        '辖区职工数应为正整数，且不少于辖区单位数',
      ),
    );
  }
  return ok({ year: input.year, employers: input.employers, employees: input.employees });
}
