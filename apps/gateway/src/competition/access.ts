import { can } from '@gonghui/domain';
import { requirePermissionOn, withinScopes } from '../auth/access.js';
import type { StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { NotFoundError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { parseGlobalIdOf } from '../global-id.js';

/**
 * Who sees and does what with competitions (staff side; the public sees competitions and
 * published results through the public fields):
 * - `competition.read` within the organiser's subtree: the registrations, judges, live
 *   ranking, appeals, promotions;
 * - `competition.manage` at the organiser: set-up, registration, judges, stage close,
 *   appeals, publication;
 * - `competition.judge`: an assigned judge scores their aspects, and sees only their own marks.
 */

/** Competitions the viewer sees as staff: within their competition.read subtrees, or judged by them. */
export function competitionVisibility(viewer: StaffViewer): Prisma.CompetitionWhereInput {
  return {
    OR: [
      withinScopes(viewer, 'competition.read'),
      { judges: { some: { staffAccountId: viewer.staffId } } },
    ],
  };
}

/** The competition of a global id, visible to the viewer, or NotFound. */
export async function visibleCompetition(viewer: StaffViewer, globalId: string, field = 'id') {
  const id = parseGlobalIdOf('Competition', globalId, field);
  const competition = await prisma.competition.findFirst({
    where: { AND: [{ id }, competitionVisibility(viewer)] },
    include: { organization: { select: { name: true } } },
  });
  if (!competition) throw new NotFoundError('竞赛');
  return competition;
}

/** The competition, for an action needing `competition.manage` at its organiser. */
export async function competitionToManage(viewer: StaffViewer, globalId: string, field = 'id') {
  const competition = await visibleCompetition(viewer, globalId, field);
  requirePermissionOn(viewer, 'competition.manage', competition.lineageIds, '竞赛');
  return competition;
}

/** True when the viewer may read the whole of the competition (not only as a judge). */
export function readsCompetition(viewer: StaffViewer, lineageIds: readonly string[]): boolean {
  return can(viewer.assignments, 'competition.read', lineageIds);
}

/** The stage of a global id within a visible competition. */
export async function visibleStage(viewer: StaffViewer, globalId: string, field = 'stageId') {
  const id = parseGlobalIdOf('CompetitionStage', globalId, field);
  const stage = await prisma.competitionStage.findFirst({
    where: { AND: [{ id }, { competition: competitionVisibility(viewer) }] },
    include: { competition: { include: { organization: { select: { name: true } } } } },
  });
  if (!stage) throw new NotFoundError('赛段');
  return stage;
}
