import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkSlateQuota,
  checkSlateQuotaRules,
  checkSlateQuotas,
  formatBasisPointsPercent,
  isSlateCategory,
  NATIONAL_MAY_DAY_2024_QUOTAS,
  SLATE_CATEGORIES,
  SLATE_CATEGORY_LABELS,
  SLATE_QUOTA_BASES,
  SLATE_QUOTA_RULES,
  type SlateNominee,
  type SlateQuotaRule,
  slateQuotaRuleIssues,
  XIAMEN_MAY_DAY_MEDAL_QUOTAS,
} from './slate-quotas.js';
import { HONOR_SUBJECTS, type HonorSubject } from './titles.js';

let serial = 0;
/** `count` nominees of one subject; for each category, the first n of them are in it. */
function nominees(
  count: number,
  subject: HonorSubject,
  inCategories: Readonly<Record<string, number>> = {},
): SlateNominee[] {
  const first = serial;
  serial += count;
  return Array.from({ length: count }, (_, i) => ({
    id: `n${first + i}`,
    subject,
    categories: Object.entries(inCategories)
      .filter(([, n]) => i < n)
      .map(([category]) => category),
  }));
}

const rule = (
  category: string,
  comparator: 'AT_LEAST' | 'AT_MOST',
  shareBasisPoints: number,
  base: SlateQuotaRule['base'] = 'PERSONS',
): SlateQuotaRule => ({ category, comparator, shareBasisPoints, base });

describe('categories', () => {
  it('have Chinese labels', () => {
    expect(Object.keys(SLATE_CATEGORY_LABELS).sort()).toEqual([...SLATE_CATEGORIES].sort());
    expect(isSlateCategory('MIGRANT_WORKER')).toBe(true);
    expect(isSlateCategory('migrant')).toBe(false);
  });
});

describe('formatBasisPointsPercent', () => {
  it.each<[number, 0 | 1 | 2 | undefined, string]>([
    [3500, undefined, '35'],
    [1250, undefined, '12.5'],
    [3333, undefined, '33.33'],
    [5, undefined, '0.05'],
    [800, 1, '8.0'],
    [4030, 1, '40.3'],
    [3495, 2, '34.95'],
    [10000, 0, '100'],
  ])('%i bp (%s decimals) is %s%%', (bp, decimals, text) => {
    expect(formatBasisPointsPercent(bp, decimals)).toBe(text);
  });
});

describe('checkSlateQuota', () => {
  it('explains a failing ≥ quota with how many are missing', () => {
    const slate = nominees(25, 'PERSON', { MIGRANT_WORKER: 2 });
    const outcome = checkSlateQuota(slate, rule('MIGRANT_WORKER', 'AT_LEAST', 1000));
    expect(outcome).toMatchObject({
      passed: false,
      count: 2,
      baseCount: 25,
      displayShareBasisPoints: 800,
      requiredShareBasisPoints: 1000,
      changesNeeded: 1,
      message: '农民工占比 8.0%，低于要求的 10%，至少还需 1 名',
    });
  });

  it('explains a failing ≤ quota with how many are too many', () => {
    const slate = nominees(100, 'PERSON', { UNIT_LEADER: 17 });
    expect(checkSlateQuota(slate, rule('UNIT_LEADER', 'AT_MOST', 1500))).toMatchObject({
      passed: false,
      changesNeeded: 2,
      message: '单位负责人占比 17.0%，超过上限 15%，至少需减少 2 名',
    });
  });

  it.each<[string, number, number, 'AT_LEAST' | 'AT_MOST', number, boolean, number, string]>([
    // Exactly on the line passes.
    ['INDUSTRIAL_WORKER', 20, 7, 'AT_LEAST', 3500, true, 0, '产业工人占比 35.0%，不低于要求的 35%'],
    ['UNIT_LEADER', 20, 3, 'AT_MOST', 1500, true, 0, '单位负责人占比 15.0%，未超过上限 15%'],
    // One short of the line fails.
    [
      'INDUSTRIAL_WORKER',
      20,
      6,
      'AT_LEAST',
      3500,
      false,
      1,
      '产业工人占比 30.0%，低于要求的 35%，至少还需 1 名',
    ],
    // 34.95 % would round to 35.0 %: shown as 34.9 % so the message never looks compliant.
    [
      'INDUSTRIAL_WORKER',
      2000,
      699,
      'AT_LEAST',
      3500,
      false,
      1,
      '产业工人占比 34.9%，低于要求的 35%，至少还需 1 名',
    ],
    // 15.04 % would round to 15.0 %: shown as 15.1 %.
    [
      'UNIT_LEADER',
      2500,
      376,
      'AT_MOST',
      1500,
      false,
      1,
      '单位负责人占比 15.1%，超过上限 15%，至少需减少 1 名',
    ],
    // 1/3 against 33.33 %: shown to 0.01 %.
    ['WOMAN', 3, 1, 'AT_LEAST', 3333, true, 0, '女职工占比 33.33%，不低于要求的 33.33%'],
    // A share that needs a fraction of a person rounds the need up: 10 % of 25 is 2.5 → 3.
    [
      'MIGRANT_WORKER',
      25,
      0,
      'AT_LEAST',
      1000,
      false,
      3,
      '农民工占比 0.0%，低于要求的 10%，至少还需 3 名',
    ],
    // 100 % and 0 %.
    [
      'FRONT_LINE',
      4,
      3,
      'AT_LEAST',
      10000,
      false,
      1,
      '一线职工占比 75.0%，低于要求的 100%，至少还需 1 名',
    ],
    [
      'COMMUNITY_WORKER',
      4,
      1,
      'AT_MOST',
      0,
      false,
      1,
      '社区工作者占比 25.0%，超过上限 0%，至少需减少 1 名',
    ],
  ])(
    '%s: %i nominees, %i in category, %s %i bp → passed %s, change %i',
    (category, total, inCategory, comparator, bp, passed, changes, message) => {
      const outcome = checkSlateQuota(
        nominees(total, 'PERSON', { [category]: inCategory }),
        rule(category, comparator, bp),
      );
      expect([outcome.passed, outcome.changesNeeded, outcome.message]).toEqual([
        passed,
        changes,
        message,
      ]);
    },
  );

  it('counts only the base: persons, teams or employers', () => {
    const slate = [
      ...nominees(10, 'PERSON', { NON_PUBLIC_SECTOR: 3 }),
      ...nominees(4, 'COLLECTIVE', { NON_PUBLIC_SECTOR: 2 }),
      ...nominees(2, 'ORGANIZATION', {}),
    ];
    const of = (base: SlateQuotaRule['base']) =>
      checkSlateQuota(slate, rule('NON_PUBLIC_SECTOR', 'AT_LEAST', 3500, base));
    expect([of('PERSONS').count, of('PERSONS').baseCount, of('PERSONS').passed]).toEqual([
      3,
      10,
      false,
    ]);
    expect([
      of('COLLECTIVES').count,
      of('COLLECTIVES').baseCount,
      of('COLLECTIVES').passed,
    ]).toEqual([2, 4, true]);
    expect(of('COLLECTIVES').message).toBe('非公有制企业占比 50.0%，不低于要求的 35%');
    expect([of('ORGANIZATIONS').changesNeeded, of('ORGANIZATIONS').message]).toEqual([
      1,
      '非公有制企业占比 0.0%，低于要求的 35%，至少还需 1 个',
    ]);
    expect([of('NOMINEES').count, of('NOMINEES').baseCount]).toEqual([5, 16]);
  });

  it('passes an empty base', () => {
    expect(
      checkSlateQuota(
        nominees(3, 'PERSON'),
        rule('NON_PUBLIC_SECTOR', 'AT_LEAST', 3500, 'COLLECTIVES'),
      ),
    ).toMatchObject({
      passed: true,
      baseCount: 0,
      displayShareBasisPoints: null,
      changesNeeded: 0,
      message: '非公有制企业：没有适用的推荐对象',
    });
  });

  it('uses the rule label, or the code for an unknown category', () => {
    const slate = nominees(10, 'PERSON', { TAIWAN_COMPATRIOT: 1 });
    expect(
      checkSlateQuota(slate, {
        ...rule('TAIWAN_COMPATRIOT', 'AT_LEAST', 500),
        label: '台港澳籍员工',
      }).message,
    ).toBe('台港澳籍员工占比 10.0%，不低于要求的 5%');
    expect(checkSlateQuota(slate, rule('TAIWAN_COMPATRIOT', 'AT_LEAST', 500)).message).toBe(
      'TAIWAN_COMPATRIOT占比 10.0%，不低于要求的 5%',
    );
  });
});

describe('the 2024 national May Day quotas (全总)', () => {
  it('has the rules of the notice', () => {
    expect(
      NATIONAL_MAY_DAY_2024_QUOTAS.map((r) => `${r.category}≥${r.shareBasisPoints}/${r.base}`),
    ).toEqual([
      'INDUSTRIAL_WORKER≥3500/PERSONS',
      'OTHER_FRONT_LINE_OR_TECHNICAL≥2000/PERSONS',
      'SCIENCE_EDUCATION≥2000/PERSONS',
      'MIGRANT_WORKER≥1000/PERSONS',
      'NON_PUBLIC_SECTOR≥3500/PERSONS',
      'NON_PUBLIC_SECTOR≥3500/COLLECTIVES',
      'NON_PUBLIC_SECTOR≥3500/ORGANIZATIONS',
      'KEY_INDUSTRY≥3500/PERSONS',
      'KEY_INDUSTRY≥3500/COLLECTIVES',
      'KEY_INDUSTRY≥3500/ORGANIZATIONS',
    ]);
    expect(checkSlateQuotaRules(NATIONAL_MAY_DAY_2024_QUOTAS).ok).toBe(true);
  });

  // The reported outcome: of 943 regular medal nominees, 380 industrial workers (40.3 %), 236
  // other front-line and technical (25.0 %), 206 science/education, 172 migrant workers (18.2 %),
  // non-public 39.0 %, key industries 71.4 %; 255 奖状 (non-public 44.0 %, key 84.4 %); 1034
  // 先锋号 (non-public 40.3 %, key 74.9 %).
  const outcome2024 = [
    ...nominees(943, 'PERSON', {
      INDUSTRIAL_WORKER: 380,
      OTHER_FRONT_LINE_OR_TECHNICAL: 236,
      SCIENCE_EDUCATION: 206,
      MIGRANT_WORKER: 172,
      NON_PUBLIC_SECTOR: 368,
      KEY_INDUSTRY: 673,
    }),
    ...nominees(255, 'ORGANIZATION', { NON_PUBLIC_SECTOR: 112, KEY_INDUSTRY: 215 }),
    ...nominees(1034, 'COLLECTIVE', { NON_PUBLIC_SECTOR: 417, KEY_INDUSTRY: 774 }),
  ];

  it('passes the reported 2024 outcome, with the reported shares', () => {
    const report = checkSlateQuotas(outcome2024, NATIONAL_MAY_DAY_2024_QUOTAS);
    expect(report.passed).toBe(true);
    expect(report.outcomes.map((o) => o.message)).toEqual([
      '产业工人占比 40.3%，不低于要求的 35%',
      '其他一线职工和专业技术人员占比 25.0%，不低于要求的 20%',
      '科教人员占比 21.8%，不低于要求的 20%',
      '农民工占比 18.2%，不低于要求的 10%',
      '非公有制企业占比 39.0%，不低于要求的 35%',
      '非公有制企业占比 40.3%，不低于要求的 35%',
      '非公有制企业占比 43.9%，不低于要求的 35%',
      '重点产业占比 71.4%，不低于要求的 35%',
      '重点产业占比 74.9%，不低于要求的 35%',
      '重点产业占比 84.3%，不低于要求的 35%',
    ]);
  });

  it('fails a provincial slate of 20 medal nominees with 6 industrial workers and 1 migrant worker', () => {
    const slate = nominees(20, 'PERSON', {
      INDUSTRIAL_WORKER: 6,
      OTHER_FRONT_LINE_OR_TECHNICAL: 4,
      SCIENCE_EDUCATION: 4,
      MIGRANT_WORKER: 1,
      NON_PUBLIC_SECTOR: 7,
      KEY_INDUSTRY: 7,
    });
    const report = checkSlateQuotas(slate, NATIONAL_MAY_DAY_2024_QUOTAS);
    expect(report.passed).toBe(false);
    expect(report.outcomes.filter((o) => !o.passed).map((o) => o.message)).toEqual([
      '产业工人占比 30.0%，低于要求的 35%，至少还需 1 名',
      '农民工占比 5.0%，低于要求的 10%，至少还需 1 名',
    ]);
  });
});

describe('the Xiamen city May Day medal quotas', () => {
  it('has the rules of the notice', () => {
    expect(
      XIAMEN_MAY_DAY_MEDAL_QUOTAS.map(
        (r) => `${r.category}${r.comparator === 'AT_LEAST' ? '≥' : '≤'}${r.shareBasisPoints}`,
      ),
    ).toEqual([
      'UNIT_LEADER≤1500',
      'COMMUNITY_WORKER≤1000',
      'FRONT_LINE≥6000',
      'ENTERPRISE_STAFF≥5000',
      'SCIENCE_EDUCATION≥2000',
      'WOMAN≥2000',
      'MIGRANT_WORKER≥2000',
    ]);
    expect(checkSlateQuotaRules(XIAMEN_MAY_DAY_MEDAL_QUOTAS).ok).toBe(true);
  });

  it('checks a slate of 250 medal nominees quota by quota', () => {
    const slate = nominees(250, 'PERSON', {
      UNIT_LEADER: 40,
      COMMUNITY_WORKER: 25,
      FRONT_LINE: 149,
      ENTERPRISE_STAFF: 125,
      SCIENCE_EDUCATION: 50,
      WOMAN: 49,
      MIGRANT_WORKER: 60,
    });
    const report = checkSlateQuotas(slate, XIAMEN_MAY_DAY_MEDAL_QUOTAS);
    expect(report.passed).toBe(false);
    expect(report.outcomes.map((o) => [o.passed, o.changesNeeded, o.message])).toEqual([
      [false, 3, '单位负责人占比 16.0%，超过上限 15%，至少需减少 3 名'],
      [true, 0, '社区工作者占比 10.0%，未超过上限 10%'],
      [false, 1, '一线职工占比 59.6%，低于要求的 60%，至少还需 1 名'],
      [true, 0, '企业职工占比 50.0%，不低于要求的 50%'],
      [true, 0, '科技、教育工作者占比 20.0%，不低于要求的 20%'],
      [false, 1, '女职工占比 19.6%，低于要求的 20%，至少还需 1 名'],
      [true, 0, '农民工占比 24.0%，不低于要求的 20%'],
    ]);
  });
});

describe('checkSlateQuotaRules', () => {
  it.each<[SlateQuotaRule, string[]]>([
    [rule('WOMAN', 'AT_LEAST', 10001), [SLATE_QUOTA_RULES.SHARE]],
    [rule('WOMAN', 'AT_LEAST', -1), [SLATE_QUOTA_RULES.SHARE]],
    [rule('WOMAN', 'AT_LEAST', 12.5), [SLATE_QUOTA_RULES.SHARE]],
    [rule(' ', 'AT_LEAST', 1000), [SLATE_QUOTA_RULES.CATEGORY_EMPTY]],
    [rule('WOMAN', 'AT_MOST', 0), []],
  ])('checks %j', (r, rules) => {
    expect(slateQuotaRuleIssues(r).map((issue) => issue.rule)).toEqual(rules);
  });

  it('refuses ≥ and ≤ rules no slate can meet together', () => {
    const result = checkSlateQuotaRules([
      rule('UNIT_LEADER', 'AT_MOST', 1500),
      rule('UNIT_LEADER', 'AT_LEAST', 2000),
      rule('UNIT_LEADER', 'AT_LEAST', 1000),
    ]);
    expect(result.ok ? [] : result.error.map((e) => [e.field, e.rule, e.message])).toEqual([
      [
        'quotas[1]',
        SLATE_QUOTA_RULES.CONTRADICTORY,
        '单位负责人比例要求不低于 20%，又要求不超过 15%（第 1 条），无法同时满足',
      ],
    ]);
  });
});

describe('quota properties', () => {
  const categories = ['MIGRANT_WORKER', 'WOMAN', 'FRONT_LINE'] as const;
  const nomineeArb = fc.record({
    id: fc.uuid(),
    subject: fc.constantFrom(...HONOR_SUBJECTS),
    categories: fc.subarray([...categories]),
  });
  const slateArb = fc.array(nomineeArb, { maxLength: 60 });
  const ruleArb = fc.record({
    category: fc.constantFrom(...categories),
    comparator: fc.constantFrom('AT_LEAST' as const, 'AT_MOST' as const),
    shareBasisPoints: fc.oneof(
      fc.integer({ min: 0, max: 10000 }),
      fc.constantFrom(1000, 1500, 2000, 3333, 3500, 6000),
    ),
    base: fc.constantFrom(...SLATE_QUOTA_BASES),
  });

  const inBase = (n: SlateNominee, base: SlateQuotaRule['base']) =>
    base === 'NOMINEES' ||
    n.subject ===
      { PERSONS: 'PERSON', COLLECTIVES: 'COLLECTIVE', ORGANIZATIONS: 'ORGANIZATION' }[base];

  it('decides exactly: count / base against the share, as a fraction', () => {
    fc.assert(
      fc.property(slateArb, ruleArb, (slate, r) => {
        const outcome = checkSlateQuota(slate, r);
        const base = slate.filter((n) => inBase(n, r.base));
        const count = base.filter((n) => n.categories.includes(r.category)).length;
        const expected =
          base.length === 0 ||
          (r.comparator === 'AT_LEAST'
            ? BigInt(count) * 10000n >= BigInt(r.shareBasisPoints) * BigInt(base.length)
            : BigInt(count) * 10000n <= BigInt(r.shareBasisPoints) * BigInt(base.length));
        expect([outcome.count, outcome.baseCount, outcome.passed]).toEqual([
          count,
          base.length,
          expected,
        ]);
      }),
    );
  });

  it('never shows a share that contradicts the verdict', () => {
    fc.assert(
      fc.property(slateArb, ruleArb, (slate, r) => {
        const outcome = checkSlateQuota(slate, r);
        if (outcome.displayShareBasisPoints === null) {
          return;
        }
        const meets =
          r.comparator === 'AT_LEAST'
            ? outcome.displayShareBasisPoints >= r.shareBasisPoints
            : outcome.displayShareBasisPoints <= r.shareBasisPoints;
        expect(meets).toBe(outcome.passed);
      }),
    );
  });

  it('never shows a share that contradicts the verdict, close to the line on large slates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: -2, max: 2 }),
        fc.constantFrom(1000, 1500, 2000, 3333, 3500, 6000),
        fc.constantFrom('AT_LEAST' as const, 'AT_MOST' as const),
        (total, delta, bp, comparator) => {
          const inCategory = Math.min(total, Math.max(0, Math.floor((bp * total) / 10000) + delta));
          const r = rule('WOMAN', comparator, bp);
          const outcome = checkSlateQuota(nominees(total, 'PERSON', { WOMAN: inCategory }), r);
          const shown = outcome.displayShareBasisPoints ?? 0;
          expect(comparator === 'AT_LEAST' ? shown >= bp : shown <= bp).toBe(outcome.passed);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding a nominee in the category never makes a ≥ quota of that category fail', () => {
    fc.assert(
      fc.property(slateArb, ruleArb, nomineeArb, (slate, r, extra) => {
        const atLeast = { ...r, comparator: 'AT_LEAST' as const };
        fc.pre(checkSlateQuota(slate, atLeast).passed);
        const added = { ...extra, categories: [...extra.categories, atLeast.category] };
        expect(checkSlateQuota([...slate, added], atLeast).passed).toBe(true);
      }),
    );
  });

  it('making the suggested number of changes meets the quota, and one fewer does not', () => {
    fc.assert(
      fc.property(slateArb, ruleArb, (slate, r) => {
        const outcome = checkSlateQuota(slate, r);
        const change = (k: number): SlateNominee[] => {
          let left = k;
          return slate.map((n) => {
            const has = n.categories.includes(r.category);
            const wanted = r.comparator === 'AT_LEAST' ? !has : has;
            if (left > 0 && inBase(n, r.base) && wanted) {
              left -= 1;
              return {
                ...n,
                categories: has
                  ? n.categories.filter((c) => c !== r.category)
                  : [...n.categories, r.category],
              };
            }
            return n;
          });
        };
        expect(outcome.passed).toBe(outcome.changesNeeded === 0);
        expect(checkSlateQuota(change(outcome.changesNeeded), r).passed).toBe(true);
        if (outcome.changesNeeded > 0) {
          expect(checkSlateQuota(change(outcome.changesNeeded - 1), r).passed).toBe(false);
        }
      }),
    );
  });
});
