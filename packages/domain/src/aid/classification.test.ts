import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Fen } from '../shared/money.js';
import {
  classifyHardship,
  type HardshipClassification,
  HOUSEHOLD_FACTS_RULES,
  type HouseholdFacts,
  INCOME_KINDS,
} from './classification.js';
import {
  EXPENDITURE_KINDS,
  HARDSHIP_EXCLUSIONS,
  type HardshipRuleSet,
  hardshipCategoryRank,
  type ResolvedHardshipRules,
  resolveHardshipRules,
} from './rule-set.js';
import { NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET } from './rule-set-presets.js';

const yuan = (amount: number) => Math.round(amount * 100) as Fen;
const date = '2025-11-01' as CalendarDate;

function resolve(ruleSets: HardshipRuleSet[], region: string): ResolvedHardshipRules {
  const resolved = resolveHardshipRules(ruleSets, region, date);
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value;
}

/** Variant A: the national criteria (2 × for relative hardship), demo line 800 元. */
const variantA = resolve([NATIONAL_DEFAULT_RULE_SET], '110101');
/** Variant B: the regional criteria (1.5 ×), 青岛 demo line 1,090 元. */
const variantB = resolve([NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET], '370202');
/** Variant A's 2 × with B's line, to compare the multipliers alone. */
const variantA1090: ResolvedHardshipRules = { ...variantB, relativeLinePercent: 200 };

function household(overrides: Partial<HouseholdFacts> = {}): HouseholdFacts {
  return {
    size: 3,
    incomes: [],
    expenditures: [],
    homesOwned: 1,
    ownsBusiness: false,
    employsOthers: false,
    childAtHighFeePrivateSchool: false,
    childSelfFundedStudyAbroad: false,
    ownsNonEssentialVehicle: false,
    accident: null,
    migrantWorker: null,
    ...overrides,
  };
}

const wage = (annual: number) => ({ kind: 'WAGE' as const, annualAmount: yuan(annual) });

function classify(facts: HouseholdFacts, rules: ResolvedHardshipRules): HardshipClassification {
  const result = classifyHardship(facts, rules);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the published criteria, both variants (table)', () => {
  it.each<[string, Partial<HouseholdFacts>, string, string, string]>([
    // label, facts, variant A (2 ×, 800), variant B (1.5 ×, 1,090), A's 2 × at 1,090
    [
      '3 persons, 36,000 元 income, 6,750 元 medical: 812.50 元 a head',
      {
        size: 3,
        incomes: [wage(36_000)],
        expenditures: [{ kind: 'MEDICAL', annualAmount: yuan(6_750) }],
      },
      'RELATIVE',
      'DEEP',
      'DEEP',
    ],
    [
      '2 persons, 36,000 元: 1,500 元 a head',
      { size: 2, incomes: [wage(36_000)] },
      'RELATIVE',
      'RELATIVE',
      'RELATIVE',
    ],
    [
      '2 persons, 38,880 元: 1,620 元 a head',
      { size: 2, incomes: [wage(38_880)] },
      'NONE',
      'RELATIVE',
      'RELATIVE',
    ],
    [
      '2 persons, 48,000 元: 2,000 元 a head',
      { size: 2, incomes: [wage(48_000)] },
      'NONE',
      'NONE',
      'RELATIVE',
    ],
    [
      '1 person exactly on the 1,090 元 line',
      { size: 1, incomes: [wage(13_080)] },
      'RELATIVE',
      'RELATIVE',
      'RELATIVE',
    ],
    [
      '1 person 1 分 a year below the 1,090 元 line',
      { size: 1, incomes: [wage(13_079.99)] },
      'RELATIVE',
      'DEEP',
      'DEEP',
    ],
    [
      '1 person exactly on the 800 元 line',
      { size: 1, incomes: [wage(9_600)] },
      'RELATIVE',
      'DEEP',
      'DEEP',
    ],
    [
      '1 person 1 分 a year below 800 元',
      { size: 1, incomes: [wage(9_599.99)] },
      'DEEP',
      'DEEP',
      'DEEP',
    ],
    ['no income at all', { size: 4 }, 'DEEP', 'DEEP', 'DEEP'],
    [
      'rigid expenditure above income',
      {
        size: 2,
        incomes: [wage(20_000)],
        expenditures: [{ kind: 'DISABILITY', annualAmount: yuan(30_000) }],
      },
      'DEEP',
      'DEEP',
      'DEEP',
    ],
    [
      'rent is not a deductible rigid expenditure',
      {
        size: 1,
        incomes: [wage(15_000)],
        expenditures: [{ kind: 'HOUSING', annualAmount: yuan(12_000) }],
      },
      'RELATIVE',
      'RELATIVE',
      'RELATIVE',
    ],
    [
      'deep by income, but two homes',
      { size: 3, incomes: [wage(10_000)], homesOwned: 2 },
      'NONE',
      'NONE',
      'NONE',
    ],
    [
      'deep by income, but runs a shop',
      { size: 3, incomes: [wage(10_000)], ownsBusiness: true },
      'NONE',
      'NONE',
      'NONE',
    ],
    [
      'deep by income, but a child studies abroad at own expense',
      { size: 3, incomes: [wage(10_000)], childSelfFundedStudyAbroad: true },
      'NONE',
      'NONE',
      'NONE',
    ],
    [
      'a vehicle is not an exclusion in these criteria',
      { size: 3, incomes: [wage(10_000)], ownsNonEssentialVehicle: true },
      'DEEP',
      'DEEP',
      'DEEP',
    ],
    [
      'migrant worker with 11 months of labour relation',
      {
        size: 3,
        incomes: [wage(10_000)],
        migrantWorker: { labourRelationMonths: 11, membershipMonths: 24 },
      },
      'NONE',
      'NONE',
      'NONE',
    ],
    [
      'migrant worker with 11 months of membership',
      {
        size: 3,
        incomes: [wage(10_000)],
        migrantWorker: { labourRelationMonths: 36, membershipMonths: 11 },
      },
      'NONE',
      'NONE',
      'NONE',
    ],
    [
      'migrant worker with 12 months of both',
      {
        size: 3,
        incomes: [wage(10_000)],
        migrantWorker: { labourRelationMonths: 12, membershipMonths: 12 },
      },
      'DEEP',
      'DEEP',
      'DEEP',
    ],
    [
      'accident: 2,777.78 元 a head, 70,000 元 net costs leave 833.33 元',
      {
        size: 3,
        incomes: [wage(100_000)],
        accident: {
          date: '2025-06-10' as CalendarDate,
          description: '重大疾病住院',
          costs: yuan(90_000),
          compensation: yuan(20_000),
        },
      },
      'NONE',
      'ACCIDENT',
      'ACCIDENT',
    ],
    [
      'accident: 60,000 元 net costs leave 1,111.11 元',
      {
        size: 3,
        incomes: [wage(100_000)],
        accident: {
          date: '2025-06-10' as CalendarDate,
          description: '交通事故',
          costs: yuan(80_000),
          compensation: yuan(20_000),
        },
      },
      'NONE',
      'NONE',
      'NONE',
    ],
    [
      'accident more than 12 months ago',
      {
        size: 3,
        incomes: [wage(100_000)],
        accident: {
          date: '2024-11-01' as CalendarDate,
          description: '火灾',
          costs: yuan(90_000),
          compensation: yuan(0),
        },
      },
      'NONE',
      'NONE',
      'NONE',
    ],
    [
      'accident exactly within 12 months',
      {
        size: 3,
        incomes: [wage(100_000)],
        accident: {
          date: '2024-11-02' as CalendarDate,
          description: '火灾',
          costs: yuan(90_000),
          compensation: yuan(0),
        },
      },
      'NONE',
      'ACCIDENT',
      'ACCIDENT',
    ],
  ])('%s → A %s, B %s, 2 × at 1,090 %s', (_label, facts, expectedA, expectedB, expectedA1090) => {
    const f = household(facts);
    expect(classify(f, variantA).category).toBe(expectedA);
    expect(classify(f, variantB).category).toBe(expectedB);
    expect(classify(f, variantA1090).category).toBe(expectedA1090);
  });
});

describe('reasons a caseworker can read', () => {
  it('explains a deep-hardship household in the regional variant', () => {
    const result = classify(
      household({
        size: 3,
        incomes: [wage(30_000), { kind: 'TRANSFER', annualAmount: yuan(6_000) }],
        expenditures: [
          { kind: 'MEDICAL', annualAmount: yuan(4_500) },
          { kind: 'EDUCATION', annualAmount: yuan(2_250) },
          { kind: 'OTHER', annualAmount: yuan(1_000) },
        ],
      }),
      variantB,
    );
    expect(result).toMatchObject({
      category: 'DEEP',
      categoryLabel: '深度困难',
      annualIncome: yuan(36_000),
      deductibleExpenditure: yuan(6_750),
      nonDeductibleExpenditure: yuan(1_000),
      perCapitaMonthlyNetIncome: yuan(812.5),
      perCapitaMonthlyIncome: yuan(1_000),
      thresholds: {
        minimumLivingStandard: yuan(1_090),
        relativeLine: yuan(1_635),
        relativeLinePercent: 150,
        accidentIncomeLine: yuan(3_270),
      },
      ruleVersion: '000000 v1 / 370200 v1',
      date,
    });
    expect(result.reasons).toEqual([
      '家庭共 3 人，近 12 个月家庭收入 36,000 元',
      '可扣除的刚性支出 6,750 元（医疗 4,500 元、子女教育 2,250 元）',
      '其他 1,000 元不属于可扣除的刚性支出，不予扣除',
      '家庭人均纯收入 812.50 元，低于当地低保标准 1,090 元',
      '结论：深度困难',
    ]);
  });

  it('explains relative hardship with the multiplier used', () => {
    const result = classify(household({ size: 2, incomes: [wage(36_000)] }), variantB);
    expect(result.reasons.at(-2)).toBe(
      '家庭人均纯收入 1,500 元，不低于当地低保标准 1,090 元，但低于相对困难标准 1,635 元（低保标准的 1.5 倍）',
    );
    const national = classify(household({ size: 2, incomes: [wage(36_000)] }), variantA);
    expect(national.reasons.at(-2)).toContain('相对困难标准 1,600 元（低保标准的 2 倍）');
  });

  it('explains an accident and an exclusion', () => {
    const accident = classify(
      household({
        size: 3,
        incomes: [wage(100_000)],
        accident: {
          date: '2025-06-10' as CalendarDate,
          description: '重大疾病住院',
          costs: yuan(90_000),
          compensation: yuan(20_000),
        },
      }),
      variantB,
    );
    expect(accident.reasons.slice(1)).toEqual([
      '2025-06-10 发生意外事件（重大疾病住院），费用 90,000 元，扣除赔偿、保险和救助 20,000 元 后为 70,000 元',
      '家庭人均收入 2,777.77 元，在低保标准的 3 倍（3,270 元）以内',
      '扣除意外费用后家庭人均收入 833.33 元，低于当地低保标准 1,090 元',
      '结论：意外致困',
    ]);
    const excluded = classify(
      household({ incomes: [wage(1_000)], homesOwned: 3, employsOthers: true }),
      variantB,
    );
    expect(excluded.exclusions).toEqual(['MULTIPLE_HOMES', 'EMPLOYS_OTHERS']);
    expect(excluded.reasons).toContain('家庭拥有两套及以上住房，属于不予帮扶情形');
    expect(excluded.reasons.at(-1)).toBe('结论：不符合困难职工认定条件');
  });

  it('never shows a per-capita figure that contradicts the verdict', () => {
    // 13,079.99 元 a year for one person is 1,089.999… a month: shown as 1,089.99 (rounded down).
    const result = classify(household({ size: 1, incomes: [wage(13_079.99)] }), variantB);
    expect(result.perCapitaMonthlyNetIncome).toBe(yuan(1_089.99));
    expect(result.reasons).toContain('家庭人均纯收入 1,089.99 元，低于当地低保标准 1,090 元');
  });
});

describe('malformed facts', () => {
  it.each<[Partial<HouseholdFacts>, string, string]>([
    [{ size: 0 }, 'size', HOUSEHOLD_FACTS_RULES.SIZE],
    [{ size: 2.5 }, 'size', HOUSEHOLD_FACTS_RULES.SIZE],
    [
      { incomes: [{ kind: 'WAGE', annualAmount: -1 as Fen }] },
      'incomes.0.annualAmount',
      HOUSEHOLD_FACTS_RULES.AMOUNT,
    ],
    [
      { expenditures: [{ kind: 'LUXURY' as 'OTHER', annualAmount: yuan(1) }] },
      'expenditures.0.kind',
      HOUSEHOLD_FACTS_RULES.KIND,
    ],
    [{ homesOwned: -1 }, 'homesOwned', HOUSEHOLD_FACTS_RULES.COUNT],
    [{ incomes: [wage(6_000_000), wage(6_000_000)] }, 'incomes', HOUSEHOLD_FACTS_RULES.AMOUNT],
    [
      {
        accident: {
          date: '2025-02-30' as CalendarDate,
          description: 'x',
          costs: yuan(1),
          compensation: yuan(0),
        },
      },
      'accident.date',
      HOUSEHOLD_FACTS_RULES.ACCIDENT_DATE,
    ],
    [
      { migrantWorker: { labourRelationMonths: -3, membershipMonths: 1 } },
      'migrantWorker.labourRelationMonths',
      HOUSEHOLD_FACTS_RULES.MONTHS,
    ],
  ])('%j is refused on %s', (facts, field, rule) => {
    const result = classifyHardship(household(facts), variantB);
    expect(result.ok ? null : result.error).toMatchObject({ field, rule });
  });
});

const amount = fc.integer({ min: 0, max: 50_000_000 }).map((n) => n as Fen);
const factsArbitrary: fc.Arbitrary<HouseholdFacts> = fc.record({
  size: fc.integer({ min: 1, max: 8 }),
  incomes: fc.array(fc.record({ kind: fc.constantFrom(...INCOME_KINDS), annualAmount: amount }), {
    maxLength: 4,
  }),
  expenditures: fc.array(
    fc.record({ kind: fc.constantFrom(...EXPENDITURE_KINDS), annualAmount: amount }),
    {
      maxLength: 4,
    },
  ),
  homesOwned: fc.integer({ min: 0, max: 3 }),
  ownsBusiness: fc.boolean(),
  employsOthers: fc.constant(false),
  childAtHighFeePrivateSchool: fc.boolean(),
  childSelfFundedStudyAbroad: fc.constant(false),
  ownsNonEssentialVehicle: fc.boolean(),
  accident: fc.option(
    fc.record({
      date: fc
        .constantFrom('2024-10-01', '2025-03-15', '2025-10-31', '2025-11-01')
        .map((d) => d as CalendarDate),
      description: fc.constant('意外'),
      costs: amount,
      compensation: amount,
    }),
  ),
  migrantWorker: fc.option(
    fc.record({
      labourRelationMonths: fc.integer({ min: 0, max: 40 }),
      membershipMonths: fc.integer({ min: 0, max: 40 }),
    }),
  ),
});
const rulesArbitrary = fc.constantFrom(variantA, variantB, variantA1090);

describe('properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(factsArbitrary, rulesArbitrary, (facts, rules) => {
        expect(classifyHardship(facts, rules)).toEqual(
          classifyHardship(JSON.parse(JSON.stringify(facts)) as HouseholdFacts, rules),
        );
      }),
    );
  });

  it('more income never raises the category', () => {
    fc.assert(
      fc.property(
        factsArbitrary,
        rulesArbitrary,
        amount,
        fc.constantFrom(...INCOME_KINDS),
        (facts, rules, extra, kind) => {
          const before = classify(facts, rules);
          const after = classify(
            { ...facts, incomes: [...facts.incomes, { kind, annualAmount: extra }] },
            rules,
          );
          expect(hardshipCategoryRank(after.category)).toBeLessThanOrEqual(
            hardshipCategoryRank(before.category),
          );
        },
      ),
    );
  });

  it('more rigid expenditure never lowers the category', () => {
    fc.assert(
      fc.property(
        factsArbitrary,
        rulesArbitrary,
        amount,
        fc.constantFrom(...EXPENDITURE_KINDS),
        (facts, rules, extra, kind) => {
          const before = classify(facts, rules);
          const after = classify(
            { ...facts, expenditures: [...facts.expenditures, { kind, annualAmount: extra }] },
            rules,
          );
          expect(hardshipCategoryRank(after.category)).toBeGreaterThanOrEqual(
            hardshipCategoryRank(before.category),
          );
        },
      ),
    );
  });

  it('any exclusion the rules apply gives NONE', () => {
    const setters: Record<
      (typeof HARDSHIP_EXCLUSIONS)[number],
      (f: HouseholdFacts) => HouseholdFacts
    > = {
      MULTIPLE_HOMES: (f) => ({ ...f, homesOwned: Math.max(2, f.homesOwned) }),
      OWNS_BUSINESS: (f) => ({ ...f, ownsBusiness: true }),
      EMPLOYS_OTHERS: (f) => ({ ...f, employsOthers: true }),
      HIGH_FEE_PRIVATE_SCHOOL: (f) => ({ ...f, childAtHighFeePrivateSchool: true }),
      SELF_FUNDED_STUDY_ABROAD: (f) => ({ ...f, childSelfFundedStudyAbroad: true }),
      NON_ESSENTIAL_VEHICLE: (f) => ({ ...f, ownsNonEssentialVehicle: true }),
    };
    fc.assert(
      fc.property(
        factsArbitrary,
        rulesArbitrary,
        fc.constantFrom(...HARDSHIP_EXCLUSIONS),
        (facts, rules, exclusion) => {
          const withAll: ResolvedHardshipRules = { ...rules, exclusions: HARDSHIP_EXCLUSIONS };
          const result = classify(setters[exclusion](facts), withAll);
          expect(result.category).toBe('NONE');
          expect(result.exclusions).toContain(exclusion);
        },
      ),
    );
  });

  it('DEEP exactly when the per-capita net income is below the line, absent exclusions and migrant conditions', () => {
    fc.assert(
      fc.property(factsArbitrary, rulesArbitrary, (facts, rules) => {
        const plain = {
          ...facts,
          homesOwned: 0,
          ownsBusiness: false,
          childAtHighFeePrivateSchool: false,
          migrantWorker: null,
        };
        const result = classify(plain, rules);
        const exactlyBelow =
          BigInt(result.annualNetIncome) <
          BigInt(rules.minimumLivingStandard) * BigInt(plain.size) * 12n;
        expect(result.category === 'DEEP').toBe(exactlyBelow && result.exclusions.length === 0);
      }),
    );
  });
});
