import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoWeekday } from '../shared/calendar-date.js';
import {
  formatOpeningHours,
  isOpen24Hours,
  isOpenAt,
  OPENING_HOURS_RULES,
  type OpeningHours,
  parseOpeningHours,
  WEEK_MINUTES,
  weeklyOpenIntervals,
  weekMinuteInChina,
} from './opening-hours.js';

function hours(text: string): OpeningHours {
  const parsed = parseOpeningHours(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** An instant given as China Standard Time. */
const cst = (iso: string) => new Date(`${iso}+08:00`);

describe('parseOpeningHours', () => {
  it.each<[string, string]>([
    ['24小时', '24小时'],
    ['全天', '24小时'],
    ['24h', '24小时'],
    ['每天 00:00-24:00', '24小时'],
    ['每天 08:00-20:00', '每天 08:00-20:00'],
    ['每日8:00-20:00', '每天 08:00-20:00'],
    ['周一至周五 09:00-17:00', '周一至周五 09:00-17:00'],
    ['周一至五 9:00~17:00', '周一至周五 09:00-17:00'],
    [
      '星期一-星期五 09:00-12:00，14:00-17:30；周六 10:00-16:00',
      '周一至周五 09:00-12:00，14:00-17:30；周六 10:00-16:00',
    ],
    ['周一、周三、周五 09:00-11:00', '周一、周三、周五 09:00-11:00'],
    ['Mo-Fr 08:30-18:00; Sa,Su 10:00-16:00', '周一至周五 08:30-18:00；周六、周日 10:00-16:00'],
    ['周六至周一 10:00-16:00', '周一、周六、周日 10:00-16:00'],
    ['每天 22:00-06:00', '每天 22:00-06:00'],
    ['１０：００－１８：００', '每天 10:00-18:00'],
  ])('%j reads as %j', (input, canonical) => {
    expect(formatOpeningHours(hours(input))).toBe(canonical);
  });

  it.each<[string, string]>([
    ['', OPENING_HOURS_RULES.EMPTY],
    ['   ', OPENING_HOURS_RULES.EMPTY],
    ['看情况', OPENING_HOURS_RULES.FORMAT],
    ['周八 09:00-17:00', OPENING_HOURS_RULES.DAY],
    ['每天 25:00-26:00', OPENING_HOURS_RULES.TIME],
    ['每天 08:61-09:00', OPENING_HOURS_RULES.TIME],
    ['每天 09:00-09:00', OPENING_HOURS_RULES.RANGE_EMPTY],
    ['每天 09:00-12:00 下午另行通知', OPENING_HOURS_RULES.FORMAT],
    [
      '周一 08:00-09:00,10:00-11:00,12:00-13:00,14:00-15:00,16:00-17:00',
      OPENING_HOURS_RULES.TOO_MANY,
    ],
    ['x'.repeat(201), OPENING_HOURS_RULES.TOO_LONG],
  ])('%j is refused with %s', (input, rule) => {
    const parsed = parseOpeningHours(input, 'hours');
    expect(parsed.ok ? null : parsed.error).toMatchObject({ field: 'hours', rule });
  });
});

describe('isOpenAt (China Standard Time)', () => {
  const office = hours('周一至周五 09:00-12:00，14:00-17:30；周六 10:00-16:00');
  it.each<[string, boolean]>([
    ['2026-12-07T09:00:00', true], // Monday, opening minute
    ['2026-12-07T08:59:59', false],
    ['2026-12-07T12:00:00', false], // lunch
    ['2026-12-07T17:29:00', true],
    ['2026-12-07T17:30:00', false], // closing minute is closed
    ['2026-12-12T11:00:00', true], // Saturday
    ['2026-12-13T11:00:00', false], // Sunday
  ])('office hours at %s: %s', (iso, open) => {
    expect(isOpenAt(office, cst(iso))).toBe(open);
  });

  it('is computed in UTC+8 whatever the instant’s zone', () => {
    // 2026-12-07T01:00Z is Monday 09:00 in Qingdao.
    expect(isOpenAt(office, new Date('2026-12-07T01:00:00Z'))).toBe(true);
    expect(isOpenAt(office, new Date('2026-12-07T00:59:00Z'))).toBe(false);
  });

  it('runs an overnight range into the next day, Sunday into Monday', () => {
    const night = hours('周日 22:00-06:00');
    expect(isOpenAt(night, cst('2026-12-13T23:00:00'))).toBe(true); // Sunday night
    expect(isOpenAt(night, cst('2026-12-14T05:59:00'))).toBe(true); // Monday morning
    expect(isOpenAt(night, cst('2026-12-14T06:00:00'))).toBe(false);
    expect(weeklyOpenIntervals(night)).toEqual([
      [0, 360],
      [6 * 1440 + 1320, WEEK_MINUTES],
    ]);
  });

  it('is always open for 24小时', () => {
    expect(isOpen24Hours(hours('24小时'))).toBe(true);
    expect(isOpen24Hours(hours('每天 08:00-20:00'))).toBe(false);
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (instant) => {
        expect(isOpenAt(hours('24小时'), instant)).toBe(true);
      }),
    );
  });

  it('counts week minutes from Monday 00:00 CST', () => {
    expect(weekMinuteInChina(cst('2026-12-07T00:00:00'))).toBe(0);
    expect(weekMinuteInChina(cst('2026-12-13T23:59:00'))).toBe(WEEK_MINUTES - 1);
  });
});

const weekday = fc.constantFrom<IsoWeekday>(1, 2, 3, 4, 5, 6, 7);
const rule = fc.record({
  days: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }).map((days) => days.sort()),
  from: fc.integer({ min: 0, max: 1439 }),
  length: fc.integer({ min: 1, max: 1439 }),
});
const anyHours = fc.array(rule, { minLength: 1, maxLength: 5 }).map(
  (rules): OpeningHours => ({
    alwaysOpen: false,
    rules: rules.map((r) => ({ days: r.days, from: r.from, until: r.from + r.length })),
  }),
);

describe('properties', () => {
  it('weekly intervals are sorted, disjoint and within the week', () => {
    fc.assert(
      fc.property(anyHours, (h) => {
        const intervals = weeklyOpenIntervals(h);
        let previousEnd = -1;
        for (const [start, end] of intervals) {
          expect(start).toBeGreaterThan(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(WEEK_MINUTES);
          previousEnd = end;
        }
      }),
    );
  });

  it('a minute is open exactly when some rule covers it', () => {
    fc.assert(
      fc.property(anyHours, fc.date({ noInvalidDate: true }), (h, instant) => {
        const minute = weekMinuteInChina(instant);
        const day = Math.floor(minute / 1440) + 1;
        const within = minute % 1440;
        const previousDay = day === 1 ? 7 : day - 1;
        const covered = h.rules.some(
          (r) =>
            (r.days.includes(day as IsoWeekday) && within >= r.from && within < r.until) ||
            (r.days.includes(previousDay as IsoWeekday) && within + 1440 < r.until),
        );
        expect(isOpenAt(h, instant)).toBe(covered);
      }),
    );
  });

  it('the canonical text parses back to the same open minutes', () => {
    fc.assert(
      fc.property(anyHours, (h) => {
        const again = parseOpeningHours(formatOpeningHours(h));
        expect(again.ok).toBe(true);
        if (again.ok) expect(weeklyOpenIntervals(again.value)).toEqual(weeklyOpenIntervals(h));
      }),
    );
  });
});
