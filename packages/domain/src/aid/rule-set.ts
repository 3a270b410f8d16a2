import { parseAdministrativeDivisionCode } from '../organization/administrative-division-code.js';
import { type CalendarDate, parseCalendarDate } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import type { Fen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import { FULL_BASIS_POINTS } from './money.js';

/**
 * Hardship-aid rules as data (帮扶救助规则), versioned per region.
 *
 * A rule set belongs to one region (行政区划代码) and applies to every region beneath it unless a
 * lower region has its own (e.g. 青岛市 370200 overrides the national default for 市南区 370202).
 * A regional rule set may leave parameters out: they are then inherited from the next region
 * up, and finally from the national default ({@link NATIONAL_REGION_CODE}), which must be
 * complete. Each region's rule sets are numbered versions with an effective date range; an
 * edit is a new version, never a change to an old one, so a decision that recorded the
 * version it used can always be recomputed.
 */

/** The national default's region code: not a real division code, the root of every chain. */
export const NATIONAL_REGION_CODE = '000000';

/** Hardship categories, most severe first. */
export const HARDSHIP_CATEGORIES = Object.freeze(['DEEP', 'ACCIDENT', 'RELATIVE', 'NONE'] as const);

/** 深度困难 / 意外致困 / 相对困难 / 不符合困难认定条件. */
export type HardshipCategory = (typeof HARDSHIP_CATEGORIES)[number];

/** A category that qualifies for aid. */
export type QualifyingCategory = Exclude<HardshipCategory, 'NONE'>;

/** The qualifying categories, most severe first. */
export const QUALIFYING_CATEGORIES = Object.freeze(['DEEP', 'ACCIDENT', 'RELATIVE'] as const);

/** Chinese names of the categories. */
export const HARDSHIP_CATEGORY_LABELS: Readonly<Record<HardshipCategory, string>> = Object.freeze({
  DEEP: '深度困难',
  ACCIDENT: '意外致困',
  RELATIVE: '相对困难',
  NONE: '不符合困难职工认定条件',
});

/**
 * Severity rank (higher is more severe): DEEP 3, ACCIDENT 2, RELATIVE 1, NONE 0. Classification
 * picks the most severe category whose test the household passes.
 */
export function hardshipCategoryRank(category: HardshipCategory): number {
  return HARDSHIP_CATEGORIES.length - 1 - HARDSHIP_CATEGORIES.indexOf(category);
}

/** Narrows an untrusted string. */
export function isHardshipCategory(value: string): value is HardshipCategory {
  return (HARDSHIP_CATEGORIES as readonly string[]).includes(value);
}

/** Kinds of household expenditure (家庭支出). Which ones are deductible is a rule-set parameter. */
export const EXPENDITURE_KINDS = Object.freeze([
  'MEDICAL',
  'DISABILITY',
  'EDUCATION',
  'EMPLOYMENT',
  'HOUSING',
  'OTHER',
] as const);

/** One kind of expenditure. */
export type ExpenditureKind = (typeof EXPENDITURE_KINDS)[number];

/** Chinese names of the expenditure kinds. */
export const EXPENDITURE_KIND_LABELS: Readonly<Record<ExpenditureKind, string>> = Object.freeze({
  MEDICAL: '医疗费用（自付部分）',
  DISABILITY: '残疾康复护理',
  EDUCATION: '子女教育',
  EMPLOYMENT: '必要的就业成本',
  HOUSING: '住房租金',
  OTHER: '其他支出',
});

/** Short names for reasons. */
export const EXPENDITURE_KIND_SHORT_LABELS: Readonly<Record<ExpenditureKind, string>> =
  Object.freeze({
    MEDICAL: '医疗',
    DISABILITY: '残疾康复',
    EDUCATION: '子女教育',
    EMPLOYMENT: '就业成本',
    HOUSING: '住房租金',
    OTHER: '其他',
  });

/** Narrows an untrusted string. */
export function isExpenditureKind(value: string): value is ExpenditureKind {
  return (EXPENDITURE_KINDS as readonly string[]).includes(value);
}

/** Circumstances that exclude a household from aid (不予帮扶情形). */
export const HARDSHIP_EXCLUSIONS = Object.freeze([
  'MULTIPLE_HOMES',
  'OWNS_BUSINESS',
  'EMPLOYS_OTHERS',
  'HIGH_FEE_PRIVATE_SCHOOL',
  'SELF_FUNDED_STUDY_ABROAD',
  'NON_ESSENTIAL_VEHICLE',
] as const);

/** One exclusion. */
export type HardshipExclusion = (typeof HARDSHIP_EXCLUSIONS)[number];

/** Chinese wording of each exclusion, as the criteria state it. */
export const HARDSHIP_EXCLUSION_LABELS: Readonly<Record<HardshipExclusion, string>> = Object.freeze(
  {
    MULTIPLE_HOMES: '家庭拥有两套及以上住房',
    OWNS_BUSINESS: '家庭成员经营商铺、企业等经营实体',
    EMPLOYS_OTHERS: '家庭成员雇佣他人从事经营活动',
    HIGH_FEE_PRIVATE_SCHOOL: '子女在高收费私立学校就读',
    SELF_FUNDED_STUDY_ABROAD: '子女自费出国留学',
    NON_ESSENTIAL_VEHICLE: '家庭拥有非生活必需的机动车辆',
  },
);

/** Narrows an untrusted string. */
export function isHardshipExclusion(value: string): value is HardshipExclusion {
  return (HARDSHIP_EXCLUSIONS as readonly string[]).includes(value);
}

/** School levels of 金秋助学. */
export const SCHOOL_LEVELS = Object.freeze([
  'PRIMARY',
  'JUNIOR_SECONDARY',
  'SENIOR_SECONDARY',
  'JUNIOR_COLLEGE',
  'UNDERGRADUATE',
  'POSTGRADUATE',
] as const);

/** One school level. */
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** Chinese names of the school levels. */
export const SCHOOL_LEVEL_LABELS: Readonly<Record<SchoolLevel, string>> = Object.freeze({
  PRIMARY: '小学',
  JUNIOR_SECONDARY: '初中',
  SENIOR_SECONDARY: '高中（中职）',
  JUNIOR_COLLEGE: '大学专科（高职）',
  UNDERGRADUATE: '大学本科',
  POSTGRADUATE: '研究生',
});

/** Narrows an untrusted string. */
export function isSchoolLevel(value: string): value is SchoolLevel {
  return (SCHOOL_LEVELS as readonly string[]).includes(value);
}

/** The aid programs (帮扶项目) whose entitlement the domain computes. */
export const AID_PROGRAMS = Object.freeze([
  'WINTER_RELIEF',
  'EDUCATION_AID',
  'MEDICAL_AID',
  'MUTUAL_MEDICAL',
  'SUMMER_COOLING',
] as const);

/** One program. */
export type AidProgram = (typeof AID_PROGRAMS)[number];

/** Chinese names of the programs. */
export const AID_PROGRAM_LABELS: Readonly<Record<AidProgram, string>> = Object.freeze({
  WINTER_RELIEF: '冬送温暖',
  EDUCATION_AID: '金秋助学',
  MEDICAL_AID: '医疗救助',
  MUTUAL_MEDICAL: '职工医疗互助',
  SUMMER_COOLING: '夏送清凉',
});

/** Narrows an untrusted string. */
export function isAidProgram(value: string): value is AidProgram {
  return (AID_PROGRAMS as readonly string[]).includes(value);
}

/** Amount per qualifying category; a missing category gets nothing. */
export type AmountByCategory = Readonly<Partial<Record<QualifyingCategory, Fen>>>;

/** 冬送温暖: a fixed amount (cash or goods) by category. */
export type WinterReliefParameters = {
  readonly amountByCategory: AmountByCategory;
};

/** 金秋助学: an amount by category and school level; a missing cell is not covered. */
export type EducationAidParameters = {
  readonly amountByCategoryAndLevel: Readonly<
    Partial<Record<QualifyingCategory, Readonly<Partial<Record<SchoolLevel, Fen>>>>>
  >;
};

/**
 * 医疗救助: a share of the out-of-pocket cost after basic medical insurance and other
 * reimbursements, once that cost reaches a threshold (起付标准), up to a cap per person per year.
 */
export type MedicalAidParameters = {
  readonly eligibleCategories: readonly QualifyingCategory[];
  /** Share of the out-of-pocket cost, in basis points (5000 = 50 %). */
  readonly shareBasisPoints: number;
  /** The out-of-pocket cost below which nothing is paid (起付标准); 0 for none. */
  readonly minimumOutOfPocket: Fen;
  /** The most one person receives in a calendar year. */
  readonly yearlyCap: Fen;
};

/**
 * 职工医疗互助: members enrol for a year with a premium; a claim is reimbursed at a ratio for the
 * out-of-pocket cost above a yearly deductible, up to a yearly cap per member. Open to every
 * enrolled member, whatever their hardship category.
 */
export type MutualMedicalParameters = {
  /** The premium per member per year (每人每年缴费). */
  readonly premium: Fen;
  /** The yearly deductible (年度起付线). */
  readonly deductible: Fen;
  /** Reimbursement ratio above the deductible, in basis points. */
  readonly ratioBasisPoints: number;
  /** The most one member receives in a calendar year. */
  readonly yearlyCap: Fen;
};

/** 夏送清凉: goods of a set value to each outdoor or high-temperature worker. */
export type SummerCoolingParameters = {
  readonly amountPerWorker: Fen;
};

/** Every program's parameters. */
export type ProgramParameters = {
  readonly winterRelief: WinterReliefParameters;
  readonly educationAid: EducationAidParameters;
  readonly medicalAid: MedicalAidParameters;
  readonly mutualMedical: MutualMedicalParameters;
  readonly summerCooling: SummerCoolingParameters;
};

/** Conditions migrant workers (农民工) must meet on top of the common tests. */
export type MigrantWorkerConditions = {
  /** Months of labour relation with the current employer (劳动关系), e.g. 12. */
  readonly minLabourRelationMonths: number;
  /** Months of union membership (入会), e.g. 12. */
  readonly minMembershipMonths: number;
};

/** The parameters of a rule set, all present (a resolved rule set, or the national default). */
export type HardshipParameters = {
  /** 低保标准: the minimum living standard, monthly, per person. */
  readonly minimumLivingStandard: Fen;
  /** 相对困难: per-capita net income below this percentage of the line (200 = 2 ×, 150 = 1.5 ×). */
  readonly relativeLinePercent: number;
  /**
   * 意外致困: per-capita income (before deductions) within this percentage of the line (300 = 3 ×)
   * and, after the accident's costs net of compensation, below the line.
   */
  readonly accidentIncomeLinePercent: number;
  /** How long after the accident (months) it still counts. */
  readonly accidentWindowMonths: number;
  /** The expenditure kinds deducted from income (刚性支出). */
  readonly deductibleExpenditureKinds: readonly ExpenditureKind[];
  /** The exclusions applied. */
  readonly exclusions: readonly HardshipExclusion[];
  readonly migrantWorker: MigrantWorkerConditions;
  readonly programs: ProgramParameters;
};

/** A parameter set in which every parameter may be left to the region above. */
export type PartialHardshipParameters = {
  readonly [K in keyof HardshipParameters]?: K extends 'programs'
    ? { readonly [P in keyof ProgramParameters]?: ProgramParameters[P] }
    : HardshipParameters[K];
};

/** One version of one region's rule set, as stored. */
export type HardshipRuleSet = {
  /** A six-digit division code, or {@link NATIONAL_REGION_CODE}. */
  readonly regionCode: string;
  readonly regionName: string;
  /** 1, 2, … per region. */
  readonly version: number;
  readonly effectiveFrom: CalendarDate;
  /** Last day it applies (inclusive); null while open-ended. */
  readonly effectiveTo: CalendarDate | null;
  readonly parameters: PartialHardshipParameters;
  /** Where the figures come from (e.g. the city's 低保 notice), for the console. */
  readonly source?: string;
};

/** One link of a resolved rule set: which region's which version supplied parameters. */
export type RuleSetSource = {
  readonly regionCode: string;
  readonly regionName: string;
  readonly version: number;
};

/** The rule set in force for one region on one date, every parameter filled in. */
export type ResolvedHardshipRules = HardshipParameters & {
  readonly regionCode: string;
  readonly date: CalendarDate;
  /** From the national default down to the most specific region. */
  readonly sources: readonly RuleSetSource[];
  /** e.g. '000000 v1 / 370200 v2'; recorded with every decision. */
  readonly version: string;
};

/** Stable rule codes of rule-set validation and resolution. */
export const AID_RULE_SET_RULES = Object.freeze({
  REGION: 'AID_RULE_SET_REGION',
  VERSION: 'AID_RULE_SET_VERSION',
  DATES: 'AID_RULE_SET_DATES',
  AMOUNT: 'AID_RULE_SET_AMOUNT',
  PERCENT: 'AID_RULE_SET_PERCENT',
  MONTHS: 'AID_RULE_SET_MONTHS',
  KIND: 'AID_RULE_SET_KIND',
  INCOMPLETE: 'AID_RULE_SET_INCOMPLETE',
  NONE_IN_FORCE: 'AID_RULE_SET_NONE_IN_FORCE',
} as const);

const MAX_AMOUNT = 100_000_000_00; // 1 亿元 in fen: far above any real parameter.

function amountIssue(value: unknown, field: string, label: string): FieldError | null {
  if (
    typeof value !== 'number' ||
    !Number.isSafeInteger(value) ||
    value < 0 ||
    value > MAX_AMOUNT
  ) {
    return fieldError(field, AID_RULE_SET_RULES.AMOUNT, `${label}应为 0 到 1 亿元之间的整数分`);
  }
  return null;
}

function percentIssue(
  value: unknown,
  field: string,
  label: string,
  min: number,
  max: number,
): FieldError | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return fieldError(
      field,
      AID_RULE_SET_RULES.PERCENT,
      `${label}应为 ${min} 到 ${max} 之间的整数`,
    );
  }
  return null;
}

function monthsIssue(value: unknown, field: string, label: string): FieldError | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 120) {
    return fieldError(field, AID_RULE_SET_RULES.MONTHS, `${label}应为 0 到 120 之间的整数（月）`);
  }
  return null;
}

function amountTableIssues(
  table: Readonly<Record<string, unknown>> | undefined,
  field: string,
  label: string,
): FieldError[] {
  const issues: FieldError[] = [];
  for (const [key, value] of Object.entries(table ?? {})) {
    if (!(QUALIFYING_CATEGORIES as readonly string[]).includes(key)) {
      issues.push(fieldError(`${field}.${key}`, AID_RULE_SET_RULES.KIND, `未知的困难类别 ${key}`));
      continue;
    }
    const issue = amountIssue(value, `${field}.${key}`, label);
    if (issue) issues.push(issue);
  }
  return issues;
}

/** Every problem of a (possibly partial) parameter set; [] when it is acceptable. */
export function hardshipParameterIssues(
  parameters: PartialHardshipParameters,
  field = 'parameters',
): FieldError[] {
  const issues: FieldError[] = [];
  const push = (issue: FieldError | null) => {
    if (issue) issues.push(issue);
  };
  const p = parameters;
  if (p.minimumLivingStandard !== undefined) {
    push(amountIssue(p.minimumLivingStandard, `${field}.minimumLivingStandard`, '低保标准'));
    if (p.minimumLivingStandard === 0) {
      issues.push(
        fieldError(
          `${field}.minimumLivingStandard`,
          AID_RULE_SET_RULES.AMOUNT,
          '低保标准必须大于 0',
        ),
      );
    }
  }
  if (p.relativeLinePercent !== undefined) {
    push(
      percentIssue(
        p.relativeLinePercent,
        `${field}.relativeLinePercent`,
        '相对困难标准（低保标准的百分比）',
        100,
        1000,
      ),
    );
  }
  if (p.accidentIncomeLinePercent !== undefined) {
    push(
      percentIssue(
        p.accidentIncomeLinePercent,
        `${field}.accidentIncomeLinePercent`,
        '意外致困收入上限（低保标准的百分比）',
        100,
        1000,
      ),
    );
  }
  if (p.accidentWindowMonths !== undefined) {
    push(monthsIssue(p.accidentWindowMonths, `${field}.accidentWindowMonths`, '意外事件有效期'));
  }
  for (const kind of p.deductibleExpenditureKinds ?? []) {
    if (!isExpenditureKind(kind)) {
      issues.push(
        fieldError(
          `${field}.deductibleExpenditureKinds`,
          AID_RULE_SET_RULES.KIND,
          `未知的支出类别 ${kind}`,
        ),
      );
    }
  }
  for (const exclusion of p.exclusions ?? []) {
    if (!isHardshipExclusion(exclusion)) {
      issues.push(
        fieldError(
          `${field}.exclusions`,
          AID_RULE_SET_RULES.KIND,
          `未知的不予帮扶情形 ${exclusion}`,
        ),
      );
    }
  }
  if (p.migrantWorker !== undefined) {
    push(
      monthsIssue(
        p.migrantWorker.minLabourRelationMonths,
        `${field}.migrantWorker.minLabourRelationMonths`,
        '农民工劳动关系年限',
      ),
    );
    push(
      monthsIssue(
        p.migrantWorker.minMembershipMonths,
        `${field}.migrantWorker.minMembershipMonths`,
        '农民工入会年限',
      ),
    );
  }
  const programs = p.programs ?? {};
  if (programs.winterRelief !== undefined) {
    issues.push(
      ...amountTableIssues(
        programs.winterRelief.amountByCategory,
        `${field}.programs.winterRelief.amountByCategory`,
        '冬送温暖金额',
      ),
    );
  }
  if (programs.educationAid !== undefined) {
    for (const [category, row] of Object.entries(
      programs.educationAid.amountByCategoryAndLevel ?? {},
    )) {
      const rowField = `${field}.programs.educationAid.amountByCategoryAndLevel.${category}`;
      if (!(QUALIFYING_CATEGORIES as readonly string[]).includes(category)) {
        issues.push(fieldError(rowField, AID_RULE_SET_RULES.KIND, `未知的困难类别 ${category}`));
        continue;
      }
      for (const [level, amount] of Object.entries(row ?? {})) {
        if (!isSchoolLevel(level)) {
          issues.push(
            fieldError(`${rowField}.${level}`, AID_RULE_SET_RULES.KIND, `未知的学段 ${level}`),
          );
          continue;
        }
        push(amountIssue(amount, `${rowField}.${level}`, '金秋助学金额'));
      }
    }
  }
  if (programs.medicalAid !== undefined) {
    const m = programs.medicalAid;
    const f = `${field}.programs.medicalAid`;
    push(
      percentIssue(
        m.shareBasisPoints,
        `${f}.shareBasisPoints`,
        '医疗救助比例（基点）',
        0,
        FULL_BASIS_POINTS,
      ),
    );
    push(amountIssue(m.minimumOutOfPocket, `${f}.minimumOutOfPocket`, '医疗救助起付标准'));
    push(amountIssue(m.yearlyCap, `${f}.yearlyCap`, '医疗救助年度封顶'));
    for (const category of m.eligibleCategories ?? []) {
      if (!(QUALIFYING_CATEGORIES as readonly string[]).includes(category)) {
        issues.push(
          fieldError(
            `${f}.eligibleCategories`,
            AID_RULE_SET_RULES.KIND,
            `未知的困难类别 ${category}`,
          ),
        );
      }
    }
  }
  if (programs.mutualMedical !== undefined) {
    const m = programs.mutualMedical;
    const f = `${field}.programs.mutualMedical`;
    push(amountIssue(m.premium, `${f}.premium`, '医疗互助缴费'));
    push(amountIssue(m.deductible, `${f}.deductible`, '医疗互助起付线'));
    push(
      percentIssue(
        m.ratioBasisPoints,
        `${f}.ratioBasisPoints`,
        '医疗互助报销比例（基点）',
        0,
        FULL_BASIS_POINTS,
      ),
    );
    push(amountIssue(m.yearlyCap, `${f}.yearlyCap`, '医疗互助年度封顶'));
  }
  if (programs.summerCooling !== undefined) {
    push(
      amountIssue(
        programs.summerCooling.amountPerWorker,
        `${field}.programs.summerCooling.amountPerWorker`,
        '夏送清凉标准',
      ),
    );
  }
  return issues;
}

/**
 * Every problem of a rule set as stored: a real division code or the national code, a
 * positive version, effectiveFrom ≤ effectiveTo, acceptable parameters, and for the national
 * default every parameter present.
 */
export function hardshipRuleSetIssues(ruleSet: HardshipRuleSet): FieldError[] {
  const issues: FieldError[] = [];
  if (ruleSet.regionCode !== NATIONAL_REGION_CODE) {
    const parsed = parseAdministrativeDivisionCode(ruleSet.regionCode, 'regionCode');
    if (!parsed.ok) {
      issues.push(fieldError('regionCode', AID_RULE_SET_RULES.REGION, parsed.error.message));
    }
  }
  if (!Number.isSafeInteger(ruleSet.version) || ruleSet.version < 1) {
    issues.push(fieldError('version', AID_RULE_SET_RULES.VERSION, '版本号应为正整数'));
  }
  for (const [name, value] of [
    ['effectiveFrom', ruleSet.effectiveFrom],
    ['effectiveTo', ruleSet.effectiveTo],
  ] as const) {
    if (value !== null && !parseCalendarDate(value, name).ok) {
      issues.push(fieldError(name, AID_RULE_SET_RULES.DATES, '日期格式应为 YYYY-MM-DD'));
    }
  }
  if (ruleSet.effectiveTo !== null && ruleSet.effectiveTo < ruleSet.effectiveFrom) {
    issues.push(fieldError('effectiveTo', AID_RULE_SET_RULES.DATES, '失效日期不能早于生效日期'));
  }
  issues.push(...hardshipParameterIssues(ruleSet.parameters));
  if (ruleSet.regionCode === NATIONAL_REGION_CODE) {
    const missing = missingParameters(ruleSet.parameters);
    if (missing.length > 0) {
      issues.push(
        fieldError(
          'parameters',
          AID_RULE_SET_RULES.INCOMPLETE,
          `全国默认规则必须完整，缺少：${missing.join('、')}`,
        ),
      );
    }
  }
  return issues;
}

const PARAMETER_KEYS = Object.freeze([
  'minimumLivingStandard',
  'relativeLinePercent',
  'accidentIncomeLinePercent',
  'accidentWindowMonths',
  'deductibleExpenditureKinds',
  'exclusions',
  'migrantWorker',
] as const);

const PROGRAM_KEYS = Object.freeze([
  'winterRelief',
  'educationAid',
  'medicalAid',
  'mutualMedical',
  'summerCooling',
] as const);

function missingParameters(parameters: PartialHardshipParameters): string[] {
  const missing: string[] = PARAMETER_KEYS.filter((key) => parameters[key] === undefined);
  for (const key of PROGRAM_KEYS) {
    if (parameters.programs?.[key] === undefined) missing.push(`programs.${key}`);
  }
  return missing;
}

/**
 * The chain of regions a code inherits from, most specific first: 370202 → [370202, 370200,
 * 370000, 000000]; 419001 → [419001, 410000, 000000]. An invalid code gives only the national
 * default.
 */
export function regionChain(regionCode: string): string[] {
  if (regionCode === NATIONAL_REGION_CODE) return [NATIONAL_REGION_CODE];
  const parsed = parseAdministrativeDivisionCode(regionCode);
  if (!parsed.ok) return [NATIONAL_REGION_CODE];
  const division = parsed.value;
  const chain: string[] = [division.code];
  if (division.level === 'COUNTY' && division.cityCode !== null) chain.push(division.cityCode);
  if (division.level !== 'PROVINCE') chain.push(division.provinceCode);
  chain.push(NATIONAL_REGION_CODE);
  return chain;
}

/** True when the rule set applies on `date` (effectiveFrom ≤ date ≤ effectiveTo). */
export function isRuleSetInForce(ruleSet: HardshipRuleSet, date: CalendarDate): boolean {
  return (
    ruleSet.effectiveFrom <= date && (ruleSet.effectiveTo === null || date <= ruleSet.effectiveTo)
  );
}

/**
 * The version of one region's rule set in force on a date: of the versions whose range holds
 * the date, the highest (a later edit supersedes an earlier one for the dates it covers).
 */
export function ruleSetInForce(
  ruleSets: readonly HardshipRuleSet[],
  regionCode: string,
  date: CalendarDate,
): HardshipRuleSet | null {
  let best: HardshipRuleSet | null = null;
  for (const ruleSet of ruleSets) {
    if (ruleSet.regionCode !== regionCode || !isRuleSetInForce(ruleSet, date)) continue;
    if (best === null || ruleSet.version > best.version) best = ruleSet;
  }
  return best;
}

/** The version label recorded with decisions: '000000 v1 / 370200 v2'. */
export function ruleVersionLabel(sources: readonly RuleSetSource[]): string {
  return sources.map((source) => `${source.regionCode} v${source.version}`).join(' / ');
}

/**
 * The rules in force for a region on a date: the national default overlaid, region by region
 * down to the region itself, with the parameters each in-force version sets (programs are
 * overlaid program by program). Fails with AID_RULE_SET_NONE_IN_FORCE when no national default
 * is in force on that date, AID_RULE_SET_INCOMPLETE if the national default lacks a parameter.
 */
export function resolveHardshipRules(
  ruleSets: readonly HardshipRuleSet[],
  regionCode: string,
  date: CalendarDate,
): Result<ResolvedHardshipRules, FieldError> {
  const chain = regionChain(regionCode).reverse();
  const applied: HardshipRuleSet[] = [];
  for (const code of chain) {
    const inForce = ruleSetInForce(ruleSets, code, date);
    if (inForce !== null) applied.push(inForce);
  }
  if (applied[0]?.regionCode !== NATIONAL_REGION_CODE) {
    return err(
      fieldError('date', AID_RULE_SET_RULES.NONE_IN_FORCE, `${date} 没有生效的全国默认帮扶规则`),
    );
  }
  let merged: PartialHardshipParameters = {};
  for (const ruleSet of applied) {
    const { programs, ...rest } = ruleSet.parameters;
    const defined = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    ) as PartialHardshipParameters;
    const definedPrograms = Object.fromEntries(
      Object.entries(programs ?? {}).filter(([, value]) => value !== undefined),
    );
    merged = { ...merged, ...defined, programs: { ...merged.programs, ...definedPrograms } };
  }
  const missing = missingParameters(merged);
  if (missing.length > 0) {
    return err(
      fieldError(
        'parameters',
        AID_RULE_SET_RULES.INCOMPLETE,
        `帮扶规则不完整，缺少：${missing.join('、')}`,
      ),
    );
  }
  const sources = applied.map((ruleSet) => ({
    regionCode: ruleSet.regionCode,
    regionName: ruleSet.regionName,
    version: ruleSet.version,
  }));
  return ok({
    ...(merged as HardshipParameters),
    regionCode,
    date,
    sources,
    version: ruleVersionLabel(sources),
  });
}

/**
 * The next version of a region's rule set: one more than the highest stored for that region
 * (1 for the first). Editing never changes a stored version; it stores this one.
 */
export function nextRuleSetVersion(
  ruleSets: readonly HardshipRuleSet[],
  regionCode: string,
): number {
  let highest = 0;
  for (const ruleSet of ruleSets) {
    if (ruleSet.regionCode === regionCode && ruleSet.version > highest) highest = ruleSet.version;
  }
  return highest + 1;
}
