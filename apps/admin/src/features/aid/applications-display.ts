import { formatYuan, isFen } from '@gonghui/domain';

/** Console paths of aid applications, disbursement and the ledger (under /admin). */
export const aidApplicationsPath = '/aid/applications';
export const aidBudgetsPath = '/aid/budgets';
export function aidApplicationPath(id: string): string {
  return `/aid/applications/${encodeURIComponent(id)}`;
}

/** 救助申请状态 as the schema spells it. */
export type AidApplicationState =
  | 'SUBMITTED'
  | 'GRASSROOTS_REVIEWED'
  | 'DISTRICT_REVIEWED'
  | 'APPROVED'
  | 'DISBURSED'
  | 'RETURNED'
  | 'REJECTED';

/** An application move as the schema spells it. */
export type AidApplicationMove =
  | 'GRASSROOTS_REVIEW'
  | 'DISTRICT_REVIEW'
  | 'APPROVE'
  | 'DISBURSE'
  | 'RETURN'
  | 'RESUBMIT'
  | 'REJECT';

export const aidApplicationStates: readonly AidApplicationState[] = [
  'SUBMITTED',
  'GRASSROOTS_REVIEWED',
  'DISTRICT_REVIEWED',
  'APPROVED',
  'DISBURSED',
  'RETURNED',
  'REJECTED',
];

export const aidStateColors: Record<AidApplicationState, string> = {
  SUBMITTED: 'processing',
  GRASSROOTS_REVIEWED: 'blue',
  DISTRICT_REVIEWED: 'geekblue',
  APPROVED: 'cyan',
  DISBURSED: 'success',
  RETURNED: 'warning',
  REJECTED: 'error',
};

/** RETURN and REJECT need a written reason (the gateway refuses them without one). */
export function aidMoveNeedsReason(move: AidApplicationMove): boolean {
  return move === 'RETURN' || move === 'REJECT';
}

/** The moves offered as buttons: DISBURSE goes through the confirmed disbursement instead. */
export function aidMoveButtons(available: readonly string[]): AidApplicationMove[] {
  const order: AidApplicationMove[] = [
    'GRASSROOTS_REVIEW',
    'DISTRICT_REVIEW',
    'APPROVE',
    'RESUBMIT',
    'RETURN',
    'REJECT',
  ];
  return order.filter((move) => available.includes(move));
}

/**
 * A `Fen` amount (whole fen, any safe integer: budgets go far past 21.47 million 元) as yuan with
 * two decimals and thousands separators ('1,500.00'); '—' when there is none.
 */
export function fenToYuan(amount: number | null | undefined): string {
  if (!isFen(amount)) return '—';
  return formatYuan(amount);
}

/** True when the budget's counter and the ledger's balance agree. */
export function budgetAgreesWithLedger(budget: {
  remainingFen: number;
  ledgerBalanceFen: number;
}): boolean {
  return budget.remainingFen === budget.ledgerBalanceFen;
}

/**
 * A fresh idempotency key for one confirmed disbursement: kept while the operator retries the
 * same confirmation (a retry after a network error must not pay twice), replaced for the next.
 */
export function newDisbursementKey(random: () => string = () => crypto.randomUUID()): string {
  return `disburse-${random()}`;
}

/** The situation text recorded with an application (its explanation JSON). */
export function situationOf(explanation: unknown): string {
  if (explanation && typeof explanation === 'object' && 'situation' in explanation) {
    const value = (explanation as { situation: unknown }).situation;
    return typeof value === 'string' ? value : '';
  }
  return '';
}
