import { NEW_EMPLOYMENT_GROUPS, type NewEmploymentGroup } from '../member/employment-groups.js';
import type { MemberStatus } from '../member/membership.js';
import { type CalendarDate, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * 新入会会员 by month. A union's year-end report quotes how many members joined in a period
 * ("全年新发展会员 3.2 万人"); the platform keeps, for every organisation, a counter per calendar
 * month of the joinings anywhere in its subtree, so any period's figure is a sum of at most a few
 * dozen rows, however large the city.
 *
 * A joining is a first entry (入会) or a rejoin after leaving (重新入会, LAPSED → ACTIVE). A transfer
 * moves a membership that goes on; it is not a joining anywhere.
 */

/** A calendar month, `YYYY-MM`. */
export type YearMonth = string;

export const JOINING_RULES = Object.freeze({
  /** The longest period one request may span (ten years of months). */
  maxMonths: 120,
});

/** The membership events that count as a joining. */
export function isJoining(event: {
  readonly type: 'JOINED' | 'TRANSFER_OUT' | 'TRANSFER_IN' | 'STATUS_CHANGED';
  readonly fromStatus: MemberStatus | null;
  readonly toStatus: MemberStatus | null;
}): boolean {
  if (event.type === 'JOINED') return true;
  return (
    event.type === 'STATUS_CHANGED' && event.fromStatus === 'LAPSED' && event.toStatus === 'ACTIVE'
  );
}

/** The month a date falls in. */
export function monthOf(date: CalendarDate): YearMonth {
  return date.slice(0, 7);
}

/** The first day of a month (the key the counters are stored under). */
export function firstDayOf(month: YearMonth): CalendarDate {
  return `${month}-01` as CalendarDate;
}

/** Joining dates counted per month, months in ascending order, each with a positive count. */
export function joiningsByMonth(
  dates: readonly CalendarDate[],
): { month: YearMonth; count: number }[] {
  const counts = new Map<YearMonth, number>();
  for (const date of dates) counts.set(monthOf(date), (counts.get(monthOf(date)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, count]) => ({ month, count }));
}

/** One joining as the monthly counters record it: when, and who the member was then. */
export type JoiningFacts = {
  readonly date: CalendarDate;
  readonly isMigrant: boolean;
  readonly employmentGroup: NewEmploymentGroup | null;
};

/** A month's joinings: all of them, the migrant workers' and each new-employment group's. */
export type MonthlyJoinings = {
  readonly month: YearMonth;
  readonly joined: number;
  readonly migrant: number;
  readonly byGroup: Readonly<Record<NewEmploymentGroup, number>>;
};

const noGroups = (): Record<NewEmploymentGroup, number> =>
  Object.fromEntries(NEW_EMPLOYMENT_GROUPS.map((group) => [group, 0])) as Record<
    NewEmploymentGroup,
    number
  >;

/**
 * Joinings counted per month with the breakdown reports quote ("发展会员…其中农民工…新就业形态
 * 劳动者…"), by the member's facts at the joining; months ascending.
 */
export function monthlyJoinings(joinings: readonly JoiningFacts[]): MonthlyJoinings[] {
  const months = new Map<
    YearMonth,
    { joined: number; migrant: number; byGroup: Record<NewEmploymentGroup, number> }
  >();
  for (const joining of joinings) {
    const month = monthOf(joining.date);
    const counts = months.get(month) ?? { joined: 0, migrant: 0, byGroup: noGroups() };
    counts.joined += 1;
    if (joining.isMigrant) counts.migrant += 1;
    if (joining.employmentGroup) counts.byGroup[joining.employmentGroup] += 1;
    months.set(month, counts);
  }
  return [...months]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, counts]) => ({ month, ...counts }));
}

function nextMonth(month: YearMonth): YearMonth {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12
    ? `${String(year + 1).padStart(4, '0')}-01`
    : `${month.slice(0, 4)}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * The months of a period, from the month holding `from` to the month holding `to`, both
 * included. Periods are counted in whole months: the counters are monthly.
 */
export function monthsOfPeriod(
  from: CalendarDate,
  to: CalendarDate,
  fields: { from: string; to: string } = { from: 'from', to: 'to' },
): Result<YearMonth[], FieldError> {
  if (compareDates(from, to) > 0) {
    return err(fieldError(fields.to, 'PERIOD_END_BEFORE_START', '结束日期不能早于开始日期'));
  }
  const last = monthOf(to);
  const months: YearMonth[] = [];
  for (let month = monthOf(from); month <= last; month = nextMonth(month)) {
    if (months.length === JOINING_RULES.maxMonths) {
      return err(
        fieldError(
          fields.to,
          'PERIOD_TOO_LONG',
          `统计期间最长 ${JOINING_RULES.maxMonths} 个月（${JOINING_RULES.maxMonths / 12} 年）`,
        ),
      );
    }
    months.push(month);
  }
  return ok(months);
}

/** Every month of the period with its count (0 where none was recorded). */
export function monthlySeries(
  months: readonly YearMonth[],
  counts: ReadonlyMap<YearMonth, number>,
): { month: YearMonth; count: number }[] {
  return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
}
