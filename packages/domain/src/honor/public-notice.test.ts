import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, parseCalendarDate } from '../shared/calendar-date.js';
import type { Result } from '../shared/result.js';
import {
  approvalBlockers,
  checkApprovalAfterNotice,
  checkNoticeStartsOnWorkingDay,
  checkPublicNoticeLength,
  hasNoticeEnded,
  isWithinNotice,
  OBJECTION_STATE_LABELS,
  OBJECTION_STATES,
  type Objection,
  PUBLIC_NOTICE_RULES,
  type PublicNoticePeriod,
  planPublicNotice,
  publicNoticeEndDate,
  receiveObjection,
  resolveObjection,
} from './public-notice.js';
import {
  CN_MAINLAND_HOLIDAY_CALENDAR,
  HOLIDAY_CALENDAR_RULES,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.js';

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
const cn = CN_MAINLAND_HOLIDAY_CALENDAR;

describe('public notice length', () => {
  it.each([5, 6, 7])('accepts %i working days', (n) => {
    expect(checkPublicNoticeLength(n)).toEqual({ ok: true, value: n });
  });

  it.each([0, 4, 8, 5.5, Number.NaN])('refuses %s working days', (n) => {
    expect(ruleOf(checkPublicNoticeLength(n))).toBe(PUBLIC_NOTICE_RULES.LENGTH);
  });
});

describe('publicNoticeEndDate', () => {
  it.each([
    // An ordinary week.
    ['2026-03-09', 5, '2026-03-13'],
    ['2026-03-09', 7, '2026-03-17'],
    // Posted on a Saturday: counting starts on Monday.
    ['2026-03-07', 5, '2026-03-13'],
    // Across 劳动节 2026 (5-01 – 5-05 off).
    ['2026-04-27', 5, '2026-05-06'],
    ['2026-04-27', 6, '2026-05-07'],
    ['2026-04-27', 7, '2026-05-08'],
    // 劳动节 2026 then the 调休 Saturday 5-09 counts.
    ['2026-05-06', 5, '2026-05-11'],
    // Across 国庆、中秋 2025 with the 调休 Sunday 9-28.
    ['2025-09-26', 5, '2025-10-09'],
    // Across 春节 2026 (2-15 – 2-23 off, 2-14 worked).
    ['2026-02-11', 5, '2026-02-24'],
    // Up to the last configured days.
    ['2026-12-24', 5, '2026-12-30'],
    ['2026-12-25', 5, '2026-12-31'],
  ])('a notice from %s of %i working days ends on %s', (start, n, end) => {
    expect(publicNoticeEndDate(d(start), cn, n)).toEqual({ ok: true, value: end });
  });

  it('defaults to 5 working days', () => {
    expect(unwrap(planPublicNotice(d('2026-03-09'), cn))).toEqual({
      startsOn: '2026-03-09',
      endsOn: '2026-03-13',
    });
  });

  it.each([
    ['2026-12-28', 5],
    ['2026-12-25', 6],
    ['2027-03-01', 5],
    ['2023-12-25', 5],
  ])('refuses a notice from %s of %i working days: the calendar covers 2024–2026', (start, n) => {
    expect(ruleOf(publicNoticeEndDate(d(start), cn, n))).toBe(
      HOLIDAY_CALENDAR_RULES.NOT_CONFIGURED,
    );
  });

  it('refuses a bad length before anything else', () => {
    expect(ruleOf(publicNoticeEndDate(d('2027-03-01'), cn, 3))).toBe(PUBLIC_NOTICE_RULES.LENGTH);
  });

  it('always gives exactly N working days from the start, ending on a working day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1060 }).map((n) => addDays(d('2024-01-01'), n)),
        fc.integer({ min: 5, max: 7 }),
        (start, n) => {
          const { startsOn, endsOn } = unwrap(planPublicNotice(start, cn, n));
          expect(startsOn).toBe(start);
          expect(isWorkingDay(endsOn, cn)).toBe(true);
          expect(workingDaysBetween(addDays(start, -1), endsOn, cn)).toBe(n);
          expect(endsOn >= start).toBe(true);
        },
      ),
    );
  });

  it('never returns an end date outside the configured years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 1126 }).map((n) => addDays(d('2024-01-01'), n)),
        fc.integer({ min: 5, max: 7 }),
        (start, n) => {
          const result = publicNoticeEndDate(start, cn, n);
          if (result.ok) {
            expect(result.value >= '2024-01-01' && result.value <= '2026-12-31').toBe(true);
          } else {
            expect(result.error.rule).toBe(HOLIDAY_CALENDAR_RULES.NOT_CONFIGURED);
          }
        },
      ),
    );
  });
});

describe('notice dates', () => {
  const notice: PublicNoticePeriod = { startsOn: d('2026-04-27'), endsOn: d('2026-05-06') };

  it.each([
    ['2026-04-26', false, false],
    ['2026-04-27', true, false],
    ['2026-05-03', true, false],
    ['2026-05-06', true, false],
    ['2026-05-07', false, true],
  ])('on %s: within %s, ended %s', (date, within, ended) => {
    expect(isWithinNotice(d(date), notice)).toBe(within);
    expect(hasNoticeEnded(notice, d(date))).toBe(ended);
  });

  it('checks that a notice starts on a working day', () => {
    expect(checkNoticeStartsOnWorkingDay(d('2026-04-27'), cn).ok).toBe(true);
    expect(ruleOf(checkNoticeStartsOnWorkingDay(d('2026-05-01'), cn))).toBe(
      PUBLIC_NOTICE_RULES.START_NOT_WORKING_DAY,
    );
  });
});

describe('objections', () => {
  const notice: PublicNoticePeriod = { startsOn: d('2026-04-27'), endsOn: d('2026-05-06') };

  it('have Chinese state labels', () => {
    expect(Object.keys(OBJECTION_STATE_LABELS).sort()).toEqual([...OBJECTION_STATES].sort());
  });

  it('are received only during the notice, holidays inside it included', () => {
    expect(unwrap(receiveObjection('o1', d('2026-05-02'), notice))).toEqual({
      id: 'o1',
      receivedOn: '2026-05-02',
      state: 'OPEN',
      resolution: null,
      resolvedBy: null,
      resolvedOn: null,
    });
    expect(ruleOf(receiveObjection('o2', d('2026-05-07'), notice))).toBe(
      PUBLIC_NOTICE_RULES.OBJECTION_OUTSIDE_NOTICE,
    );
    expect(ruleOf(receiveObjection('o3', d('2026-04-26'), notice))).toBe(
      PUBLIC_NOTICE_RULES.OBJECTION_OUTSIDE_NOTICE,
    );
  });

  const open = unwrap(receiveObjection('o1', d('2026-04-28'), notice));

  it('are resolved once, with a finding, not before they were received', () => {
    const dismissed = unwrap(
      resolveObjection(
        open,
        'DISMISSED',
        '  经核查，反映的问题不属实  ',
        'u-zhang',
        d('2026-04-30'),
      ),
    );
    expect(dismissed).toMatchObject({
      state: 'DISMISSED',
      resolution: '经核查，反映的问题不属实',
      resolvedBy: 'u-zhang',
      resolvedOn: '2026-04-30',
    });
    expect(ruleOf(resolveObjection(dismissed, 'UPHELD', '改判', 'u-li', d('2026-05-01')))).toBe(
      PUBLIC_NOTICE_RULES.OBJECTION_ALREADY_RESOLVED,
    );
    expect(ruleOf(resolveObjection(open, 'UPHELD', '   ', 'u-li', d('2026-05-01')))).toBe(
      PUBLIC_NOTICE_RULES.OBJECTION_RESOLUTION_EMPTY,
    );
    expect(ruleOf(resolveObjection(open, 'UPHELD', '属实', 'u-li', d('2026-04-27')))).toBe(
      PUBLIC_NOTICE_RULES.OBJECTION_RESOLVED_BEFORE_RECEIVED,
    );
  });

  it('block approval while open or upheld, and the notice until it ends — every reason', () => {
    const upheld = unwrap(resolveObjection(open, 'UPHELD', '属实', 'u-li', d('2026-04-29')));
    const dismissed = unwrap(
      resolveObjection(open, 'DISMISSED', '不属实', 'u-li', d('2026-04-29')),
    );
    const second = unwrap(receiveObjection('o2', d('2026-05-06'), notice));
    const objections: Objection[] = [open, upheld, dismissed, second];
    expect(approvalBlockers(notice, objections, d('2026-05-06')).map((r) => r.rule)).toEqual([
      PUBLIC_NOTICE_RULES.NOT_ENDED,
      PUBLIC_NOTICE_RULES.OBJECTION_OPEN,
      PUBLIC_NOTICE_RULES.OBJECTION_UPHELD,
      PUBLIC_NOTICE_RULES.OBJECTION_OPEN,
    ]);
    expect(approvalBlockers(notice, [dismissed], d('2026-05-06'))[0]?.message).toBe(
      '公示期至 2026-05-06 结束，公示期满后方可审批',
    );
    expect(checkApprovalAfterNotice(notice, [dismissed], d('2026-05-07'))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(checkApprovalAfterNotice(notice, [], d('2026-05-07')).ok).toBe(true);
  });

  it('never allow approval with an open objection, whatever the date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 40 }).map((n) => addDays(d('2026-04-27'), n)),
        fc.array(fc.constantFrom(...OBJECTION_STATES), { maxLength: 5 }),
        (today, states) => {
          const objections = states.map((state, i) => ({ ...open, id: `o${i}`, state }));
          const result = checkApprovalAfterNotice(notice, objections, today);
          const expectedOk =
            today > notice.endsOn && states.every((state) => state === 'DISMISSED');
          expect(result.ok).toBe(expectedOk);
        },
      ),
    );
  });
});
