import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORG_KINDS, type OrgKind } from '../organization/org-kind.js';
import {
  addDays,
  type CalendarDate,
  parseCalendarDate,
  yearsBetween,
} from '../shared/calendar-date.js';
import type { Result } from '../shared/result.js';
import {
  COUNTED_MEMBER_STATUSES,
  checkStatusChange,
  countsAsMember,
  isMemberStatus,
  MEMBER_STATUS_LABELS,
  MEMBER_STATUS_RULES,
  MEMBER_STATUS_TRANSITIONS,
  MEMBER_STATUSES,
  MEMBER_TRANSFER_RULES,
  type MemberStatus,
  membershipYears,
  nextMemberStatuses,
  planTransfer,
  type TransferInput,
} from './membership.js';

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

const statusArb = fc.constantFrom(...MEMBER_STATUSES);

describe('member statuses', () => {
  it('have Chinese labels', () => {
    expect(Object.keys(MEMBER_STATUS_LABELS).sort()).toEqual([...MEMBER_STATUSES].sort());
    expect(MEMBER_STATUS_LABELS.RETIRED_KEPT).toBe('退休保留会籍');
  });

  it('count ACTIVE and RETIRED_KEPT as members', () => {
    expect(MEMBER_STATUSES.filter(countsAsMember)).toEqual(['ACTIVE', 'RETIRED_KEPT']);
    expect(COUNTED_MEMBER_STATUSES).toEqual(['ACTIVE', 'RETIRED_KEPT']);
  });

  it.each([
    ['ACTIVE', true],
    ['LAPSED', true],
    ['active', false],
    ['RETIRED', false],
  ])('isMemberStatus(%j) is %s', (value, expected) => {
    expect(isMemberStatus(value)).toBe(expected);
  });
});

describe('checkStatusChange', () => {
  it.each<[MemberStatus, MemberStatus]>([
    ['ACTIVE', 'RETIRED_KEPT'],
    ['ACTIVE', 'LAPSED'],
    ['ACTIVE', 'EXPELLED'],
    ['RETIRED_KEPT', 'ACTIVE'],
    ['RETIRED_KEPT', 'LAPSED'],
    ['RETIRED_KEPT', 'EXPELLED'],
    ['LAPSED', 'ACTIVE'],
  ])('allows %s → %s', (from, to) => {
    expect(checkStatusChange(from, to)).toEqual({ ok: true, value: undefined });
  });

  it.each<[MemberStatus, MemberStatus, string]>([
    ['ACTIVE', 'ACTIVE', MEMBER_STATUS_RULES.UNCHANGED],
    ['EXPELLED', 'EXPELLED', MEMBER_STATUS_RULES.UNCHANGED],
    ['ACTIVE', 'TRANSFERRED_OUT', MEMBER_STATUS_RULES.TRANSFER_ONLY],
    ['TRANSFERRED_OUT', 'ACTIVE', MEMBER_STATUS_RULES.TRANSFER_ONLY],
    ['EXPELLED', 'ACTIVE', MEMBER_STATUS_RULES.TERMINAL],
    ['EXPELLED', 'LAPSED', MEMBER_STATUS_RULES.TERMINAL],
    ['TRANSFERRED_OUT', 'LAPSED', MEMBER_STATUS_RULES.NOT_ALLOWED],
    ['LAPSED', 'RETIRED_KEPT', MEMBER_STATUS_RULES.NOT_ALLOWED],
    ['LAPSED', 'EXPELLED', MEMBER_STATUS_RULES.NOT_ALLOWED],
    ['RETIRED_KEPT', 'TRANSFERRED_OUT', MEMBER_STATUS_RULES.NOT_ALLOWED],
  ])('refuses %s → %s with %s', (from, to, rule) => {
    expect(ruleOf(checkStatusChange(from, to))).toBe(rule);
  });

  it('names the field and both statuses in Chinese', () => {
    expect(checkStatusChange('LAPSED', 'RETIRED_KEPT', 'memberStatus')).toEqual({
      ok: false,
      error: {
        field: 'memberStatus',
        rule: MEMBER_STATUS_RULES.NOT_ALLOWED,
        message: '会籍状态不能从「已退会」直接改为「退休保留会籍」',
      },
    });
  });

  it.each<[MemberStatus, MemberStatus[]]>([
    ['ACTIVE', ['RETIRED_KEPT', 'LAPSED', 'EXPELLED']],
    ['RETIRED_KEPT', ['ACTIVE', 'LAPSED', 'EXPELLED']],
    ['LAPSED', ['ACTIVE']],
    ['TRANSFERRED_OUT', []],
    ['EXPELLED', []],
  ])('nextMemberStatuses(%s) is %j', (from, expected) => {
    expect(nextMemberStatuses(from)).toEqual(expected);
  });

  it('property: a change passes exactly when the table lists it as a status change', () => {
    fc.assert(
      fc.property(statusArb, statusArb, (from, to) => {
        const listed = MEMBER_STATUS_TRANSITIONS.find(
          (transition) => transition.from === from && transition.to === to,
        );
        expect(checkStatusChange(from, to).ok).toBe(listed?.via === 'STATUS_CHANGE');
        expect(nextMemberStatuses(from).includes(to)).toBe(listed?.via === 'STATUS_CHANGE');
      }),
    );
  });

  it('property: EXPELLED is terminal and every other status can become ACTIVE again', () => {
    expect(MEMBER_STATUS_TRANSITIONS.filter((t) => t.from === 'EXPELLED')).toEqual([]);
    fc.assert(
      fc.property(statusArb, (status) => {
        fc.pre(status !== 'EXPELLED' && status !== 'ACTIVE');
        expect(MEMBER_STATUS_TRANSITIONS.some((t) => t.from === status && t.to === 'ACTIVE')).toBe(
          true,
        );
      }),
    );
  });

  it('the table has no self-loops or duplicates', () => {
    const keys = MEMBER_STATUS_TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(MEMBER_STATUS_TRANSITIONS.every((t) => t.from !== t.to)).toBe(true);
  });
});

describe('membershipYears', () => {
  it.each([
    ['2010-07-01', '2024-06-30', 13],
    ['2010-07-01', '2024-07-01', 14],
    ['2024-02-29', '2025-02-28', 1],
    ['2024-02-29', '2025-02-27', 0],
    ['2024-06-30', '2024-06-30', 0],
    ['2025-01-01', '2024-06-30', 0],
  ])('joined %s, on %s: %i years', (joinedOn, today, years) => {
    expect(membershipYears(d(joinedOn), d(today))).toBe(years);
  });

  it('property: completed years, never negative', () => {
    const dateArb = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays(d('1940-01-01'), n));
    fc.assert(
      fc.property(dateArb, dateArb, (joinedOn, today) => {
        const years = membershipYears(joinedOn, today);
        expect(years).toBe(Math.max(0, yearsBetween(joinedOn, today)));
        expect(years).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('planTransfer', () => {
  const TRANSFER: TransferInput = {
    member: { status: 'ACTIVE', organizationId: 'union-a', joinedOn: d('2010-07-01') },
    toOrganization: { id: 'union-b', kind: 'GRASSROOTS_UNION', dissolvedOn: null },
    transferDate: d('2024-06-01'),
    today: d('2024-06-30'),
  };

  it('moves the member and keeps status and join date, with history for both unions', () => {
    expect(unwrap(planTransfer(TRANSFER))).toEqual({
      status: 'ACTIVE',
      organizationId: 'union-b',
      joinedOn: '2010-07-01',
      events: [
        {
          type: 'TRANSFER_OUT',
          organizationId: 'union-a',
          counterpartOrganizationId: 'union-b',
          date: '2024-06-01',
        },
        {
          type: 'TRANSFER_IN',
          organizationId: 'union-b',
          counterpartOrganizationId: 'union-a',
          date: '2024-06-01',
        },
      ],
    });
  });

  it.each<[string, Partial<TransferInput>]>([
    [
      'to a joint grassroots union',
      { toOrganization: { id: 'joint-c', kind: 'JOINT_GRASSROOTS_UNION', dissolvedOn: null } },
    ],
    ['dated today', { transferDate: d('2024-06-30') }],
    [
      'a retired member keeping membership',
      { member: { status: 'RETIRED_KEPT', organizationId: 'union-a', joinedOn: d('1990-01-01') } },
    ],
    [
      'to a union founded on the transfer date',
      {
        toOrganization: {
          id: 'union-b',
          kind: 'GRASSROOTS_UNION',
          foundedOn: d('2024-06-01'),
          dissolvedOn: null,
        },
      },
    ],
  ])('accepts a transfer %s', (_, change) => {
    expect(planTransfer({ ...TRANSFER, ...change }).ok).toBe(true);
  });

  it.each<[string, Partial<TransferInput>, string, string]>([
    [
      'a lapsed member',
      { member: { status: 'LAPSED', organizationId: 'union-a', joinedOn: d('2010-07-01') } },
      MEMBER_TRANSFER_RULES.STATUS,
      'status',
    ],
    [
      'an expelled member',
      { member: { status: 'EXPELLED', organizationId: 'union-a', joinedOn: d('2010-07-01') } },
      MEMBER_TRANSFER_RULES.STATUS,
      'status',
    ],
    [
      'to the same union',
      { toOrganization: { id: 'union-a', kind: 'GRASSROOTS_UNION', dissolvedOn: null } },
      MEMBER_TRANSFER_RULES.SAME_UNION,
      'toOrganizationId',
    ],
    [
      'to a county federation',
      { toOrganization: { id: 'county', kind: 'COUNTY_FEDERATION', dissolvedOn: null } },
      MEMBER_TRANSFER_RULES.TARGET_KIND,
      'toOrganizationId',
    ],
    [
      'to a branch',
      { toOrganization: { id: 'branch', kind: 'BRANCH', dissolvedOn: null } },
      MEMBER_TRANSFER_RULES.TARGET_KIND,
      'toOrganizationId',
    ],
    [
      'to a dissolved union',
      { toOrganization: { id: 'union-b', kind: 'GRASSROOTS_UNION', dissolvedOn: d('2023-12-31') } },
      MEMBER_TRANSFER_RULES.TARGET_DISSOLVED,
      'toOrganizationId',
    ],
    [
      'dated before the target was founded',
      {
        toOrganization: {
          id: 'union-b',
          kind: 'GRASSROOTS_UNION',
          foundedOn: d('2024-06-02'),
          dissolvedOn: null,
        },
      },
      MEMBER_TRANSFER_RULES.TARGET_NOT_YET_FOUNDED,
      'transferDate',
    ],
    [
      'dated after today',
      { transferDate: d('2024-07-01') },
      MEMBER_TRANSFER_RULES.DATE_IN_FUTURE,
      'transferDate',
    ],
    [
      'dated before joining',
      { transferDate: d('2010-06-30') },
      MEMBER_TRANSFER_RULES.BEFORE_JOINING,
      'transferDate',
    ],
  ])('refuses a transfer %s', (_, change, rule, field) => {
    const result = planTransfer({ ...TRANSFER, ...change });
    expect(result.ok ? null : [result.error.rule, result.error.field]).toEqual([rule, field]);
  });

  it('explains a wrong target kind in Chinese', () => {
    const result = planTransfer({
      ...TRANSFER,
      toOrganization: { id: 'town', kind: 'TOWNSHIP_UNION', dissolvedOn: null },
    });
    expect(result.ok ? null : result.error.message).toBe(
      '会员只能转入基层工会或联合基层工会，不能转入乡镇（街道）工会',
    );
  });

  it('property: a transfer never changes status, join date or 会龄, only the union', () => {
    const dayArb = fc.integer({ min: 0, max: 20_000 });
    const base = d('1970-01-01');
    fc.assert(
      fc.property(
        fc.constantFrom<MemberStatus>('ACTIVE', 'RETIRED_KEPT'),
        dayArb,
        dayArb,
        dayArb,
        fc.constantFrom<OrgKind>('GRASSROOTS_UNION', 'JOINT_GRASSROOTS_UNION'),
        (status, a, b, c, kind) => {
          const [joined, transferred, today] = [a, b, c].sort((x, y) => x - y);
          const joinedOn = addDays(base, joined ?? 0);
          const todayDate = addDays(base, today ?? 0);
          const plan = unwrap(
            planTransfer({
              member: { status, organizationId: 'from', joinedOn },
              toOrganization: { id: 'to', kind, dissolvedOn: null },
              transferDate: addDays(base, transferred ?? 0),
              today: todayDate,
            }),
          );
          expect(plan.status).toBe(status);
          expect(plan.joinedOn).toBe(joinedOn);
          expect(plan.organizationId).toBe('to');
          expect(membershipYears(plan.joinedOn, todayDate)).toBe(
            membershipYears(joinedOn, todayDate),
          );
          expect(plan.events.map((event) => event.organizationId)).toEqual(['from', 'to']);
        },
      ),
    );
  });

  it('property: only grassroots-level targets are accepted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORG_KINDS), (kind) => {
        const result = planTransfer({
          ...TRANSFER,
          toOrganization: { id: 'union-b', kind, dissolvedOn: null },
        });
        expect(result.ok).toBe(kind === 'GRASSROOTS_UNION' || kind === 'JOINT_GRASSROOTS_UNION');
      }),
    );
  });

  it('property: members whose status does not count cannot transfer', () => {
    fc.assert(
      fc.property(statusArb, (status) => {
        const result = planTransfer({ ...TRANSFER, member: { ...TRANSFER.member, status } });
        expect(ruleOf(result) === MEMBER_TRANSFER_RULES.STATUS).toBe(!countsAsMember(status));
      }),
    );
  });
});
