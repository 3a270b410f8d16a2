import { computeIdNumberCheckCharacter, type ResidentIdNumber } from '@gonghui/domain';
import { personKeyOf, sealApplicant } from '../src/aid/application-records.js';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';

/** Shared set-up of the aid money tests (programs, budgets, applications, ledger checks). */

export const gid = (type: string, id: string) => encodeGlobalId(type, id);
export const qingdaoId = seedUuid('qingdao');
export const shinanId = seedUuid('qingdao-shinan');
export const hisenseId = seedUuid('qingdao-shinan-hisense');

/** A valid resident ID number (Qingdao 市南区, born 1980-01-01 + n days' worth of sequence). */
export function idNumberFor(n: number): ResidentIdNumber {
  const sequence = String(n % 1000).padStart(3, '0');
  const day = String((Math.floor(n / 1000) % 28) + 1).padStart(2, '0');
  const first17 = `370202198001${day}${sequence}`;
  return `${first17}${computeIdNumberCheckCharacter(first17)}` as ResidentIdNumber;
}

/**
 * `count` applications already APPROVED (written directly, for the concurrency tests whose
 * subject is the disbursement, not the workflow), each for `amountFen`, in the budget.
 */
export async function approvedApplications(
  prisma: PrismaClient,
  options: {
    programId: string;
    budgetId: string;
    count: number;
    amountFen: number;
    createdBy: string;
    period: string;
    offset?: number;
  },
) {
  const union = await prisma.organization.findUniqueOrThrow({ where: { id: hisenseId } });
  const ids: string[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const idNumber = idNumberFor((options.offset ?? 0) + i);
    const application = await prisma.aidApplication.create({
      data: {
        programId: options.programId,
        budgetId: options.budgetId,
        organizationId: union.id,
        lineageIds: union.lineageIds,
        applicantName: `申请人${i}`,
        ...sealApplicant(idNumber, null),
        householdKeys: [personKeyOf(idNumber)],
        householdSize: 1,
        period: options.period,
        grantSlot: `${options.programId}|${options.period}|${personKeyOf(idNumber)}`,
        state: 'APPROVED',
        requestedFen: BigInt(options.amountFen),
        approvedFen: BigInt(options.amountFen),
        explanation: { situation: '并发测试' },
        consentGivenBy: `申请人${i}`,
        consentGivenOn: new Date('2026-01-05T00:00:00Z'),
        consentRecordedBy: options.createdBy,
        createdByStaffId: options.createdBy,
      },
    });
    ids.push(application.id);
  }
  return ids;
}

/** The money figures straight from the tables, for the invariants. */
export async function moneyFacts(prisma: PrismaClient, budgetId: string) {
  const budget = await prisma.aidBudget.findUniqueOrThrow({ where: { id: budgetId } });
  const entries = await prisma.aidLedgerEntry.findMany({
    where: { transaction: { budgetId } },
    select: { amountFen: true, accountKind: true, accountRef: true, transactionId: true },
  });
  const perTransaction = new Map<string, bigint>();
  for (const entry of entries) {
    perTransaction.set(
      entry.transactionId,
      (perTransaction.get(entry.transactionId) ?? 0n) + entry.amountFen,
    );
  }
  const budgetBalance = entries
    .filter((e) => e.accountKind === 'BUDGET' && e.accountRef === budgetId)
    .reduce((sum, e) => sum + e.amountFen, 0n);
  const recipients = new Map<string, bigint>();
  for (const e of entries.filter((e) => e.accountKind === 'RECIPIENT')) {
    recipients.set(e.accountRef, (recipients.get(e.accountRef) ?? 0n) + e.amountFen);
  }
  const disbursements = await prisma.aidDisbursement.findMany({ where: { budgetId } });
  const applications = await prisma.aidApplication.findMany({
    where: { budgetId },
    select: { id: true, state: true, paidFen: true, approvedFen: true },
  });
  return {
    remaining: budget.remainingFen,
    allocated: budget.allocatedFen,
    budgetBalance,
    unbalancedTransactions: [...perTransaction.values()].filter((sum) => sum !== 0n).length,
    ledgerTotal: [...perTransaction.values()].reduce((a, b) => a + b, 0n),
    recipients,
    disbursements,
    applications,
  };
}
