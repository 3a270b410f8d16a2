import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Fen } from '../shared/money.js';
import { computeEntitlement, ENTITLEMENT_RULES, type EntitlementRequest } from './entitlement.js';
import { type ResolvedHardshipRules, resolveHardshipRules, SCHOOL_LEVELS } from './rule-set.js';
import { NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET } from './rule-set-presets.js';

const yuan = (amount: number) => Math.round(amount * 100) as Fen;

function rulesFor(regionCode: string, date = '2025-06-01'): ResolvedHardshipRules {
  const resolved = resolveHardshipRules(
    [NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET],
    regionCode,
    date as CalendarDate,
  );
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value;
}

const rules = rulesFor('370202');

function entitle(request: EntitlementRequest) {
  const result = computeEntitlement(rules, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('winter relief 冬送温暖', () => {
  it.each([
    ['DEEP', yuan(2000)],
    ['ACCIDENT', yuan(1500)],
    ['RELATIVE', yuan(1000)],
  ] as const)('pays %s households their category amount', (category, amount) => {
    const result = entitle({ program: 'WINTER_RELIEF', category });
    expect(result).toMatchObject({ eligible: true, amount, ruleVersion: '000000 v1 / 370200 v1' });
    expect(result.breakdown).toEqual([expect.objectContaining({ amount })]);
  });

  it('pays nothing to a household that is not in hardship', () => {
    const result = entitle({ program: 'WINTER_RELIEF', category: 'NONE' });
    expect(result).toMatchObject({ eligible: false, amount: 0 });
    expect(result.reasons[0]).toContain('困难职工家庭');
  });
});

describe('education aid 金秋助学', () => {
  it('is higher for university students than for pupils, and by category', () => {
    const undergraduate = entitle({
      program: 'EDUCATION_AID',
      category: 'DEEP',
      schoolLevel: 'UNDERGRADUATE',
    });
    expect(undergraduate.amount).toBe(yuan(5000));
    expect(undergraduate.reasons).toEqual(['深度困难家庭大学本科学生金秋助学标准为 5,000 元']);
    expect(
      entitle({ program: 'EDUCATION_AID', category: 'RELATIVE', schoolLevel: 'PRIMARY' }).amount,
    ).toBe(yuan(500));
  });

  it('pays nothing for a level the table leaves out', () => {
    const partial: ResolvedHardshipRules = {
      ...rules,
      programs: {
        ...rules.programs,
        educationAid: { amountByCategoryAndLevel: { DEEP: { UNDERGRADUATE: yuan(5000) } } },
      },
    };
    const result = computeEntitlement(partial, {
      program: 'EDUCATION_AID',
      category: 'DEEP',
      schoolLevel: 'PRIMARY',
    });
    expect(result.ok && result.value).toMatchObject({ eligible: false, amount: 0 });
  });

  it('never pays a household that is not in hardship, at any level', () => {
    for (const schoolLevel of SCHOOL_LEVELS) {
      expect(entitle({ program: 'EDUCATION_AID', category: 'NONE', schoolLevel }).amount).toBe(0);
    }
  });
});

describe('medical aid 医疗救助 (50 % of out-of-pocket, threshold 1,000 元, cap 20,000 元 a year)', () => {
  const base = {
    program: 'MEDICAL_AID' as const,
    category: 'DEEP' as const,
    otherReimbursed: yuan(0),
    alreadyGrantedThisYear: yuan(0),
  };

  it.each([
    // total, insurance, other, already, expected
    [50_000, 30_000, 0, 0, 10_000],
    [50_000, 30_000, 5_000, 0, 7_500],
    [10_000, 9_500, 0, 0, 0], // 500 元 out of pocket: below the threshold
    [10_000, 9_000, 0, 0, 500], // exactly the threshold
    [100_000, 20_000, 0, 0, 20_000], // 40,000 capped at 20,000
    [100_000, 20_000, 0, 15_000, 5_000], // cap left 5,000
    [100_000, 20_000, 0, 20_000, 0], // cap used up
    [2_001.01, 0, 0, 0, 1_000.51], // 1,000.505 rounds half up
  ])(
    'total %d, insurance %d, other %d, already %d → %d 元',
    (total, insurance, other, already, expected) => {
      const result = entitle({
        ...base,
        totalCost: yuan(total),
        insuranceReimbursed: yuan(insurance),
        otherReimbursed: yuan(other),
        alreadyGrantedThisYear: yuan(already),
      });
      expect(result.amount).toBe(yuan(expected));
      expect(result.eligible).toBe(expected > 0);
    },
  );

  it('explains the computation', () => {
    const result = entitle({
      ...base,
      totalCost: yuan(50_000),
      insuranceReimbursed: yuan(30_000),
    });
    expect(result.reasons).toEqual([
      '医疗费用 50,000 元，扣除医保报销 30,000 元 和其他报销或救助 0 元 后，个人自付 20,000 元',
      '按个人自付的 50% 计算为 10,000 元',
      '深度困难家庭，本次医疗救助 10,000 元',
    ]);
    expect(result.breakdown.map((line) => line.label)).toEqual([
      '医疗费用总额',
      '医保报销',
      '其他报销或救助',
      '个人自付',
      '按 50% 救助',
    ]);
  });

  it('refuses reimbursements above the cost and negative amounts', () => {
    const over = computeEntitlement(rules, {
      ...base,
      totalCost: yuan(100),
      insuranceReimbursed: yuan(80),
      otherReimbursed: yuan(30),
    });
    expect(over.ok ? null : over.error.rule).toBe(ENTITLEMENT_RULES.REIMBURSED_EXCEEDS_COST);
    const negative = computeEntitlement(rules, {
      ...base,
      totalCost: -1 as Fen,
      insuranceReimbursed: yuan(0),
    });
    expect(negative.ok ? null : negative.error).toMatchObject({
      field: 'totalCost',
      rule: ENTITLEMENT_RULES.AMOUNT,
    });
  });

  it('never exceeds the share, the cap left, or the out-of-pocket cost (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 3_000_000 }),
        (total, insurancePercent, already) => {
          const insurance = Math.floor((total * insurancePercent) / 100);
          const result = entitle({
            ...base,
            totalCost: total as Fen,
            insuranceReimbursed: insurance as Fen,
            alreadyGrantedThisYear: already as Fen,
          });
          const outOfPocket = total - insurance;
          const cap = rules.programs.medicalAid.yearlyCap;
          expect(result.amount).toBeGreaterThanOrEqual(0);
          expect(result.amount).toBeLessThanOrEqual(Math.ceil(outOfPocket / 2));
          expect(result.amount).toBeLessThanOrEqual(Math.max(0, cap - already));
          expect(result.eligible).toBe(result.amount > 0);
        },
      ),
    );
  });
});

describe('mutual medical protection 职工医疗互助 (deductible 800 元, 60 %, cap 30,000 元)', () => {
  const claim = (outOfPocket: number, prior = 0, reimbursed = 0, enrolled = true) =>
    entitle({
      program: 'MUTUAL_MEDICAL',
      enrolled,
      outOfPocket: yuan(outOfPocket),
      priorOutOfPocketThisYear: yuan(prior),
      reimbursedThisYear: yuan(reimbursed),
    });

  it.each([
    [5_800, 0, 0, 3_000],
    [800, 0, 0, 0],
    [1_000, 500, 0, 420], // 300 of the deductible left: 700 × 60 %
    [1_000, 2_000, 0, 600], // deductible used up by earlier claims
    [100_000, 0, 0, 30_000], // capped
    [10_000, 0, 28_000, 2_000], // cap left
  ])(
    'claim %d 元 after %d 元 earlier, %d 元 reimbursed → %d 元',
    (oop, prior, reimbursed, expected) => {
      expect(claim(oop, prior, reimbursed).amount).toBe(yuan(expected));
    },
  );

  it('pays nothing without enrolment for the year', () => {
    const result = claim(10_000, 0, 0, false);
    expect(result).toMatchObject({ eligible: false, amount: 0 });
    expect(result.reasons[0]).toContain('未参加本年度职工医疗互助');
  });

  it('is the same whether one year’s costs are claimed at once or split (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (first, second) => {
          const ruleNoCap: ResolvedHardshipRules = {
            ...rules,
            programs: {
              ...rules.programs,
              mutualMedical: { ...rules.programs.mutualMedical, ratioBasisPoints: 10_000 },
            },
          };
          const run = (outOfPocket: number, prior: number, reimbursed: number) => {
            const result = computeEntitlement(ruleNoCap, {
              program: 'MUTUAL_MEDICAL',
              enrolled: true,
              outOfPocket: outOfPocket as Fen,
              priorOutOfPocketThisYear: prior as Fen,
              reimbursedThisYear: reimbursed as Fen,
            });
            if (!result.ok) throw new Error(result.error.message);
            return result.value.amount;
          };
          const a = run(first, 0, 0);
          const b = run(second, first, a);
          expect(a + b).toBe(run(first + second, 0, 0));
        },
      ),
    );
  });
});

describe('summer cooling 夏送清凉', () => {
  it('gives goods to outdoor workers only', () => {
    expect(entitle({ program: 'SUMMER_COOLING', outdoorWorker: true }).amount).toBe(yuan(100));
    expect(entitle({ program: 'SUMMER_COOLING', outdoorWorker: false }).eligible).toBe(false);
  });
});

describe('rule version', () => {
  it('records the national default alone outside an overriding region', () => {
    const national = rulesFor('110101');
    const result = computeEntitlement(national, { program: 'WINTER_RELIEF', category: 'DEEP' });
    expect(result.ok && result.value.ruleVersion).toBe('000000 v1');
  });

  it('is deterministic', () => {
    const request: EntitlementRequest = {
      program: 'MEDICAL_AID',
      category: 'RELATIVE',
      totalCost: yuan(12_345.67),
      insuranceReimbursed: yuan(3_000),
      otherReimbursed: yuan(0),
      alreadyGrantedThisYear: yuan(0),
    };
    expect(computeEntitlement(rules, request)).toEqual(computeEntitlement(rules, request));
  });
});
