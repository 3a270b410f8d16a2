import { type Fen, formatYuan, multiplyFenByRatio } from '../shared/money.js';

/**
 * Money helpers of the aid module. Amounts are integer fen (分) throughout; these helpers only
 * add what aid needs on top of `shared/money.ts`: compact wording for reasons, basis-point
 * shares and exact, floor-rounded per-capita monthly figures.
 */

/** 10000 basis points = 100 %. */
export const FULL_BASIS_POINTS = 10_000;

/**
 * Yuan for a sentence a caseworker reads: whole yuan without decimals ('1,090'), otherwise two
 * decimals ('812.50'). Never rounds: '1,090' always means exactly 1,090.00 元.
 */
export function formatYuanCompact(amount: Fen): string {
  const full = formatYuan(amount);
  return full.endsWith('.00') ? full.slice(0, -3) : full;
}

/** `amount` × basisPoints ÷ 10000, rounded half up to a whole fen (e.g. 50 % of 1,000.01 元). */
export function fenTimesBasisPoints(amount: Fen, basisPoints: number): Fen {
  return multiplyFenByRatio(amount, basisPoints, FULL_BASIS_POINTS);
}

/** `amount` × percent ÷ 100, rounded half up to a whole fen (e.g. 2 × the line is percent 200). */
export function fenTimesPercent(amount: Fen, percent: number): Fen {
  return multiplyFenByRatio(amount, percent, 100);
}

/** The smaller of two amounts. */
export function minFen(a: Fen, b: Fen): Fen {
  return (a < b ? a : b) as Fen;
}

/** The larger of two amounts. */
export function maxFen(a: Fen, b: Fen): Fen {
  return (a > b ? a : b) as Fen;
}

/** 0 fen, typed. */
export const ZERO_FEN = 0 as Fen;

/**
 * The monthly per-capita figure of an annual household amount: annual ÷ (persons × 12),
 * rounded **down** to a whole fen (toward −∞). Rounding down keeps the displayed figure
 * consistent with an exact comparison against a whole-fen threshold T: the exact value is
 * below T exactly when the floored value is below T.
 */
export function monthlyPerCapitaFloor(annualAmount: Fen, persons: number): Fen {
  if (!Number.isSafeInteger(persons) || persons <= 0) {
    throw new RangeError(`persons must be a positive integer, got ${persons}`);
  }
  const divisor = BigInt(persons) * 12n;
  const value = BigInt(annualAmount);
  let quotient = value / divisor;
  if (value % divisor !== 0n && value < 0n) {
    quotient -= 1n;
  }
  return Number(quotient) as Fen;
}

/**
 * True when annual ÷ (persons × 12) < monthlyThreshold exactly (no rounding): compares
 * annual < monthlyThreshold × persons × 12 in integers.
 */
export function monthlyPerCapitaBelow(
  annualAmount: Fen,
  persons: number,
  monthlyThreshold: Fen,
): boolean {
  return BigInt(annualAmount) < BigInt(monthlyThreshold) * BigInt(persons) * 12n;
}
