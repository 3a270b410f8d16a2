import { createHash } from 'node:crypto';
import {
  AID_DISBURSEMENT_RULES,
  canonicalDisbursementPayload,
  checkAidApplicationMove,
  checkDisbursement,
  checkIdempotencyKey,
  disbursementEntries,
  type Fen,
  formatYuan,
  idempotencyDecision,
  reversalEntries,
} from '@gonghui/domain';
import { requirePermissionOn } from '../auth/access.js';
import type { StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { NotFoundError, RuleViolationError, ValidationError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { today } from '../shared-dates.js';
import {
  aidActorOf,
  aidRuleViolation,
  aidValidationFailure,
  applicationFacts,
  applicationVisibility,
  recordApplicationChange,
  workflowSettingsOf,
} from './application-records.js';
import { postLedgerTransaction } from './ledger-posting.js';

/**
 * Disbursement, exactly once (发放). The guarantees do not rest on the checks made before the
 * transaction — those only give good messages — but on the database, inside ONE transaction:
 *
 * 1. `INSERT … ON CONFLICT (idempotency_key) DO NOTHING RETURNING id` claims the key. A
 *    concurrent request with the same key waits on the unique index until the first commits
 *    (then it replays the stored result, or is refused if its payload differs) or rolls back
 *    (then it claims the key itself);
 * 2. `UPDATE aid_application SET state = 'DISBURSED', paid_fen = amount WHERE state =
 *    'APPROVED' AND paid_fen = 0 AND approved_fen = amount` — one row or nothing: a second key
 *    for the same grant finds it already DISBURSED once the first commits; the CHECK
 *    `paid_fen ≤ approved_fen` holds whatever happens;
 * 3. `UPDATE aid_budget SET remaining_fen = remaining_fen − amount WHERE remaining_fen >=
 *    amount` — under READ COMMITTED the condition is re-checked on the latest row version after
 *    the row lock, and the CHECK `remaining_fen ≥ 0` backs it;
 * 4. the balanced ledger transaction (budget → recipient), the history event and the audit row.
 *
 * A refused request (budget short, not approved) stores nothing, so its key may be retried
 * later; only a payment is remembered under its key. Every transaction locks the application
 * row before the budget row, so concurrent payments cannot deadlock.
 */

/** SHA-256 of the canonical payload. */
export function payloadHashOf(applicationId: string, amount: Fen): string {
  return createHash('sha256')
    .update(canonicalDisbursementPayload({ applicationId, amount }))
    .digest('hex');
}

export interface DisbursementOutcome {
  disbursementId: string;
  replayed: boolean;
}

const LONG_TRANSACTION = { maxWait: 120_000, timeout: 120_000 } as const;

function keyReused(): RuleViolationError {
  return new RuleViolationError(
    AID_DISBURSEMENT_RULES.KEY_REUSED,
    '该幂等键已用于另一笔不同的发放请求，请为新的发放使用新的幂等键',
    [
      {
        field: 'idempotencyKey',
        rule: AID_DISBURSEMENT_RULES.KEY_REUSED,
        message: '该幂等键已用于另一笔不同的发放请求，请为新的发放使用新的幂等键',
      },
    ],
  );
}

async function storedUnderKey(
  client: Prisma.TransactionClient | typeof prisma,
  key: string,
  payloadHash: string,
): Promise<DisbursementOutcome | null> {
  const stored = await client.aidDisbursement.findUnique({
    where: { idempotencyKey: key },
    select: { id: true, payloadHash: true },
  });
  const decision = idempotencyDecision(stored, payloadHash);
  if (decision === 'CONFLICT') throw keyReused();
  return decision === 'REPLAY' && stored ? { disbursementId: stored.id, replayed: true } : null;
}

export async function disburse(
  viewer: StaffViewer,
  applicationId: string,
  idempotencyKey: string,
  /** The operator's confirmed amount, a whole number of fen (the `Fen` scalar checked it). */
  expectedAmount: Fen | null,
): Promise<DisbursementOutcome> {
  const key = checkIdempotencyKey(idempotencyKey);
  if (!key.ok) throw aidValidationFailure(key.error);
  const application = await prisma.aidApplication.findFirst({
    where: { AND: [{ id: applicationId }, applicationVisibility(viewer)] },
    include: { program: true },
  });
  if (!application) throw new NotFoundError('救助申请');
  requirePermissionOn(viewer, 'aid.process', application.lineageIds, '救助申请');
  const approved =
    application.approvedFen === null ? null : (Number(application.approvedFen) as Fen);
  const amount = expectedAmount ?? approved ?? (0 as Fen);
  const payloadHash = payloadHashOf(application.id, amount);

  // A replay answers at once, whatever happened to the application since.
  const replay = await storedUnderKey(prisma, idempotencyKey, payloadHash);
  if (replay) return replay;

  return prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "aid_disbursement"
        ("id", "idempotency_key", "payload_hash", "application_id", "budget_id", "amount_fen", "staff_id")
      VALUES (gen_random_uuid(), ${idempotencyKey}, ${payloadHash}, ${application.id}::uuid,
        ${application.budgetId}::uuid, ${BigInt(amount)}, ${viewer.staffId}::uuid)
      ON CONFLICT ("idempotency_key") DO NOTHING
      RETURNING "id"::text AS "id"`;
    const disbursementId = claimed[0]?.id;
    if (!disbursementId) {
      // Another request with this key committed first: replay it (or refuse a different payload).
      const again = await storedUnderKey(tx, idempotencyKey, payloadHash);
      if (again) return again;
      throw new Error('idempotency key neither claimed nor stored');
    }
    // The checks, on fresh rows, once the key is ours: a duplicate waiting on the key gets the
    // same answer as the first request (its replay, or the same refusal after the rollback).
    const current = await tx.aidApplication.findUniqueOrThrow({
      where: { id: application.id },
      include: { approvals: true, budget: { select: { remainingFen: true } } },
    });
    const approvedNow = current.approvedFen === null ? null : (Number(current.approvedFen) as Fen);
    if (approvedNow !== null && amount !== approvedNow) {
      throw ValidationError.of(
        'amount',
        'AID_DISBURSEMENT_AMOUNT_MISMATCH',
        `发放金额 ${formatYuan(amount)} 元与审批金额 ${formatYuan(approvedNow)} 元不一致`,
      );
    }
    const checked = checkDisbursement({
      state: current.state,
      approvedAmount: approvedNow,
      paidAmount: Number(current.paidFen) as Fen,
      amount,
      budgetRemaining: Number(current.budget.remainingFen) as Fen,
    });
    if (!checked.ok) throw aidRuleViolation(checked.error);
    const approvals = current.approvals
      .filter((approval) => approval.round === current.round)
      .map((approval) => approval.staffId);
    const move = checkAidApplicationMove(
      applicationFacts(current, approvals),
      'DISBURSE',
      aidActorOf(viewer, current.lineageIds),
      workflowSettingsOf(application.program),
      { today: today(), viaDisbursement: true },
    );
    if (!move.ok) throw aidRuleViolation(move.error);
    const paid = await tx.aidApplication.updateMany({
      where: { id: application.id, state: 'APPROVED', paidFen: 0, approvedFen: BigInt(amount) },
      data: { state: 'DISBURSED', paidFen: BigInt(amount) },
    });
    if (paid.count !== 1) {
      const now = await tx.aidApplication.findUniqueOrThrow({
        where: { id: application.id },
        select: { state: true },
      });
      throw now.state === 'DISBURSED'
        ? new RuleViolationError(
            AID_DISBURSEMENT_RULES.ALREADY_DISBURSED,
            '该申请已发放，不能重复发放',
          )
        : new RuleViolationError(AID_DISBURSEMENT_RULES.NOT_APPROVED, '申请尚未审批通过，不能发放');
    }
    const budget = await tx.aidBudget.updateMany({
      where: { id: application.budgetId, remainingFen: { gte: BigInt(amount) } },
      data: { remainingFen: { decrement: BigInt(amount) } },
    });
    if (budget.count !== 1) {
      throw new RuleViolationError(
        AID_DISBURSEMENT_RULES.BUDGET_INSUFFICIENT,
        `预算余额不足发放 ${formatYuan(amount)} 元`,
      );
    }
    const entries = disbursementEntries(application.budgetId, application.id, amount);
    if (!entries.ok) throw aidRuleViolation(entries.error);
    await postLedgerTransaction(tx, {
      kind: 'DISBURSEMENT',
      organizationId: application.organizationId,
      lineageIds: application.lineageIds,
      budgetId: application.budgetId,
      disbursementId,
      memo: `${application.program.name} 发放 ${formatYuan(amount)} 元`,
      staffId: viewer.staffId,
      entries: entries.value,
    });
    await recordApplicationChange(tx, viewer, {
      application,
      action: 'DISBURSE',
      fromState: 'APPROVED',
      toState: 'DISBURSED',
      after: { state: 'DISBURSED', amountFen: amount, disbursementId },
    });
    return { disbursementId, replayed: false };
  }, LONG_TRANSACTION);
}

/**
 * 冲正: reverses a disbursement with a new ledger transaction (every entry negated), gives the
 * amount back to the budget and puts the application back to APPROVED (a new payment needs a
 * new idempotency key). The UNIQUE `reverses_id` makes a second reversal impossible.
 */
export async function reverseDisbursement(
  viewer: StaffViewer,
  disbursementId: string,
  reason: string,
): Promise<string> {
  const text = reason.trim();
  if (text === '' || text.length > 500) {
    throw ValidationError.of('reason', 'AID_REVERSAL_REASON', '请填写冲正原因（500 字以内）');
  }
  const disbursement = await prisma.aidDisbursement.findFirst({
    where: { id: disbursementId, application: applicationVisibility(viewer) },
    include: {
      application: true,
      transactions: { include: { entries: true, reversedBy: { select: { id: true } } } },
    },
  });
  if (!disbursement) throw new NotFoundError('发放记录');
  requirePermissionOn(viewer, 'aid.approve', disbursement.application.lineageIds, '发放记录');
  const original = disbursement.transactions.find((tx) => tx.kind === 'DISBURSEMENT');
  if (!original) throw new Error(`disbursement ${disbursement.id} has no ledger transaction`);
  const entries = reversalEntries(
    {
      id: original.id,
      kind: original.kind,
      reverses: null,
      entries: original.entries.map((entry) => ({
        account: { kind: entry.accountKind, ref: entry.accountRef },
        amount: Number(entry.amountFen) as Fen,
      })),
    },
    original.reversedBy
      ? [{ id: original.reversedBy.id, kind: 'REVERSAL', reverses: original.id, entries: [] }]
      : [],
  );
  if (!entries.ok) throw aidRuleViolation(entries.error);
  const amount = disbursement.amountFen;
  const application = disbursement.application;
  return prisma.$transaction(async (tx) => {
    const reversal = await postLedgerTransaction(tx, {
      kind: 'REVERSAL',
      organizationId: application.organizationId,
      lineageIds: application.lineageIds,
      budgetId: disbursement.budgetId,
      disbursementId: disbursement.id,
      reversesId: original.id,
      memo: `冲正：${text}`,
      staffId: viewer.staffId,
      entries: entries.value,
    });
    const back = await tx.aidApplication.updateMany({
      where: { id: application.id, state: 'DISBURSED', paidFen: amount },
      data: { state: 'APPROVED', paidFen: 0 },
    });
    if (back.count !== 1) {
      throw new RuleViolationError('AID_REVERSAL_STATE', '该申请当前不是已发放状态，不能冲正');
    }
    await tx.aidBudget.update({
      where: { id: disbursement.budgetId },
      data: { remainingFen: { increment: amount } },
    });
    await recordApplicationChange(tx, viewer, {
      application,
      action: 'REVERSE',
      fromState: 'DISBURSED',
      toState: 'APPROVED',
      reason: text,
      after: { state: 'APPROVED', reversalId: reversal.id, amountFen: Number(amount) },
    });
    return reversal.id;
  }, LONG_TRANSACTION);
}
