import { organizationVisibility } from '../auth/access.js';
import type { Context } from '../context.js';
import { prisma } from '../db.js';
import type { Organization } from '../generated/prisma/client.js';

/** What Pothos's prisma plugin passes a resolver as `query`: a select or an include. */
export interface OrganizationQuery {
  select?: Record<string, unknown>;
  include?: Record<string, unknown>;
}

interface Pending {
  ids: readonly string[];
  resolve: (rows: Organization[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Organisations by id that the viewer may see, for fields resolved once per row of a list
 * (each search result's `ancestors`, each role's `organization`): every call of one request
 * made in the same tick with the same selection is answered by ONE query, instead of one per
 * row. The rows come back in the order of `ids`; ids the viewer may not see are left out.
 */
const batches = new WeakMap<object, Map<string, Pending[]>>();

export function visibleOrganizationsByIds(
  context: Context,
  query: OrganizationQuery,
  ids: readonly string[],
): Promise<Organization[]> {
  if (ids.length === 0) return Promise.resolve([]);
  let byShape = batches.get(context);
  if (!byShape) {
    byShape = new Map();
    batches.set(context, byShape);
  }
  const shape = JSON.stringify(query);
  let pending = byShape.get(shape);
  if (!pending) {
    const batch: Pending[] = [];
    pending = batch;
    byShape.set(shape, batch);
    queueMicrotask(() => {
      byShape.delete(shape);
      void flush(context, query, batch);
    });
  }
  const queue = pending;
  return new Promise((resolve, reject) => queue.push({ ids, resolve, reject }));
}

async function flush(context: Context, query: OrganizationQuery, batch: Pending[]) {
  try {
    const ids = [...new Set(batch.flatMap((item) => item.ids))];
    const rows = (await prisma.organization.findMany({
      ...(query.select ? { select: { ...query.select, id: true } } : {}),
      ...(query.include ? { include: query.include } : {}),
      where: { AND: [{ id: { in: ids } }, organizationVisibility(context)] },
    })) as Organization[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const item of batch) {
      item.resolve(
        item.ids.flatMap((id) => {
          const row = byId.get(id);
          return row ? [row] : [];
        }),
      );
    }
  } catch (error) {
    for (const item of batch) item.reject(error);
  }
}
