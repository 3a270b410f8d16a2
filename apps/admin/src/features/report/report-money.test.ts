import { describe, expect, it } from 'vitest';
import { figureYuan } from './report-money';

describe('figureYuan', () => {
  it('writes money figures exactly to the fen, above 2^31 fen too', () => {
    expect(figureYuan(123_456)).toBe('1,234.56');
    expect(figureYuan(3_000_000_001)).toBe('30,000,000.01');
    expect(figureYuan(Number.MAX_SAFE_INTEGER)).toBe('90,071,992,547,409.91');
  });

  it('signs a change', () => {
    expect(figureYuan(5, true)).toBe('+0.05');
    expect(figureYuan(-5, true)).toBe('-0.05');
    expect(figureYuan(0, true)).toBe('0.00');
  });

  it('has nothing to say of a count or a missing amount', () => {
    expect(figureYuan(null)).toBeNull();
    expect(figureYuan(undefined)).toBeNull();
    expect(figureYuan(1.5)).toBeNull();
  });
});
