import { type FieldError, fieldError } from '../shared/domain-error.js';
import { type Fen, formatYuan } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * The aid ledger (帮扶资金台账): an append-only, double-entry record of every movement of aid
 * money. A transaction is a set of entries, each a signed amount on one account; a transaction
 * balances when its entries sum to zero (借贷相等). Money comes into a budget from the union's
 * funds (ALLOCATION), leaves it to a recipient (DISBURSEMENT), and a mistake is never edited:
 * it is corrected by a REVERSAL, a new transaction with every entry negated.
 *
 * Sign convention: a positive amount increases what the account holds. Allocating 10,000 元 to
 * a budget is `union-funds −10,000, budget +10,000`; paying 500 元 is `budget −500,
 * recipient +500`.
 */

/** The kinds of ledger account. */
export const AID_LEDGER_ACCOUNT_KINDS = Object.freeze([
  'UNION_FUNDS',
  'BUDGET',
  'RECIPIENT',
] as const);

/** A kind of account: 工会帮扶资金来源, 项目年度预算, 受助人. */
export type AidLedgerAccountKind = (typeof AID_LEDGER_ACCOUNT_KINDS)[number];

/** Chinese names of the account kinds. */
export const AID_LEDGER_ACCOUNT_LABELS: Readonly<Record<AidLedgerAccountKind, string>> =
  Object.freeze({ UNION_FUNDS: '工会帮扶资金', BUDGET: '项目年度预算', RECIPIENT: '受助人' });

/** The kinds of ledger transaction. */
export const AID_LEDGER_TRANSACTION_KINDS = Object.freeze([
  'ALLOCATION',
  'DISBURSEMENT',
  'REVERSAL',
] as const);

/** ALLOCATION 预算拨付, DISBURSEMENT 发放, REVERSAL 冲正. */
export type AidLedgerTransactionKind = (typeof AID_LEDGER_TRANSACTION_KINDS)[number];

/** Chinese names of the transaction kinds. */
export const AID_LEDGER_TRANSACTION_LABELS: Readonly<Record<AidLedgerTransactionKind, string>> =
  Object.freeze({ ALLOCATION: '预算拨付', DISBURSEMENT: '发放', REVERSAL: '冲正' });

/** An account: its kind and the id of what it belongs to (union, budget, application). */
export type AidLedgerAccount = { readonly kind: AidLedgerAccountKind; readonly ref: string };

/** The account's key, `KIND:ref` (e.g. `BUDGET:0190…`). */
export function ledgerAccountKey(account: AidLedgerAccount): string {
  return `${account.kind}:${account.ref}`;
}

/** One line of a transaction. */
export type AidLedgerEntry = { readonly account: AidLedgerAccount; readonly amount: Fen };

/** One balanced transaction. `reverses` names the transaction a REVERSAL corrects. */
export type AidLedgerTransaction = {
  readonly id: string;
  readonly kind: AidLedgerTransactionKind;
  readonly entries: readonly AidLedgerEntry[];
  readonly reverses: string | null;
};

/** Stable rule codes of the ledger. */
export const AID_LEDGER_RULES = Object.freeze({
  UNBALANCED: 'AID_LEDGER_UNBALANCED',
  EMPTY: 'AID_LEDGER_EMPTY',
  ZERO_ENTRY: 'AID_LEDGER_ZERO_ENTRY',
  AMOUNT_NOT_POSITIVE: 'AID_LEDGER_AMOUNT_NOT_POSITIVE',
  ALREADY_REVERSED: 'AID_LEDGER_ALREADY_REVERSED',
  REVERSING_REVERSAL: 'AID_LEDGER_REVERSING_REVERSAL',
} as const);

/** The sum of the entries (0 when they balance). Exact: amounts are safe integers of fen. */
export function entriesTotal(entries: readonly AidLedgerEntry[]): bigint {
  let total = 0n;
  for (const entry of entries) total += BigInt(entry.amount);
  return total;
}

/** Why a set of entries is not a valid transaction; empty when it is. */
export function ledgerTransactionIssues(entries: readonly AidLedgerEntry[]): FieldError[] {
  const issues: FieldError[] = [];
  if (entries.length < 2) {
    issues.push(fieldError('entries', AID_LEDGER_RULES.EMPTY, '一笔记账至少要有两条分录'));
  }
  if (entries.some((entry) => entry.amount === 0)) {
    issues.push(fieldError('entries', AID_LEDGER_RULES.ZERO_ENTRY, '分录金额不能为零'));
  }
  const total = entriesTotal(entries);
  if (total !== 0n) {
    issues.push(
      fieldError(
        'entries',
        AID_LEDGER_RULES.UNBALANCED,
        `借贷不平：分录合计 ${formatYuan(Number(total) as Fen)} 元，应为 0`,
      ),
    );
  }
  return issues;
}

function positive(amount: Fen, field: string): FieldError[] {
  return amount > 0
    ? []
    : [fieldError(field, AID_LEDGER_RULES.AMOUNT_NOT_POSITIVE, '金额必须大于 0')];
}

/** The entries of allocating `amount` from the union's funds to a budget. */
export function allocationEntries(
  unionId: string,
  budgetId: string,
  amount: Fen,
): Result<readonly AidLedgerEntry[], FieldError[]> {
  const issues = positive(amount, 'amount');
  if (issues.length > 0) return err(issues);
  return ok([
    { account: { kind: 'UNION_FUNDS', ref: unionId }, amount: -amount as Fen },
    { account: { kind: 'BUDGET', ref: budgetId }, amount },
  ]);
}

/** The entries of paying `amount` from a budget to the recipient of an application. */
export function disbursementEntries(
  budgetId: string,
  applicationId: string,
  amount: Fen,
): Result<readonly AidLedgerEntry[], FieldError[]> {
  const issues = positive(amount, 'amount');
  if (issues.length > 0) return err(issues);
  return ok([
    { account: { kind: 'BUDGET', ref: budgetId }, amount: -amount as Fen },
    { account: { kind: 'RECIPIENT', ref: applicationId }, amount },
  ]);
}

/**
 * The entries of a reversal (冲正) of `original`: each entry negated. Refused for a reversal
 * (correct the original instead) and for a transaction already reversed.
 */
export function reversalEntries(
  original: AidLedgerTransaction,
  existing: readonly AidLedgerTransaction[],
): Result<readonly AidLedgerEntry[], FieldError[]> {
  if (original.kind === 'REVERSAL') {
    return err([
      fieldError('transaction', AID_LEDGER_RULES.REVERSING_REVERSAL, '冲正记录不能再冲正'),
    ]);
  }
  if (existing.some((tx) => tx.reverses === original.id)) {
    return err([
      fieldError('transaction', AID_LEDGER_RULES.ALREADY_REVERSED, '该笔记账已经冲正过'),
    ]);
  }
  return ok(
    original.entries.map((entry) => ({
      account: entry.account,
      amount: (entry.amount === 0 ? 0 : -entry.amount) as Fen,
    })),
  );
}

/** Every account's balance (keyed by {@link ledgerAccountKey}). */
export function ledgerBalances(
  transactions: readonly AidLedgerTransaction[],
): ReadonlyMap<string, bigint> {
  const balances = new Map<string, bigint>();
  for (const tx of transactions) {
    for (const entry of tx.entries) {
      const key = ledgerAccountKey(entry.account);
      balances.set(key, (balances.get(key) ?? 0n) + BigInt(entry.amount));
    }
  }
  return balances;
}

/** True when every transaction balances (and so the whole ledger sums to zero). */
export function isLedgerBalanced(transactions: readonly AidLedgerTransaction[]): boolean {
  return transactions.every((tx) => entriesTotal(tx.entries) === 0n);
}
