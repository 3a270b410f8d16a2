import { describe, expect, it } from 'vitest';
import { formatRetryTime, loginFailureText } from './login-failure';

const shanghai = 'Asia/Shanghai';
// 2026-11-21 21:30:00 in Shanghai.
const now = new Date('2026-11-21T13:30:00Z');

describe('formatRetryTime', () => {
  it('rounds up to the minute, so the time shown always works', () => {
    expect(formatRetryTime('2026-11-21T13:45:10Z', now, 'zh-CN', shanghai)).toBe('21:46');
    expect(formatRetryTime('2026-11-21T13:45:00Z', now, 'zh-CN', shanghai)).toBe('21:45');
  });

  it('adds the date when it is not today', () => {
    expect(formatRetryTime('2026-11-21T16:05:00Z', now, 'zh-CN', shanghai)).toBe('11月22日 00:05');
    expect(formatRetryTime('2026-11-21T16:05:00Z', now, 'en', shanghai)).toBe('22 Nov 00:05');
  });

  it('gives up on a value it cannot read', () => {
    expect(formatRetryTime('soon', now, 'zh-CN', shanghai)).toBeNull();
  });
});

describe('loginFailureText', () => {
  it('has a Chinese message for each reason', () => {
    expect(
      loginFailureText({ reason: 'INVALID_CREDENTIALS', retryAt: null, message: '' }, now, 'zh-CN'),
    ).toEqual({ key: 'login.invalidCredentials' });
    expect(
      loginFailureText(
        { reason: 'ACCOUNT_LOCKED', retryAt: '2026-11-21T13:45:00Z', message: '' },
        now,
        'zh-CN',
        shanghai,
      ),
    ).toEqual({ key: 'login.locked', params: { time: '21:45' } });
    expect(
      loginFailureText(
        { reason: 'RATE_LIMITED', retryAt: '2026-11-21T13:30:20Z', message: '' },
        now,
        'zh-CN',
        shanghai,
      ),
    ).toEqual({ key: 'login.rateLimited', params: { time: '21:31' } });
  });

  it('does without a time when the gateway gives none', () => {
    expect(
      loginFailureText({ reason: 'ACCOUNT_LOCKED', retryAt: null, message: '' }, now, 'zh-CN'),
    ).toEqual({ key: 'login.lockedNoTime' });
    expect(
      loginFailureText({ reason: 'RATE_LIMITED', retryAt: null, message: '' }, now, 'zh-CN'),
    ).toEqual({ key: 'login.rateLimitedNoTime' });
  });

  it("shows the gateway's own message for a reason it does not know", () => {
    expect(
      loginFailureText(
        { reason: 'PASSWORD_EXPIRED', retryAt: null, message: '密码已过期' },
        now,
        'zh-CN',
      ),
    ).toEqual({ text: '密码已过期' });
  });
});
