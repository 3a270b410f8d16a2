import type { Brand } from './brand.js';
import { type FieldError, fieldError } from './domain-error.js';
import { err, ok, type Result } from './result.js';

/**
 * An amount of money in integer fen (分, 1 元 = 100 分). Always a safe integer; may be negative
 * (e.g. refunds). Never a floating-point yuan amount.
 */
export type Fen = Brand<number, 'Fen'>;

/** Stable rule codes for money validation failures. */
export const MONEY_RULES = Object.freeze({
  EMPTY: 'MONEY_EMPTY',
  FORMAT: 'MONEY_FORMAT',
  PRECISION: 'MONEY_PRECISION',
  NOT_INTEGER: 'MONEY_NOT_INTEGER',
  OUT_OF_RANGE: 'MONEY_OUT_OF_RANGE',
  NOT_NUMBER: 'MONEY_NOT_NUMBER',
  BELOW_MINIMUM: 'MONEY_BELOW_MINIMUM',
} as const);

const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

function bigintToFen(value: bigint): Fen | null {
  if (value > MAX_FEN || value < -MAX_FEN) {
    return null;
  }
  return Number(value) as Fen;
}

function requireFen(value: bigint, operation: string): Fen {
  const result = bigintToFen(value);
  if (result === null) {
    throw new RangeError(`${operation}: result exceeds the safe integer range of fen`);
  }
  return result;
}

function requireSafeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${value}`);
  }
}

/**
 * Validates a number of fen: it must be a safe integer. `-0` is normalised to `0`.
 */
export function fen(amount: number, field = 'amount'): Result<Fen, FieldError> {
  if (!Number.isInteger(amount)) {
    return err(
      fieldError(field, MONEY_RULES.NOT_INTEGER, '金额必须是整数分（不能有小于 1 分的部分）'),
    );
  }
  if (!Number.isSafeInteger(amount)) {
    return err(fieldError(field, MONEY_RULES.OUT_OF_RANGE, '金额超出可处理的范围'));
  }
  return ok((amount === 0 ? 0 : amount) as Fen);
}

/**
 * Whether a value of unknown origin (a JSON body, a GraphQL variable) is a whole number of fen:
 * a `number` that is a safe integer. Strings, even '100', bigints, fractions, NaN and integers
 * beyond ±(2^53 − 1) are not.
 */
export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/**
 * Parses an amount of fen as it arrives on the wire (the GraphQL `Fen` scalar): it must be a
 * JSON number (rule MONEY_NOT_NUMBER otherwise: a string such as '100' is refused rather than
 * converted), a whole number of fen (MONEY_NOT_INTEGER: no fractions of a fen, no NaN or
 * infinities), a safe integer (MONEY_OUT_OF_RANGE: beyond ±(2^53 − 1) a double no longer holds
 * every fen exactly) and, when `min` is given, at least `min` (MONEY_BELOW_MINIMUM). `-0` is
 * normalised to `0`. `parseFen(x).ok` is `isFen(x)` when no `min` is given.
 */
export function parseFen(
  value: unknown,
  field = 'amount',
  options: { readonly min?: number } = {},
): Result<Fen, FieldError> {
  if (typeof value !== 'number') {
    return err(
      fieldError(field, MONEY_RULES.NOT_NUMBER, '金额必须是以分为单位的数字（不能是字符串）'),
    );
  }
  const amount = fen(value, field);
  if (!amount.ok) {
    return amount;
  }
  if (options.min !== undefined && amount.value < options.min) {
    return err(
      fieldError(
        field,
        MONEY_RULES.BELOW_MINIMUM,
        `金额不能小于 ${formatYuan(Math.ceil(options.min) as Fen)} 元`,
      ),
    );
  }
  return amount;
}

const YUAN_PATTERN = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const TOO_PRECISE_PATTERN = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{3,}$/;

/**
 * Parses a decimal yuan string into fen exactly, without floating point.
 *
 * Accepted: '4.71', '4.7', '4', '0.05', '1,090.5', '1090.50', '-12.30' (surrounding spaces are
 * trimmed). Thousands separators, when used, must group every three digits ('1,09.5' is
 * rejected). More than two decimals is rejected (rule MONEY_PRECISION) rather than rounded.
 */
export function yuanToFen(input: string, field = 'amount'): Result<Fen, FieldError> {
  const text = input.trim();
  if (text === '') {
    return err(fieldError(field, MONEY_RULES.EMPTY, '请填写金额'));
  }
  const match = YUAN_PATTERN.exec(text);
  if (match === null) {
    if (TOO_PRECISE_PATTERN.test(text)) {
      return err(fieldError(field, MONEY_RULES.PRECISION, '金额最多保留两位小数（精确到分）'));
    }
    return err(
      fieldError(field, MONEY_RULES.FORMAT, '金额格式不正确，应为如 1090.50 或 1,090.50 的数字'),
    );
  }
  const negative = match[1] === '-';
  const integerPart = (match[2] ?? '0').replaceAll(',', '');
  const fractionPart = (match[3] ?? '').padEnd(2, '0');
  const magnitude = BigInt(integerPart) * 100n + BigInt(fractionPart);
  const value = bigintToFen(negative ? -magnitude : magnitude);
  if (value === null) {
    return err(fieldError(field, MONEY_RULES.OUT_OF_RANGE, '金额超出可处理的范围'));
  }
  return ok(value);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats fen as yuan with two decimals and thousands separators: 109050 → '1,090.50',
 * -5 → '-0.05'. No currency symbol. `yuanToFen(formatYuan(x))` returns `x`.
 */
export function formatYuan(amount: Fen): string {
  const negative = amount < 0;
  const magnitude = Math.abs(amount);
  const yuan = Math.trunc(magnitude / 100);
  const cents = magnitude % 100;
  return `${negative ? '-' : ''}${groupThousands(String(yuan))}.${String(cents).padStart(2, '0')}`;
}

/** a + b. Throws RangeError if the sum leaves the safe integer range (a programming error). */
export function addFen(a: Fen, b: Fen): Fen {
  return requireFen(BigInt(a) + BigInt(b), 'addFen');
}

/** a − b. Throws RangeError if the difference leaves the safe integer range. */
export function subtractFen(a: Fen, b: Fen): Fen {
  return requireFen(BigInt(a) - BigInt(b), 'subtractFen');
}

/** Sum of all amounts (0 for an empty list). Throws RangeError on overflow. */
export function sumFen(amounts: readonly Fen[]): Fen {
  let total = 0n;
  for (const amount of amounts) {
    total += BigInt(amount);
  }
  return requireFen(total, 'sumFen');
}

/**
 * amount × numerator ÷ denominator, rounded to a whole fen with **half-up (四舍五入)**:
 * a remainder of exactly one half is rounded away from zero, so 2.5 分 → 3 分 and
 * −2.5 分 → −3 分. (Half-up rather than banker's rounding, because that is what staff expect
 * and what paper calculations of 会费 use.)
 *
 * Example: 2% of 1,234.56 元 → multiplyFenByRatio(123456, 2, 100) = 2469 (24.6912 → 24.69).
 *
 * The computation is exact (BigInt). Throws RangeError when numerator/denominator are not
 * safe integers, the denominator is zero, or the result leaves the safe integer range.
 */
export function multiplyFenByRatio(amount: Fen, numerator: number, denominator: number): Fen {
  requireSafeInteger(numerator, 'numerator');
  requireSafeInteger(denominator, 'denominator');
  if (denominator === 0) {
    throw new RangeError('denominator must not be zero');
  }
  let product = BigInt(amount) * BigInt(numerator);
  let divisor = BigInt(denominator);
  if (divisor < 0n) {
    product = -product;
    divisor = -divisor;
  }
  let quotient = product / divisor; // truncates toward zero
  const remainder = product % divisor; // same sign as product
  const twiceAbsRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twiceAbsRemainder >= divisor) {
    quotient += product < 0n ? -1n : 1n;
  }
  return requireFen(quotient, 'multiplyFenByRatio');
}

/**
 * Splits `total` into parts proportional to `ratios` without losing or inventing a fen
 * (largest-remainder method): each part first gets ⌊total × ratio ÷ Σratios⌋, then the
 * fen left over go one each to the parts with the largest remainders (ties: earlier index
 * first). The parts always sum to `total`; a zero ratio always gets 0; each part differs from
 * its exact share by less than 1 fen. A negative total is split as its magnitude, then negated.
 *
 * Example: allocateFen(100, [1, 1, 1]) → [34, 33, 33].
 *
 * Ratios must be non-negative safe integers (use integer weights such as 50/30/20 for
 * percentages) with a positive sum; otherwise throws RangeError.
 */
export function allocateFen(total: Fen, ratios: readonly number[]): Fen[] {
  if (ratios.length === 0) {
    throw new RangeError('allocateFen needs at least one ratio');
  }
  let ratioSum = 0n;
  for (const ratio of ratios) {
    requireSafeInteger(ratio, 'ratio');
    if (ratio < 0) {
      throw new RangeError(`ratio must not be negative, got ${ratio}`);
    }
    ratioSum += BigInt(ratio);
  }
  if (ratioSum === 0n) {
    throw new RangeError('the sum of ratios must be positive');
  }
  const negative = total < 0;
  const magnitude = BigInt(Math.abs(total));
  const shares = ratios.map((ratio, index) => {
    const product = magnitude * BigInt(ratio);
    return { index, base: product / ratioSum, remainder: product % ratioSum };
  });
  let leftover = magnitude;
  for (const share of shares) {
    leftover -= share.base;
  }
  const byRemainder = [...shares].sort((a, b) => {
    if (a.remainder !== b.remainder) {
      return a.remainder > b.remainder ? -1 : 1;
    }
    return a.index - b.index;
  });
  const parts = shares.map((share) => share.base);
  for (const share of byRemainder) {
    if (leftover === 0n) {
      break;
    }
    parts[share.index] = share.base + 1n;
    leftover -= 1n;
  }
  return parts.map((part) => requireFen(negative ? -part : part, 'allocateFen'));
}
