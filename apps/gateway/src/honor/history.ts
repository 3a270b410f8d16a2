import { writeAudit } from '../auth/audit.js';
import type { StaffViewer } from '../auth/viewer.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { NominationState } from '../generated/prisma/enums.js';

export interface NominationChange {
  nomination: { id: string; organizationId: string; lineageIds: string[] };
  /** CREATE, UPDATE, a NominationMove, CONSENT, CONSENT_WITHDRAWN, OBJECTION_RESOLVED. */
  action: string;
  fromState: NominationState | null;
  toState: NominationState;
  reason?: string | null;
  /** What the audit row records: codes, dates and field names, never personal values. */
  audit?: { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue };
}

/**
 * Appends the nomination's history event and its audit row inside the caller's transaction,
 * so the change, its history and its audit commit together or not at all.
 */
export async function recordNominationChange(
  tx: Prisma.TransactionClient,
  viewer: StaffViewer,
  change: NominationChange,
) {
  await tx.honorNominationEvent.create({
    data: {
      nominationId: change.nomination.id,
      action: change.action,
      fromState: change.fromState,
      toState: change.toState,
      reason: change.reason ?? null,
      actorStaffId: viewer.staffId,
      actorName: viewer.displayName,
    },
  });
  await writeAudit(tx, viewer, {
    action: `honor.nomination.${change.action.toLowerCase()}`,
    targetType: 'HonorNomination',
    targetId: change.nomination.id,
    organizationId: change.nomination.organizationId,
    lineageIds: change.nomination.lineageIds,
    before: change.audit?.before ?? { state: change.fromState },
    after: change.audit?.after ?? { state: change.toState },
    ...(change.reason ? { reason: change.reason } : {}),
  });
}
