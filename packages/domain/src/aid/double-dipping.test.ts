import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Fen } from '../shared/money.js';
import {
  AID_DOUBLE_DIPPING_RULES,
  type AidGrantRecord,
  checkNoDoubleDipping,
  countsAsGrant,
  grantPeriodOf,
  grantSlotKey,
  overlappingAid,
} from './double-dipping.js';

const d = (text: string) => text as CalendarDate;

describe('grant periods', () => {
  it.each([
    ['YEAR', '2026-12-31', '2026'],
    ['HALF_YEAR', '2026-06-30', '2026-H1'],
    ['HALF_YEAR', '2026-07-01', '2026-H2'],
    ['QUARTER', '2026-03-31', '2026-Q1'],
    ['QUARTER', '2026-10-01', '2026-Q4'],
    ['MONTH', '2026-02-09', '2026-02'],
  ] as const)('%s of %s is %s', (period, date, expected) => {
    expect(grantPeriodOf(period, d(date))).toBe(expected);
  });

  it('frees the slot of a rejected application only', () => {
    expect(grantSlotKey('p', 'k', '2026', 'DISBURSED')).toBe('p|2026|k');
    expect(grantSlotKey('p', 'k', '2026', 'RETURNED')).toBe('p|2026|k');
    expect(grantSlotKey('p', 'k', '2026', 'REJECTED')).toBeNull();
    expect(countsAsGrant('REJECTED')).toBe(false);
  });
});

const record = (overrides: Partial<AidGrantRecord>): AidGrantRecord => ({
  programId: 'winter',
  programName: '冬送温暖',
  unionName: '市南区总工会',
  personKey: 'k-wang',
  maskedName: '王**',
  period: '2026',
  state: 'DISBURSED',
  amount: 50_000 as Fen,
  ...overrides,
});

describe('one grant per person, program and period', () => {
  it.each<[string, Partial<AidGrantRecord>, string[]]>([
    ['same person, program and period', {}, [AID_DOUBLE_DIPPING_RULES.DUPLICATE]],
    ['still in review counts', { state: 'SUBMITTED' }, [AID_DOUBLE_DIPPING_RULES.DUPLICATE]],
    ['rejected does not count', { state: 'REJECTED' }, []],
    ['another period', { period: '2025' }, []],
    ['another program', { programId: 'school' }, []],
    ['another person', { personKey: 'k-li' }, []],
  ])('%s', (_name, overrides, expected) => {
    const result = checkNoDoubleDipping(
      { programId: 'winter', personKey: 'k-wang', period: '2026' },
      [record(overrides)],
    );
    expect(result.ok ? [] : result.error.map((e) => e.rule)).toEqual(expected);
    if (!result.ok) expect(result.error[0]?.message).toContain('王**');
  });
});

describe('overlapping aid of a household', () => {
  it('warns of every counting grant of any member, in any program and union', () => {
    const { warnings, total } = overlappingAid(
      ['k-wang', 'k-wife'],
      [
        record({}),
        record({
          personKey: 'k-wife',
          maskedName: '李*',
          programName: '医疗救助',
          unionName: '青岛市总工会',
          amount: 120_000 as Fen,
          state: 'APPROVED',
        }),
        record({ personKey: 'k-wife', state: 'REJECTED' }),
        record({ personKey: 'k-stranger' }),
      ],
    );
    expect(warnings.map((w) => w.message)).toEqual([
      '家庭成员 王** 2026 在市南区总工会「冬送温暖」已获救助 500.00 元',
      '家庭成员 李* 2026 在青岛市总工会「医疗救助」有在办申请 1,200.00 元',
    ]);
    expect(total).toBe(170_000);
  });
});
