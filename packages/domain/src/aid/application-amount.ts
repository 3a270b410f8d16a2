import { type FieldError, fieldError } from '../shared/domain-error.js';
import type { Fen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Entitlement, EntitlementRequest } from './entitlement.js';
import { formatYuanCompact } from './money.js';
import {
  AID_PROGRAM_LABELS,
  type AidProgram,
  type HardshipCategory,
  type SchoolLevel,
} from './rule-set.js';

/**
 * The amount of an application (申请金额): the program's entitlement for the applicant's facts,
 * or an explicit, explained reduction of it — never more. Pure; the gateway gathers the facts
 * (the hardship file's category, what the person already had this year) and stores the answer.
 */

/** Stable rule codes of an application's amount. */
export const APPLICATION_AMOUNT_RULES = Object.freeze({
  FILE_REQUIRED: 'AID_ENTITLEMENT_FILE_REQUIRED',
  INPUT_MISSING: 'AID_ENTITLEMENT_INPUT_MISSING',
  NOT_ENTITLED: 'AID_NOT_ENTITLED',
  REDUCTION_AMOUNT: 'AID_REDUCTION_AMOUNT',
  REDUCTION_REASON: 'AID_REDUCTION_REASON',
} as const);

/** Programs whose entitlement depends on the household's hardship category. */
export const PROGRAMS_BY_CATEGORY: readonly AidProgram[] = Object.freeze([
  'WINTER_RELIEF',
  'EDUCATION_AID',
  'MEDICAL_AID',
]);

/** What the caseworker types for one program (field names as the API's input). */
export type EntitlementFacts = {
  readonly schoolLevel?: SchoolLevel | null;
  readonly totalCostFen?: number | null;
  readonly insuranceReimbursedFen?: number | null;
  readonly otherReimbursedFen?: number | null;
  readonly enrolled?: boolean | null;
  readonly outOfPocketFen?: number | null;
  readonly outdoorWorker?: boolean | null;
};

/** What the person already had this calendar year (read from earlier applications). */
export type EntitlementHistory = {
  readonly medicalAidGrantedThisYear: Fen;
  readonly mutualOutOfPocketThisYear: Fen;
  readonly mutualReimbursedThisYear: Fen;
};

export const NO_HISTORY: EntitlementHistory = Object.freeze({
  medicalAidGrantedThisYear: 0 as Fen,
  mutualOutOfPocketThisYear: 0 as Fen,
  mutualReimbursedThisYear: 0 as Fen,
});

const FACT_LABELS: Record<keyof EntitlementFacts, string> = {
  schoolLevel: '学段',
  totalCostFen: '医疗费用总额',
  insuranceReimbursedFen: '医保报销金额',
  otherReimbursedFen: '其他报销或救助金额',
  enrolled: '是否参加本年度互助',
  outOfPocketFen: '本次自付费用',
  outdoorWorker: '是否户外或高温作业',
};

/**
 * The domain's entitlement request for a program from the applicant's category (null without a
 * hardship file) and the typed facts, or every missing input (field `facts.<name>` or
 * `hardshipFileId`).
 */
export function entitlementRequestFor(
  program: AidProgram,
  category: HardshipCategory | null,
  facts: EntitlementFacts,
  history: EntitlementHistory,
): Result<EntitlementRequest, FieldError[]> {
  const issues: FieldError[] = [];
  const label = AID_PROGRAM_LABELS[program];
  if (PROGRAMS_BY_CATEGORY.includes(program) && category === null) {
    issues.push(
      fieldError(
        'hardshipFileId',
        APPLICATION_AMOUNT_RULES.FILE_REQUIRED,
        `${label}按困难类别测算，请选择申请人在档的困难职工档案`,
      ),
    );
  }
  const need = <K extends keyof EntitlementFacts>(key: K): NonNullable<EntitlementFacts[K]> => {
    const value = facts[key];
    if (value === null || value === undefined) {
      issues.push(
        fieldError(
          `facts.${key}`,
          APPLICATION_AMOUNT_RULES.INPUT_MISSING,
          `${label}须填写${FACT_LABELS[key]}`,
        ),
      );
    }
    return value as NonNullable<EntitlementFacts[K]>;
  };
  let request: EntitlementRequest;
  const known = category ?? 'NONE';
  switch (program) {
    case 'WINTER_RELIEF':
      request = { program, category: known };
      break;
    case 'EDUCATION_AID':
      request = { program, category: known, schoolLevel: need('schoolLevel') };
      break;
    case 'MEDICAL_AID':
      request = {
        program,
        category: known,
        totalCost: need('totalCostFen') as Fen,
        insuranceReimbursed: need('insuranceReimbursedFen') as Fen,
        otherReimbursed: (facts.otherReimbursedFen ?? 0) as Fen,
        alreadyGrantedThisYear: history.medicalAidGrantedThisYear,
      };
      break;
    case 'MUTUAL_MEDICAL':
      request = {
        program,
        enrolled: need('enrolled'),
        outOfPocket: need('outOfPocketFen') as Fen,
        priorOutOfPocketThisYear: history.mutualOutOfPocketThisYear,
        reimbursedThisYear: history.mutualReimbursedThisYear,
      };
      break;
    case 'SUMMER_COOLING':
      request = { program, outdoorWorker: need('outdoorWorker') };
      break;
  }
  return issues.length > 0 ? err(issues) : ok(request);
}

/** A caseworker's lower amount, with the reason written down. */
export type AmountReduction = { readonly amount: number; readonly reason: string };

/** The amount applied for, with the reduction (0 without one). */
export type ApplicationAmount = {
  readonly amount: Fen;
  readonly entitlement: Fen;
  readonly reduction: Fen;
  readonly reductionReason: string | null;
};

/**
 * The amount to apply for: the entitlement, or the reduced amount when one is given (a positive
 * whole number of fen strictly below the entitlement, with a reason). An ineligible entitlement
 * is refused with its reasons (field `amount`).
 */
export function applicationAmount(
  entitlement: Entitlement,
  reduction: AmountReduction | null,
): Result<ApplicationAmount, FieldError[]> {
  if (!entitlement.eligible || entitlement.amount <= 0) {
    const reasons = entitlement.reasons.length > 0 ? entitlement.reasons : ['不符合救助条件'];
    return err(
      reasons.map((reason) => fieldError('amount', APPLICATION_AMOUNT_RULES.NOT_ENTITLED, reason)),
    );
  }
  if (reduction === null) {
    return ok({
      amount: entitlement.amount,
      entitlement: entitlement.amount,
      reduction: 0 as Fen,
      reductionReason: null,
    });
  }
  const issues: FieldError[] = [];
  if (
    !Number.isSafeInteger(reduction.amount) ||
    reduction.amount <= 0 ||
    reduction.amount >= entitlement.amount
  ) {
    issues.push(
      fieldError(
        'reduction.amountFen',
        APPLICATION_AMOUNT_RULES.REDUCTION_AMOUNT,
        `核减后的金额应大于 0 且低于测算金额 ${formatYuanCompact(entitlement.amount)} 元`,
      ),
    );
  }
  const reason = reduction.reason.trim();
  if (reason === '' || reason.length > 500) {
    issues.push(
      fieldError(
        'reduction.reason',
        APPLICATION_AMOUNT_RULES.REDUCTION_REASON,
        '核减金额须写明理由（500 字以内）',
      ),
    );
  }
  if (issues.length > 0) return err(issues);
  return ok({
    amount: reduction.amount as Fen,
    entitlement: entitlement.amount,
    reduction: (entitlement.amount - reduction.amount) as Fen,
    reductionReason: reason,
  });
}
