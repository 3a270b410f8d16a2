import { describe, expect, it } from 'vitest';
import { fieldError } from './domain-error.js';
import { err, isErr, isOk, mapResult, ok, type Result } from './result.js';

describe('Result', () => {
  it('wraps values and errors', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(err('bad')).toEqual({ ok: false, error: 'bad' });
  });

  it('narrows with isOk / isErr', () => {
    const good: Result<number, string> = ok(2);
    const bad: Result<number, string> = err('nope');
    expect(isOk(good)).toBe(true);
    expect(isErr(good)).toBe(false);
    expect(isOk(bad)).toBe(false);
    expect(isErr(bad)).toBe(true);
    if (isOk(good)) {
      expect(good.value + 1).toBe(3);
    }
    if (isErr(bad)) {
      expect(bad.error).toBe('nope');
    }
  });

  it('maps only the success branch', () => {
    const good: Result<number, string> = ok(2);
    const bad: Result<number, string> = err('nope');
    expect(mapResult(good, (n) => n * 10)).toEqual(ok(20));
    expect(mapResult(bad, (n) => n * 10)).toEqual(err('nope'));
  });

  it('builds field errors', () => {
    expect(fieldError('idNumber', 'ID_NUMBER_EMPTY', '请填写身份证号')).toEqual({
      field: 'idNumber',
      rule: 'ID_NUMBER_EMPTY',
      message: '请填写身份证号',
    });
  });
});
