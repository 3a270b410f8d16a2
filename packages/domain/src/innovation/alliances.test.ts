import { describe, expect, it } from 'vitest';
import { type CalendarDate, parseCalendarDate } from '../shared/calendar-date.js';
import {
  ALLIANCE_RULES,
  type AllianceMembership,
  checkAllianceJoin,
  checkAllianceLeave,
  membershipOn,
} from './alliances.js';

function d(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
}

const left: AllianceMembership = { joinedOn: d('2021-04-01'), leftOn: d('2023-06-30') };
const open: AllianceMembership = { joinedOn: d('2024-01-10'), leftOn: null };

describe('alliance joining and leaving', () => {
  it.each<[string, readonly AllianceMembership[], string, boolean, string | null]>([
    ['a first join', [], '2022-05-01', false, null],
    ['a rejoin after leaving', [left], '2023-06-30', false, null],
    ['a join while a member', [left, open], '2025-01-01', false, ALLIANCE_RULES.ALREADY_MEMBER],
    [
      'a join dated before the last leave',
      [left],
      '2023-01-01',
      false,
      ALLIANCE_RULES.JOIN_BEFORE_LEAVE,
    ],
    [
      'a join before the alliance was founded',
      [],
      '2019-12-31',
      false,
      ALLIANCE_RULES.JOIN_BEFORE_FOUNDING,
    ],
    ['a de-listed studio', [], '2022-05-01', true, ALLIANCE_RULES.STUDIO_DELISTED],
  ])('%s', (_name, memberships, on, delisted, rule) => {
    const result = checkAllianceJoin({
      memberships,
      joinedOn: d(on),
      allianceFoundedOn: d('2020-01-01'),
      studioDelisted: delisted,
    });
    expect(result.ok ? null : result.error.rule).toBe(rule);
  });

  it('closes the open membership, never before it began', () => {
    expect(checkAllianceLeave([left, open], d('2025-02-01'))).toEqual({
      ok: true,
      value: { joinedOn: d('2024-01-10'), leftOn: d('2025-02-01') },
    });
    const early = checkAllianceLeave([open], d('2024-01-09'));
    expect(early.ok ? null : early.error.rule).toBe(ALLIANCE_RULES.LEAVE_BEFORE_JOIN);
    const none = checkAllianceLeave([left], d('2025-02-01'));
    expect(none.ok ? null : none.error.rule).toBe(ALLIANCE_RULES.NOT_MEMBER);
  });

  it('knows who was a member on a date (joining day in, leaving day out)', () => {
    expect(membershipOn([left, open], d('2021-04-01'))).toBe(left);
    expect(membershipOn([left, open], d('2023-06-30'))).toBeNull();
    expect(membershipOn([left, open], d('2026-01-01'))).toBe(open);
  });
});
