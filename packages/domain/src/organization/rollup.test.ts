import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEW_EMPLOYMENT_GROUPS } from '../member/employment-groups.js';
import { MEMBER_STATUSES } from '../member/membership.js';
import { type CalendarDate, parseCalendarDate } from '../shared/calendar-date.js';
import type { Result } from '../shared/result.js';
import { ORG_KINDS } from './org-kind.js';
import {
  addFigures,
  COVERAGE_RULES,
  coverageRates,
  figuresOfMember,
  figuresOfOrganization,
  type MemberFigureFacts,
  memberChangeDelta,
  negateFigures,
  type OrganizationFigureFacts,
  type OrganizationFigures,
  organizationChangeDelta,
  subtractFigures,
  zeroFigures,
} from './rollup.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function ruleOf<T>(result: Result<T, { rule: string }>): string | null {
  return result.ok ? null : result.error.rule;
}

const d = (text: string): CalendarDate => unwrap(parseCalendarDate(text));

const sumFigures = (list: readonly OrganizationFigures[]): OrganizationFigures =>
  list.reduce(addFigures, zeroFigures());

const memberArb: fc.Arbitrary<MemberFigureFacts> = fc.record({
  status: fc.constantFrom(...MEMBER_STATUSES),
  isMigrantWorker: fc.boolean(),
  group: fc.option(fc.constantFrom(...NEW_EMPLOYMENT_GROUPS), { nil: null }),
  sex: fc.constantFrom('MALE' as const, 'FEMALE' as const),
});

const count = fc.integer({ min: -1000, max: 1000 });
const figuresArb: fc.Arbitrary<OrganizationFigures> = fc.record({
  grassrootsUnions: count,
  members: count,
  retiredMembers: count,
  migrantMembers: count,
  newEmploymentMembers: fc.record({
    TRUCK_DRIVER: count,
    COURIER: count,
    FOOD_DELIVERY_RIDER: count,
    RIDE_HAILING_DRIVER: count,
    CARER: count,
    DOMESTIC_WORKER: count,
    MALL_PROMOTER: count,
    SECURITY_GUARD: count,
  }),
  femaleMembers: count,
  employersCovered: count,
  employeesAtCoveredEmployers: count,
});

const RIDER: MemberFigureFacts = {
  status: 'ACTIVE',
  isMigrantWorker: true,
  group: 'FOOD_DELIVERY_RIDER',
  sex: 'FEMALE',
};

describe('figuresOfMember', () => {
  it('counts an active migrant woman rider once in each of her counters', () => {
    const figures = figuresOfMember(RIDER);
    expect(figures).toEqual({
      ...zeroFigures(),
      members: 1,
      migrantMembers: 1,
      femaleMembers: 1,
      newEmploymentMembers: { ...zeroFigures().newEmploymentMembers, FOOD_DELIVERY_RIDER: 1 },
    });
  });

  it('counts a retired member keeping membership as a member and a retired member', () => {
    expect(
      figuresOfMember({ status: 'RETIRED_KEPT', isMigrantWorker: false, group: null, sex: 'MALE' }),
    ).toEqual({ ...zeroFigures(), members: 1, retiredMembers: 1 });
  });

  it.each(['TRANSFERRED_OUT', 'LAPSED', 'EXPELLED'] as const)('does not count %s', (status) => {
    expect(figuresOfMember({ ...RIDER, status })).toEqual(zeroFigures());
  });
});

describe('figuresOfOrganization', () => {
  const UNION: OrganizationFigureFacts = {
    kind: 'GRASSROOTS_UNION',
    dissolvedOn: null,
    employersCovered: 1,
    employeesAtCoveredEmployers: 320,
  };

  it('counts a live grassroots union with its employer', () => {
    expect(figuresOfOrganization(UNION)).toEqual({
      ...zeroFigures(),
      grassrootsUnions: 1,
      employersCovered: 1,
      employeesAtCoveredEmployers: 320,
    });
  });

  it('counts a joint grassroots union once with all its employers', () => {
    expect(
      figuresOfOrganization({
        kind: 'JOINT_GRASSROOTS_UNION',
        dissolvedOn: null,
        employersCovered: 14,
        employeesAtCoveredEmployers: 173,
      }),
    ).toMatchObject({
      grassrootsUnions: 1,
      employersCovered: 14,
      employeesAtCoveredEmployers: 173,
    });
  });

  it('counts nothing for a dissolved union or a federation', () => {
    expect(figuresOfOrganization({ ...UNION, dissolvedOn: d('2024-05-31') })).toEqual(
      zeroFigures(),
    );
    expect(
      figuresOfOrganization({
        kind: 'CITY_FEDERATION',
        dissolvedOn: null,
        employersCovered: 0,
        employeesAtCoveredEmployers: 0,
      }),
    ).toEqual(zeroFigures());
  });

  it('throws for employers on a kind that covers none, or invalid counts', () => {
    expect(() => figuresOfOrganization({ ...UNION, kind: 'BRANCH' })).toThrow(RangeError);
    expect(() => figuresOfOrganization({ ...UNION, employersCovered: -1 })).toThrow(RangeError);
    expect(() => figuresOfOrganization({ ...UNION, employeesAtCoveredEmployers: 1.5 })).toThrow(
      RangeError,
    );
  });

  it('founding then dissolving a union nets to zero', () => {
    const founded = organizationChangeDelta(null, UNION);
    const dissolved = organizationChangeDelta(UNION, { ...UNION, dissolvedOn: d('2024-05-31') });
    expect(addFigures(founded, dissolved)).toEqual(zeroFigures());
  });

  it('property: only live grassroots-level unions count', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORG_KINDS), fc.boolean(), (kind, dissolved) => {
        const grassroots = kind === 'GRASSROOTS_UNION' || kind === 'JOINT_GRASSROOTS_UNION';
        const figures = figuresOfOrganization({
          kind,
          dissolvedOn: dissolved ? d('2020-01-01') : null,
          employersCovered: grassroots ? 1 : 0,
          employeesAtCoveredEmployers: grassroots ? 50 : 0,
        });
        expect(figures.grassrootsUnions).toBe(grassroots && !dissolved ? 1 : 0);
      }),
    );
  });
});

describe('memberChangeDelta', () => {
  /** A delta for the rider: every counter she is in changes by n. */
  const riderDelta = (n: number): OrganizationFigures => ({
    ...zeroFigures(),
    members: n,
    migrantMembers: n,
    femaleMembers: n,
    newEmploymentMembers: { ...zeroFigures().newEmploymentMembers, FOOD_DELIVERY_RIDER: n },
  });

  it.each<[string, MemberFigureFacts | null, MemberFigureFacts | null, OrganizationFigures]>([
    ['a new member', null, RIDER, riderDelta(1)],
    ['a member leaving (LAPSED)', RIDER, { ...RIDER, status: 'LAPSED' }, riderDelta(-1)],
    ['a member expelled', RIDER, { ...RIDER, status: 'EXPELLED' }, riderDelta(-1)],
    ['a record removed', RIDER, null, riderDelta(-1)],
    ['a lapsed member rejoining', { ...RIDER, status: 'LAPSED' }, RIDER, riderDelta(1)],
    [
      'retirement',
      RIDER,
      { ...RIDER, status: 'RETIRED_KEPT' },
      { ...zeroFigures(), retiredMembers: 1 },
    ],
    ['no change', RIDER, RIDER, zeroFigures()],
    [
      'an uncounted record changing flags',
      { ...RIDER, status: 'EXPELLED' },
      { ...RIDER, status: 'EXPELLED', isMigrantWorker: false },
      zeroFigures(),
    ],
  ])('%s', (_, before, after, expected) => {
    expect(memberChangeDelta(before, after)).toEqual(expected);
  });

  it('moves a rider to courier in the group counters', () => {
    expect(memberChangeDelta(RIDER, { ...RIDER, group: 'COURIER' }).newEmploymentMembers).toEqual({
      ...zeroFigures().newEmploymentMembers,
      FOOD_DELIVERY_RIDER: -1,
      COURIER: 1,
    });
  });
});

describe('figures arithmetic — properties', () => {
  it('addition is commutative and associative, with zero as identity', () => {
    fc.assert(
      fc.property(figuresArb, figuresArb, figuresArb, (a, b, c) => {
        expect(addFigures(a, b)).toEqual(addFigures(b, a));
        expect(addFigures(addFigures(a, b), c)).toEqual(addFigures(a, addFigures(b, c)));
        expect(addFigures(a, zeroFigures())).toEqual(a);
      }),
    );
  });

  it('negation is the inverse, never produces −0, and subtraction adds the negation', () => {
    fc.assert(
      fc.property(figuresArb, figuresArb, (a, b) => {
        expect(addFigures(a, negateFigures(a))).toEqual(zeroFigures());
        expect(negateFigures(negateFigures(a))).toEqual(a);
        expect(subtractFigures(a, b)).toEqual(addFigures(a, negateFigures(b)));
        expect(Object.is(negateFigures(zeroFigures()).members, -0)).toBe(false);
      }),
    );
  });

  it('delta(before, after) + figures(before) = figures(after)', () => {
    fc.assert(
      fc.property(
        fc.option(memberArb, { nil: null }),
        fc.option(memberArb, { nil: null }),
        (before, after) => {
          const of = (facts: MemberFigureFacts | null) =>
            facts === null ? zeroFigures() : figuresOfMember(facts);
          expect(addFigures(of(before), memberChangeDelta(before, after))).toEqual(of(after));
        },
      ),
    );
  });

  it('the sum of deltas over any sequence of changes is figures(final) − figures(initial)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(memberArb, { nil: null }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.option(memberArb, { nil: null })), { maxLength: 30 }),
        (initial, changes) => {
          const roster = [...initial];
          const figuresOf = (records: readonly (MemberFigureFacts | null)[]) =>
            sumFigures(records.map((r) => (r === null ? zeroFigures() : figuresOfMember(r))));
          const start = figuresOf(roster);
          let deltas = zeroFigures();
          for (const [pick, next] of changes) {
            const index = pick % roster.length;
            deltas = addFigures(deltas, memberChangeDelta(roster[index] ?? null, next));
            roster[index] = next;
          }
          expect(deltas).toEqual(subtractFigures(figuresOf(roster), start));
        },
      ),
    );
  });

  it('a member’s counters never exceed the member count, and members are all counted statuses', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 40 }), (members) => {
        const figures = sumFigures(members.map(figuresOfMember));
        const counted = members.filter(
          (m) => m.status === 'ACTIVE' || m.status === 'RETIRED_KEPT',
        ).length;
        expect(figures.members).toBe(counted);
        expect(figures.retiredMembers).toBeLessThanOrEqual(figures.members);
        expect(figures.migrantMembers).toBeLessThanOrEqual(figures.members);
        expect(figures.femaleMembers).toBeLessThanOrEqual(figures.members);
        const grouped = Object.values(figures.newEmploymentMembers).reduce((a, b) => a + b, 0);
        expect(grouped).toBeLessThanOrEqual(figures.members);
      }),
    );
  });

  it('throws when a counter leaves the safe integer range', () => {
    const big = { ...zeroFigures(), members: Number.MAX_SAFE_INTEGER };
    expect(() => addFigures(big, { ...zeroFigures(), members: 1 })).toThrow(RangeError);
  });
});

describe('coverageRates', () => {
  const figures = (
    employersCovered: number,
    members: number,
    retiredMembers = 0,
  ): OrganizationFigures => ({ ...zeroFigures(), employersCovered, members, retiredMembers });

  it('gives 建会率 and 入会率 as exact ratios with a one-decimal percentage', () => {
    expect(
      unwrap(
        coverageRates(figures(136, 9210, 210), {
          employersInRegion: 160,
          employeesInRegion: 10000,
        }),
      ),
    ).toEqual({
      unionCoverage: { numerator: 136, denominator: 160, percent: '85.0' },
      membership: { numerator: 9000, denominator: 10000, percent: '90.0' },
    });
  });

  it.each([
    [1, 3, '33.3'],
    [2, 3, '66.7'],
    [1, 8, '12.5'],
    [1, 16, '6.3'], // 6.25 rounds half up
    [1, 2000, '0.1'], // 0.05 rounds half up
    [1, 2001, '0.0'],
    [0, 7, '0.0'],
    [7, 7, '100.0'],
    [1999, 2000, '100.0'], // 99.95 rounds to 100.0 — only when the rate is at least 99.95 %
    [3999, 4000, '100.0'],
    [19989, 20000, '99.9'],
  ])('%i / %i → %s', (numerator, denominator, percent) => {
    const rates = unwrap(
      coverageRates(figures(numerator, 0), {
        employersInRegion: denominator,
        employeesInRegion: 1,
      }),
    );
    expect(rates.unionCoverage).toEqual({ numerator, denominator, percent });
  });

  it('gives no rate when a region total is unknown or zero', () => {
    expect(
      unwrap(coverageRates(figures(0, 0), { employersInRegion: null, employeesInRegion: 0 })),
    ).toEqual({ unionCoverage: null, membership: null });
  });

  it.each<[OrganizationFigures, number | null, number | null, string, string]>([
    [figures(161, 10), 160, 10000, COVERAGE_RULES.EMPLOYERS_EXCEED_REGION, 'employersInRegion'],
    [figures(1, 10), 0, 10000, COVERAGE_RULES.EMPLOYERS_EXCEED_REGION, 'employersInRegion'],
    [figures(10, 10001), 160, 10000, COVERAGE_RULES.MEMBERS_EXCEED_EMPLOYEES, 'employeesInRegion'],
    [figures(10, 5), 160, 0, COVERAGE_RULES.MEMBERS_EXCEED_EMPLOYEES, 'employeesInRegion'],
    [figures(10, 10), -1, 100, COVERAGE_RULES.COUNT_INVALID, 'employersInRegion'],
    [figures(10, 10), 100, 2.5, COVERAGE_RULES.COUNT_INVALID, 'employeesInRegion'],
    [figures(-1, 10), 100, 100, COVERAGE_RULES.FIGURES_INCONSISTENT, 'figures'],
    [figures(1, 10, 11), 100, 100, COVERAGE_RULES.FIGURES_INCONSISTENT, 'figures'],
  ])('refuses inconsistent inputs (%#) with %s', (fig, employers, employees, rule, field) => {
    const result = coverageRates(fig, {
      employersInRegion: employers,
      employeesInRegion: employees,
    });
    expect(result.ok ? null : [result.error.rule, result.error.field]).toEqual([rule, field]);
  });

  it('leaves retired members out of the membership rate, so they cannot push it over 100 %', () => {
    const rates = unwrap(
      coverageRates(figures(1, 120, 30), { employersInRegion: 1, employeesInRegion: 100 }),
    );
    expect(rates.membership).toEqual({ numerator: 90, denominator: 100, percent: '90.0' });
  });

  it('explains an impossible rate in Chinese', () => {
    const result = coverageRates(figures(161, 10), {
      employersInRegion: 160,
      employeesInRegion: null,
    });
    expect(result.ok ? null : result.error.message).toBe(
      '已建会覆盖单位 161 家，多于辖区单位总数 160 家，请核对辖区单位数',
    );
  });

  it('property: consistent inputs give rates between 0.0 and 100.0, within 0.05 of the exact value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat({ max: 1000 }),
        (employers, employees, coveredShare, memberShare, retired) => {
          const covered = Math.floor(employers * coveredShare);
          const working = Math.floor(employees * memberShare);
          const rates = unwrap(
            coverageRates(figures(covered, working + retired, retired), {
              employersInRegion: employers,
              employeesInRegion: employees,
            }),
          );
          for (const rate of [rates.unionCoverage, rates.membership]) {
            expect(rate).not.toBeNull();
            if (rate === null) {
              return;
            }
            const shown = Number(rate.percent);
            expect(rate.percent).toMatch(/^\d{1,3}\.\d$/);
            expect(shown).toBeGreaterThanOrEqual(0);
            expect(shown).toBeLessThanOrEqual(100);
            expect(Math.abs(shown - (rate.numerator / rate.denominator) * 100)).toBeLessThanOrEqual(
              0.05 + 1e-9,
            );
          }
          expect(rates.membership?.numerator).toBe(working);
        },
      ),
    );
  });

  it('property: more covered than exist, or more working members than employees, is an error', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (total, excess, employersSide) => {
          const result = employersSide
            ? coverageRates(figures(total + excess, 0), {
                employersInRegion: total,
                employeesInRegion: null,
              })
            : coverageRates(figures(0, total + excess), {
                employersInRegion: null,
                employeesInRegion: total,
              });
          expect(ruleOf(result)).toBe(
            employersSide
              ? COVERAGE_RULES.EMPLOYERS_EXCEED_REGION
              : COVERAGE_RULES.MEMBERS_EXCEED_EMPLOYEES,
          );
        },
      ),
    );
  });
});
