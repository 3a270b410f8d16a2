import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { HonorSubject } from './titles.js';

/**
 * The slate quota checker (推荐人选比例控制).
 *
 * A slate (推荐名单) is one union's list of nominees for one campaign. The campaign's notice
 * sets composition quotas, e.g. "产业工人不低于35%", "单位负责人不超过15%". Each quota is checked
 * with exact integer arithmetic on basis points (1 bp = 0.01 %): a slate passes "≥ 35 %" when
 * count × 10000 ≥ 3500 × base, so exactly 35 % passes and 34.99… % never does. Percentages in
 * messages are for reading only and are rounded so that they never contradict the verdict.
 */

/** Known nominee categories (推荐对象类别). Campaigns may use other category codes too. */
export const SLATE_CATEGORIES = Object.freeze([
  'INDUSTRIAL_WORKER',
  'OTHER_FRONT_LINE_OR_TECHNICAL',
  'FRONT_LINE',
  'SCIENCE_EDUCATION',
  'MIGRANT_WORKER',
  'WOMAN',
  'ETHNIC_MINORITY',
  'NON_PUBLIC_SECTOR',
  'KEY_INDUSTRY',
  'NEW_EMPLOYMENT_FORM',
  'UNIT_LEADER',
  'ENTERPRISE_LEADER',
  'COMMUNITY_WORKER',
  'ENTERPRISE_STAFF',
] as const);

/** A known category. See {@link SLATE_CATEGORY_LABELS}. */
export type SlateCategory = (typeof SLATE_CATEGORIES)[number];

/** Chinese names of the known categories, as the notices word them. */
export const SLATE_CATEGORY_LABELS: Readonly<Record<SlateCategory, string>> = Object.freeze({
  INDUSTRIAL_WORKER: '产业工人',
  OTHER_FRONT_LINE_OR_TECHNICAL: '其他一线职工和专业技术人员',
  FRONT_LINE: '一线职工',
  SCIENCE_EDUCATION: '科教人员',
  MIGRANT_WORKER: '农民工',
  WOMAN: '女职工',
  ETHNIC_MINORITY: '少数民族职工',
  NON_PUBLIC_SECTOR: '非公有制企业',
  KEY_INDUSTRY: '重点产业',
  NEW_EMPLOYMENT_FORM: '新就业形态劳动者',
  UNIT_LEADER: '单位负责人',
  ENTERPRISE_LEADER: '企业负责人',
  COMMUNITY_WORKER: '社区工作者',
  ENTERPRISE_STAFF: '企业职工',
});

/** Narrows an untrusted string to a known {@link SlateCategory}. */
export function isSlateCategory(value: string): value is SlateCategory {
  return (SLATE_CATEGORIES as readonly string[]).includes(value);
}

/** Which nominees a quota is a share of. */
export const SLATE_QUOTA_BASES = Object.freeze([
  'NOMINEES',
  'PERSONS',
  'COLLECTIVES',
  'ORGANIZATIONS',
] as const);

/**
 * The base of a quota: every nominee of the slate, or only those of one subject — PERSONS
 * (奖章 candidates), COLLECTIVES (工人先锋号 teams), ORGANIZATIONS (奖状 employers).
 */
export type SlateQuotaBase = (typeof SLATE_QUOTA_BASES)[number];

/** ≥ (不低于) or ≤ (不超过). */
export type SlateQuotaComparator = 'AT_LEAST' | 'AT_MOST';

/** One quota rule of a campaign. */
export type SlateQuotaRule = {
  /** The category counted (a {@link SlateCategory} or a campaign's own code). */
  readonly category: string;
  readonly comparator: SlateQuotaComparator;
  /** The required share in basis points: 3500 = 35 %. A whole number from 0 to 10000. */
  readonly shareBasisPoints: number;
  readonly base: SlateQuotaBase;
  /** The category's Chinese name in messages; defaults to the known label, else the code. */
  readonly label?: string;
};

/** One entry of a slate. */
export type SlateNominee = {
  readonly id: string;
  readonly subject: HonorSubject;
  /** The categories the nominee belongs to (any number). */
  readonly categories: readonly string[];
};

/** The verdict on one quota. */
export type SlateQuotaOutcome = {
  readonly rule: SlateQuotaRule;
  readonly passed: boolean;
  /** Nominees in the base that are in the category. */
  readonly count: number;
  /** Nominees in the base. */
  readonly baseCount: number;
  /**
   * The share for display, in basis points, rounded half up to 0.1 % (to 0.01 % when the
   * required share is not a multiple of 0.1 %), except that it is rounded toward the failing side
   * whenever plain rounding would make a failing slate look compliant. `null` for an empty base.
   */
  readonly displayShareBasisPoints: number | null;
  readonly requiredShareBasisPoints: number;
  /**
   * The fewest nominees that would have to be replaced, keeping the slate's size, to meet the
   * quota: for ≥, nominees outside the category replaced by ones inside it; for ≤, the reverse.
   * 0 when the quota is met.
   */
  readonly changesNeeded: number;
  /** The verdict in Chinese, e.g. '农民工占比 8.0%，低于要求的 10%，至少还需 1 名'. */
  readonly message: string;
};

/** The verdict on a whole slate. */
export type SlateQuotaReport = {
  readonly passed: boolean;
  readonly outcomes: readonly SlateQuotaOutcome[];
};

/** Stable rule codes of quota rules. */
export const SLATE_QUOTA_RULES = Object.freeze({
  SHARE: 'SLATE_QUOTA_SHARE',
  CATEGORY_EMPTY: 'SLATE_QUOTA_CATEGORY_EMPTY',
  CONTRADICTORY: 'SLATE_QUOTA_CONTRADICTORY',
} as const);

const FULL = 10_000;

function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

function ceilDiv(a: number, b: number): number {
  return floorDiv(a + b - 1, b);
}

/** Round half up of a / b for a ≥ 0, b > 0. */
function roundDiv(a: number, b: number): number {
  return floorDiv(2 * a + b, 2 * b);
}

/**
 * A percentage from basis points: 3500 → '35', 1250 → '12.5', 3333 → '33.33'; with `decimals`
 * fixed digits when given (800, 1 → '8.0').
 */
export function formatBasisPointsPercent(basisPoints: number, decimals?: 0 | 1 | 2): string {
  const whole = floorDiv(basisPoints, 100);
  const fraction = String(basisPoints % 100).padStart(2, '0');
  if (decimals === undefined) {
    const trimmed = fraction.replace(/0+$/, '');
    return trimmed === '' ? String(whole) : `${whole}.${trimmed}`;
  }
  if (decimals === 0) {
    return String(whole);
  }
  return `${whole}.${fraction.slice(0, decimals)}`;
}

function labelOf(rule: SlateQuotaRule): string {
  if (rule.label !== undefined && rule.label.trim() !== '') {
    return rule.label;
  }
  return isSlateCategory(rule.category) ? SLATE_CATEGORY_LABELS[rule.category] : rule.category;
}

function inBase(nominee: SlateNominee, base: SlateQuotaBase): boolean {
  switch (base) {
    case 'NOMINEES':
      return true;
    case 'PERSONS':
      return nominee.subject === 'PERSON';
    case 'COLLECTIVES':
      return nominee.subject === 'COLLECTIVE';
    case 'ORGANIZATIONS':
      return nominee.subject === 'ORGANIZATION';
  }
}

/**
 * Every problem of a quota rule: the share is a whole number of basis points 0–10000
 * (SLATE_QUOTA_SHARE) and the category is not blank (SLATE_QUOTA_CATEGORY_EMPTY).
 */
export function slateQuotaRuleIssues(rule: SlateQuotaRule, field = 'quota'): FieldError[] {
  const issues: FieldError[] = [];
  if (
    !Number.isInteger(rule.shareBasisPoints) ||
    rule.shareBasisPoints < 0 ||
    rule.shareBasisPoints > FULL
  ) {
    issues.push(
      fieldError(field, SLATE_QUOTA_RULES.SHARE, '比例应在 0% 到 100% 之间，最多保留两位小数'),
    );
  }
  if (rule.category.trim() === '') {
    issues.push(fieldError(field, SLATE_QUOTA_RULES.CATEGORY_EMPTY, '请选择比例控制的人员类别'));
  }
  return issues;
}

/**
 * Checks a campaign's rules before they are saved: each rule is well formed
 * ({@link slateQuotaRuleIssues}, field `quotas[i]`), and no ≥ rule asks for more than a ≤ rule
 * on the same category and base allows (SLATE_QUOTA_CONTRADICTORY) — no slate could pass both.
 */
export function checkSlateQuotaRules(
  rules: readonly SlateQuotaRule[],
): Result<readonly SlateQuotaRule[], FieldError[]> {
  const issues = rules.flatMap((rule, index) => slateQuotaRuleIssues(rule, `quotas[${index}]`));
  rules.forEach((atLeast, i) => {
    rules.forEach((atMost, j) => {
      if (
        atLeast.comparator === 'AT_LEAST' &&
        atMost.comparator === 'AT_MOST' &&
        atLeast.category === atMost.category &&
        atLeast.base === atMost.base &&
        atLeast.shareBasisPoints > atMost.shareBasisPoints
      ) {
        issues.push(
          fieldError(
            `quotas[${i}]`,
            SLATE_QUOTA_RULES.CONTRADICTORY,
            `${labelOf(atLeast)}比例要求不低于 ${formatBasisPointsPercent(atLeast.shareBasisPoints)}%，又要求不超过 ${formatBasisPointsPercent(atMost.shareBasisPoints)}%（第 ${j + 1} 条），无法同时满足`,
          ),
        );
      }
    });
  });
  return issues.length > 0 ? err(issues) : ok(rules);
}

/** Checks one quota against a slate. The rule is assumed well formed. */
export function checkSlateQuota(
  slate: readonly SlateNominee[],
  rule: SlateQuotaRule,
): SlateQuotaOutcome {
  const required = rule.shareBasisPoints;
  const label = labelOf(rule);
  const unit = rule.base === 'PERSONS' ? '名' : '个';
  const members = slate.filter((nominee) => inBase(nominee, rule.base));
  const baseCount = members.length;
  const count = members.filter((nominee) => nominee.categories.includes(rule.category)).length;
  const requiredText = formatBasisPointsPercent(required);
  if (baseCount === 0) {
    return {
      rule,
      passed: true,
      count,
      baseCount,
      displayShareBasisPoints: null,
      requiredShareBasisPoints: required,
      changesNeeded: 0,
      message: `${label}：没有适用的推荐对象`,
    };
  }
  const atLeast = rule.comparator === 'AT_LEAST';
  const scaled = count * FULL;
  const limit = required * baseCount;
  const passed = atLeast ? scaled >= limit : scaled <= limit;
  const changesNeeded = atLeast
    ? Math.max(0, ceilDiv(limit, FULL) - count)
    : Math.max(0, count - floorDiv(limit, FULL));

  // Display precision: 0.1 % (10 bp), or 0.01 % when the requirement itself needs it, so that
  // the requirement lies on the display grid and rounding toward the failing side stays honest.
  const step = required % 10 === 0 ? 10 : 1;
  const decimals = step === 10 ? 1 : 2;
  let display = roundDiv(scaled, baseCount * step) * step;
  if (!passed && atLeast && display >= required) {
    display = floorDiv(scaled, baseCount * step) * step;
  } else if (!passed && !atLeast && display <= required) {
    display = ceilDiv(scaled, baseCount * step) * step;
  }
  const shareText = `${label}占比 ${formatBasisPointsPercent(display, decimals)}%`;
  let message: string;
  if (atLeast) {
    message = passed
      ? `${shareText}，不低于要求的 ${requiredText}%`
      : `${shareText}，低于要求的 ${requiredText}%，至少还需 ${changesNeeded} ${unit}`;
  } else {
    message = passed
      ? `${shareText}，未超过上限 ${requiredText}%`
      : `${shareText}，超过上限 ${requiredText}%，至少需减少 ${changesNeeded} ${unit}`;
  }
  return {
    rule,
    passed,
    count,
    baseCount,
    displayShareBasisPoints: display,
    requiredShareBasisPoints: required,
    changesNeeded,
    message,
  };
}

/** Checks every quota; the slate passes when each one does. */
export function checkSlateQuotas(
  slate: readonly SlateNominee[],
  rules: readonly SlateQuotaRule[],
): SlateQuotaReport {
  const outcomes = rules.map((rule) => checkSlateQuota(slate, rule));
  return { passed: outcomes.every((outcome) => outcome.passed), outcomes };
}

/**
 * 全总《关于推荐评选2024年全国五一劳动奖和全国工人先锋号的通知》(2024-01-31), as reported by
 * 新华社 and 中新网 on 2024-04-27: among the regular nominees (常规名额, not the 单列 places for
 * competition winners and major projects), medal nominees: 产业工人 ≥ 35 %, 其他一线职工和专业技术
 * 人员 ≥ 20 %, 科教人员 ≥ 20 %, 农民工 ≥ 10 %; 奖状, 奖章 and 先锋号 each: 非公有制 ≥ 35 % and 重点
 * 产业 ≥ 35 % (the outcome was reported per kind: 非公 44.0 % / 39.0 % / 40.3 %). "Women and
 * ethnic minorities in an appropriate share" has no number and is not a quota here.
 */
export const NATIONAL_MAY_DAY_2024_QUOTAS: readonly SlateQuotaRule[] = Object.freeze([
  {
    category: 'INDUSTRIAL_WORKER',
    comparator: 'AT_LEAST',
    shareBasisPoints: 3500,
    base: 'PERSONS',
  },
  {
    category: 'OTHER_FRONT_LINE_OR_TECHNICAL',
    comparator: 'AT_LEAST',
    shareBasisPoints: 2000,
    base: 'PERSONS',
  },
  {
    category: 'SCIENCE_EDUCATION',
    comparator: 'AT_LEAST',
    shareBasisPoints: 2000,
    base: 'PERSONS',
  },
  { category: 'MIGRANT_WORKER', comparator: 'AT_LEAST', shareBasisPoints: 1000, base: 'PERSONS' },
  {
    category: 'NON_PUBLIC_SECTOR',
    comparator: 'AT_LEAST',
    shareBasisPoints: 3500,
    base: 'PERSONS',
  },
  {
    category: 'NON_PUBLIC_SECTOR',
    comparator: 'AT_LEAST',
    shareBasisPoints: 3500,
    base: 'COLLECTIVES',
  },
  {
    category: 'NON_PUBLIC_SECTOR',
    comparator: 'AT_LEAST',
    shareBasisPoints: 3500,
    base: 'ORGANIZATIONS',
  },
  { category: 'KEY_INDUSTRY', comparator: 'AT_LEAST', shareBasisPoints: 3500, base: 'PERSONS' },
  { category: 'KEY_INDUSTRY', comparator: 'AT_LEAST', shareBasisPoints: 3500, base: 'COLLECTIVES' },
  {
    category: 'KEY_INDUSTRY',
    comparator: 'AT_LEAST',
    shareBasisPoints: 3500,
    base: 'ORGANIZATIONS',
  },
] satisfies SlateQuotaRule[]);

/**
 * 厦门市五一劳动奖章 (厦门市总工会; the rules as reported by 厦门日报 and 海峡导报 on 2016-02-17):
 * 单位负责人（含正副职）≤ 15 %, 社区工作者（含正副书记、正副主任）≤ 10 %, 一线职工 ≥ 60 %,
 * 企业职工 ≥ 50 %, 科技、教育工作者 ≥ 20 %, 女职工 ≥ 20 %, 农民工 ≥ 20 %.
 */
export const XIAMEN_MAY_DAY_MEDAL_QUOTAS: readonly SlateQuotaRule[] = Object.freeze([
  { category: 'UNIT_LEADER', comparator: 'AT_MOST', shareBasisPoints: 1500, base: 'PERSONS' },
  { category: 'COMMUNITY_WORKER', comparator: 'AT_MOST', shareBasisPoints: 1000, base: 'PERSONS' },
  { category: 'FRONT_LINE', comparator: 'AT_LEAST', shareBasisPoints: 6000, base: 'PERSONS' },
  { category: 'ENTERPRISE_STAFF', comparator: 'AT_LEAST', shareBasisPoints: 5000, base: 'PERSONS' },
  {
    category: 'SCIENCE_EDUCATION',
    comparator: 'AT_LEAST',
    shareBasisPoints: 2000,
    base: 'PERSONS',
    label: '科技、教育工作者',
  },
  { category: 'WOMAN', comparator: 'AT_LEAST', shareBasisPoints: 2000, base: 'PERSONS' },
  { category: 'MIGRANT_WORKER', comparator: 'AT_LEAST', shareBasisPoints: 2000, base: 'PERSONS' },
] satisfies SlateQuotaRule[]);
