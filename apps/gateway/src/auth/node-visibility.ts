import { can, type Permission } from '@gonghui/domain';
import type { Context } from '../context.js';
import { prisma } from '../db.js';
import { isOrganizationVisible } from './access.js';

/** The permission that makes a record of each staff-only node type readable, by type name. */
const readPermissionOf: Record<string, Permission> = {
  Member: 'member.read',
  RosterImport: 'member.read',
  StaffAccount: 'staff.manage',
  ApiKey: 'apiKey.manage',
  RoleAssignment: 'staff.manage',
};

async function lineageOf(
  typename: string,
  node: Record<string, unknown>,
): Promise<string[] | null> {
  if (Array.isArray(node.lineageIds)) return node.lineageIds as string[];
  if (typename === 'RoleAssignment' && typeof node.staffId === 'string') {
    const staff = await prisma.staffAccount.findUnique({
      where: { id: node.staffId },
      select: { lineageIds: true },
    });
    return staff?.lineageIds ?? null;
  }
  return null;
}

/**
 * Whether `node(id)` may return this record to this caller. A record the caller may not
 * read comes back as null, exactly like an id that does not exist, so `node` never
 * reveals that something exists outside the caller's subtree.
 */
export async function isNodeVisible(
  typename: string,
  node: Record<string, unknown>,
  context: Context,
): Promise<boolean> {
  if (typename === 'Organization') {
    const lineage = await lineageOf(typename, node);
    return lineage !== null && isOrganizationVisible(context, lineage);
  }
  const permission = readPermissionOf[typename];
  if (!permission) return true;
  if (context.viewer.kind !== 'staff') return false;
  const lineage = await lineageOf(typename, node);
  return lineage !== null && can(context.viewer.assignments, permission, lineage);
}
