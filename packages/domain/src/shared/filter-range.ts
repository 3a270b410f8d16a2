import { type FieldError, fieldError } from './domain-error.js';
import { err, ok, type Result } from './result.js';

/**
 * A list filter's range (成立日期从…到…, 年份从…到…): either end may be left open, but when both
 * are given the end may not come before the start. Dates are compared as 'YYYY-MM-DD' text, years
 * as numbers; the error names the end's field.
 */
export const FILTER_RANGE_RULES = Object.freeze({
  ORDER: 'FILTER_RANGE_END_BEFORE_START',
} as const);

export function checkFilterRange<T extends string | number>(
  from: T | null | undefined,
  to: T | null | undefined,
  toField: string,
): Result<{ from: T | null; to: T | null }, FieldError> {
  const start = from ?? null;
  const end = to ?? null;
  if (start !== null && end !== null && end < start) {
    const what = typeof end === 'number' ? '年份' : '日期';
    return err(fieldError(toField, FILTER_RANGE_RULES.ORDER, `结束${what}不能早于开始${what}`));
  }
  return ok({ from: start, to: end });
}
