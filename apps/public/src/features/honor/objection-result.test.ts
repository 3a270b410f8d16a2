import { describe, expect, it } from 'vitest';
import { objectionOutcome } from './objection-result';

describe('objectionOutcome', () => {
  it('reads a receipt', () => {
    expect(
      objectionOutcome({
        __typename: 'ObjectionReceipt',
        message: '异议已收到',
        receivedOn: '2026-12-02',
        noticeEndsOn: '2026-12-08',
      }),
    ).toEqual({ kind: 'received', receivedOn: '2026-12-02', noticeEndsOn: '2026-12-08' });
  });

  it('tells the rate limit, a closed notice and invalid text apart', () => {
    const error = { code: 'X', message: '提交过于频繁，请 30 秒后再试' };
    expect(
      objectionOutcome({
        __typename: 'RuleViolationError',
        rule: 'OBJECTION_RATE_LIMITED',
        ...error,
      }),
    ).toEqual({ kind: 'rateLimited', detail: '提交过于频繁，请 30 秒后再试' });
    expect(
      objectionOutcome({
        __typename: 'ValidationError',
        rule: 'PUBLIC_NOTICE_OBJECTION_OUTSIDE',
        code: 'VALIDATION',
        message: '不在公示期内',
      }).kind,
    ).toBe('closed');
    expect(
      objectionOutcome({ __typename: 'NotFoundError', code: 'NOT_FOUND', message: '找不到公示' })
        .kind,
    ).toBe('closed');
    expect(
      objectionOutcome({
        __typename: 'ValidationError',
        rule: 'OBJECTION_TEXT_TOO_SHORT',
        code: 'VALIDATION',
        message: '异议内容至少 5 个字',
      }),
    ).toEqual({ kind: 'invalid', detail: '异议内容至少 5 个字' });
    expect(
      objectionOutcome({ __typename: 'RuleViolationError', rule: 'SOMETHING_ELSE', ...error }).kind,
    ).toBe('refused');
  });
});
