import {
  type AidLedgerEntry,
  type AidLedgerTransactionKind,
  ledgerTransactionIssues,
} from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * Writes one ledger transaction and its entries inside the caller's database transaction. The
 * domain checks the entries balance first; the database checks it again at the end of the INSERT
 * of the entries (a statement trigger), and refuses any later UPDATE or DELETE (append-only trigger).
 */
export async function postLedgerTransaction(
  tx: Prisma.TransactionClient,
  posting: {
    kind: AidLedgerTransactionKind;
    organizationId: string;
    lineageIds: string[];
    budgetId: string;
    disbursementId?: string | null;
    reversesId?: string | null;
    memo: string;
    staffId: string;
    entries: readonly AidLedgerEntry[];
  },
) {
  const issues = ledgerTransactionIssues(posting.entries);
  if (issues.length > 0) {
    throw new Error(
      `refusing an invalid ledger transaction: ${issues.map((i) => i.rule).join(', ')}`,
    );
  }
  return tx.aidLedgerTransaction.create({
    data: {
      kind: posting.kind,
      organizationId: posting.organizationId,
      lineageIds: posting.lineageIds,
      budgetId: posting.budgetId,
      disbursementId: posting.disbursementId ?? null,
      reversesId: posting.reversesId ?? null,
      memo: posting.memo,
      staffId: posting.staffId,
      // One INSERT for all entries: the database checks the balance at the end of it.
      entries: {
        createMany: {
          data: posting.entries.map((entry) => ({
            accountKind: entry.account.kind,
            accountRef: entry.account.ref,
            amountFen: BigInt(entry.amount),
          })),
        },
      },
    },
  });
}
