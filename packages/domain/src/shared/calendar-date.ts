import type { Brand } from './brand.js';
import { type FieldError, fieldError } from './domain-error.js';
import { err, ok, type Result } from './result.js';

/**
 * A calendar date (公历日期) as a 'YYYY-MM-DD' string, years 0001–9999, always a real day.
 *
 * Dates carry no time zone; "today" for this business means the date in Asia/Shanghai
 * (北京时间). Because ISO strings of equal width sort chronologically, two CalendarDates can be
 * compared with `<` as well as with {@link compareDates}.
 */
export type CalendarDate = Brand<string, 'CalendarDate'>;

/** ISO weekday: 1 = Monday (星期一) … 7 = Sunday (星期日). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Year, month (1–12) and day (1–31) of a {@link CalendarDate}. */
export type CalendarDateParts = {
  readonly year: number;
  readonly month: number;
  readonly day: number;
};

/** Stable rule codes for date validation failures. */
export const CALENDAR_DATE_RULES = Object.freeze({
  EMPTY: 'DATE_EMPTY',
  FORMAT: 'DATE_FORMAT',
  INVALID: 'DATE_INVALID',
} as const);

const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const MS_PER_DAY = 86_400_000;
/**
 * Asia/Shanghai is UTC+8 all year. China has not observed daylight saving time since 1991
 * (DST ran 1986–1991), so a fixed +08:00 offset is exact for every instant from 1992 on. For
 * instants during the 1986–1991 summers this is an hour off around midnight, which no current
 * business rule depends on.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** True for Gregorian leap years (闰年): divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate;
}

// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's days_from_civil.
function toEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromEpochDay(epochDay: number): CalendarDateParts {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

const MIN_EPOCH_DAY = toEpochDay(MIN_YEAR, 1, 1);
const MAX_EPOCH_DAY = toEpochDay(MAX_YEAR, 12, 31);

function dateFromEpochDay(epochDay: number, operation: string): CalendarDate {
  if (!Number.isSafeInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw new RangeError(`${operation}: result is outside the years 0001–9999`);
  }
  const { year, month, day } = fromEpochDay(epochDay);
  return format(year, month, day);
}

/** Splits a {@link CalendarDate} into numbers. */
export function calendarDateParts(date: CalendarDate): CalendarDateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

function epochDayOf(date: CalendarDate): number {
  const { year, month, day } = calendarDateParts(date);
  return toEpochDay(year, month, day);
}

/**
 * Builds a date from numbers, failing with DATE_INVALID for days that do not exist
 * (2023-02-29, month 13, day 0, year outside 1–9999).
 */
export function calendarDateFromParts(
  year: number,
  month: number,
  day: number,
  field = 'date',
): Result<CalendarDate, FieldError> {
  if (!isValidParts(year, month, day)) {
    return err(
      fieldError(field, CALENDAR_DATE_RULES.INVALID, `日期不存在：${year}年${month}月${day}日`),
    );
  }
  return ok(format(year, month, day));
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a strict 'YYYY-MM-DD' string (surrounding spaces trimmed). Rejects other shapes
 * ('2024-1-5', '2024/01/05') with DATE_FORMAT and non-existent days ('2023-02-29',
 * '2024-13-01', '2024-04-31') with DATE_INVALID.
 */
export function parseCalendarDate(input: string, field = 'date'): Result<CalendarDate, FieldError> {
  const text = input.trim();
  if (text === '') {
    return err(fieldError(field, CALENDAR_DATE_RULES.EMPTY, '请填写日期'));
  }
  const match = DATE_PATTERN.exec(text);
  if (match === null) {
    return err(
      fieldError(
        field,
        CALENDAR_DATE_RULES.FORMAT,
        '日期格式不正确，应为 YYYY-MM-DD，如 2024-03-01',
      ),
    );
  }
  return calendarDateFromParts(Number(match[1]), Number(match[2]), Number(match[3]), field);
}

/**
 * The calendar date in Asia/Shanghai (UTC+8, fixed offset — see the note on DST above) at
 * the given instant. Deterministic: pass the current time in, e.g. from a clock port.
 * Throws RangeError for an invalid Date or one outside the years 0001–9999.
 */
export function calendarDateInShanghai(instant: Date): CalendarDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError('calendarDateInShanghai: invalid Date');
  }
  return dateFromEpochDay(
    Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY),
    'calendarDateInShanghai',
  );
}

/** The date `days` days later (negative: earlier). Throws RangeError outside years 1–9999. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) {
    throw new RangeError(`addDays: days must be an integer, got ${days}`);
  }
  return dateFromEpochDay(epochDayOf(date) + days, 'addDays');
}

/**
 * The same month and day `years` years later (negative: earlier). 29 February becomes
 * 28 February when the target year is not a leap year. Throws RangeError outside years 1–9999.
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  if (!Number.isSafeInteger(years)) {
    throw new RangeError(`addYears: years must be an integer, got ${years}`);
  }
  const { year, month, day } = calendarDateParts(date);
  const targetYear = year + years;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    throw new RangeError('addYears: result is outside the years 0001–9999');
  }
  return format(targetYear, month, Math.min(day, daysInMonth(targetYear, month)));
}

/** Days from `from` to `to`: positive when `to` is later. daysBetween(d, addDays(d, n)) === n. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return epochDayOf(to) - epochDayOf(from);
}

/** −1 if a is earlier, 0 if equal, 1 if a is later (usable with Array.prototype.sort). */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}

/**
 * Completed years from `from` to `to` (周岁 / 会龄): the largest n such that
 * addYears(from, n) ≤ to. Someone born 1990-06-15 is 33 on 2024-06-14 and 34 on 2024-06-15.
 * Someone born on 29 February completes a year on 28 February of a common year (consistent
 * with {@link addYears}). When `to` is before `from` the result is −yearsBetween(to, from)
 * (truncated toward zero, so one day earlier is 0, not −1).
 */
export function yearsBetween(from: CalendarDate, to: CalendarDate): number {
  if (to < from) {
    return 0 - yearsBetween(to, from); // `0 -` avoids returning -0
  }
  const years = calendarDateParts(to).year - calendarDateParts(from).year;
  return addYears(from, years) > to ? years - 1 : years;
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday (4). */
export function dayOfWeek(date: CalendarDate): IsoWeekday {
  const index = (((epochDayOf(date) + 3) % 7) + 7) % 7; // 0 = Monday
  return (index + 1) as IsoWeekday;
}
