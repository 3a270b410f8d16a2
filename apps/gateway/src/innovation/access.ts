import type { Permission } from '@gonghui/domain';
import { requirePermissionOn } from '../auth/access.js';
import type { StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { NotFoundError } from '../errors.js';
import { Prisma } from '../generated/prisma/client.js';
import { parseGlobalIdOf } from '../global-id.js';

/**
 * Who may change what in the innovation module. Studios, alliances, results and enterprise
 * selections are public records; changing them needs a permission over the union that owns
 * them (its lineage): `innovation.manage` to register and maintain, `innovation.review` to
 * evaluate a studio and change its status.
 */

/** The studio named by a global id, for a staff member about to act on it. */
export async function studioForAction(
  viewer: StaffViewer,
  permission: Permission,
  globalId: string,
  field: string,
) {
  const id = parseGlobalIdOf('InnovationStudio', globalId, field);
  const studio = await prisma.innovationStudio.findUnique({ where: { id } });
  if (!studio) throw new NotFoundError('创新工作室');
  requirePermissionOn(viewer, permission, studio.lineageIds, '创新工作室');
  return studio;
}

/** The result named by a global id, for a staff member about to act on it. */
export async function resultForAction(
  viewer: StaffViewer,
  permission: Permission,
  globalId: string,
  field: string,
) {
  const id = parseGlobalIdOf('InnovationResult', globalId, field);
  const result = await prisma.innovationResult.findUnique({ where: { id } });
  if (!result) throw new NotFoundError('创新成果');
  requirePermissionOn(viewer, permission, result.lineageIds, '创新成果');
  return result;
}

/** The alliance named by a global id, for a staff member about to act on it. */
export async function allianceForAction(
  viewer: StaffViewer,
  permission: Permission,
  globalId: string,
  field: string,
) {
  const id = parseGlobalIdOf('InnovationAlliance', globalId, field);
  const alliance = await prisma.innovationAlliance.findUnique({ where: { id } });
  if (!alliance) throw new NotFoundError('创新工作室联盟');
  requirePermissionOn(viewer, permission, alliance.lineageIds, '创新工作室联盟');
  return alliance;
}

/** A stored BIGINT amount of fen as a number (amounts stay within the safe integer range). */
export function fenNumber(value: bigint | null): number | null {
  if (value === null) return null;
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new RangeError('amount of fen out of range');
  return amount;
}

/**
 * Runs a write whose table has a unique key a concurrent request may have taken first (one
 * evaluation per studio and year, one selection per union, year and name): the database's
 * refusal becomes the domain's rule violation instead of an unexpected error.
 */
export async function unlessTaken<T>(write: () => Promise<T>, taken: () => Error): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw taken();
    }
    throw error;
  }
}
