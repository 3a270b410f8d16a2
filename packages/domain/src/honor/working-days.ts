import {
  addDays,
  type CalendarDate,
  calendarDateParts,
  dayOfWeek,
} from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Working days (工作日) under a holiday calendar.
 *
 * A day is a working day when it is a make-up workday (调休上班, a Saturday or Sunday worked in
 * exchange for a longer holiday), or else when it is Monday–Friday and not a holiday. The
 * calendar says which years it knows (`firstYear`–`lastYear`): outside them only weekends
 * would be known, so callers that must be exact (the public notice) refuse such dates with
 * CALENDAR_NOT_CONFIGURED instead of guessing.
 */
export type HolidayCalendar = {
  /** Days off (放假), including the weekend days inside a holiday block; any order. */
  readonly holidays: readonly CalendarDate[];
  /** Weekend days that are worked (调休上班). */
  readonly makeUpWorkdays: readonly CalendarDate[];
  /** The first year the calendar covers completely. */
  readonly firstYear: number;
  /** The last year the calendar covers completely. */
  readonly lastYear: number;
};

/** Stable rule codes of the holiday calendar. */
export const HOLIDAY_CALENDAR_RULES = Object.freeze({
  NOT_CONFIGURED: 'CALENDAR_NOT_CONFIGURED',
  YEARS: 'CALENDAR_YEARS',
  OUTSIDE_YEARS: 'CALENDAR_DATE_OUTSIDE_YEARS',
  BOTH: 'CALENDAR_HOLIDAY_AND_WORKDAY',
  MAKE_UP_ON_WEEKDAY: 'CALENDAR_MAKE_UP_ON_WEEKDAY',
} as const);

function range(first: string, last: string): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let day = first as CalendarDate; day <= last; day = addDays(day, 1)) {
    dates.push(day);
  }
  return dates;
}

/**
 * Mainland China 2024, 2025 and 2026 (全国年节及纪念日放假办法; from 2025 as revised in November
 * 2024, with the yearly State Council notices):
 *
 * - 2024: 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 2023-10-25; 人民日报
 *   2023-10-26 第06版). 元旦 1-01; 春节 2-10 – 2-17 (work 2-04, 2-18); 清明 4-04 – 4-06 (work
 *   4-07); 劳动节 5-01 – 5-05 (work 4-28, 5-11); 端午 6-10 (with the weekend 6-08, 6-09);
 *   中秋 9-15 – 9-17 (work 9-14); 国庆 10-01 – 10-07 (work 9-29, 10-12). 2024 is here because
 *   the honors of 2024 (e.g. Langfang's, in the seeds) went through their public notices then.
 * - 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12,
 *   https://www.gov.cn/zhengce/content/202411/content_6986382.htm). 元旦 1-01; 春节 1-28 – 2-04
 *   (work 1-26, 2-08); 清明 4-04 – 4-06; 劳动节 5-01 – 5-05 (work 4-27); 端午 5-31 – 6-02;
 *   国庆、中秋 10-01 – 10-08 (work 9-28, 10-11).
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, 新华社; e.g.
 *   https://politics.gmw.cn/2025-11/04/content_38391083.htm). 元旦 1-01 – 1-03 (work 1-04);
 *   春节 2-15 – 2-23 (work 2-14, 2-28); 清明 4-04 – 4-06; 劳动节 5-01 – 5-05 (work 5-09);
 *   端午 6-19 – 6-21; 中秋 9-25 – 9-27; 国庆 10-01 – 10-07 (work 9-20, 10-10).
 *
 * 2027 is NOT included: the 2027 notice could not be found when this was written (2026-12-02),
 * and the dates of 调休 cannot be derived from a rule. Add it here (and raise `lastYear`) once
 * the notice is published; until then, public notices that run into 2027 are refused with
 * CALENDAR_NOT_CONFIGURED.
 */
export const CN_MAINLAND_HOLIDAY_CALENDAR: HolidayCalendar = Object.freeze({
  holidays: Object.freeze([
    ...range('2024-01-01', '2024-01-01'),
    ...range('2024-02-10', '2024-02-17'),
    ...range('2024-04-04', '2024-04-06'),
    ...range('2024-05-01', '2024-05-05'),
    ...range('2024-06-08', '2024-06-10'),
    ...range('2024-09-15', '2024-09-17'),
    ...range('2024-10-01', '2024-10-07'),
    ...range('2025-01-01', '2025-01-01'),
    ...range('2025-01-28', '2025-02-04'),
    ...range('2025-04-04', '2025-04-06'),
    ...range('2025-05-01', '2025-05-05'),
    ...range('2025-05-31', '2025-06-02'),
    ...range('2025-10-01', '2025-10-08'),
    ...range('2026-01-01', '2026-01-03'),
    ...range('2026-02-15', '2026-02-23'),
    ...range('2026-04-04', '2026-04-06'),
    ...range('2026-05-01', '2026-05-05'),
    ...range('2026-06-19', '2026-06-21'),
    ...range('2026-09-25', '2026-09-27'),
    ...range('2026-10-01', '2026-10-07'),
  ]),
  makeUpWorkdays: Object.freeze(
    [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ].map((day) => day as CalendarDate),
  ),
  firstYear: 2024,
  lastYear: 2026,
});

/** The default calendar: {@link CN_MAINLAND_HOLIDAY_CALENDAR}. */
export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = CN_MAINLAND_HOLIDAY_CALENDAR;

/**
 * Every problem of a calendar (e.g. one loaded from configuration): the years are whole and in
 * order (CALENDAR_YEARS); each date lies within them (CALENDAR_DATE_OUTSIDE_YEARS); no date is
 * both a holiday and a make-up workday (CALENDAR_HOLIDAY_AND_WORKDAY); make-up workdays are
 * Saturdays or Sundays (CALENDAR_MAKE_UP_ON_WEEKDAY — a weekday is a working day anyway, so such
 * an entry is a typing mistake).
 */
export function holidayCalendarIssues(calendar: HolidayCalendar): FieldError[] {
  const issues: FieldError[] = [];
  const { firstYear, lastYear } = calendar;
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear) {
    issues.push(
      fieldError('firstYear', HOLIDAY_CALENDAR_RULES.YEARS, '节假日日历的起止年份不正确'),
    );
    return issues;
  }
  const outside = (date: CalendarDate) => {
    const { year } = calendarDateParts(date);
    return year < firstYear || year > lastYear;
  };
  for (const [field, dates] of [
    ['holidays', calendar.holidays],
    ['makeUpWorkdays', calendar.makeUpWorkdays],
  ] as const) {
    for (const date of dates) {
      if (outside(date)) {
        issues.push(
          fieldError(
            field,
            HOLIDAY_CALENDAR_RULES.OUTSIDE_YEARS,
            `${date} 不在日历覆盖的 ${firstYear}–${lastYear} 年内`,
          ),
        );
      }
    }
  }
  const holidays = new Set(calendar.holidays);
  for (const date of calendar.makeUpWorkdays) {
    if (holidays.has(date)) {
      issues.push(
        fieldError(
          'makeUpWorkdays',
          HOLIDAY_CALENDAR_RULES.BOTH,
          `${date} 同时被设为放假日和调休上班日`,
        ),
      );
    }
    if (dayOfWeek(date) <= 5) {
      issues.push(
        fieldError(
          'makeUpWorkdays',
          HOLIDAY_CALENDAR_RULES.MAKE_UP_ON_WEEKDAY,
          `${date} 是周一至周五，本就是工作日，不应设为调休上班日`,
        ),
      );
    }
  }
  return issues;
}

type CalendarIndex = {
  readonly holidays: ReadonlySet<string>;
  readonly makeUpWorkdays: ReadonlySet<string>;
};

const indexes = new WeakMap<HolidayCalendar, CalendarIndex>();

function indexOf(calendar: HolidayCalendar): CalendarIndex {
  let index = indexes.get(calendar);
  if (index === undefined) {
    index = {
      holidays: new Set(calendar.holidays),
      makeUpWorkdays: new Set(calendar.makeUpWorkdays),
    };
    indexes.set(calendar, index);
  }
  return index;
}

/** True when the calendar covers the year of `date`. */
export function calendarCovers(calendar: HolidayCalendar, date: CalendarDate): boolean {
  const { year } = calendarDateParts(date);
  return year >= calendar.firstYear && year <= calendar.lastYear;
}

/**
 * Fails with CALENDAR_NOT_CONFIGURED unless the calendar covers every day from `from` to `to`
 * (inclusive; their order does not matter).
 */
export function checkCalendarCovers(
  calendar: HolidayCalendar,
  from: CalendarDate,
  to: CalendarDate,
  field = 'date',
): Result<void, FieldError> {
  for (const date of from <= to ? [from, to] : [to, from]) {
    if (!calendarCovers(calendar, date)) {
      return err(
        fieldError(
          field,
          HOLIDAY_CALENDAR_RULES.NOT_CONFIGURED,
          `节假日安排只配置了 ${calendar.firstYear}–${calendar.lastYear} 年，无法计算 ${date} 所在年份的工作日`,
        ),
      );
    }
  }
  return ok(undefined);
}

/**
 * True for a working day: a make-up workday, or else Monday–Friday and not a holiday. Dates
 * outside the calendar's years are judged by the weekday alone (see {@link checkCalendarCovers}).
 */
export function isWorkingDay(date: CalendarDate, calendar: HolidayCalendar): boolean {
  const index = indexOf(calendar);
  if (index.makeUpWorkdays.has(date)) {
    return true;
  }
  return dayOfWeek(date) <= 5 && !index.holidays.has(date);
}

/**
 * The `n`-th working day after `start` (n ≥ 0; `start` itself is not counted, so n = 0 returns
 * `start` unchanged, and n = 1 returns the next working day). Throws RangeError for a negative
 * or fractional n.
 */
export function addWorkingDays(
  start: CalendarDate,
  n: number,
  calendar: HolidayCalendar,
): CalendarDate {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  }
  let date = start;
  let remaining = n;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) {
      remaining -= 1;
    }
  }
  return date;
}

/**
 * The number of working days d with `from` < d ≤ `to` (negative, by symmetry, when `to` is
 * before `from`). For a working day `to`, workingDaysBetween(from, addWorkingDays(from, n)) = n.
 */
export function workingDaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  calendar: HolidayCalendar,
): number {
  if (to < from) {
    return 0 - workingDaysBetween(to, from, calendar);
  }
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(date, calendar)) {
      count += 1;
    }
  }
  return count;
}
