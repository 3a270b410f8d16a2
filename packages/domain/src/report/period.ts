import {
  addDays,
  addYears,
  type CalendarDate,
  calendarDateFromParts,
  calendarDateParts,
  compareDates,
  daysBetween,
  daysInMonth,
} from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * The period of a work report (报告期) and the one it is compared with (上期).
 *
 * Reports quote "2024年…", "去年以来…", "五年来…": a period is any span of whole days, at most
 * ten years. The comparison period has the same shape just before it: a run of whole calendar
 * months (a year, a quarter, a month) is compared with as many months before it — 2024 with
 * 2023, 2025-Q1 with 2024-Q4; any other span with as many days immediately before it.
 */
export type ReportPeriod = { readonly from: CalendarDate; readonly to: CalendarDate };

export const REPORT_PERIOD_RULES = Object.freeze({
  ORDER: 'REPORT_PERIOD_END_BEFORE_START',
  TOO_LONG: 'REPORT_PERIOD_TOO_LONG',
  OUT_OF_RANGE: 'REPORT_PERIOD_OUT_OF_RANGE',
  maxYears: 10,
  earliest: '1900-01-01',
  latest: '2999-12-31',
} as const);

/** The period, or why it cannot be reported on (named after the `to` argument). */
export function checkReportPeriod(
  from: CalendarDate,
  to: CalendarDate,
  fields: { from: string; to: string } = { from: 'from', to: 'to' },
): Result<ReportPeriod, FieldError> {
  if (compareDates(from, to) > 0) {
    return err(fieldError(fields.to, REPORT_PERIOD_RULES.ORDER, '结束日期不能早于开始日期'));
  }
  for (const [field, date] of [
    [fields.from, from],
    [fields.to, to],
  ] as const) {
    if (date < REPORT_PERIOD_RULES.earliest || date > REPORT_PERIOD_RULES.latest) {
      return err(
        fieldError(
          field,
          REPORT_PERIOD_RULES.OUT_OF_RANGE,
          `报告期应在 ${REPORT_PERIOD_RULES.earliest} 至 ${REPORT_PERIOD_RULES.latest} 之间`,
        ),
      );
    }
  }
  const lastAllowed = addDays(addYears(from, REPORT_PERIOD_RULES.maxYears), -1);
  if (compareDates(to, lastAllowed) > 0) {
    return err(
      fieldError(
        fields.to,
        REPORT_PERIOD_RULES.TOO_LONG,
        `报告期最长 ${REPORT_PERIOD_RULES.maxYears} 年`,
      ),
    );
  }
  return ok({ from, to });
}

/** True when the period starts on a month's first day and ends on a month's last day. */
export function isWholeMonths(period: ReportPeriod): boolean {
  const start = calendarDateParts(period.from);
  const end = calendarDateParts(period.to);
  return start.day === 1 && end.day === daysInMonth(end.year, end.month);
}

/** Months from the period's first month to its last, both included. */
function monthSpan(period: ReportPeriod): number {
  const start = calendarDateParts(period.from);
  const end = calendarDateParts(period.to);
  return (end.year - start.year) * 12 + (end.month - start.month) + 1;
}

function firstOfMonthShifted(date: CalendarDate, months: number): CalendarDate {
  const { year, month } = calendarDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const shifted = calendarDateFromParts(Math.floor(index / 12), (index % 12) + 1, 1);
  if (!shifted.ok) throw new RangeError(`no month ${index}`);
  return shifted.value;
}

/** The comparison period (上期): see {@link ReportPeriod}. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  if (isWholeMonths(period)) {
    const months = monthSpan(period);
    const from = firstOfMonthShifted(period.from, -months);
    return { from, to: addDays(period.from, -1) };
  }
  const days = daysBetween(period.from, period.to) + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** True when the date lies within the period (both ends included). */
export function periodIncludes(period: ReportPeriod, date: CalendarDate): boolean {
  return compareDates(period.from, date) <= 0 && compareDates(date, period.to) <= 0;
}
