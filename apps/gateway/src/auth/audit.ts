import type { Prisma } from '../generated/prisma/client.js';
import type { StaffViewer } from './viewer.js';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  organizationId: string | null;
  lineageIds: string[];
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  reason?: string;
}

/**
 * Appends an audit record inside the caller's transaction, so the record and the change
 * it describes are committed together or not at all. Never put personal data in
 * `before`/`after`: record masked values or which fields changed.
 */
export async function writeAudit(
  tx: Prisma.TransactionClient,
  actor: StaffViewer,
  entry: AuditEntry,
) {
  await tx.auditLog.create({
    data: {
      actorStaffId: actor.staffId,
      actorName: actor.username,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      organizationId: entry.organizationId,
      lineageIds: entry.lineageIds,
      before: entry.before,
      after: entry.after,
      reason: entry.reason ?? null,
    },
  });
}
