import type { ReportPeriod } from '@gonghui/domain';
import type { AnnualReport } from './annual-report.js';

/**
 * The annual report per (organisation, period), kept in memory (issue 9: the 数据看板 of a city
 * federation computes some thirty aggregates over the whole city's rows a request).
 *
 * Invalidation: the database layer calls `noteDatabaseWrite()` for every statement that may
 * change data and again when a transaction that wrote ends (src/database/write-watch.ts wraps
 * the Prisma driver adapter), which drops every entry — any module's write may change a figure.
 * A report whose computation began before a write is not stored (the generation check), and
 * callers arriving after a write never share a computation that began before it. Entries also
 * expire after `REPORT_CACHE_TTL_MS` (60 s by default: another process's writes — a second
 * gateway, the city generator — are not seen here), and at most 500 are kept (oldest first).
 * On unless REPORT_CACHE=off. Access is checked before the cache is asked (the caller's job).
 */
interface Entry {
  generation: number;
  expiresAt: number;
  value: Promise<AnnualReport>;
}

const MAX_ENTRIES = 500;
const entries = new Map<string, Entry>();
let generation = 0;

export const reportCacheStats = { hits: 0, misses: 0, invalidations: 0 };

export function noteDatabaseWrite(): void {
  generation += 1;
  if (entries.size > 0) {
    entries.clear();
    reportCacheStats.invalidations += 1;
  }
}

function enabled(): boolean {
  return process.env.REPORT_CACHE !== 'off';
}

function ttlMs(): number {
  const value = Number(process.env.REPORT_CACHE_TTL_MS);
  return Number.isFinite(value) && value >= 0 ? value : 60_000;
}

export function cachedAnnualReport(
  organizationId: string,
  period: ReportPeriod,
  build: () => Promise<AnnualReport>,
): Promise<AnnualReport> {
  if (!enabled()) return build();
  const key = `${organizationId}|${period.from}|${period.to}`;
  const now = Date.now();
  const found = entries.get(key);
  if (found && found.generation === generation && found.expiresAt > now) {
    reportCacheStats.hits += 1;
    return found.value;
  }
  reportCacheStats.misses += 1;
  const started = generation;
  const value = build();
  const entry: Entry = { generation: started, expiresAt: now + ttlMs(), value };
  entries.delete(key);
  entries.set(key, entry);
  while (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
  value.then(
    () => {
      // A write during the computation: the result may predate it, so it is not kept.
      if (generation !== started && entries.get(key) === entry) entries.delete(key);
    },
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  return value;
}
