import { addDays, type ReportPeriod } from '@gonghui/domain';

/**
 * The instants a period spans in Asia/Shanghai (the platform's calendar): from the first day's
 * midnight, up to (not including) the midnight after the last day. For timestamp columns
 * (published, paid …); DATE columns compare with the calendar dates themselves.
 */
export function periodInstants(period: ReportPeriod): { gte: Date; lt: Date } {
  return {
    gte: new Date(`${period.from}T00:00:00+08:00`),
    lt: new Date(`${addDays(period.to, 1)}T00:00:00+08:00`),
  };
}
