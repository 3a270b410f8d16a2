import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFen,
  allocateFen,
  type Fen,
  fen,
  formatYuan,
  isFen,
  MONEY_RULES,
  multiplyFenByRatio,
  parseFen,
  subtractFen,
  sumFen,
  yuanToFen,
} from './money.js';
import type { Result } from './result.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function ruleOf<T>(result: Result<T, { rule: string }>): string | null {
  return result.ok ? null : result.error.rule;
}

const f = (n: number): Fen => unwrap(fen(n));

const safeFen = fc.maxSafeInteger().map(f);

describe('fen', () => {
  it('accepts safe integers and normalises -0', () => {
    expect(unwrap(fen(471))).toBe(471);
    expect(unwrap(fen(-1230))).toBe(-1230);
    expect(Object.is(unwrap(fen(-0)), 0)).toBe(true);
    expect(unwrap(fen(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    [1.5, MONEY_RULES.NOT_INTEGER],
    [0.1, MONEY_RULES.NOT_INTEGER],
    [Number.NaN, MONEY_RULES.NOT_INTEGER],
    [Number.POSITIVE_INFINITY, MONEY_RULES.NOT_INTEGER],
    [2 ** 53, MONEY_RULES.OUT_OF_RANGE],
    [-(2 ** 53), MONEY_RULES.OUT_OF_RANGE],
  ])('rejects %s with %s', (value, rule) => {
    expect(ruleOf(fen(value))).toBe(rule);
  });

  it('names the field in the error', () => {
    const result = fen(1.5, 'duesAmount');
    expect(result.ok ? null : result.error.field).toBe('duesAmount');
  });
});

describe('isFen / parseFen (the wire form of an amount)', () => {
  it.each([
    [0, 0],
    [1, 1],
    [-1, -1],
    [2 ** 31, 2 ** 31],
    [2_147_483_648_00, 2_147_483_648_00],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    [-Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER],
  ])('accepts %s', (value, expected) => {
    expect(isFen(value)).toBe(true);
    expect(unwrap(parseFen(value))).toBe(expected);
  });

  it('normalises -0 to 0', () => {
    expect(Object.is(unwrap(parseFen(-0)), 0)).toBe(true);
  });

  it.each([
    ['100', MONEY_RULES.NOT_NUMBER],
    ['1.5', MONEY_RULES.NOT_NUMBER],
    ['', MONEY_RULES.NOT_NUMBER],
    [null, MONEY_RULES.NOT_NUMBER],
    [undefined, MONEY_RULES.NOT_NUMBER],
    [true, MONEY_RULES.NOT_NUMBER],
    [100n, MONEY_RULES.NOT_NUMBER],
    [[100], MONEY_RULES.NOT_NUMBER],
    [{ fen: 100 }, MONEY_RULES.NOT_NUMBER],
    [0.5, MONEY_RULES.NOT_INTEGER],
    [100.01, MONEY_RULES.NOT_INTEGER],
    [-0.1, MONEY_RULES.NOT_INTEGER],
    [Number.NaN, MONEY_RULES.NOT_INTEGER],
    [Number.POSITIVE_INFINITY, MONEY_RULES.NOT_INTEGER],
    [Number.NEGATIVE_INFINITY, MONEY_RULES.NOT_INTEGER],
    [2 ** 53, MONEY_RULES.OUT_OF_RANGE],
    [-(2 ** 53), MONEY_RULES.OUT_OF_RANGE],
    [1e300, MONEY_RULES.OUT_OF_RANGE],
  ])('refuses %s with %s', (value, rule) => {
    expect(isFen(value)).toBe(false);
    expect(ruleOf(parseFen(value))).toBe(rule);
  });

  it.each([
    [0, 1, MONEY_RULES.BELOW_MINIMUM],
    [-1, 0, MONEY_RULES.BELOW_MINIMUM],
    [0, 0, null],
    [1, 1, null],
  ])('checks %d against the minimum %d', (value, min, rule) => {
    expect(ruleOf(parseFen(value, 'amountFen', { min }))).toBe(rule);
  });

  it('names the field in every error', () => {
    for (const [value, min] of [
      ['7', undefined],
      [7.5, undefined],
      [2 ** 60, undefined],
      [-7, 0],
    ] as const) {
      const result = parseFen(value, 'budget.amountFen', min === undefined ? {} : { min });
      expect(result.ok ? null : result.error.field).toBe('budget.amountFen');
    }
  });

  it('accepts exactly the safe integers, whatever number it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.double(), fc.integer()), (value) => {
        const result = parseFen(value);
        expect(result.ok).toBe(Number.isSafeInteger(value));
        expect(isFen(value)).toBe(result.ok);
        if (result.ok) expect(result.value).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it('refuses every non-number, including the digits of a valid amount as a string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.maxSafeInteger().map(String),
          fc.string(),
          fc.boolean(),
          fc.constant(null),
          fc.bigInt(),
          fc.object(),
        ),
        (value) => {
          expect(isFen(value)).toBe(false);
          expect(ruleOf(parseFen(value))).toBe(MONEY_RULES.NOT_NUMBER);
        },
      ),
    );
  });

  it('honours the minimum: a safe integer passes exactly when it is at least min', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        (value, min) => {
          expect(parseFen(value, 'amount', { min }).ok).toBe(value >= min);
        },
      ),
    );
  });

  it('round-trips through JSON unchanged', () => {
    fc.assert(
      fc.property(safeFen, (amount) => {
        expect(unwrap(parseFen(JSON.parse(JSON.stringify(amount))))).toBe(amount);
      }),
    );
  });
});

describe('yuanToFen', () => {
  it.each([
    ['4.71', 471],
    ['4.7', 470],
    ['4', 400],
    ['0.05', 5],
    ['0.29', 29],
    ['4.35', 435],
    ['1,090.5', 109050],
    ['1090.50', 109050],
    ['1,234,567.89', 123456789],
    ['-12.30', -1230],
    [' 3.00 ', 300],
    ['007.5', 750],
    ['0', 0],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
    ['-90,071,992,547,409.91', -Number.MAX_SAFE_INTEGER],
  ])('parses %j as %d fen', (input, expected) => {
    expect(unwrap(yuanToFen(input))).toBe(expected);
  });

  it('parses -0 as 0, not -0', () => {
    expect(Object.is(unwrap(yuanToFen('-0.00')), 0)).toBe(true);
  });

  it.each([
    ['', MONEY_RULES.EMPTY],
    ['   ', MONEY_RULES.EMPTY],
    ['4.711', MONEY_RULES.PRECISION],
    ['1.005', MONEY_RULES.PRECISION],
    ['1,090.505', MONEY_RULES.PRECISION],
    ['abc', MONEY_RULES.FORMAT],
    ['1,09.5', MONEY_RULES.FORMAT],
    ['1090,5', MONEY_RULES.FORMAT],
    ['1.2.3', MONEY_RULES.FORMAT],
    ['.5', MONEY_RULES.FORMAT],
    ['5.', MONEY_RULES.FORMAT],
    ['1e3', MONEY_RULES.FORMAT],
    ['¥5', MONEY_RULES.FORMAT],
    ['+5', MONEY_RULES.FORMAT],
    ['５', MONEY_RULES.FORMAT],
    ['90071992547409.92', MONEY_RULES.OUT_OF_RANGE],
    ['100000000000000000', MONEY_RULES.OUT_OF_RANGE],
  ])('rejects %j with %s', (input, rule) => {
    expect(ruleOf(yuanToFen(input))).toBe(rule);
  });

  it('is exact for any integer yuan and two-digit fraction', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 31 }), fc.nat({ max: 99 }), (yuan, cents) => {
        const text = `${yuan}.${String(cents).padStart(2, '0')}`;
        expect(unwrap(yuanToFen(text))).toBe(yuan * 100 + cents);
      }),
    );
  });
});

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [99999, '999.99'],
    [100000, '1,000.00'],
    [109050, '1,090.50'],
    [100000000, '1,000,000.00'],
    [-5, '-0.05'],
    [-123456, '-1,234.56'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
  ])('formats %d fen as %j', (amount, expected) => {
    expect(formatYuan(f(amount))).toBe(expected);
  });

  it('round-trips through yuanToFen for every safe amount', () => {
    fc.assert(
      fc.property(safeFen, (amount) => {
        expect(unwrap(yuanToFen(formatYuan(amount)))).toBe(amount);
      }),
    );
  });

  it('round-trips a parsed plain decimal back to the same value', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[1-9]\d{0,10}\.\d{2}$/), (text) => {
        const amount = unwrap(yuanToFen(text));
        expect(formatYuan(amount).replaceAll(',', '')).toBe(text);
      }),
    );
  });
});

describe('addFen / subtractFen / sumFen', () => {
  it('adds and subtracts', () => {
    expect(addFen(f(471), f(29))).toBe(500);
    expect(subtractFen(f(471), f(500))).toBe(-29);
    expect(sumFen([f(1), f(2), f(3)])).toBe(6);
    expect(sumFen([])).toBe(0);
  });

  it('throws RangeError on overflow', () => {
    const max = f(Number.MAX_SAFE_INTEGER);
    expect(() => addFen(max, f(1))).toThrow(RangeError);
    expect(() => subtractFen(f(-Number.MAX_SAFE_INTEGER), f(1))).toThrow(RangeError);
    expect(() => sumFen([max, max])).toThrow(RangeError);
  });

  it('sumFen tolerates intermediate overflow when the total is safe', () => {
    const max = f(Number.MAX_SAFE_INTEGER);
    expect(sumFen([max, max, f(-Number.MAX_SAFE_INTEGER)])).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('multiplyFenByRatio', () => {
  it.each([
    [123456, 2, 100, 2469],
    [5, 1, 2, 3],
    [3, 1, 2, 2],
    [-5, 1, 2, -3],
    [-3, 1, 2, -2],
    [1, 1, 3, 0],
    [2, 1, 3, 1],
    [10, 1, -4, -3],
    [-10, 1, -4, 3],
    [100000, 5, 1000, 500],
    [0, 7, 9, 0],
  ])('%d × %d ÷ %d = %d (half-up, ties away from zero)', (amount, num, den, expected) => {
    expect(multiplyFenByRatio(f(amount), num, den)).toBe(expected);
  });

  it('rejects bad ratios with RangeError', () => {
    expect(() => multiplyFenByRatio(f(100), 1, 0)).toThrow(RangeError);
    expect(() => multiplyFenByRatio(f(100), 0.5, 1)).toThrow(RangeError);
    expect(() => multiplyFenByRatio(f(100), 1, 1.5)).toThrow(RangeError);
    expect(() => multiplyFenByRatio(f(Number.MAX_SAFE_INTEGER), 2, 1)).toThrow(RangeError);
  });

  it('is within half a fen of the exact value, ties rounded away from zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -100_000, max: 100_000 }).filter((d) => d !== 0),
        (amount, numerator, denominator) => {
          const result = multiplyFenByRatio(f(amount), numerator, denominator);
          const exactTimesDen = BigInt(amount) * BigInt(numerator);
          const den = BigInt(denominator);
          const diff = BigInt(result) * den - exactTimesDen; // (result − exact) × den
          const twiceAbsDiff = (diff < 0n ? -diff : diff) * 2n;
          const absDen = den < 0n ? -den : den;
          expect(twiceAbsDiff <= absDen).toBe(true);
          if (twiceAbsDiff === absDen) {
            // a tie: the result must be further from zero than the exact value
            expect(Math.abs(result) * Math.abs(denominator)).toBeGreaterThan(
              Math.abs(amount * numerator),
            );
          }
        },
      ),
    );
  });
});

describe('allocateFen', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [100, [1, 2], [33, 67]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [0, [1, 2], [0, 0]],
    [5, [0, 1], [0, 5]],
    [1, [1, 1, 1], [1, 0, 0]],
    [10000, [50, 30, 20], [5000, 3000, 2000]],
    [101, [50, 30, 20], [51, 30, 20]],
    [7, [1], [7]],
  ])('allocates %d by %j as %j', (total, ratios, expected) => {
    expect(allocateFen(f(total), ratios)).toEqual(expected);
  });

  it('never produces -0', () => {
    for (const part of allocateFen(f(-1), [1, 1])) {
      expect(Object.is(part, -0)).toBe(false);
    }
  });

  it('rejects bad ratios with RangeError', () => {
    expect(() => allocateFen(f(100), [])).toThrow(RangeError);
    expect(() => allocateFen(f(100), [0, 0])).toThrow(RangeError);
    expect(() => allocateFen(f(100), [-1, 2])).toThrow(RangeError);
    expect(() => allocateFen(f(100), [1.5, 1])).toThrow(RangeError);
  });

  const ratiosArb = fc
    .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 })
    .filter((ratios) => ratios.some((r) => r > 0));
  const totalArb = fc
    .oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.maxSafeInteger())
    .map(f);

  it('sumFen of the parts always equals the total', () => {
    fc.assert(
      fc.property(totalArb, ratiosArb, (total, ratios) => {
        const parts = allocateFen(total, ratios);
        expect(parts).toHaveLength(ratios.length);
        expect(sumFen(parts)).toBe(total);
      }),
    );
  });

  it('each part is within one fen of its exact share, and zero ratios get nothing', () => {
    fc.assert(
      fc.property(totalArb, ratiosArb, (total, ratios) => {
        const parts = allocateFen(total, ratios);
        const ratioSum = BigInt(ratios.reduce((a, b) => a + b, 0));
        parts.forEach((part, i) => {
          const ratio = ratios[i] ?? 0;
          const diff = BigInt(part) * ratioSum - BigInt(total) * BigInt(ratio);
          expect((diff < 0n ? -diff : diff) < ratioSum).toBe(true);
          if (ratio === 0) {
            expect(part).toBe(0);
          }
        });
      }),
    );
  });
});
