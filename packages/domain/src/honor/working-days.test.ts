import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  dayOfWeek,
  parseCalendarDate,
} from '../shared/calendar-date.js';
import type { Result } from '../shared/result.js';
import {
  addWorkingDays,
  CN_MAINLAND_HOLIDAY_CALENDAR,
  calendarCovers,
  checkCalendarCovers,
  DEFAULT_HOLIDAY_CALENDAR,
  HOLIDAY_CALENDAR_RULES,
  type HolidayCalendar,
  holidayCalendarIssues,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

const d = (text: string): CalendarDate => unwrap(parseCalendarDate(text));
const cn = CN_MAINLAND_HOLIDAY_CALENDAR;

/** Any day of 2024–2026. */
const coveredDateArb = fc.integer({ min: 0, max: 1095 }).map((n) => addDays(d('2024-01-01'), n));

describe('the mainland China calendar 2024–2026', () => {
  it('is the default and is well formed', () => {
    expect(DEFAULT_HOLIDAY_CALENDAR).toBe(cn);
    expect(holidayCalendarIssues(cn)).toEqual([]);
    expect([cn.firstYear, cn.lastYear]).toEqual([2024, 2026]);
  });

  it.each([
    // 2024 (国办发明电〔2023〕7号)
    ['2024-01-01', false, '元旦 (Monday)'],
    ['2024-02-04', true, '调休上班 (Sunday) before 春节'],
    ['2024-02-09', true, '除夕 is a working day in 2024 (rest only encouraged)'],
    ['2024-02-17', false, 'last day of 春节 (Saturday)'],
    ['2024-02-18', true, '调休上班 (Sunday) after 春节'],
    ['2024-04-05', false, '清明 (Friday)'],
    ['2024-04-07', true, '调休上班 (Sunday) after 清明'],
    ['2024-04-28', true, '调休上班 (Sunday) before 劳动节'],
    ['2024-05-03', false, '劳动节 (Friday)'],
    ['2024-05-11', true, '调休上班 (Saturday) after 劳动节'],
    ['2024-06-10', false, '端午 (Monday)'],
    ['2024-09-14', true, '调休上班 (Saturday) before 中秋'],
    ['2024-09-16', false, '中秋 (Monday)'],
    ['2024-09-29', true, '调休上班 (Sunday) before 国庆'],
    ['2024-10-07', false, '国庆 (Monday)'],
    ['2024-10-08', true, 'back after 国庆'],
    ['2024-10-12', true, '调休上班 (Saturday) after 国庆'],
    // 2025 (国办发明电〔2024〕12号)
    ['2025-01-01', false, '元旦 (Wednesday)'],
    ['2025-01-02', true, 'the day after 元旦'],
    ['2025-01-26', true, '调休上班 (Sunday) before 春节'],
    ['2025-01-28', false, '除夕'],
    ['2025-02-04', false, 'last day of 春节'],
    ['2025-02-05', true, 'first day back after 春节'],
    ['2025-02-08', true, '调休上班 (Saturday) after 春节'],
    ['2025-04-04', false, '清明 (Friday)'],
    ['2025-04-27', true, '调休上班 (Sunday) before 劳动节'],
    ['2025-05-05', false, '劳动节 (Monday)'],
    ['2025-06-02', false, '端午 (Monday)'],
    ['2025-09-28', true, '调休上班 (Sunday) before 国庆'],
    ['2025-10-08', false, '国庆、中秋 (Wednesday)'],
    ['2025-10-09', true, 'back after 国庆'],
    ['2025-10-11', true, '调休上班 (Saturday) after 国庆'],
    ['2025-10-12', false, 'an ordinary Sunday'],
    // 2026 (国务院办公厅 2025-11-04)
    ['2026-01-02', false, '元旦 (Friday)'],
    ['2026-01-04', true, '调休上班 (Sunday) after 元旦'],
    ['2026-02-14', true, '调休上班 (Saturday) before 春节'],
    ['2026-02-23', false, '春节 (Monday, 正月初七)'],
    ['2026-02-24', true, 'back after 春节'],
    ['2026-02-28', true, '调休上班 (Saturday) after 春节'],
    ['2026-04-06', false, '清明 (Monday)'],
    ['2026-05-05', false, '劳动节 (Tuesday)'],
    ['2026-05-09', true, '调休上班 (Saturday) after 劳动节'],
    ['2026-06-19', false, '端午 (Friday)'],
    ['2026-09-20', true, '调休上班 (Sunday) before 国庆'],
    ['2026-09-25', false, '中秋 (Friday)'],
    ['2026-10-07', false, '国庆 (Wednesday)'],
    ['2026-10-08', true, 'back after 国庆'],
    ['2026-10-10', true, '调休上班 (Saturday) after 国庆'],
    ['2026-03-04', true, 'an ordinary Wednesday'],
    ['2026-03-07', false, 'an ordinary Saturday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(d(date), cn)).toBe(expected);
  });

  it.each([
    [2025, 248],
    [2026, 248],
  ])('%i has %i working days (365 − 104 weekend days − 13 statutory holidays)', (year, days) => {
    expect(workingDaysBetween(d(`${year - 1}-12-31`), d(`${year}-12-31`), cn)).toBe(days);
  });

  it('has every make-up workday on a weekend and no day both off and worked', () => {
    for (const date of cn.makeUpWorkdays) {
      expect(dayOfWeek(date)).toBeGreaterThanOrEqual(6);
      expect(cn.holidays).not.toContain(date);
    }
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-09-26', 1, '2025-09-28'],
    ['2025-09-26', 3, '2025-09-30'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-03-06', 1, '2026-03-09'],
    ['2026-03-06', 0, '2026-03-06'],
    ['2026-03-07', 0, '2026-03-07'],
  ])('%s + %i working days = %s', (start, n, expected) => {
    expect(addWorkingDays(d(start), n, cn)).toBe(expected);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addWorkingDays(d('2026-03-06'), -1, cn)).toThrow(RangeError);
    expect(() => addWorkingDays(d('2026-03-06'), 1.5, cn)).toThrow(RangeError);
  });

  it('lands on a working day and is undone by workingDaysBetween', () => {
    fc.assert(
      fc.property(coveredDateArb, fc.integer({ min: 0, max: 40 }), (start, n) => {
        const end = addWorkingDays(start, n, cn);
        expect(workingDaysBetween(start, end, cn)).toBe(n);
        if (n > 0) {
          expect(isWorkingDay(end, cn)).toBe(true);
          expect(end > start).toBe(true);
        }
      }),
    );
  });

  it('is monotone in n', () => {
    fc.assert(
      fc.property(coveredDateArb, fc.integer({ min: 0, max: 30 }), (start, n) => {
        expect(addWorkingDays(start, n + 1, cn) > addWorkingDays(start, n, cn)).toBe(true);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2025-09-26', '2025-10-09', 4],
    ['2025-10-09', '2025-09-26', -4],
    ['2026-03-06', '2026-03-06', 0],
    ['2026-03-06', '2026-03-08', 0],
    ['2026-03-06', '2026-03-09', 1],
  ])('from %s to %s is %i', (from, to, expected) => {
    expect(workingDaysBetween(d(from), d(to), cn)).toBe(expected);
  });

  it('is antisymmetric and additive', () => {
    fc.assert(
      fc.property(coveredDateArb, coveredDateArb, coveredDateArb, (a, b, c) => {
        expect(workingDaysBetween(a, b, cn)).toBe(-workingDaysBetween(b, a, cn) || 0);
        expect(workingDaysBetween(a, c, cn)).toBe(
          workingDaysBetween(a, b, cn) + workingDaysBetween(b, c, cn),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('calendar coverage', () => {
  it.each([
    ['2023-12-31', false],
    ['2024-01-01', true],
    ['2025-01-01', true],
    ['2026-12-31', true],
    ['2027-01-01', false],
  ])('covers %s: %s', (date, expected) => {
    expect(calendarCovers(cn, d(date))).toBe(expected);
  });

  it('refuses a period running into 2027, for which no official notice is configured', () => {
    const result = checkCalendarCovers(cn, d('2026-12-28'), d('2027-01-04'));
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.rule).toBe(HOLIDAY_CALENDAR_RULES.NOT_CONFIGURED);
    expect(result.ok ? '' : result.error.message).toContain('2024–2026');
    expect(checkCalendarCovers(cn, d('2026-12-31'), d('2024-01-01')).ok).toBe(true);
  });

  it('judges dates outside the configured years by the weekday alone', () => {
    expect(isWorkingDay(d('2027-01-01'), cn)).toBe(true);
    expect(isWorkingDay(d('2027-01-02'), cn)).toBe(false);
  });
});

describe('holidayCalendarIssues', () => {
  const base: HolidayCalendar = {
    holidays: [d('2030-01-01')],
    makeUpWorkdays: [d('2030-01-05')],
    firstYear: 2030,
    lastYear: 2030,
  };

  it('accepts a well-formed calendar', () => {
    expect(holidayCalendarIssues(base)).toEqual([]);
  });

  it.each<[string, HolidayCalendar, string[]]>([
    ['years out of order', { ...base, firstYear: 2031 }, [HOLIDAY_CALENDAR_RULES.YEARS]],
    [
      'a date outside the years',
      { ...base, holidays: [d('2031-01-01')] },
      [HOLIDAY_CALENDAR_RULES.OUTSIDE_YEARS],
    ],
    [
      'a day both off and worked',
      { ...base, holidays: [d('2030-01-05')] },
      [HOLIDAY_CALENDAR_RULES.BOTH],
    ],
    [
      'a make-up workday on a weekday',
      { ...base, makeUpWorkdays: [d('2030-01-07')] },
      [HOLIDAY_CALENDAR_RULES.MAKE_UP_ON_WEEKDAY],
    ],
  ])('reports %s', (_name, calendar, rules) => {
    expect(holidayCalendarIssues(calendar).map((issue) => issue.rule)).toEqual(rules);
  });

  it('lets a make-up workday override the weekend and a holiday override a weekday', () => {
    expect(isWorkingDay(d('2030-01-05'), base)).toBe(true);
    expect(isWorkingDay(d('2030-01-01'), base)).toBe(false);
    expect(isWorkingDay(d('2030-01-02'), base)).toBe(true);
  });
});
