import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import {
  DEFAULT_INNOVATION_CONFIG,
  type InnovationConfigVersion,
  innovationConfigIssues,
  nextInnovationConfigVersion,
  resolveInnovationConfig,
} from './config.js';
import { DEFAULT_ENTERPRISE_QUOTAS } from './enterprise-quotas.js';
import { computeStarRating, DEFAULT_STAR_RUBRIC, type StarRubric } from './star-rating.js';
import { checkLeadQualification, DEFAULT_LEAD_QUALIFICATION } from './studios.js';

const d = (text: string) => text as CalendarDate;

const qingdaoRubric: StarRubric = {
  ...DEFAULT_STAR_RUBRIC,
  starBands: [
    { stars: 1, minScore: 0 },
    { stars: 2, minScore: 50 },
    { stars: 3, minScore: 65 },
    { stars: 4, minScore: 80 },
    { stars: 5, minScore: 95 },
  ],
};

const version = (
  regionCode: string,
  n: number,
  from: string,
  parameters: InnovationConfigVersion['parameters'],
  to: string | null = null,
): InnovationConfigVersion => ({
  regionCode,
  regionName: regionCode,
  version: n,
  effectiveFrom: d(from),
  effectiveTo: to === null ? null : d(to),
  parameters,
});

describe('the innovation configuration per region', () => {
  it('is the domain defaults (national v0) when nothing is stored', () => {
    const config = resolveInnovationConfig([], '370202', d('2026-06-01'));
    expect(config.rubric).toBe(DEFAULT_STAR_RUBRIC);
    expect(config.enterpriseQuotas).toBe(DEFAULT_ENTERPRISE_QUOTAS);
    expect(config.leadQualification).toBe(DEFAULT_LEAD_QUALIFICATION);
    expect(config.version).toBe('000000 v0');
  });

  it('inherits down the tree unless a region overrides, part by part', () => {
    const versions = [
      version('370200', 1, '2025-01-01', {
        rubric: qingdaoRubric,
        enterpriseQuotas: { CITY_FEDERATION: 12, COUNTY_FEDERATION: 8 },
      }),
      version('370202', 1, '2025-01-01', { enterpriseQuotas: { COUNTY_FEDERATION: 15 } }),
    ];
    const shinan = resolveInnovationConfig(versions, '370202', d('2026-06-01'));
    expect(shinan.rubric).toBe(qingdaoRubric);
    expect(shinan.enterpriseQuotas).toEqual({ COUNTY_FEDERATION: 15 });
    expect(shinan.leadQualification).toBe(DEFAULT_LEAD_QUALIFICATION);
    expect(shinan.version).toBe('000000 v0 / 370200 v1 / 370202 v1');
    const laoshan = resolveInnovationConfig(versions, '370212', d('2026-06-01'));
    expect(laoshan.enterpriseQuotas).toEqual({ CITY_FEDERATION: 12, COUNTY_FEDERATION: 8 });
    expect(laoshan.version).toBe('000000 v0 / 370200 v1');
    // Another city keeps the defaults.
    expect(resolveInnovationConfig(versions, '131000', d('2026-06-01')).version).toBe('000000 v0');
  });

  it('applies a version only within its dates; a later version supersedes for the dates it covers', () => {
    const versions = [
      version('370200', 1, '2024-01-01', { rubric: qingdaoRubric }),
      version('370200', 2, '2026-01-01', { rubric: DEFAULT_STAR_RUBRIC }, '2026-12-31'),
    ];
    expect(resolveInnovationConfig(versions, '370200', d('2023-12-31')).version).toBe('000000 v0');
    expect(resolveInnovationConfig(versions, '370200', d('2025-06-01')).rubric).toBe(qingdaoRubric);
    expect(resolveInnovationConfig(versions, '370200', d('2026-06-01')).version).toBe(
      '000000 v0 / 370200 v2',
    );
    expect(resolveInnovationConfig(versions, '370200', d('2027-01-01')).version).toBe(
      '000000 v0 / 370200 v1',
    );
    expect(nextInnovationConfigVersion(versions, '370200')).toBe(3);
    expect(nextInnovationConfigVersion(versions, '370202')).toBe(1);
  });

  it('lets a region’s rubric and lead rule change the outcome, never a past version', () => {
    const measures = {
      RESULTS_AND_PATENTS: 6,
      PEOPLE_TRAINED: 5,
      ECONOMIC_BENEFIT: 100_000_000,
      FACILITIES_AND_RULES: 8,
      ACTIVITY: 4,
    };
    // 78.5 points: 4 ★ by default, 3 ★ under Qingdao's stricter bands.
    expect(computeStarRating(measures).stars).toBe(4);
    const versions = [version('370200', 1, '2025-01-01', { rubric: qingdaoRubric })];
    expect(
      computeStarRating(
        measures,
        resolveInnovationConfig(versions, '370202', d('2026-01-01')).rubric,
      ).stars,
    ).toBe(3);
    const strict = resolveInnovationConfig(
      [
        version('370200', 1, '2025-01-01', {
          leadQualification: {
            qualifyingHonorCodes: ['NATIONAL_MODEL_WORKER'],
            minimumSkillLevel: 'SENIOR_TECHNICIAN',
          },
        }),
      ],
      '370202',
      d('2026-01-01'),
    );
    expect(
      checkLeadQualification({ honorCodes: [], skillLevel: 'TECHNICIAN' }, strict.leadQualification)
        .ok,
    ).toBe(false);
    expect(
      checkLeadQualification(
        { honorCodes: [], skillLevel: 'TECHNICIAN' },
        DEFAULT_LEAD_QUALIFICATION,
      ).ok,
    ).toBe(true);
  });

  it('refuses a version that sets nothing, a bad rubric, bad quotas, a bad lead rule or dates', () => {
    expect(innovationConfigIssues(DEFAULT_INNOVATION_CONFIG)).toEqual([]);
    const rules = (parameters: InnovationConfigVersion['parameters'], to: string | null = null) =>
      innovationConfigIssues(version('370200', 1, '2026-01-01', parameters, to)).map(
        (issue) => `${issue.field}:${issue.rule}`,
      );
    expect(rules({})).toEqual(['parameters:INNOVATION_CONFIG_EMPTY']);
    expect(
      rules({
        rubric: { ...DEFAULT_STAR_RUBRIC, criteria: DEFAULT_STAR_RUBRIC.criteria.slice(1) },
      }),
    ).toEqual(['parameters.rubric.criteria:INNOVATION_RUBRIC_WEIGHTS']);
    expect(rules({ enterpriseQuotas: { CITY_FEDERATION: -1 } })).toEqual([
      'parameters.enterpriseQuotas.CITY_FEDERATION:INNOVATION_CONFIG_QUOTA',
    ]);
    expect(rules({ enterpriseQuotas: { NOT_A_KIND: 3 } as never })).toEqual([
      'parameters.enterpriseQuotas.NOT_A_KIND:INNOVATION_CONFIG_QUOTA',
    ]);
    expect(
      rules({ leadQualification: { qualifyingHonorCodes: [], minimumSkillLevel: null } }),
    ).toEqual(['parameters.leadQualification:INNOVATION_CONFIG_LEAD']);
    expect(rules({ enterpriseQuotas: { CITY_FEDERATION: 10 } }, '2025-12-31')).toEqual([
      'effectiveTo:INNOVATION_CONFIG_DATES',
    ]);
  });

  it('resolves, for any stored versions, each part from the most specific region that sets it', () => {
    const regions = ['000000', '370000', '370200', '370202'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            region: fc.constantFrom(...regions),
            quota: fc.integer({ min: 0, max: 30 }),
            from: fc.integer({ min: 2020, max: 2026 }),
          }),
          { maxLength: 8 },
        ),
        (rows) => {
          const versions = rows.map((row, index) =>
            version(row.region, index + 1, `${row.from}-01-01`, {
              enterpriseQuotas: { CITY_FEDERATION: row.quota },
            }),
          );
          const date = d('2026-06-01');
          const config = resolveInnovationConfig(versions, '370202', date);
          // Expected: the most specific region with a version in force; its highest version.
          let expected: number | undefined = DEFAULT_ENTERPRISE_QUOTAS.CITY_FEDERATION;
          for (const region of regions) {
            const inForce = versions.filter(
              (v) => v.regionCode === region && v.effectiveFrom <= date,
            );
            const best = inForce.sort((a, b) => b.version - a.version)[0];
            if (best) expected = best.parameters.enterpriseQuotas?.CITY_FEDERATION;
          }
          expect(config.enterpriseQuotas.CITY_FEDERATION).toBe(expected);
          expect(config.version.startsWith('000000 v')).toBe(true);
        },
      ),
    );
  });
});
