import type { StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { NotFoundError } from '../errors.js';
import { parseGlobalIdOf } from '../global-id.js';
import { nominationVisibility } from './access.js';

/** A nomination the viewer sees, with its campaign; NotFound otherwise (existence not revealed). */
export async function visibleNomination(viewer: StaffViewer, globalId: string, field: string) {
  const id = parseGlobalIdOf('Nomination', globalId, field);
  const nomination = await prisma.honorNomination.findFirst({
    where: { AND: [{ id }, nominationVisibility(viewer)] },
    include: { campaign: true },
  });
  if (!nomination) throw new NotFoundError('推荐');
  return nomination;
}
