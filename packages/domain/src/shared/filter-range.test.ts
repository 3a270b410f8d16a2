import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFilterRange, FILTER_RANGE_RULES } from './filter-range.js';

describe('checkFilterRange', () => {
  it.each([
    ['2024-01-01', '2024-12-31', true],
    ['2024-12-31', '2024-12-31', true],
    ['2024-12-31', '2024-01-01', false],
    [null, '2024-01-01', true],
    ['2024-01-01', null, true],
    [null, null, true],
    [2024, 2025, true],
    [2025, 2025, true],
    [2025, 2024, false],
    [undefined, 2024, true],
  ] as const)('%s … %s accepted: %s', (from, to, accepted) => {
    const result = checkFilterRange<string | number>(from, to, 'filter.to');
    expect(result.ok).toBe(accepted);
    if (!result.ok) {
      expect(result.error).toMatchObject({
        field: 'filter.to',
        rule: FILTER_RANGE_RULES.ORDER,
      });
      expect(result.error.message).toMatch(typeof to === 'number' ? /年份/ : /日期/);
    }
  });

  it('refuses exactly the ranges whose end comes before their start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1900, max: 2100 }),
        (a, b) => {
          expect(checkFilterRange(a, b, 'to').ok).toBe(b >= a);
          // An open end is never refused.
          expect(checkFilterRange(a, null, 'to').ok).toBe(true);
          expect(checkFilterRange(null, b, 'to').ok).toBe(true);
        },
      ),
    );
  });

  it('orders ISO dates as the calendar does', () => {
    const day = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(checkFilterRange(a, b, 'to').ok).toBe(Date.parse(b) >= Date.parse(a));
      }),
    );
  });
});
