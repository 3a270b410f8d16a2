import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  CALENDAR_DATE_RULES,
  type CalendarDate,
  calendarDateFromParts,
  calendarDateInShanghai,
  calendarDateParts,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  isLeapYear,
  parseCalendarDate,
  yearsBetween,
} from './calendar-date.js';
import type { Result } from './result.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function ruleOf<T>(result: Result<T, { rule: string }>): string | null {
  return result.ok ? null : result.error.rule;
}

const d = (text: string): CalendarDate => unwrap(parseCalendarDate(text));

const EPOCH = d('1970-01-01');
const FIRST_DAY = daysBetween(EPOCH, d('0001-01-01'));
const LAST_DAY = daysBetween(EPOCH, d('9999-12-31'));

/** Any date in 0001–9999. */
const dateArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map((n) => addDays(EPOCH, n));

/** Reference implementation: UTC midnight of a date, via Date (setUTCFullYear avoids the 0–99 quirk). */
function referenceUtcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

describe('parseCalendarDate', () => {
  it.each([
    '2024-02-29',
    '2000-02-29',
    '2023-12-31',
    '2024-04-30',
    '1900-02-28',
    '0001-01-01',
    '9999-12-31',
  ])('accepts %s', (text) => {
    expect(unwrap(parseCalendarDate(text))).toBe(text);
  });

  it('trims surrounding spaces', () => {
    expect(unwrap(parseCalendarDate(' 2024-03-01 '))).toBe('2024-03-01');
  });

  it.each([
    ['2023-02-29', CALENDAR_DATE_RULES.INVALID],
    ['1900-02-29', CALENDAR_DATE_RULES.INVALID],
    ['2024-02-30', CALENDAR_DATE_RULES.INVALID],
    ['2024-13-01', CALENDAR_DATE_RULES.INVALID],
    ['2024-00-10', CALENDAR_DATE_RULES.INVALID],
    ['2024-04-31', CALENDAR_DATE_RULES.INVALID],
    ['2024-01-00', CALENDAR_DATE_RULES.INVALID],
    ['2024-01-32', CALENDAR_DATE_RULES.INVALID],
    ['0000-01-01', CALENDAR_DATE_RULES.INVALID],
    ['2024-1-5', CALENDAR_DATE_RULES.FORMAT],
    ['2024/01/05', CALENDAR_DATE_RULES.FORMAT],
    ['20240105', CALENDAR_DATE_RULES.FORMAT],
    ['2024-01-05T00:00', CALENDAR_DATE_RULES.FORMAT],
    ['12024-01-05', CALENDAR_DATE_RULES.FORMAT],
    ['２０２４-01-05', CALENDAR_DATE_RULES.FORMAT],
    ['', CALENDAR_DATE_RULES.EMPTY],
    ['  ', CALENDAR_DATE_RULES.EMPTY],
  ])('rejects %j with %s', (text, rule) => {
    expect(ruleOf(parseCalendarDate(text))).toBe(rule);
  });

  it('names the field in the error', () => {
    const result = parseCalendarDate('2023-02-29', 'joinedOn');
    expect(result.ok ? null : result.error.field).toBe('joinedOn');
  });

  it('round-trips: parse(format(parts)) gives back the same parts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, rawDay) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          const formatted = unwrap(calendarDateFromParts(year, month, day));
          const reparsed = unwrap(parseCalendarDate(formatted));
          expect(reparsed).toBe(formatted);
          expect(calendarDateParts(reparsed)).toEqual({ year, month, day });
        },
      ),
    );
  });

  it('rejects exactly the days that do not exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const reference = new Date(referenceUtcMs(year, month, day));
          const exists =
            month >= 1 &&
            month <= 12 &&
            day >= 1 &&
            reference.getUTCMonth() === month - 1 &&
            reference.getUTCDate() === day;
          expect(parseCalendarDate(text).ok).toBe(exists);
        },
      ),
    );
  });
});

describe('calendarDateInShanghai', () => {
  it.each([
    ['2024-01-31T15:59:59.999Z', '2024-01-31'],
    ['2024-01-31T16:00:00.000Z', '2024-02-01'],
    ['2023-12-31T16:00:00.000Z', '2024-01-01'],
    ['2024-02-28T16:00:00.000Z', '2024-02-29'],
    ['2024-06-30T23:00:00+08:00', '2024-06-30'],
    ['1970-01-01T00:00:00.000Z', '1970-01-01'],
    ['1969-12-31T15:59:59.999Z', '1969-12-31'],
    ['1969-12-31T16:00:00.000Z', '1970-01-01'],
  ])('%s is %s in Shanghai', (iso, expected) => {
    expect(calendarDateInShanghai(new Date(iso))).toBe(expected);
  });

  it('throws RangeError for an invalid Date', () => {
    expect(() => calendarDateInShanghai(new Date('nonsense'))).toThrow(RangeError);
  });

  it('matches the UTC date of the instant shifted by +8 hours', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1992-01-01T00:00:00Z'),
          max: new Date('2200-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (instant) => {
          const shifted = new Date(instant.getTime() + 8 * 3_600_000);
          expect(calendarDateInShanghai(instant)).toBe(shifted.toISOString().slice(0, 10));
        },
      ),
    );
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-28', 2, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2024-03-01', -366, '2023-03-01'],
    ['1970-01-01', 0, '1970-01-01'],
  ])('addDays(%s, %d) = %s', (from, days, expected) => {
    expect(addDays(d(from), days)).toBe(expected);
  });

  it('addDays rejects non-integers and results outside 0001–9999', () => {
    expect(() => addDays(d('2024-01-01'), 0.5)).toThrow(RangeError);
    expect(() => addDays(d('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => addDays(d('0001-01-01'), -1)).toThrow(RangeError);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -4, '2020-02-29'],
    ['2024-02-29', 100, '2124-02-29'],
    ['2000-02-29', 100, '2100-02-28'],
    ['2023-03-31', 1, '2024-03-31'],
    ['2024-01-15', -30, '1994-01-15'],
  ])('addYears(%s, %d) = %s', (from, years, expected) => {
    expect(addYears(d(from), years)).toBe(expected);
  });

  it('addYears rejects results outside 0001–9999', () => {
    expect(() => addYears(d('9999-01-01'), 1)).toThrow(RangeError);
    expect(() => addYears(d('2024-01-01'), 1.5)).toThrow(RangeError);
  });

  it('daysBetween counts calendar days', () => {
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(daysBetween(d('2023-01-01'), d('2024-01-01'))).toBe(365);
    expect(daysBetween(d('2024-03-01'), d('2024-02-28'))).toBe(-2);
    expect(daysBetween(d('0001-01-01'), d('9999-12-31'))).toBe(3_652_058);
  });

  it('compareDates orders chronologically', () => {
    const dates = ['2024-03-01', '1999-12-31', '2024-02-29', '2024-02-29'].map(d);
    expect([...dates].sort(compareDates)).toEqual([
      '1999-12-31',
      '2024-02-29',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(compareDates(d('2024-01-01'), d('2024-01-01'))).toBe(0);
  });

  it.each([
    [2000, true],
    [1900, false],
    [2024, true],
    [2023, false],
    [2100, false],
    [2400, true],
  ])('isLeapYear(%d) = %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });

  it.each([
    ['1990-06-15', '2024-06-14', 33],
    ['1990-06-15', '2024-06-15', 34],
    ['1990-06-15', '1990-06-15', 0],
    ['2000-02-29', '2001-02-28', 1],
    ['2000-02-29', '2001-02-27', 0],
    ['2000-02-29', '2004-02-28', 3],
    ['2000-02-29', '2004-02-29', 4],
    ['2010-07-01', '2024-06-30', 13],
    ['2024-06-15', '1990-06-15', -34],
    ['2024-06-15', '2024-06-14', 0],
  ])('yearsBetween(%s, %s) = %d', (from, to, expected) => {
    expect(yearsBetween(d(from), d(to))).toBe(expected);
  });

  it.each([
    ['1970-01-01', 4],
    ['2024-01-01', 1],
    ['2000-02-29', 2],
    ['2024-10-01', 2],
    ['2024-06-16', 7],
  ])('dayOfWeek(%s) = %d', (date, expected) => {
    expect(dayOfWeek(d(date))).toBe(expected);
  });

  it('addDays then daysBetween returns the same count', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -400_000, max: 400_000 }), (date, days) => {
        const target = daysBetween(EPOCH, date) + days;
        fc.pre(target >= FIRST_DAY && target <= LAST_DAY);
        const later = addDays(date, days);
        expect(daysBetween(date, later)).toBe(days);
        expect(Math.sign(compareDates(later, date))).toBe(Math.sign(days));
      }),
    );
  });

  it('agrees with Date on day numbers and weekdays', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const { year, month, day } = calendarDateParts(date);
        const ms = referenceUtcMs(year, month, day);
        expect(daysBetween(EPOCH, date)).toBe(ms / 86_400_000);
        expect(dayOfWeek(date) % 7).toBe(new Date(ms).getUTCDay());
      }),
    );
  });

  it('yearsBetween(d, addYears(d, n)) = n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 366 }),
        fc.integer({ min: 0, max: 120 }),
        (year, dayOfYear, years) => {
          const date = addDays(unwrap(calendarDateFromParts(year, 1, 1)), dayOfYear - 1);
          expect(yearsBetween(date, addYears(date, years))).toBe(years);
          expect(yearsBetween(date, addDays(addYears(date, years), -1))).toBe(
            Math.max(0, years - 1),
          );
        },
      ),
    );
  });
});
