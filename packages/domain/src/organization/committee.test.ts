import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  type CalendarDate,
  daysBetween,
  parseCalendarDate,
} from '../shared/calendar-date.js';
import type { Result } from '../shared/result.js';
import {
  COMMITTEE_TERM_YEARS,
  type CommitteeTermYears,
  committeeTermStatus,
  DEFAULT_COMMITTEE_CONFIG,
  DEFAULT_COMMITTEE_TERM_CONFIG,
  DEFAULT_WOMEN_COMMITTEE_CONFIG,
  unionFormFor,
  womenCommitteeRequired,
} from './committee.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

const d = (text: string): CalendarDate => unwrap(parseCalendarDate(text));

describe('unionFormFor', () => {
  it.each([
    [0, 'COMMITTEE_OR_ORGANISER_OR_JOINT'],
    [1, 'COMMITTEE_OR_ORGANISER_OR_JOINT'],
    [24, 'COMMITTEE_OR_ORGANISER_OR_JOINT'],
    [25, 'COMMITTEE_REQUIRED'],
    [26, 'COMMITTEE_REQUIRED'],
    [1200, 'COMMITTEE_REQUIRED'],
  ])('%i members → %s', (memberCount, form) => {
    expect(unionFormFor({ memberCount }).form).toBe(form);
  });

  it('explains the choice in Chinese', () => {
    expect(unionFormFor({ memberCount: 25 })).toEqual({
      form: 'COMMITTEE_REQUIRED',
      explanation: '会员 25 人，达到 25 人，应当建立工会委员会',
    });
    expect(unionFormFor({ memberCount: 12 })).toEqual({
      form: 'COMMITTEE_OR_ORGANISER_OR_JOINT',
      explanation:
        '会员 12 人，不足 25 人，可以单独建立工会委员会，也可以选举组织员一人，或者与其他单位联合建立基层工会',
    });
  });

  it('uses the configured threshold', () => {
    expect(unionFormFor({ memberCount: 20 }, { committeeThreshold: 20 }).form).toBe(
      'COMMITTEE_REQUIRED',
    );
    expect(unionFormFor({ memberCount: 24 }, { committeeThreshold: 30 }).form).toBe(
      'COMMITTEE_OR_ORGANISER_OR_JOINT',
    );
  });

  it('throws for an invalid count or configuration', () => {
    expect(() => unionFormFor({ memberCount: -1 })).toThrow(RangeError);
    expect(() => unionFormFor({ memberCount: 2.5 })).toThrow(RangeError);
    expect(() => unionFormFor({ memberCount: 3 }, { committeeThreshold: 0 })).toThrow(RangeError);
  });

  it('requires a committee exactly from the threshold on', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100_000 }),
        fc.integer({ min: 1, max: 1000 }),
        (count, threshold) => {
          const { form } = unionFormFor({ memberCount: count }, { committeeThreshold: threshold });
          expect(form === 'COMMITTEE_REQUIRED').toBe(count >= threshold);
        },
      ),
    );
  });

  it('defaults to 25', () => {
    expect(DEFAULT_COMMITTEE_CONFIG).toEqual({ committeeThreshold: 25 });
  });
});

describe('committeeTermStatus', () => {
  const elected = d('2021-03-15');

  it.each<[CommitteeTermYears, string, string, string, number, number]>([
    // term, today, state, expiresOn, daysLeft, daysOverdue
    [5, '2021-03-15', 'IN_TERM', '2026-03-15', 1826, 0],
    [5, '2025-12-14', 'IN_TERM', '2026-03-15', 91, 0],
    [5, '2025-12-15', 'DUE_SOON', '2026-03-15', 90, 0],
    [5, '2026-03-14', 'DUE_SOON', '2026-03-15', 1, 0],
    [5, '2026-03-15', 'EXPIRED', '2026-03-15', 0, 0],
    [5, '2026-04-14', 'EXPIRED', '2026-03-15', 0, 30],
    [3, '2024-01-01', 'DUE_SOON', '2024-03-15', 74, 0],
    [3, '2024-06-30', 'EXPIRED', '2024-03-15', 0, 107],
  ])('%i-year term on %s is %s', (termYears, today, state, expiresOn, daysLeft, daysOverdue) => {
    const status = committeeTermStatus({ electedOn: elected, termYears, today: d(today) });
    expect(status).toMatchObject({ state, expiresOn, daysLeft, daysOverdue });
  });

  it('reminds staff in Chinese', () => {
    expect(
      committeeTermStatus({ electedOn: elected, termYears: 5, today: d('2026-02-13') }).message,
    ).toBe('本届委员会任期将于 2026-03-15 届满，还有 30 天，请及时筹备换届');
    expect(
      committeeTermStatus({ electedOn: elected, termYears: 3, today: d('2024-06-30') }).message,
    ).toBe('本届委员会任期已于 2024-03-15 届满，已超期 107 天未换届，请尽快换届');
    expect(
      committeeTermStatus({ electedOn: elected, termYears: 3, today: d('2024-03-15') }).message,
    ).toBe('本届委员会任期于今天（2024-03-15）届满，请尽快换届');
  });

  it('ends a term begun on 29 February on 28 February of a common year', () => {
    expect(
      committeeTermStatus({ electedOn: d('2024-02-29'), termYears: 3, today: d('2024-03-01') })
        .expiresOn,
    ).toBe('2027-02-28');
  });

  it('uses the configured warning period', () => {
    const input = { electedOn: elected, termYears: 5 as const, today: d('2025-09-15') };
    expect(committeeTermStatus(input).state).toBe('IN_TERM');
    expect(committeeTermStatus(input, { warnDaysBefore: 181 }).state).toBe('DUE_SOON');
    expect(
      committeeTermStatus({ ...input, today: d('2026-03-14') }, { warnDaysBefore: 0 }).state,
    ).toBe('IN_TERM');
    expect(DEFAULT_COMMITTEE_TERM_CONFIG).toEqual({ warnDaysBefore: 90 });
  });

  it('throws for a term other than 3 or 5 years, or a negative warning period', () => {
    expect(() =>
      committeeTermStatus({
        electedOn: elected,
        termYears: 4 as CommitteeTermYears,
        today: elected,
      }),
    ).toThrow(RangeError);
    expect(() =>
      committeeTermStatus(
        { electedOn: elected, termYears: 5, today: elected },
        { warnDaysBefore: -1 },
      ),
    ).toThrow(RangeError);
  });

  it('properties: the state follows the days left, and the counts add up', () => {
    const dateArb = fc.integer({ min: 0, max: 30_000 }).map((n) => addDays(d('1950-01-01'), n));
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -400, max: 2500 }),
        fc.constantFrom(...COMMITTEE_TERM_YEARS),
        fc.nat({ max: 400 }),
        (electedOn, offset, termYears, warnDaysBefore) => {
          const today = addDays(electedOn, offset);
          const status = committeeTermStatus({ electedOn, termYears, today }, { warnDaysBefore });
          expect(status.expiresOn).toBe(addYears(electedOn, termYears));
          const remaining = daysBetween(today, status.expiresOn);
          expect(status.daysLeft - status.daysOverdue).toBe(remaining);
          expect(Math.min(status.daysLeft, status.daysOverdue)).toBe(0);
          const expected =
            remaining <= 0 ? 'EXPIRED' : remaining <= warnDaysBefore ? 'DUE_SOON' : 'IN_TERM';
          expect(status.state).toBe(expected);
        },
      ),
    );
  });
});

describe('womenCommitteeRequired', () => {
  it.each([
    [0, false],
    [9, false],
    [10, true],
    [300, true],
  ])('%i female members → %s', (femaleMemberCount, expected) => {
    expect(womenCommitteeRequired({ femaleMemberCount })).toBe(expected);
  });

  it('uses the configured threshold', () => {
    expect(womenCommitteeRequired({ femaleMemberCount: 9 }, { threshold: 5 })).toBe(true);
    expect(womenCommitteeRequired({ femaleMemberCount: 19 }, { threshold: 20 })).toBe(false);
    expect(DEFAULT_WOMEN_COMMITTEE_CONFIG).toEqual({ threshold: 10 });
  });

  it('throws for an invalid count or configuration', () => {
    expect(() => womenCommitteeRequired({ femaleMemberCount: -3 })).toThrow(RangeError);
    expect(() => womenCommitteeRequired({ femaleMemberCount: 3 }, { threshold: 0.5 })).toThrow(
      RangeError,
    );
  });

  it('is required exactly from the threshold on', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.integer({ min: 1, max: 500 }), (count, threshold) => {
        expect(womenCommitteeRequired({ femaleMemberCount: count }, { threshold })).toBe(
          count >= threshold,
        );
      }),
    );
  });
});
