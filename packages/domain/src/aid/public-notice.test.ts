import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Fen } from '../shared/money.js';
import {
  AID_NOTICE_RULES,
  aidNoticeLine,
  checkAidNoticeDays,
  isAidNoticeRunning,
  maskPersonName,
  planAidNotice,
} from './public-notice.js';

const d = (text: string) => text as CalendarDate;

describe('aid public notice', () => {
  it.each([
    ['王建国', '王**'],
    ['李明', '李*'],
    ['欧阳小明', '欧***'],
    ['  张三 ', '张*'],
    ['珂', '*'],
    ['', ''],
  ])('masks %j as %j', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });

  it.each([
    [2, false],
    [3, true],
    [15, true],
    [16, false],
    [4.5, false],
  ])('a notice of %d days is valid: %s', (days, valid) => {
    const result = checkAidNoticeDays(days);
    expect(result.ok).toBe(valid);
    if (!result.ok) expect(result.error.rule).toBe(AID_NOTICE_RULES.LENGTH);
  });

  it('runs for the planned days, both ends included', () => {
    const notice = planAidNotice(d('2026-12-29'), 5);
    expect(notice).toEqual({ startsOn: '2026-12-29', endsOn: '2027-01-02' });
    expect(isAidNoticeRunning(notice, d('2026-12-28'))).toBe(false);
    expect(isAidNoticeRunning(notice, d('2026-12-29'))).toBe(true);
    expect(isAidNoticeRunning(notice, d('2027-01-02'))).toBe(true);
    expect(isAidNoticeRunning(notice, d('2027-01-03'))).toBe(false);
  });

  it('shows the masked name, never the full one', () => {
    const line = aidNoticeLine({
      applicantName: '王建国',
      programName: '冬送温暖',
      unionName: '市南区总工会',
      amount: 50_000 as Fen,
      notice: planAidNotice(d('2026-12-01'), 5),
    });
    expect(line.text).toBe('王** 冬送温暖 500.00 元（公示期 2026-12-01 至 2026-12-05）');
    expect(JSON.stringify(line)).not.toContain('建国');
  });
});
