import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORG_KINDS } from './org-kind.js';
import { checkRegionCensus, leadsRegion, REGION_CENSUS_RULES } from './region-census.js';

const valid = {
  kind: 'CITY_FEDERATION' as const,
  currentYear: 2026,
  year: 2025,
  employers: 182_000,
  employees: 3_100_000,
};

describe('checkRegionCensus', () => {
  it('accepts a city federation’s census, with or without the employee count', () => {
    expect(checkRegionCensus(valid)).toEqual({
      ok: true,
      value: { year: 2025, employers: 182_000, employees: 3_100_000 },
    });
    expect(checkRegionCensus({ ...valid, kind: 'COUNTY_FEDERATION', employees: null }).ok).toBe(
      true,
    );
  });

  it.each([
    [{ kind: 'GRASSROOTS_UNION' }, 'organizationId', REGION_CENSUS_RULES.NOT_A_REGIONAL_FEDERATION],
    [{ kind: 'INDUSTRIAL_UNION' }, 'organizationId', REGION_CENSUS_RULES.NOT_A_REGIONAL_FEDERATION],
    [{ year: 1999 }, 'year', REGION_CENSUS_RULES.YEAR_INVALID],
    [{ year: 2027 }, 'year', REGION_CENSUS_RULES.YEAR_INVALID],
    [{ year: 2025.5 }, 'year', REGION_CENSUS_RULES.YEAR_INVALID],
    [{ employers: 0 }, 'employers', REGION_CENSUS_RULES.EMPLOYERS_INVALID],
    [{ employers: -3 }, 'employers', REGION_CENSUS_RULES.EMPLOYERS_INVALID],
    [{ employers: 1.5 }, 'employers', REGION_CENSUS_RULES.EMPLOYERS_INVALID],
    [{ employees: 100 }, 'employees', REGION_CENSUS_RULES.EMPLOYEES_INVALID],
    [{ employees: 0 }, 'employees', REGION_CENSUS_RULES.EMPLOYEES_INVALID],
  ] as const)('refuses %o naming %s', (change, field, rule) => {
    const result = checkRegionCensus({ ...valid, ...change });
    expect(result.ok ? null : result.error).toMatchObject({ field, rule });
  });

  it('only regional federations lead a region', () => {
    expect(ORG_KINDS.filter(leadsRegion)).toEqual([
      'NATIONAL_FEDERATION',
      'PROVINCIAL_FEDERATION',
      'CITY_FEDERATION',
      'COUNTY_FEDERATION',
    ]);
  });

  it('accepts exactly the censuses with positive counts, employees ≥ employers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 1_000 }),
        fc.option(fc.integer({ min: -5, max: 2_000 }), { nil: null }),
        (employers, employees) => {
          const accepted = checkRegionCensus({ ...valid, employers, employees }).ok;
          expect(accepted).toBe(
            employers > 0 && (employees === null || (employees > 0 && employees >= employers)),
          );
        },
      ),
    );
  });
});
