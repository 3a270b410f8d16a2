import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, daysBetween } from '../shared/calendar-date.js';
import { compareFigure, formatFigure } from './figure.js';
import {
  checkReportPeriod,
  isWholeMonths,
  periodIncludes,
  previousPeriod,
  REPORT_PERIOD_RULES,
} from './period.js';

const d = (text: string) => text as CalendarDate;
const period = (from: string, to: string) => ({ from: d(from), to: d(to) });

describe('the comparison period (上期)', () => {
  it.each([
    // A year against the year before (the seeds' "2024年…").
    ['2024-01-01', '2024-12-31', '2023-01-01', '2023-12-31'],
    // A quarter against the quarter before, across a year end.
    ['2025-01-01', '2025-03-31', '2024-10-01', '2024-12-31'],
    // A month, in a leap February.
    ['2024-03-01', '2024-03-31', '2024-02-01', '2024-02-29'],
    ['2024-02-01', '2024-02-29', '2024-01-01', '2024-01-31'],
    // Five years (五年来).
    ['2020-01-01', '2024-12-31', '2015-01-01', '2019-12-31'],
    // Not whole months: as many days just before.
    ['2024-03-10', '2024-03-19', '2024-02-29', '2024-03-09'],
    ['2024-06-15', '2024-06-15', '2024-06-14', '2024-06-14'],
  ])('%s – %s is compared with %s – %s', (from, to, previousFrom, previousTo) => {
    expect(previousPeriod(period(from, to))).toEqual(period(previousFrom, previousTo));
  });

  it('ends the day before the period starts, and never overlaps it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        (start, length) => {
          const from = addDays(d('1990-01-01'), start);
          const p = period(from, addDays(from, length));
          const before = previousPeriod(p);
          expect(before.to).toBe(addDays(p.from, -1));
          expect(before.from <= before.to).toBe(true);
          if (!isWholeMonths(p)) {
            expect(daysBetween(before.from, before.to)).toBe(daysBetween(p.from, p.to));
          }
        },
      ),
    );
  });

  it('checks the period: order, at most ten years, a sane range', () => {
    expect(checkReportPeriod(d('2024-01-01'), d('2024-12-31')).ok).toBe(true);
    expect(checkReportPeriod(d('2015-01-01'), d('2024-12-31')).ok).toBe(true);
    const rule = (from: string, to: string) => {
      const result = checkReportPeriod(d(from), d(to));
      return result.ok ? null : result.error.rule;
    };
    expect(rule('2024-12-31', '2024-01-01')).toBe(REPORT_PERIOD_RULES.ORDER);
    expect(rule('2014-12-31', '2024-12-31')).toBe(REPORT_PERIOD_RULES.TOO_LONG);
    expect(rule('1899-12-31', '1900-01-31')).toBe(REPORT_PERIOD_RULES.OUT_OF_RANGE);
    expect(rule('2999-12-01', '3000-01-01')).toBe(REPORT_PERIOD_RULES.OUT_OF_RANGE);
  });

  it('includes both ends', () => {
    const p = period('2024-01-01', '2024-12-31');
    expect(periodIncludes(p, d('2024-01-01'))).toBe(true);
    expect(periodIncludes(p, d('2024-12-31'))).toBe(true);
    expect(periodIncludes(p, d('2025-01-01'))).toBe(false);
  });
});

describe('comparing a figure with the previous period', () => {
  it.each([
    [156_000, 120_000, 36_000, '30.0'],
    [49, 52, -3, '-5.8'],
    [3, 0, 3, null],
    [0, 0, 0, null],
    [2, 3, -1, '-33.3'],
    [1, 3, -2, '-66.7'],
    [1_000_001, 1_000_000, 1, '0.0'],
  ])('%i against %i: %i (%s%)', (value, previous, change, percent) => {
    expect(compareFigure(value, previous)).toEqual({
      value,
      previous,
      change,
      changePercent: percent,
    });
  });

  it('has no change without a previous value', () => {
    expect(compareFigure(7, null)).toEqual({
      value: 7,
      previous: null,
      change: null,
      changePercent: null,
    });
  });

  it('agrees with the change, in sign and size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (value, previous) => {
          const { change, changePercent } = compareFigure(value, previous);
          expect(change).toBe(value - previous);
          const percent = Number(changePercent);
          expect(Math.abs(percent - ((value - previous) * 100) / previous)).toBeLessThanOrEqual(
            0.05 + 1e-9,
          );
          if (percent !== 0) expect(Math.sign(percent)).toBe(Math.sign(value - previous));
        },
      ),
    );
  });

  it('refuses a value that is not a safe integer', () => {
    expect(() => compareFigure(1.5, 1)).toThrow(RangeError);
  });
});

describe('how a report writes a figure', () => {
  it.each([
    // The seeds' own wording.
    [156_000, 'PERSON', '15.6万人'],
    [33_404, 'PERSON', '3.34万人'],
    [106_000, 'PERSON_TIME', '10.6万人次'],
    [13_600_000_000, 'FEN', '1.36亿元'],
    [4_700_000_000, 'FEN', '4700万元'],
    [355_200_000_00, 'FEN', '3.55亿元'],
    [2300, 'ORGANIZATION', '2,300家'],
    [155, 'TEAM', '155个'],
    [100_000, 'ITEM', '10万项'],
    [417, 'TEAM', '417个'],
    [81_250, 'FEN', '812.5元'],
    [109_000, 'FEN', '1,090元'],
    [99_990_000, 'FEN', '99.99万元'],
    [99_999_999, 'FEN', '100万元'],
    [0, 'HOUSEHOLD', '0户'],
    [-2_500, 'PERSON', '-2,500人'],
  ] as const)('%i %s → %s', (value, unit, text) => {
    expect(formatFigure(value, unit)).toBe(text);
  });
});
