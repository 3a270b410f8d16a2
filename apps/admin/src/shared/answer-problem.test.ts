import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { problemOfAnswer } from './answer-problem';

function fakeForm() {
  return { setFields: vi.fn() };
}

describe('problemOfAnswer', () => {
  it('is null for the success type', () => {
    const form = fakeForm();
    expect(problemOfAnswer(form, ['name'], undefined, { __typename: 'Member' }, 'Member')).toBe(
      null,
    );
    expect(form.setFields).not.toHaveBeenCalled();
  });

  it('puts a ValidationError under the fields it names and returns the rest', () => {
    const form = fakeForm();
    const problem = problemOfAnswer(
      form,
      ['transferDate'],
      undefined,
      {
        __typename: 'ValidationError',
        field: 'transferDate',
        message: '转会日期不能晚于今天',
        issues: [
          { field: 'transferDate', message: '转会日期不能晚于今天' },
          { field: 'memberId', message: '会员不存在' },
        ],
      } as { __typename: string },
      'Member',
    );
    expect(form.setFields).toHaveBeenCalledWith([
      { name: ['transferDate'], errors: ['转会日期不能晚于今天'] },
    ]);
    expect(problem).toBe('会员不存在');
  });

  it('is empty when every field problem has its place', () => {
    const form = fakeForm();
    const answer = {
      __typename: 'ValidationError',
      field: 'input.name',
      message: '请填写姓名',
      issues: [{ field: 'input.name', message: '请填写姓名' }],
    };
    expect(problemOfAnswer(form, ['name'], undefined, answer, 'Member')).toBe('');
  });

  it('gives every reason of a RuleViolationError, else a typed error’s message', () => {
    const form = fakeForm();
    const ruleViolation = {
      __typename: 'RuleViolationError',
      message: '不符合推荐条件',
      reasons: [{ message: '年龄不符' }, { message: '名额已满' }],
    };
    expect(problemOfAnswer(form, [], undefined, ruleViolation, 'Nomination')).toBe(
      '年龄不符；名额已满',
    );
    const forbidden = { __typename: 'ForbiddenError', message: '无权操作该组织' };
    expect(problemOfAnswer(form, [], undefined, forbidden, 'Nomination')).toBe('无权操作该组织');
  });

  it('names the transport failure when there is no answer', () => {
    const form = fakeForm();
    const offline = new CombinedError({ networkError: new Error('fetch failed') });
    expect(problemOfAnswer(form, [], offline, undefined, 'Member')).toEqual({
      key: 'error.networkBody',
    });
    expect(problemOfAnswer(form, [], undefined, null, 'Member')).toEqual({
      key: 'error.serverBody',
    });
  });
});
