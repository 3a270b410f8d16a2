import type { RegionCensus } from '@gonghui/domain';
import { prisma } from '../db.js';

/**
 * The latest census of each region, loaded once per request and in one query for all the
 * regions asked for in the same tick (a children page of ten districts asks for ten).
 */
const loaders = new WeakMap<object, (regionCode: string) => Promise<RegionCensus | null>>();

export function latestRegionCensus(
  requestKey: object,
  regionCode: string,
): Promise<RegionCensus | null> {
  let load = loaders.get(requestKey);
  if (!load) {
    load = batchLoader();
    loaders.set(requestKey, load);
  }
  return load(regionCode);
}

function batchLoader() {
  const cache = new Map<string, Promise<RegionCensus | null>>();
  let pending: { code: string; resolve: (value: RegionCensus | null) => void }[] = [];
  let failed: ((error: unknown) => void)[] = [];
  const flush = async () => {
    const batch = pending;
    const rejects = failed;
    pending = [];
    failed = [];
    try {
      const rows = await prisma.regionCensus.findMany({
        where: { regionCode: { in: [...new Set(batch.map((item) => item.code))] } },
        distinct: ['regionCode'],
        orderBy: [{ regionCode: 'asc' }, { year: 'desc' }],
        select: { regionCode: true, year: true, employers: true, employees: true },
      });
      const byRegion = new Map(rows.map((row) => [row.regionCode, row]));
      for (const item of batch) {
        const row = byRegion.get(item.code);
        item.resolve(
          row ? { year: row.year, employers: row.employers, employees: row.employees } : null,
        );
      }
    } catch (error) {
      for (const reject of rejects) reject(error);
    }
  };
  return (code: string) => {
    const cached = cache.get(code);
    if (cached) return cached;
    const promise = new Promise<RegionCensus | null>((resolve, reject) => {
      if (pending.length === 0) queueMicrotask(() => void flush());
      pending.push({ code, resolve });
      failed.push(reject);
    });
    cache.set(code, promise);
    return promise;
  };
}
