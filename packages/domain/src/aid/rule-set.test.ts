import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Fen } from '../shared/money.js';
import {
  AID_RULE_SET_RULES,
  type HardshipRuleSet,
  hardshipCategoryRank,
  hardshipRuleSetIssues,
  NATIONAL_REGION_CODE,
  nextRuleSetVersion,
  regionChain,
  resolveHardshipRules,
  ruleSetInForce,
} from './rule-set.js';
import { NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET } from './rule-set-presets.js';

const d = (date: string) => date as CalendarDate;

describe('regionChain', () => {
  it.each([
    ['370202', ['370202', '370200', '370000', '000000']],
    ['370200', ['370200', '370000', '000000']],
    ['370000', ['370000', '000000']],
    ['419001', ['419001', '410000', '000000']],
    ['000000', ['000000']],
    ['abc', ['000000']],
  ])('%s inherits from %j', (code, chain) => {
    expect(regionChain(code)).toEqual(chain);
  });
});

describe('presets', () => {
  it('are valid rule sets', () => {
    expect(hardshipRuleSetIssues(NATIONAL_DEFAULT_RULE_SET)).toEqual([]);
    expect(hardshipRuleSetIssues(QINGDAO_DEMO_RULE_SET)).toEqual([]);
  });

  it('rank categories by severity', () => {
    expect(
      ['NONE', 'RELATIVE', 'ACCIDENT', 'DEEP'].map((c) => hardshipCategoryRank(c as 'NONE')),
    ).toEqual([0, 1, 2, 3]);
  });
});

describe('resolveHardshipRules', () => {
  const all = [NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET];

  it('overlays a city’s parameters on the national default for its districts', () => {
    const resolved = resolveHardshipRules(all, '370202', d('2025-01-01'));
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    expect(resolved.value.minimumLivingStandard).toBe(109_000);
    expect(resolved.value.relativeLinePercent).toBe(150);
    expect(resolved.value.accidentIncomeLinePercent).toBe(300);
    expect(resolved.value.programs).toEqual(NATIONAL_DEFAULT_RULE_SET.parameters.programs);
    expect(resolved.value.version).toBe('000000 v1 / 370200 v1');
  });

  it('uses the national default alone before the city’s rules take effect and elsewhere', () => {
    for (const [region, date] of [
      ['370202', '2024-06-30'],
      ['110101', '2025-01-01'],
    ]) {
      const resolved = resolveHardshipRules(all, region as string, d(date as string));
      expect(resolved.ok && resolved.value.minimumLivingStandard).toBe(80_000);
      expect(resolved.ok && resolved.value.version).toBe('000000 v1');
    }
  });

  it('takes the highest version in force, and keeps older versions for their dates', () => {
    const v2: HardshipRuleSet = {
      ...QINGDAO_DEMO_RULE_SET,
      version: 2,
      effectiveFrom: d('2025-07-01'),
      parameters: { ...QINGDAO_DEMO_RULE_SET.parameters, minimumLivingStandard: 115_000 as Fen },
    };
    const withV2 = [...all, v2];
    expect(ruleSetInForce(withV2, '370200', d('2025-06-30'))?.version).toBe(1);
    expect(ruleSetInForce(withV2, '370200', d('2025-07-01'))?.version).toBe(2);
    const resolved = resolveHardshipRules(withV2, '370202', d('2025-08-01'));
    expect(resolved.ok && resolved.value.minimumLivingStandard).toBe(115_000);
    expect(nextRuleSetVersion(withV2, '370200')).toBe(3);
    expect(nextRuleSetVersion(withV2, '370300')).toBe(1);
  });

  it('fails without a national default in force', () => {
    const resolved = resolveHardshipRules([QINGDAO_DEMO_RULE_SET], '370202', d('2025-01-01'));
    expect(resolved.ok ? null : resolved.error.rule).toBe(AID_RULE_SET_RULES.NONE_IN_FORCE);
  });
});

describe('hardshipRuleSetIssues', () => {
  it('refuses a bad region, version, dates and parameters', () => {
    const bad: HardshipRuleSet = {
      regionCode: '990000',
      regionName: 'x',
      version: 0,
      effectiveFrom: d('2025-02-01'),
      effectiveTo: d('2025-01-01'),
      parameters: {
        minimumLivingStandard: -5 as Fen,
        relativeLinePercent: 90,
        exclusions: ['NOPE' as 'MULTIPLE_HOMES'],
        programs: {
          medicalAid: {
            eligibleCategories: ['DEEP'],
            shareBasisPoints: 12_000,
            minimumOutOfPocket: 0 as Fen,
            yearlyCap: 1.5 as Fen,
          },
        },
      },
    };
    expect(hardshipRuleSetIssues(bad).map((issue) => issue.field)).toEqual([
      'regionCode',
      'version',
      'effectiveTo',
      'parameters.minimumLivingStandard',
      'parameters.relativeLinePercent',
      'parameters.exclusions',
      'parameters.programs.medicalAid.shareBasisPoints',
      'parameters.programs.medicalAid.yearlyCap',
    ]);
  });

  it('requires the national default to be complete', () => {
    const incomplete: HardshipRuleSet = {
      ...NATIONAL_DEFAULT_RULE_SET,
      regionCode: NATIONAL_REGION_CODE,
      parameters: { minimumLivingStandard: 80_000 as Fen },
    };
    const issues = hardshipRuleSetIssues(incomplete);
    expect(issues.map((issue) => issue.rule)).toEqual([AID_RULE_SET_RULES.INCOMPLETE]);
    expect(issues[0]?.message).toContain('relativeLinePercent');
  });
});
