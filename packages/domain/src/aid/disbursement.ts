import { type FieldError, fieldError } from '../shared/domain-error.js';
import { type Fen, formatYuan } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import type { AidApplicationState } from './application-workflow.js';

/**
 * Disbursement (发放), exactly once. A request carries an idempotency key chosen by the client
 * (one per press of the 发放 button, kept across retries): the first request with a key pays, a
 * repeat of it returns the same result, and the same key with a different payload is refused.
 * The checks here are the application's; the database enforces the same limits again (budget
 * remaining ≥ 0, paid ≤ approved, one disbursement per key) so that no race can break them.
 */

/** Stable rule codes of disbursement. */
export const AID_DISBURSEMENT_RULES = Object.freeze({
  KEY_FORMAT: 'AID_DISBURSEMENT_KEY_FORMAT',
  KEY_REUSED: 'AID_DISBURSEMENT_KEY_REUSED',
  NOT_APPROVED: 'AID_DISBURSEMENT_NOT_APPROVED',
  ALREADY_DISBURSED: 'AID_DISBURSEMENT_ALREADY_DISBURSED',
  ABOVE_APPROVED: 'AID_DISBURSEMENT_ABOVE_APPROVED',
  BUDGET_INSUFFICIENT: 'AID_DISBURSEMENT_BUDGET_INSUFFICIENT',
  AMOUNT_NOT_POSITIVE: 'AID_DISBURSEMENT_AMOUNT_NOT_POSITIVE',
} as const);

/** An idempotency key: 8–100 characters of letters, digits, `-`, `_`, `.` or `:` (a UUID fits). */
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,100}$/;

/** Checks the shape of an idempotency key. */
export function checkIdempotencyKey(
  key: string,
  field = 'idempotencyKey',
): Result<string, FieldError> {
  return KEY_PATTERN.test(key)
    ? ok(key)
    : err(
        fieldError(
          field,
          AID_DISBURSEMENT_RULES.KEY_FORMAT,
          '幂等键应为 8–100 位字母、数字或 - _ . :（如 UUID）',
        ),
      );
}

/** What a disbursement request asks for: the application and the amount. */
export type DisbursementPayload = { readonly applicationId: string; readonly amount: Fen };

/**
 * The canonical text of a payload, the input of its hash: fixed key order, no spaces, so the
 * same request always hashes the same (`{"amount":50000,"applicationId":"…"}`).
 */
export function canonicalDisbursementPayload(payload: DisbursementPayload): string {
  return JSON.stringify({ amount: payload.amount, applicationId: payload.applicationId });
}

/** What to do with a request given the disbursement already stored under its key, if any. */
export type IdempotencyDecision = 'NEW' | 'REPLAY' | 'CONFLICT';

/** NEW when the key is unused, REPLAY when it was used for the same payload, else CONFLICT. */
export function idempotencyDecision(
  stored: { readonly payloadHash: string } | null,
  payloadHash: string,
): IdempotencyDecision {
  if (stored === null) return 'NEW';
  return stored.payloadHash === payloadHash ? 'REPLAY' : 'CONFLICT';
}

/** The facts a disbursement is checked against. */
export type DisbursementFacts = {
  readonly state: AidApplicationState;
  readonly approvedAmount: Fen | null;
  readonly paidAmount: Fen;
  readonly amount: Fen;
  readonly budgetRemaining: Fen;
};

/**
 * Every reason a disbursement may not be made: not approved, already paid, more than approved
 * (paid + amount > approved), more than the budget has left, or a non-positive amount.
 */
export function checkDisbursement(facts: DisbursementFacts): Result<void, FieldError[]> {
  const issues: FieldError[] = [];
  if (facts.amount <= 0) {
    issues.push(
      fieldError('amount', AID_DISBURSEMENT_RULES.AMOUNT_NOT_POSITIVE, '发放金额必须大于 0'),
    );
  }
  if (facts.state === 'DISBURSED') {
    issues.push(
      fieldError(
        'applicationId',
        AID_DISBURSEMENT_RULES.ALREADY_DISBURSED,
        '该申请已发放，不能重复发放',
      ),
    );
  } else if (facts.state !== 'APPROVED' || facts.approvedAmount === null) {
    issues.push(
      fieldError(
        'applicationId',
        AID_DISBURSEMENT_RULES.NOT_APPROVED,
        '申请尚未审批通过，不能发放',
      ),
    );
  }
  if (facts.approvedAmount !== null && facts.paidAmount + facts.amount > facts.approvedAmount) {
    issues.push(
      fieldError(
        'amount',
        AID_DISBURSEMENT_RULES.ABOVE_APPROVED,
        `发放后累计 ${formatYuan((facts.paidAmount + facts.amount) as Fen)} 元，超过审批金额 ${formatYuan(facts.approvedAmount)} 元`,
      ),
    );
  }
  if (facts.amount > facts.budgetRemaining) {
    issues.push(
      fieldError(
        'amount',
        AID_DISBURSEMENT_RULES.BUDGET_INSUFFICIENT,
        `预算余额 ${formatYuan(facts.budgetRemaining)} 元，不足发放 ${formatYuan(facts.amount)} 元`,
      ),
    );
  }
  return issues.length > 0 ? err(issues) : ok(undefined);
}
