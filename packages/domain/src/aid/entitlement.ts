import { type FieldError, fieldError } from '../shared/domain-error.js';
import { addFen, type Fen, subtractFen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import { fenTimesBasisPoints, formatYuanCompact, maxFen, minFen, ZERO_FEN } from './money.js';
import {
  AID_PROGRAM_LABELS,
  type AidProgram,
  HARDSHIP_CATEGORY_LABELS,
  type HardshipCategory,
  type ResolvedHardshipRules,
  SCHOOL_LEVEL_LABELS,
  type SchoolLevel,
} from './rule-set.js';

/**
 * Program entitlement (帮扶标准测算): what a household or member is entitled to from one program
 * under the rules in force, with the breakdown and reasons a caseworker can read. Pure: the
 * same rules and request always give the same answer; the answer records the rule version.
 */

/** 冬送温暖: by the household's hardship category. */
export type WinterReliefRequest = {
  readonly program: 'WINTER_RELIEF';
  readonly category: HardshipCategory;
};

/** 金秋助学: by category and the child's school level. */
export type EducationAidRequest = {
  readonly program: 'EDUCATION_AID';
  readonly category: HardshipCategory;
  readonly schoolLevel: SchoolLevel;
};

/** 医疗救助: one episode's costs, and what the person already received this calendar year. */
export type MedicalAidRequest = {
  readonly program: 'MEDICAL_AID';
  readonly category: HardshipCategory;
  /** Total medical cost of the episode (医疗费用总额). */
  readonly totalCost: Fen;
  /** Paid by basic medical insurance (基本医保报销). */
  readonly insuranceReimbursed: Fen;
  /** Paid by serious-illness insurance, commercial insurance, other assistance. */
  readonly otherReimbursed: Fen;
  /** 医疗救助 already granted to this person in the same calendar year. */
  readonly alreadyGrantedThisYear: Fen;
};

/** 职工医疗互助: one claim of an enrolled member. */
export type MutualMedicalRequest = {
  readonly program: 'MUTUAL_MEDICAL';
  /** Enrolled (premium paid) for the year of the claim. */
  readonly enrolled: boolean;
  /** The claim's out-of-pocket cost after basic medical insurance. */
  readonly outOfPocket: Fen;
  /** Out-of-pocket costs of earlier claims in the same year (they use up the deductible first). */
  readonly priorOutOfPocketThisYear: Fen;
  /** Already reimbursed to the member this year. */
  readonly reimbursedThisYear: Fen;
};

/** 夏送清凉: goods to an outdoor or high-temperature worker. */
export type SummerCoolingRequest = {
  readonly program: 'SUMMER_COOLING';
  readonly outdoorWorker: boolean;
};

/** The facts one program's entitlement depends on. */
export type EntitlementRequest =
  | WinterReliefRequest
  | EducationAidRequest
  | MedicalAidRequest
  | MutualMedicalRequest
  | SummerCoolingRequest;

/** One line of the breakdown, e.g. { label: '自付费用', amount: 1234500 }. */
export type EntitlementLine = {
  readonly label: string;
  readonly amount: Fen;
};

/** The computed entitlement. */
export type Entitlement = {
  readonly program: AidProgram;
  readonly eligible: boolean;
  /** The amount to grant (0 when not eligible). */
  readonly amount: Fen;
  readonly breakdown: readonly EntitlementLine[];
  /** Plain-Chinese reasons, in order. */
  readonly reasons: readonly string[];
  /** The rule version used (e.g. '000000 v1 / 370200 v2'). */
  readonly ruleVersion: string;
};

/** Stable rule codes of entitlement requests. */
export const ENTITLEMENT_RULES = Object.freeze({
  AMOUNT: 'AID_ENTITLEMENT_AMOUNT',
  REIMBURSED_EXCEEDS_COST: 'AID_ENTITLEMENT_REIMBURSED_EXCEEDS_COST',
} as const);

function amountIssue(value: Fen, field: string, label: string): FieldError | null {
  if (!Number.isSafeInteger(value) || value < 0) {
    return fieldError(field, ENTITLEMENT_RULES.AMOUNT, `${label}应为不小于 0 的整数分`);
  }
  return null;
}

/** Every problem of a request's amounts; [] when acceptable. */
export function entitlementRequestIssues(request: EntitlementRequest): FieldError[] {
  const issues: (FieldError | null)[] = [];
  if (request.program === 'MEDICAL_AID') {
    issues.push(
      amountIssue(request.totalCost, 'totalCost', '医疗费用总额'),
      amountIssue(request.insuranceReimbursed, 'insuranceReimbursed', '医保报销金额'),
      amountIssue(request.otherReimbursed, 'otherReimbursed', '其他报销或救助金额'),
      amountIssue(request.alreadyGrantedThisYear, 'alreadyGrantedThisYear', '本年度已获医疗救助'),
    );
    if (
      !issues.some((issue) => issue !== null) &&
      request.insuranceReimbursed + request.otherReimbursed > request.totalCost
    ) {
      issues.push(
        fieldError(
          'insuranceReimbursed',
          ENTITLEMENT_RULES.REIMBURSED_EXCEEDS_COST,
          '报销和其他救助合计不能超过医疗费用总额',
        ),
      );
    }
  }
  if (request.program === 'MUTUAL_MEDICAL') {
    issues.push(
      amountIssue(request.outOfPocket, 'outOfPocket', '本次自付费用'),
      amountIssue(
        request.priorOutOfPocketThisYear,
        'priorOutOfPocketThisYear',
        '本年度此前自付费用',
      ),
      amountIssue(request.reimbursedThisYear, 'reimbursedThisYear', '本年度已获互助金'),
    );
  }
  return issues.filter((issue): issue is FieldError => issue !== null);
}

const yuan = (amount: Fen) => `${formatYuanCompact(amount)} 元`;

function notEligible(
  rules: ResolvedHardshipRules,
  program: AidProgram,
  reasons: string[],
  breakdown: EntitlementLine[] = [],
): Entitlement {
  return {
    program,
    eligible: false,
    amount: ZERO_FEN,
    breakdown,
    reasons,
    ruleVersion: rules.version,
  };
}

function eligibleResult(
  rules: ResolvedHardshipRules,
  program: AidProgram,
  amount: Fen,
  breakdown: EntitlementLine[],
  reasons: string[],
): Entitlement {
  return { program, eligible: amount > 0, amount, breakdown, reasons, ruleVersion: rules.version };
}

function winterRelief(rules: ResolvedHardshipRules, request: WinterReliefRequest): Entitlement {
  const label = AID_PROGRAM_LABELS.WINTER_RELIEF;
  if (request.category === 'NONE') {
    return notEligible(rules, 'WINTER_RELIEF', [`${label}仅面向经认定的困难职工家庭`]);
  }
  const amount = rules.programs.winterRelief.amountByCategory[request.category];
  const categoryLabel = HARDSHIP_CATEGORY_LABELS[request.category];
  if (amount === undefined || amount === 0) {
    return notEligible(rules, 'WINTER_RELIEF', [`${label}未设定${categoryLabel}家庭的标准`]);
  }
  return eligibleResult(
    rules,
    'WINTER_RELIEF',
    amount,
    [{ label: `${categoryLabel}家庭标准`, amount }],
    [`${categoryLabel}家庭${label}标准为 ${yuan(amount)}`],
  );
}

function educationAid(rules: ResolvedHardshipRules, request: EducationAidRequest): Entitlement {
  const label = AID_PROGRAM_LABELS.EDUCATION_AID;
  if (request.category === 'NONE') {
    return notEligible(rules, 'EDUCATION_AID', [`${label}仅面向经认定的困难职工家庭子女`]);
  }
  const categoryLabel = HARDSHIP_CATEGORY_LABELS[request.category];
  const levelLabel = SCHOOL_LEVEL_LABELS[request.schoolLevel];
  const amount =
    rules.programs.educationAid.amountByCategoryAndLevel[request.category]?.[request.schoolLevel];
  if (amount === undefined || amount === 0) {
    return notEligible(rules, 'EDUCATION_AID', [
      `${label}未设定${categoryLabel}家庭${levelLabel}学生的标准`,
    ]);
  }
  return eligibleResult(
    rules,
    'EDUCATION_AID',
    amount,
    [{ label: `${categoryLabel}家庭${levelLabel}学生标准`, amount }],
    [`${categoryLabel}家庭${levelLabel}学生${label}标准为 ${yuan(amount)}`],
  );
}

function medicalAid(rules: ResolvedHardshipRules, request: MedicalAidRequest): Entitlement {
  const label = AID_PROGRAM_LABELS.MEDICAL_AID;
  const parameters = rules.programs.medicalAid;
  if (request.category === 'NONE') {
    return notEligible(rules, 'MEDICAL_AID', [`${label}仅面向经认定的困难职工家庭`]);
  }
  const categoryLabel = HARDSHIP_CATEGORY_LABELS[request.category];
  if (!parameters.eligibleCategories.includes(request.category)) {
    return notEligible(rules, 'MEDICAL_AID', [`${label}不覆盖${categoryLabel}家庭`]);
  }
  const outOfPocket = subtractFen(
    subtractFen(request.totalCost, request.insuranceReimbursed),
    request.otherReimbursed,
  );
  const breakdown: EntitlementLine[] = [
    { label: '医疗费用总额', amount: request.totalCost },
    { label: '医保报销', amount: request.insuranceReimbursed },
    { label: '其他报销或救助', amount: request.otherReimbursed },
    { label: '个人自付', amount: outOfPocket },
  ];
  const reasons = [
    `医疗费用 ${yuan(request.totalCost)}，扣除医保报销 ${yuan(request.insuranceReimbursed)} 和其他报销或救助 ${yuan(request.otherReimbursed)} 后，个人自付 ${yuan(outOfPocket)}`,
  ];
  if (outOfPocket < parameters.minimumOutOfPocket) {
    reasons.push(`个人自付低于起付标准 ${yuan(parameters.minimumOutOfPocket)}，不予救助`);
    return notEligible(rules, 'MEDICAL_AID', reasons, breakdown);
  }
  const share = fenTimesBasisPoints(outOfPocket, parameters.shareBasisPoints);
  const percent = parameters.shareBasisPoints / 100;
  breakdown.push({ label: `按 ${percent}% 救助`, amount: share });
  reasons.push(`按个人自付的 ${percent}% 计算为 ${yuan(share)}`);
  const remaining = maxFen(
    ZERO_FEN,
    subtractFen(parameters.yearlyCap, request.alreadyGrantedThisYear),
  );
  const amount = minFen(share, remaining);
  if (amount < share) {
    breakdown.push({ label: '年度封顶后', amount });
    reasons.push(
      `年度封顶 ${yuan(parameters.yearlyCap)}，本年度已获 ${yuan(request.alreadyGrantedThisYear)}，本次最多 ${yuan(amount)}`,
    );
  }
  if (amount === 0) {
    reasons.push(`本年度${label}已达封顶，不再救助`);
    return notEligible(rules, 'MEDICAL_AID', reasons, breakdown);
  }
  reasons.push(`${categoryLabel}家庭，本次${label} ${yuan(amount)}`);
  return eligibleResult(rules, 'MEDICAL_AID', amount, breakdown, reasons);
}

function mutualMedical(rules: ResolvedHardshipRules, request: MutualMedicalRequest): Entitlement {
  const label = AID_PROGRAM_LABELS.MUTUAL_MEDICAL;
  const parameters = rules.programs.mutualMedical;
  if (!request.enrolled) {
    return notEligible(rules, 'MUTUAL_MEDICAL', [
      `未参加本年度${label}（每人每年缴费 ${yuan(parameters.premium)}），不能申领互助金`,
    ]);
  }
  const before = maxFen(
    ZERO_FEN,
    subtractFen(request.priorOutOfPocketThisYear, parameters.deductible),
  );
  const after = maxFen(
    ZERO_FEN,
    subtractFen(
      addFen(request.priorOutOfPocketThisYear, request.outOfPocket),
      parameters.deductible,
    ),
  );
  const aboveDeductible = subtractFen(after, before);
  const breakdown: EntitlementLine[] = [
    { label: '本次自付费用', amount: request.outOfPocket },
    { label: '计入起付线后可报销部分', amount: aboveDeductible },
  ];
  const reasons = [
    `本次自付 ${yuan(request.outOfPocket)}，年度起付线 ${yuan(parameters.deductible)}（本年度此前自付 ${yuan(request.priorOutOfPocketThisYear)}），超过起付线的部分为 ${yuan(aboveDeductible)}`,
  ];
  if (aboveDeductible === 0) {
    reasons.push('未超过年度起付线，不予报销');
    return notEligible(rules, 'MUTUAL_MEDICAL', reasons, breakdown);
  }
  const share = fenTimesBasisPoints(aboveDeductible, parameters.ratioBasisPoints);
  const percent = parameters.ratioBasisPoints / 100;
  breakdown.push({ label: `按 ${percent}% 报销`, amount: share });
  reasons.push(`按 ${percent}% 报销为 ${yuan(share)}`);
  const remaining = maxFen(ZERO_FEN, subtractFen(parameters.yearlyCap, request.reimbursedThisYear));
  const amount = minFen(share, remaining);
  if (amount < share) {
    breakdown.push({ label: '年度封顶后', amount });
    reasons.push(
      `年度封顶 ${yuan(parameters.yearlyCap)}，本年度已获 ${yuan(request.reimbursedThisYear)}，本次最多 ${yuan(amount)}`,
    );
  }
  if (amount === 0) {
    reasons.push(`本年度${label}已达封顶`);
    return notEligible(rules, 'MUTUAL_MEDICAL', reasons, breakdown);
  }
  return eligibleResult(rules, 'MUTUAL_MEDICAL', amount, breakdown, reasons);
}

function summerCooling(rules: ResolvedHardshipRules, request: SummerCoolingRequest): Entitlement {
  const label = AID_PROGRAM_LABELS.SUMMER_COOLING;
  const amount = rules.programs.summerCooling.amountPerWorker;
  if (!request.outdoorWorker) {
    return notEligible(rules, 'SUMMER_COOLING', [`${label}面向户外和高温作业一线职工`]);
  }
  if (amount === 0) {
    return notEligible(rules, 'SUMMER_COOLING', [`${label}未设定标准`]);
  }
  return eligibleResult(
    rules,
    'SUMMER_COOLING',
    amount,
    [{ label: '每人慰问物资', amount }],
    [`户外或高温作业职工，${label}每人 ${yuan(amount)} 的防暑降温物资`],
  );
}

/**
 * The entitlement of one request under the resolved rules. Fails (AID_ENTITLEMENT_*) only on
 * malformed amounts; an ineligible request is a success with `eligible: false` and reasons.
 */
export function computeEntitlement(
  rules: ResolvedHardshipRules,
  request: EntitlementRequest,
): Result<Entitlement, FieldError> {
  const issues = entitlementRequestIssues(request);
  if (issues[0] !== undefined) return err(issues[0]);
  switch (request.program) {
    case 'WINTER_RELIEF':
      return ok(winterRelief(rules, request));
    case 'EDUCATION_AID':
      return ok(educationAid(rules, request));
    case 'MEDICAL_AID':
      return ok(medicalAid(rules, request));
    case 'MUTUAL_MEDICAL':
      return ok(mutualMedical(rules, request));
    case 'SUMMER_COOLING':
      return ok(summerCooling(rules, request));
  }
}
