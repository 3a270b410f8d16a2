import {
  type CalendarDate,
  calendarDateParts,
  daysInMonth,
  parseCalendarDate,
} from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { type Fen, subtractFen, sumFen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  fenTimesPercent,
  formatYuanCompact,
  maxFen,
  monthlyPerCapitaBelow,
  monthlyPerCapitaFloor,
  ZERO_FEN,
} from './money.js';
import {
  EXPENDITURE_KIND_SHORT_LABELS,
  EXPENDITURE_KINDS,
  type ExpenditureKind,
  HARDSHIP_CATEGORY_LABELS,
  HARDSHIP_EXCLUSION_LABELS,
  HARDSHIP_EXCLUSIONS,
  type HardshipCategory,
  type HardshipExclusion,
  isExpenditureKind,
  type ResolvedHardshipRules,
} from './rule-set.js';

/**
 * Hardship classification (困难职工认定): household facts + the rules in force → DEEP / ACCIDENT /
 * RELATIVE / NONE, with the figures and thresholds used and the reasons in plain Chinese.
 *
 * Amounts are annual (the last 12 months); the 低保 line is monthly per person, so the household
 * figure is compared as annual < line × 12 × persons — exactly, in integers. Per-capita figures
 * shown are monthly and rounded down to the fen, which never contradicts the exact comparison.
 *
 * - Exclusions (不予帮扶) the rules list → NONE, whatever the income.
 * - Migrant workers must also meet the labour-relation and membership months → otherwise NONE.
 * - DEEP: (income − deductible rigid expenditure) ÷ persons < the line.
 * - ACCIDENT: an accident within the window; income ÷ persons < line × accident percent
 *   (3 ×), and (income − the accident's costs net of compensation, insurance and assistance) ÷
 *   persons < the line.
 * - RELATIVE: (income − deductible rigid expenditure) ÷ persons < line × relative percent
 *   (2 × or 1.5 ×).
 * The most severe category passed wins. Every test is "some income figure below a threshold",
 * so more income never raises the category and more rigid expenditure never lowers it.
 */

/** Kinds of household income (家庭收入). All count in full. */
export const INCOME_KINDS = Object.freeze([
  'WAGE',
  'PENSION',
  'BUSINESS',
  'PROPERTY',
  'TRANSFER',
  'OTHER',
] as const);

/** One kind of income. */
export type IncomeKind = (typeof INCOME_KINDS)[number];

/** Chinese names of the income kinds. */
export const INCOME_KIND_LABELS: Readonly<Record<IncomeKind, string>> = Object.freeze({
  WAGE: '工资性收入',
  PENSION: '养老金、退休金',
  BUSINESS: '经营性收入',
  PROPERTY: '财产性收入',
  TRANSFER: '转移性收入（低保金、补贴、赡养费等）',
  OTHER: '其他收入',
});

/** Narrows an untrusted string. */
export function isIncomeKind(value: string): value is IncomeKind {
  return (INCOME_KINDS as readonly string[]).includes(value);
}

/** One income line, over the last 12 months. */
export type HouseholdIncome = {
  readonly kind: IncomeKind;
  readonly annualAmount: Fen;
};

/** One expenditure line, over the last 12 months. */
export type HouseholdExpenditure = {
  readonly kind: ExpenditureKind;
  readonly annualAmount: Fen;
};

/** A sudden event (突发事件、意外事故、重大疾病、自然灾害) and what it cost. */
export type HouseholdAccident = {
  readonly date: CalendarDate;
  readonly description: string;
  /** What it cost the household. */
  readonly costs: Fen;
  /** Compensation, insurance and social assistance received for it. */
  readonly compensation: Fen;
};

/** The migrant-worker facts (农民工). */
export type MigrantWorkerFacts = {
  readonly labourRelationMonths: number;
  readonly membershipMonths: number;
};

/** What classification needs to know about a household. */
export type HouseholdFacts = {
  /** Persons in the household (家庭人口), ≥ 1. */
  readonly size: number;
  readonly incomes: readonly HouseholdIncome[];
  readonly expenditures: readonly HouseholdExpenditure[];
  /** Homes the household owns (住房套数). Two or more is an exclusion. */
  readonly homesOwned: number;
  readonly ownsBusiness: boolean;
  readonly employsOthers: boolean;
  readonly childAtHighFeePrivateSchool: boolean;
  readonly childSelfFundedStudyAbroad: boolean;
  readonly ownsNonEssentialVehicle: boolean;
  readonly accident: HouseholdAccident | null;
  /** Null for a worker who is not a migrant worker. */
  readonly migrantWorker: MigrantWorkerFacts | null;
};

/** The monthly thresholds used, in fen. */
export type HardshipThresholds = {
  /** 低保标准. */
  readonly minimumLivingStandard: Fen;
  /** 相对困难标准 = line × relative percent. */
  readonly relativeLine: Fen;
  readonly relativeLinePercent: number;
  /** 意外致困收入上限 = line × accident percent. */
  readonly accidentIncomeLine: Fen;
  readonly accidentIncomeLinePercent: number;
};

/** The verdict. */
export type HardshipClassification = {
  readonly category: HardshipCategory;
  readonly categoryLabel: string;
  readonly size: number;
  readonly annualIncome: Fen;
  readonly deductibleExpenditure: Fen;
  readonly nonDeductibleExpenditure: Fen;
  /** income − deductible expenditure (may be negative). */
  readonly annualNetIncome: Fen;
  /** Monthly, per person, rounded down to the fen. */
  readonly perCapitaMonthlyIncome: Fen;
  /** Monthly, per person, net of deductible expenditure, rounded down to the fen. */
  readonly perCapitaMonthlyNetIncome: Fen;
  /** Monthly per person after the accident's net costs; null without a counting accident. */
  readonly perCapitaMonthlyIncomeAfterAccident: Fen | null;
  readonly thresholds: HardshipThresholds;
  readonly exclusions: readonly HardshipExclusion[];
  readonly reasons: readonly string[];
  readonly ruleVersion: string;
  readonly date: CalendarDate;
};

/** Stable rule codes of household facts. */
export const HOUSEHOLD_FACTS_RULES = Object.freeze({
  SIZE: 'AID_HOUSEHOLD_SIZE',
  AMOUNT: 'AID_HOUSEHOLD_AMOUNT',
  KIND: 'AID_HOUSEHOLD_KIND',
  COUNT: 'AID_HOUSEHOLD_COUNT',
  ACCIDENT_DATE: 'AID_HOUSEHOLD_ACCIDENT_DATE',
  ACCIDENT_DESCRIPTION: 'AID_HOUSEHOLD_ACCIDENT_DESCRIPTION',
  MONTHS: 'AID_HOUSEHOLD_MONTHS',
} as const);

const MAX_SIZE = 30;
const MAX_AMOUNT = 10_000_000_00; // 1,000 万元 a year: far above any hardship household.

function amountIssue(value: Fen, field: string, label: string): FieldError | null {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_AMOUNT) {
    return fieldError(
      field,
      HOUSEHOLD_FACTS_RULES.AMOUNT,
      `${label}应为 0 到 1,000 万元之间的金额`,
    );
  }
  return null;
}

function countIssue(value: number, field: string, label: string, max: number, rule: string) {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    return fieldError(field, rule, `${label}应为 0 到 ${max} 之间的整数`);
  }
  return null;
}

/**
 * Every problem of the facts, each tied to its field (e.g. 'incomes.2.annualAmount'); [] when
 * they can be classified.
 */
export function householdFactsIssues(facts: HouseholdFacts): FieldError[] {
  const issues: (FieldError | null)[] = [];
  if (!Number.isInteger(facts.size) || facts.size < 1 || facts.size > MAX_SIZE) {
    issues.push(
      fieldError('size', HOUSEHOLD_FACTS_RULES.SIZE, `家庭人口应为 1 到 ${MAX_SIZE} 之间的整数`),
    );
  }
  facts.incomes.forEach((income, index) => {
    if (!isIncomeKind(income.kind)) {
      issues.push(
        fieldError(`incomes.${index}.kind`, HOUSEHOLD_FACTS_RULES.KIND, '请选择收入类别'),
      );
    }
    issues.push(amountIssue(income.annualAmount, `incomes.${index}.annualAmount`, '年收入'));
  });
  facts.expenditures.forEach((expenditure, index) => {
    if (!isExpenditureKind(expenditure.kind)) {
      issues.push(
        fieldError(`expenditures.${index}.kind`, HOUSEHOLD_FACTS_RULES.KIND, '请选择支出类别'),
      );
    }
    issues.push(
      amountIssue(expenditure.annualAmount, `expenditures.${index}.annualAmount`, '年支出'),
    );
  });
  const total = (amounts: readonly Fen[]) =>
    amounts.reduce((sum, amount) => (Number.isSafeInteger(amount) ? sum + amount : sum), 0);
  if (total(facts.incomes.map((income) => income.annualAmount)) > MAX_AMOUNT) {
    issues.push(
      fieldError('incomes', HOUSEHOLD_FACTS_RULES.AMOUNT, '家庭年收入合计不能超过 1,000 万元'),
    );
  }
  if (total(facts.expenditures.map((expenditure) => expenditure.annualAmount)) > MAX_AMOUNT) {
    issues.push(
      fieldError('expenditures', HOUSEHOLD_FACTS_RULES.AMOUNT, '家庭年支出合计不能超过 1,000 万元'),
    );
  }
  issues.push(
    countIssue(facts.homesOwned, 'homesOwned', '住房套数', 99, HOUSEHOLD_FACTS_RULES.COUNT),
  );
  if (facts.accident !== null) {
    if (!parseCalendarDate(facts.accident.date).ok) {
      issues.push(
        fieldError('accident.date', HOUSEHOLD_FACTS_RULES.ACCIDENT_DATE, '请填写意外事件发生日期'),
      );
    }
    if (facts.accident.description.trim() === '') {
      issues.push(
        fieldError(
          'accident.description',
          HOUSEHOLD_FACTS_RULES.ACCIDENT_DESCRIPTION,
          '请简述意外事件（如重大疾病、交通事故、自然灾害）',
        ),
      );
    }
    issues.push(amountIssue(facts.accident.costs, 'accident.costs', '意外事件造成的费用'));
    issues.push(
      amountIssue(facts.accident.compensation, 'accident.compensation', '赔偿、保险和救助'),
    );
  }
  if (facts.migrantWorker !== null) {
    issues.push(
      countIssue(
        facts.migrantWorker.labourRelationMonths,
        'migrantWorker.labourRelationMonths',
        '劳动关系月数',
        1200,
        HOUSEHOLD_FACTS_RULES.MONTHS,
      ),
      countIssue(
        facts.migrantWorker.membershipMonths,
        'migrantWorker.membershipMonths',
        '入会月数',
        1200,
        HOUSEHOLD_FACTS_RULES.MONTHS,
      ),
    );
  }
  return issues.filter((issue): issue is FieldError => issue !== null);
}

/** The exclusions present in the facts, in catalogue order (whether or not the rules apply them). */
export function exclusionsPresent(facts: HouseholdFacts): HardshipExclusion[] {
  const present: Record<HardshipExclusion, boolean> = {
    MULTIPLE_HOMES: facts.homesOwned >= 2,
    OWNS_BUSINESS: facts.ownsBusiness,
    EMPLOYS_OTHERS: facts.employsOthers,
    HIGH_FEE_PRIVATE_SCHOOL: facts.childAtHighFeePrivateSchool,
    SELF_FUNDED_STUDY_ABROAD: facts.childSelfFundedStudyAbroad,
    NON_ESSENTIAL_VEHICLE: facts.ownsNonEssentialVehicle,
  };
  return HARDSHIP_EXCLUSIONS.filter((exclusion) => present[exclusion]);
}

/** The date `months` months before `date` (the day clamped to the month's length). */
function monthsBefore(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = calendarDateParts(date);
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}` as CalendarDate;
}

/** '2 倍', '1.5 倍', '3 倍'. */
function timesLabel(percent: number): string {
  const whole = Math.trunc(percent / 100);
  const fraction = String(percent % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${fraction === '' ? whole : `${whole}.${fraction}`} 倍`;
}

const yuan = (amount: Fen) => `${formatYuanCompact(amount)} 元`;

/**
 * Classifies a household under the resolved rules (the assessment date is `rules.date`).
 * Fails only on malformed facts (AID_HOUSEHOLD_*), with the first issue.
 */
export function classifyHardship(
  facts: HouseholdFacts,
  rules: ResolvedHardshipRules,
): Result<HardshipClassification, FieldError> {
  const issues = householdFactsIssues(facts);
  if (issues[0] !== undefined) return err(issues[0]);

  const size = facts.size;
  const line = rules.minimumLivingStandard;
  const thresholds: HardshipThresholds = {
    minimumLivingStandard: line,
    relativeLine: fenTimesPercent(line, rules.relativeLinePercent),
    relativeLinePercent: rules.relativeLinePercent,
    accidentIncomeLine: fenTimesPercent(line, rules.accidentIncomeLinePercent),
    accidentIncomeLinePercent: rules.accidentIncomeLinePercent,
  };
  const annualIncome = sumFen(facts.incomes.map((income) => income.annualAmount));
  const deductibleKinds = new Set<ExpenditureKind>(rules.deductibleExpenditureKinds);
  const byKind = new Map<ExpenditureKind, Fen>();
  for (const expenditure of facts.expenditures) {
    byKind.set(
      expenditure.kind,
      sumFen([byKind.get(expenditure.kind) ?? ZERO_FEN, expenditure.annualAmount]),
    );
  }
  const deductibleLines = EXPENDITURE_KINDS.filter(
    (kind) => deductibleKinds.has(kind) && (byKind.get(kind) ?? 0) > 0,
  );
  const otherLines = EXPENDITURE_KINDS.filter(
    (kind) => !deductibleKinds.has(kind) && (byKind.get(kind) ?? 0) > 0,
  );
  const deductibleExpenditure = sumFen(deductibleLines.map((kind) => byKind.get(kind) ?? ZERO_FEN));
  const nonDeductibleExpenditure = sumFen(otherLines.map((kind) => byKind.get(kind) ?? ZERO_FEN));
  const annualNetIncome = subtractFen(annualIncome, deductibleExpenditure);
  const perCapitaMonthlyIncome = monthlyPerCapitaFloor(annualIncome, size);
  const perCapitaMonthlyNetIncome = monthlyPerCapitaFloor(annualNetIncome, size);

  const reasons: string[] = [`家庭共 ${size} 人，近 12 个月家庭收入 ${yuan(annualIncome)}`];
  if (deductibleLines.length > 0) {
    const parts = deductibleLines.map(
      (kind) => `${EXPENDITURE_KIND_SHORT_LABELS[kind]} ${yuan(byKind.get(kind) ?? ZERO_FEN)}`,
    );
    reasons.push(`可扣除的刚性支出 ${yuan(deductibleExpenditure)}（${parts.join('、')}）`);
  }
  if (otherLines.length > 0) {
    const parts = otherLines.map(
      (kind) => `${EXPENDITURE_KIND_SHORT_LABELS[kind]} ${yuan(byKind.get(kind) ?? ZERO_FEN)}`,
    );
    reasons.push(`${parts.join('、')}不属于可扣除的刚性支出，不予扣除`);
  }

  const exclusions = exclusionsPresent(facts).filter((exclusion) =>
    rules.exclusions.includes(exclusion),
  );

  // The accident counts when it happened within the window before the assessment date.
  const accident = facts.accident;
  const accidentCounts =
    accident !== null &&
    accident.date <= rules.date &&
    accident.date > monthsBefore(rules.date, rules.accidentWindowMonths);
  const accidentNetCosts =
    accident === null
      ? ZERO_FEN
      : maxFen(ZERO_FEN, subtractFen(accident.costs, accident.compensation));
  const incomeAfterAccident = subtractFen(annualIncome, accidentNetCosts);
  const perCapitaMonthlyIncomeAfterAccident = accidentCounts
    ? monthlyPerCapitaFloor(incomeAfterAccident, size)
    : null;

  const result = (category: HardshipCategory): HardshipClassification => ({
    category,
    categoryLabel: HARDSHIP_CATEGORY_LABELS[category],
    size,
    annualIncome,
    deductibleExpenditure,
    nonDeductibleExpenditure,
    annualNetIncome,
    perCapitaMonthlyIncome,
    perCapitaMonthlyNetIncome,
    perCapitaMonthlyIncomeAfterAccident,
    thresholds,
    exclusions,
    reasons,
    ruleVersion: rules.version,
    date: rules.date,
  });

  if (exclusions.length > 0) {
    for (const exclusion of exclusions) {
      reasons.push(`${HARDSHIP_EXCLUSION_LABELS[exclusion]}，属于不予帮扶情形`);
    }
    reasons.push(`结论：${HARDSHIP_CATEGORY_LABELS.NONE}`);
    return ok(result('NONE'));
  }

  if (facts.migrantWorker !== null) {
    const { minLabourRelationMonths, minMembershipMonths } = rules.migrantWorker;
    const { labourRelationMonths, membershipMonths } = facts.migrantWorker;
    const failures: string[] = [];
    if (labourRelationMonths < minLabourRelationMonths) {
      failures.push(
        `农民工须与用人单位建立劳动关系满 ${minLabourRelationMonths} 个月（现为 ${labourRelationMonths} 个月）`,
      );
    }
    if (membershipMonths < minMembershipMonths) {
      failures.push(
        `农民工须加入工会满 ${minMembershipMonths} 个月（现为 ${membershipMonths} 个月）`,
      );
    }
    if (failures.length > 0) {
      reasons.push(...failures);
      reasons.push(`结论：${HARDSHIP_CATEGORY_LABELS.NONE}`);
      return ok(result('NONE'));
    }
    reasons.push(
      `农民工，劳动关系 ${labourRelationMonths} 个月、入会 ${membershipMonths} 个月，满足不少于 ${minLabourRelationMonths} 个月劳动关系和 ${minMembershipMonths} 个月会籍的条件`,
    );
  }

  const netLabel = `家庭人均纯收入 ${yuan(perCapitaMonthlyNetIncome)}`;
  const lineLabel = `当地低保标准 ${yuan(line)}`;
  const relativeLabel = `相对困难标准 ${yuan(thresholds.relativeLine)}（低保标准的 ${timesLabel(rules.relativeLinePercent)}）`;

  if (monthlyPerCapitaBelow(annualNetIncome, size, line)) {
    reasons.push(`${netLabel}，低于${lineLabel}`);
    reasons.push(`结论：${HARDSHIP_CATEGORY_LABELS.DEEP}`);
    return ok(result('DEEP'));
  }

  if (accident !== null && !accidentCounts) {
    reasons.push(
      `意外事件发生于 ${accident.date}，不在认定日 ${rules.date} 前 ${rules.accidentWindowMonths} 个月内，不按意外致困认定`,
    );
  }
  if (accident !== null && accidentCounts && perCapitaMonthlyIncomeAfterAccident !== null) {
    const accidentLine = `低保标准的 ${timesLabel(rules.accidentIncomeLinePercent)}（${yuan(thresholds.accidentIncomeLine)}）`;
    const withinCap = monthlyPerCapitaBelow(annualIncome, size, thresholds.accidentIncomeLine);
    const belowAfter = monthlyPerCapitaBelow(incomeAfterAccident, size, line);
    const event = `${accident.date} 发生意外事件（${accident.description.trim()}），费用 ${yuan(accident.costs)}，扣除赔偿、保险和救助 ${yuan(accident.compensation)} 后为 ${yuan(accidentNetCosts)}`;
    if (withinCap && belowAfter) {
      reasons.push(event);
      reasons.push(`家庭人均收入 ${yuan(perCapitaMonthlyIncome)}，在${accidentLine}以内`);
      reasons.push(
        `扣除意外费用后家庭人均收入 ${yuan(perCapitaMonthlyIncomeAfterAccident)}，低于${lineLabel}`,
      );
      reasons.push(`结论：${HARDSHIP_CATEGORY_LABELS.ACCIDENT}`);
      return ok(result('ACCIDENT'));
    }
    reasons.push(event);
    reasons.push(
      withinCap
        ? `扣除意外费用后家庭人均收入 ${yuan(perCapitaMonthlyIncomeAfterAccident)}，不低于${lineLabel}，不按意外致困认定`
        : `家庭人均收入 ${yuan(perCapitaMonthlyIncome)}，超过${accidentLine}，不按意外致困认定`,
    );
  }

  if (monthlyPerCapitaBelow(annualNetIncome, size, thresholds.relativeLine)) {
    reasons.push(`${netLabel}，不低于${lineLabel}，但低于${relativeLabel}`);
    reasons.push(`结论：${HARDSHIP_CATEGORY_LABELS.RELATIVE}`);
    return ok(result('RELATIVE'));
  }

  reasons.push(`${netLabel}，不低于${relativeLabel}`);
  reasons.push(`结论：${HARDSHIP_CATEGORY_LABELS.NONE}`);
  return ok(result('NONE'));
}
