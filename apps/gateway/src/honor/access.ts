import {
  HONOR_PERMISSIONS,
  type NominationActor,
  permissionsAt,
  roleHasPermission,
} from '@gonghui/domain';
import { withinScopes } from '../auth/access.js';
import type { StaffViewer } from '../auth/viewer.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * Who may see and do what in the honor workflow.
 *
 * A campaign belongs to its organising union; its nominations come from unions within that
 * union's subtree and carry the nominating union's lineage. The nominating side's moves
 * (`honor.nominate`: SUBMIT, WITHDRAW) count the permissions held at the nominating union; every
 * other move (review, notice, approval, publication, revocation) is the organiser's, and counts
 * only the permissions held at the organising union.
 */

/** The domain's actor for a move on a nomination of this campaign. */
export function honorActor(
  viewer: StaffViewer,
  campaignLineageIds: readonly string[],
  nominationLineageIds: readonly string[],
): NominationActor {
  const atOrganiser = permissionsAt(viewer.assignments, campaignLineageIds);
  const atNominator = permissionsAt(viewer.assignments, nominationLineageIds);
  return {
    userId: viewer.staffId,
    permissions: HONOR_PERMISSIONS.filter((permission) =>
      permission === 'honor.nominate' ? atNominator.has(permission) : atOrganiser.has(permission),
    ),
  };
}

/**
 * Campaigns the viewer sees: those organised within their `honor.read` subtrees, and those
 * organised by a union above one of them (which they may nominate into).
 */
export function campaignVisibility(viewer: StaffViewer): Prisma.HonorCampaignWhereInput {
  const above = new Set<string>();
  for (const assignment of viewer.assignments) {
    if (roleHasPermission(assignment.role, 'honor.read')) {
      for (const id of assignment.lineageIds) above.add(id);
    }
  }
  return { OR: [withinScopes(viewer, 'honor.read'), { organizationId: { in: [...above] } }] };
}

/** Nominations the viewer sees: those of nominating unions within their `honor.read` subtrees. */
export function nominationVisibility(viewer: StaffViewer): Prisma.HonorNominationWhereInput {
  return withinScopes(viewer, 'honor.read');
}
