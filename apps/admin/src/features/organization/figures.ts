/**
 * Pure helpers of the 统计数据 card: the month window of the new-members chart, the series it
 * draws (every month present, 0 where nothing happened), and how a rate reads.
 */

export interface MonthCount {
  /** 'YYYY-MM'. */
  month: string;
  count: number;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The last `months` calendar months up to and including today's: from the first day of the
 * earliest to today, as the API's `from`/`to` (inclusive dates).
 */
export function lastMonthsWindow(today: string, months = 12): { from: string; to: string } {
  const match = isoDate.exec(today);
  if (!match) throw new RangeError(`not a date: ${today}`);
  const first = monthIndex(Number(match[1]), Number(match[2])) - (months - 1);
  return { from: `${monthOfIndex(first)}-01`, to: today };
}

/** Every month from `from`'s to `to`'s, with its count (0 where the API listed none). */
export function monthSeries(from: string, to: string, counts: readonly MonthCount[]): MonthCount[] {
  const start = isoDate.exec(from);
  const end = isoDate.exec(to);
  if (!start || !end) return [];
  const byMonth = new Map(counts.map((entry) => [entry.month, entry.count]));
  const series: MonthCount[] = [];
  const last = monthIndex(Number(end[1]), Number(end[2]));
  for (let index = monthIndex(Number(start[1]), Number(start[2])); index <= last; index += 1) {
    const month = monthOfIndex(index);
    series.push({ month, count: byMonth.get(month) ?? 0 });
  }
  return series;
}

/** '2026-03' → 3月 (or 2026年3月 at a year boundary / January); English: Mar or Mar 2026. */
export function monthLabel(month: string, locale: 'zh-CN' | 'en', withYear: boolean): string {
  const [year, number] = month.split('-');
  const monthNumber = Number(number);
  if (locale === 'en') {
    const name = new Date(Date.UTC(2000, monthNumber - 1, 1)).toLocaleString('en-US', {
      month: 'short',
      timeZone: 'UTC',
    });
    return withYear ? `${name} ${year}` : name;
  }
  return withYear ? `${year}年${monthNumber}月` : `${monthNumber}月`;
}

/** The month labels of a series: the year is written on the first month and on every January. */
export function monthLabels(series: readonly MonthCount[], locale: 'zh-CN' | 'en'): string[] {
  return series.map((entry, index) =>
    monthLabel(entry.month, locale, index === 0 || entry.month.endsWith('-01')),
  );
}

export interface RateLike {
  percent: string;
  numerator: number;
  denominator: number;
}

/** 85.3 → '85.3%'; null (no figures allow a rate) → null, for the caller's "—" and hint. */
export function percentText(rate: RateLike | null | undefined): string | null {
  return rate ? `${rate.percent}%` : null;
}
