import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEW_EMPLOYMENT_GROUPS, type NewEmploymentGroup } from '../member/employment-groups.js';
import { addDays, type CalendarDate } from '../shared/calendar-date.js';
import {
  firstDayOf,
  isJoining,
  JOINING_RULES,
  joiningsByMonth,
  monthlyJoinings,
  monthlySeries,
  monthOf,
  monthsOfPeriod,
} from './joinings.js';

const d = (text: string) => text as CalendarDate;

describe('isJoining', () => {
  it.each([
    ['JOINED', null, 'ACTIVE', true],
    ['STATUS_CHANGED', 'LAPSED', 'ACTIVE', true],
    ['STATUS_CHANGED', 'ACTIVE', 'RETIRED_KEPT', false],
    ['STATUS_CHANGED', 'ACTIVE', 'LAPSED', false],
    ['STATUS_CHANGED', 'RETIRED_KEPT', 'ACTIVE', false],
    ['TRANSFER_IN', 'ACTIVE', 'ACTIVE', false],
    ['TRANSFER_OUT', 'ACTIVE', 'ACTIVE', false],
  ] as const)('%s %s → %s counts: %s', (type, fromStatus, toStatus, expected) => {
    expect(isJoining({ type, fromStatus, toStatus })).toBe(expected);
  });
});

describe('months', () => {
  it('takes the month of a date and its first day', () => {
    expect(monthOf(d('2026-03-31'))).toBe('2026-03');
    expect(firstDayOf('2026-03')).toBe('2026-03-01');
  });

  it('counts joinings per month in ascending order', () => {
    expect(
      joiningsByMonth([d('2026-02-03'), d('2025-12-31'), d('2026-02-28'), d('2026-01-01')]),
    ).toEqual([
      { month: '2025-12', count: 1 },
      { month: '2026-01', count: 1 },
      { month: '2026-02', count: 2 },
    ]);
    expect(joiningsByMonth([])).toEqual([]);
  });

  it('lists the whole months of a period, across a year end', () => {
    expect(monthsOfPeriod(d('2025-11-15'), d('2026-02-01'))).toEqual({
      ok: true,
      value: ['2025-11', '2025-12', '2026-01', '2026-02'],
    });
    expect(monthsOfPeriod(d('2026-01-01'), d('2026-01-31'))).toEqual({
      ok: true,
      value: ['2026-01'],
    });
  });

  it('refuses a period that ends before it starts, or is too long, naming the field', () => {
    const backwards = monthsOfPeriod(d('2026-02-01'), d('2026-01-31'));
    expect(backwards.ok ? null : backwards.error.rule).toBe('PERIOD_END_BEFORE_START');
    const long = monthsOfPeriod(d('2010-01-01'), d('2026-01-01'), { from: 'f', to: 't' });
    expect(long.ok ? null : long.error).toMatchObject({ field: 't', rule: 'PERIOD_TOO_LONG' });
    expect(monthsOfPeriod(d('2016-01-01'), d('2025-12-31')).ok).toBe(true);
  });

  it('fills months without joinings with 0', () => {
    expect(monthlySeries(['2026-01', '2026-02'], new Map([['2026-02', 4]]))).toEqual([
      { month: '2026-01', count: 0 },
      { month: '2026-02', count: 4 },
    ]);
  });
});

const date = fc.integer({ min: 0, max: 3_000 }).map((offset) => addDays(d('2020-01-01'), offset));

describe('properties', () => {
  it('monthly counts add up to the number of dates, each in its own month', () => {
    fc.assert(
      fc.property(fc.array(date, { maxLength: 60 }), (dates) => {
        const months = joiningsByMonth(dates);
        expect(months.reduce((sum, row) => sum + row.count, 0)).toBe(dates.length);
        for (const row of months) {
          expect(dates.filter((day) => monthOf(day) === row.month)).toHaveLength(row.count);
        }
      }),
    );
  });

  it('a period holds every date between its ends, months strictly ascending', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 3_000 }), (from, span) => {
        const to = addDays(from, span);
        const result = monthsOfPeriod(from, to);
        if (!result.ok) {
          expect(result.error.rule).toBe('PERIOD_TOO_LONG');
          return;
        }
        const months = result.value;
        expect(months.length).toBeLessThanOrEqual(JOINING_RULES.maxMonths);
        expect(months[0]).toBe(monthOf(from));
        expect(months.at(-1)).toBe(monthOf(to));
        for (let i = 1; i < months.length; i += 1) {
          expect((months[i - 1] ?? '') < (months[i] ?? '')).toBe(true);
        }
      }),
    );
  });
});

describe('monthlyJoinings: the breakdown the counters keep', () => {
  const joining = (date: string, isMigrant: boolean, employmentGroup: NewEmploymentGroup | null) =>
    ({ date: date as CalendarDate, isMigrant, employmentGroup }) as const;

  it('counts each month all joinings, the migrant workers and each group', () => {
    const months = monthlyJoinings([
      joining('2025-03-31', true, 'COURIER'),
      joining('2025-01-02', false, null),
      joining('2025-03-01', false, 'COURIER'),
      joining('2025-03-15', true, null),
    ]);
    expect(months.map((m) => [m.month, m.joined, m.migrant, m.byGroup.COURIER])).toEqual([
      ['2025-01', 1, 0, 0],
      ['2025-03', 3, 2, 2],
    ]);
    expect(months[1]?.byGroup.TRUCK_DRIVER).toBe(0);
  });

  it('never counts a part above the whole, and adds up to the joinings', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 800 }),
            isMigrant: fc.boolean(),
            employmentGroup: fc.constantFrom(null, ...NEW_EMPLOYMENT_GROUPS),
          }),
        ),
        (rows) => {
          const months = monthlyJoinings(
            rows.map((row) => ({
              date: addDays('2024-01-01' as CalendarDate, row.day),
              isMigrant: row.isMigrant,
              employmentGroup: row.employmentGroup,
            })),
          );
          expect(months.reduce((sum, m) => sum + m.joined, 0)).toBe(rows.length);
          for (const month of months) {
            const grouped = NEW_EMPLOYMENT_GROUPS.reduce((s, g) => s + month.byGroup[g], 0);
            expect(month.migrant).toBeLessThanOrEqual(month.joined);
            expect(grouped).toBeLessThanOrEqual(month.joined);
          }
        },
      ),
    );
  });
});
