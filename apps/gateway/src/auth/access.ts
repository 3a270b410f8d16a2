import { can, isWithinSubtree, type Permission, scopesFor } from '@gonghui/domain';
import type { Context } from '../context.js';
import { prisma } from '../db.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.js';
import { parseGlobalIdOf } from '../global-id.js';
import type { StaffViewer } from './viewer.js';

/** The signed-in staff member, or an UnauthenticatedError. */
export function requireStaff(context: Context): StaffViewer {
  if (context.viewer.kind !== 'staff') throw new UnauthenticatedError();
  return context.viewer;
}

/**
 * A Prisma filter on a `lineageIds` column: the rows within the subtrees where the
 * viewer holds `permission`. With no scope it is `{ OR: [] }`, which matches nothing.
 */
export function withinScopes(viewer: StaffViewer, permission: Permission) {
  const scopes = scopesFor(viewer.assignments, permission);
  return { OR: scopes.map((id) => ({ lineageIds: { has: id } })) };
}

/**
 * Staff see the organisation tree from their own scopes down (nothing above or beside
 * it, not even its existence); anonymous visitors and API keys see the public tree.
 */
export function organizationVisibility(context: Context) {
  return context.viewer.kind === 'staff' ? withinScopes(context.viewer, 'organization.read') : {};
}

export function isOrganizationVisible(context: Context, lineageIds: readonly string[]): boolean {
  if (context.viewer.kind !== 'staff') return true;
  return can(context.viewer.assignments, 'organization.read', lineageIds);
}

/**
 * Checks a permission over a record the caller already found inside their scope. A record
 * outside every scope is reported as not found, so its existence is not revealed.
 */
export function requirePermissionOn(
  viewer: StaffViewer,
  permission: Permission,
  lineageIds: readonly string[],
  resource: string,
) {
  if (!can(viewer.assignments, permission, lineageIds)) {
    const readable = viewer.assignments.some((assignment) =>
      isWithinSubtree(lineageIds, assignment.organizationId),
    );
    if (!readable) throw new NotFoundError(resource);
    throw new ForbiddenError();
  }
}

/**
 * The organisation named by a global id argument, for a staff member about to act on it
 * with `permission`: NotFound when it is outside every scope they have, Forbidden when
 * they can see it but lack the permission there.
 */
export async function organizationForAction(
  viewer: StaffViewer,
  permission: Permission,
  globalId: string,
  field: string,
) {
  const id = parseGlobalIdOf('Organization', globalId, field);
  const organization = await prisma.organization.findUnique({
    where: { id },
    select: { id: true, lineageIds: true, name: true, dissolvedOn: true },
  });
  if (!organization) throw new NotFoundError('组织');
  requirePermissionOn(viewer, permission, organization.lineageIds, '组织');
  return organization;
}
