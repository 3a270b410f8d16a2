import { NEW_EMPLOYMENT_GROUPS, type NewEmploymentGroup } from '../member/employment-groups.js';
import { countsAsMember, type MemberStatus } from '../member/membership.js';
import type { Sex } from '../member/resident-id-number.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { isGrassrootsLevelKind, type OrgKind } from './org-kind.js';

/**
 * Subtree figures (汇总数据) as additive counters. Every node's figures are the sum over its
 * subtree, so a change anywhere is applied as a delta to the changed node and each ancestor:
 * `figures(after) = figures(before) + delta`. Deltas are plain figures that may be negative.
 *
 * A member moving from union A to union B is `memberChangeDelta(member, null)` on A's lineage
 * and `memberChangeDelta(null, member)` on B's (the two cancel on shared ancestors).
 */
export type OrganizationFigures = {
  /** 基层工会数: live organisations of a grassroots-level kind (see `isGrassrootsLevelKind`). */
  readonly grassrootsUnions: number;
  /** 会员数: member records whose status counts (ACTIVE, RETIRED_KEPT; see `countsAsMember`). */
  readonly members: number;
  /** Of `members`, retired members keeping membership (RETIRED_KEPT, 退休保留会籍). */
  readonly retiredMembers: number;
  /** Of `members`, migrant workers (农民工会员). */
  readonly migrantMembers: number;
  /** Of `members`, new-employment-form workers by group (新就业形态会员, 八大群体). */
  readonly newEmploymentMembers: Readonly<Record<NewEmploymentGroup, number>>;
  /** Of `members`, women (女会员; sex from the ID number). */
  readonly femaleMembers: number;
  /** 覆盖单位: employers covered by live grassroots-level unions. */
  readonly employersCovered: number;
  /** Headcount of those employers (已建会单位职工数). */
  readonly employeesAtCoveredEmployers: number;
};

/** What a member record contributes to the figures. */
export type MemberFigureFacts = {
  readonly status: MemberStatus;
  readonly isMigrantWorker: boolean;
  readonly group: NewEmploymentGroup | null;
  readonly sex: Sex;
};

/** What an organisation contributes to the figures itself (its members are counted apart). */
export type OrganizationFigureFacts = {
  readonly kind: OrgKind;
  /** Null while the organisation exists; a dissolved organisation contributes nothing. */
  readonly dissolvedOn: CalendarDate | null;
  /** Employers it covers: 1 for a grassroots union, several for a joint one; 0 otherwise. */
  readonly employersCovered: number;
  /** Their total headcount; 0 when unknown or for kinds above the grassroots level. */
  readonly employeesAtCoveredEmployers: number;
};

/** Region totals for the rates; null when not known. */
export type RegionHeadcounts = {
  /** Employers in the region (e.g. from the market-regulation register). */
  readonly employersInRegion: number | null;
  /** Employees (职工) in the region. */
  readonly employeesInRegion: number | null;
};

/** An exact ratio of two counts, not reduced, with a display percentage. */
export type Rate = {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator ÷ denominator × 100, rounded half-up to one decimal, no '%' sign: '85.3'. */
  readonly percent: string;
};

/** The coverage rates of a subtree; a rate is null when its denominator is unknown or 0. */
export type CoverageRates = {
  /** 建会率: employersCovered ÷ employersInRegion. */
  readonly unionCoverage: Rate | null;
  /** 入会率: working members (members − retiredMembers) ÷ employeesInRegion. */
  readonly membership: Rate | null;
};

/** Stable rule codes for inconsistent rate inputs. */
export const COVERAGE_RULES = Object.freeze({
  COUNT_INVALID: 'COVERAGE_COUNT_INVALID',
  FIGURES_INCONSISTENT: 'COVERAGE_FIGURES_INCONSISTENT',
  EMPLOYERS_EXCEED_REGION: 'COVERAGE_EMPLOYERS_EXCEED_REGION',
  MEMBERS_EXCEED_EMPLOYEES: 'COVERAGE_MEMBERS_EXCEED_EMPLOYEES',
} as const);

type ScalarKey = Exclude<keyof OrganizationFigures, 'newEmploymentMembers'>;

function requireSafe(value: number, operation: string): number {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${operation}: result exceeds the safe integer range`);
  }
  return value;
}

function combine(
  a: OrganizationFigures,
  b: OrganizationFigures,
  operation: string,
  op: (x: number, y: number) => number,
): OrganizationFigures {
  const scalar = (key: ScalarKey): number => requireSafe(op(a[key], b[key]), operation);
  const groups = {} as Record<NewEmploymentGroup, number>;
  for (const group of NEW_EMPLOYMENT_GROUPS) {
    groups[group] = requireSafe(
      op(a.newEmploymentMembers[group], b.newEmploymentMembers[group]),
      operation,
    );
  }
  return {
    grassrootsUnions: scalar('grassrootsUnions'),
    members: scalar('members'),
    retiredMembers: scalar('retiredMembers'),
    migrantMembers: scalar('migrantMembers'),
    newEmploymentMembers: groups,
    femaleMembers: scalar('femaleMembers'),
    employersCovered: scalar('employersCovered'),
    employeesAtCoveredEmployers: scalar('employeesAtCoveredEmployers'),
  };
}

function zeroGroups(): Record<NewEmploymentGroup, number> {
  const groups = {} as Record<NewEmploymentGroup, number>;
  for (const group of NEW_EMPLOYMENT_GROUPS) {
    groups[group] = 0;
  }
  return groups;
}

/** All counters 0: the figures of an empty subtree, and the neutral delta. */
export function zeroFigures(): OrganizationFigures {
  return {
    grassrootsUnions: 0,
    members: 0,
    retiredMembers: 0,
    migrantMembers: 0,
    newEmploymentMembers: zeroGroups(),
    femaleMembers: 0,
    employersCovered: 0,
    employeesAtCoveredEmployers: 0,
  };
}

/** a + b, counter by counter. Throws RangeError if a counter leaves the safe integer range. */
export function addFigures(a: OrganizationFigures, b: OrganizationFigures): OrganizationFigures {
  return combine(a, b, 'addFigures', (x, y) => x + y);
}

/** −a, counter by counter (never −0). */
export function negateFigures(a: OrganizationFigures): OrganizationFigures {
  return combine(zeroFigures(), a, 'negateFigures', (x, y) => x - y);
}

/** a − b, counter by counter. Throws RangeError if a counter leaves the safe integer range. */
export function subtractFigures(
  a: OrganizationFigures,
  b: OrganizationFigures,
): OrganizationFigures {
  return combine(a, b, 'subtractFigures', (x, y) => x - y);
}

/**
 * What one member record contributes: nothing unless its status counts (ACTIVE, RETIRED_KEPT —
 * see `countsAsMember`); then 1 member, plus 1 retired member for RETIRED_KEPT, 1 migrant member
 * when flagged, 1 in its new-employment group when it has one, 1 female member for women.
 */
export function figuresOfMember(facts: MemberFigureFacts): OrganizationFigures {
  const figures = zeroFigures();
  if (!countsAsMember(facts.status)) {
    return figures;
  }
  const groups = zeroGroups();
  if (facts.group !== null) {
    groups[facts.group] = 1;
  }
  return {
    ...figures,
    members: 1,
    retiredMembers: facts.status === 'RETIRED_KEPT' ? 1 : 0,
    migrantMembers: facts.isMigrantWorker ? 1 : 0,
    newEmploymentMembers: groups,
    femaleMembers: facts.sex === 'FEMALE' ? 1 : 0,
  };
}

/**
 * What an organisation contributes itself: for a live grassroots-level union, 1 grassroots union
 * plus the employers it covers and their headcount; nothing for a dissolved one or for other
 * kinds. Throws RangeError for negative or non-integer counts, or employer counts on a kind
 * above or below the grassroots level (a programming error).
 */
export function figuresOfOrganization(facts: OrganizationFigureFacts): OrganizationFigures {
  const { kind, dissolvedOn, employersCovered, employeesAtCoveredEmployers } = facts;
  for (const [name, value] of [
    ['employersCovered', employersCovered],
    ['employeesAtCoveredEmployers', employeesAtCoveredEmployers],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
    }
  }
  if (!isGrassrootsLevelKind(kind)) {
    if (employersCovered !== 0 || employeesAtCoveredEmployers !== 0) {
      throw new RangeError(`only grassroots-level unions cover employers, not ${kind}`);
    }
    return zeroFigures();
  }
  if (dissolvedOn !== null) {
    return zeroFigures();
  }
  return { ...zeroFigures(), grassrootsUnions: 1, employersCovered, employeesAtCoveredEmployers };
}

/**
 * The change in figures when a member record goes from `before` to `after` (null: the record
 * does not exist, or is not held in this subtree): figuresOfMember(after) − figuresOfMember(before).
 */
export function memberChangeDelta(
  before: MemberFigureFacts | null,
  after: MemberFigureFacts | null,
): OrganizationFigures {
  return subtractFigures(
    after === null ? zeroFigures() : figuresOfMember(after),
    before === null ? zeroFigures() : figuresOfMember(before),
  );
}

/** Like {@link memberChangeDelta}, for an organisation's own contribution (founding, dissolution). */
export function organizationChangeDelta(
  before: OrganizationFigureFacts | null,
  after: OrganizationFigureFacts | null,
): OrganizationFigures {
  return subtractFigures(
    after === null ? zeroFigures() : figuresOfOrganization(after),
    before === null ? zeroFigures() : figuresOfOrganization(before),
  );
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** n ÷ d × 100 rounded half-up to one decimal, exactly (0 ≤ n, 0 < d). */
function percentText(numerator: number, denominator: number): string {
  const scaled = BigInt(numerator) * 1000n;
  const divisor = BigInt(denominator);
  let tenths = scaled / divisor;
  if ((scaled % divisor) * 2n >= divisor) {
    tenths += 1n;
  }
  return `${tenths / 10n}.${tenths % 10n}`;
}

function rate(numerator: number, denominator: number | null): Rate | null {
  if (denominator === null || denominator === 0) {
    return null;
  }
  return { numerator, denominator, percent: percentText(numerator, denominator) };
}

/**
 * 建会率 and 入会率 of a subtree, as exact ratios of counts plus a one-decimal percentage:
 * - unionCoverage (建会率) = employersCovered ÷ employersInRegion;
 * - membership (入会率) = (members − retiredMembers) ÷ employeesInRegion: retired members keep
 *   membership but are not employees, so they are left out of an employee rate.
 *
 * A rate is null when its region total is null (unknown) or 0 with nothing covered. Inputs that
 * would give a rate above 100 % are refused rather than reported, in order:
 * COVERAGE_COUNT_INVALID (a region total that is not a non-negative integer; field = its key),
 * COVERAGE_FIGURES_INCONSISTENT (negative or non-integer figures, or more retired members than
 * members; field 'figures'), COVERAGE_EMPLOYERS_EXCEED_REGION (field 'employersInRegion') and
 * COVERAGE_MEMBERS_EXCEED_EMPLOYEES (field 'employeesInRegion').
 */
export function coverageRates(
  figures: OrganizationFigures,
  region: RegionHeadcounts,
): Result<CoverageRates, FieldError> {
  const { employersInRegion, employeesInRegion } = region;
  for (const [name, label, value] of [
    ['employersInRegion', '辖区单位数', employersInRegion],
    ['employeesInRegion', '辖区职工数', employeesInRegion],
  ] as const) {
    if (value !== null && !isCount(value)) {
      return err(
        fieldError(
          name,
          COVERAGE_RULES.COUNT_INVALID,
          `${label}应为不小于 0 的整数，当前为 ${value}`,
        ),
      );
    }
  }
  const { employersCovered, members, retiredMembers } = figures;
  if (
    !isCount(employersCovered) ||
    !isCount(members) ||
    !isCount(retiredMembers) ||
    retiredMembers > members
  ) {
    return err(
      fieldError(
        'figures',
        COVERAGE_RULES.FIGURES_INCONSISTENT,
        '汇总数据有误（出现负数，或退休会员多于会员总数），请重新汇总',
      ),
    );
  }
  if (employersInRegion !== null && employersCovered > employersInRegion) {
    return err(
      fieldError(
        'employersInRegion',
        COVERAGE_RULES.EMPLOYERS_EXCEED_REGION,
        `已建会覆盖单位 ${employersCovered} 家，多于辖区单位总数 ${employersInRegion} 家，请核对辖区单位数`,
      ),
    );
  }
  const workingMembers = members - retiredMembers;
  if (employeesInRegion !== null && workingMembers > employeesInRegion) {
    return err(
      fieldError(
        'employeesInRegion',
        COVERAGE_RULES.MEMBERS_EXCEED_EMPLOYEES,
        `在职会员 ${workingMembers} 人，多于辖区职工总数 ${employeesInRegion} 人，请核对辖区职工数`,
      ),
    );
  }
  return ok({
    unionCoverage: rate(employersCovered, employersInRegion),
    membership: rate(workingMembers, employeesInRegion),
  });
}
