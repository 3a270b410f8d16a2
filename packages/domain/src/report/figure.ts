/**
 * The figures of a work report (工作报告数据): a count or an amount, its unit, the value of the
 * comparison period, and how the report words it ("15.6万人", "1.36亿元").
 */

/** What a figure counts. Money is in integer fen and shown in 元. */
export const FIGURE_UNITS = Object.freeze([
  'PERSON',
  'ORGANIZATION',
  'TEAM',
  'ITEM',
  'HOUSEHOLD',
  'PERSON_TIME',
  'FEN',
] as const);

export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** The Chinese measure word of each unit (量词), as the reports write it. */
export const FIGURE_UNIT_LABELS: Readonly<Record<FigureUnit, string>> = Object.freeze({
  PERSON: '人',
  ORGANIZATION: '家',
  TEAM: '个',
  ITEM: '项',
  HOUSEHOLD: '户',
  PERSON_TIME: '人次',
  FEN: '元',
});

/** A figure with its comparison. */
export type FigureComparison = {
  readonly value: number;
  /** The comparison period's value; null when the figure has none (a count as of today). */
  readonly previous: number | null;
  /** value − previous; null without a previous value. */
  readonly change: number | null;
  /** The change as a one-decimal percentage of the previous value ("12.5", "-3.0"); null when
   * there is no previous value or it is 0 (a rise from nothing has no percentage). */
  readonly changePercent: string | null;
};

function requireSafeInteger(value: number, name: string) {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer`);
}

/** |change| / |base| as a percentage rounded half up to one decimal, signed, exactly. */
function percentOf(change: number, base: number): string {
  const numerator = BigInt(Math.abs(change)) * 1000n;
  const denominator = BigInt(Math.abs(base));
  let tenths = numerator / denominator;
  if ((numerator % denominator) * 2n >= denominator) tenths += 1n;
  const negative = change < 0 !== base < 0 && tenths !== 0n;
  return `${negative ? '-' : ''}${tenths / 10n}.${tenths % 10n}`;
}

/** The comparison of a value with the previous period's. Both are safe integers. */
export function compareFigure(value: number, previous: number | null): FigureComparison {
  requireSafeInteger(value, 'value');
  if (previous === null) return { value, previous: null, change: null, changePercent: null };
  requireSafeInteger(previous, 'previous');
  const change = value - previous;
  return {
    value,
    previous,
    change,
    changePercent: previous === 0 ? null : percentOf(change, previous),
  };
}

/** Trims trailing zeros of a fixed-point text: "1.30" → "1.3", "2.00" → "2". */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** Groups thousands: 12345 → "12,345". */
function grouped(value: bigint): string {
  return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** value / divisor rounded half up to `digits` decimals, as text, exactly. */
function scaled(value: bigint, divisor: bigint, digits: number): string {
  const factor = 10n ** BigInt(digits);
  const numerator = value * factor;
  let quotient = numerator / divisor;
  if ((numerator % divisor) * 2n >= divisor) quotient += 1n;
  const whole = quotient / factor;
  const fraction = (quotient % factor).toString().padStart(digits, '0');
  return trimZeros(`${whole}.${fraction}`);
}

/**
 * How a report writes a figure: below 10,000 as is ("966人", "4,700元" with grouping); from
 * 10,000 in 万 with up to two decimals ("15.6万人", "10.6万人次"); from 100,000,000 in 亿
 * ("1.36亿元"). Money (FEN) is first turned into 元 (to the fen below 10,000 元: "812.5元").
 */
export function formatFigure(value: number, unit: FigureUnit): string {
  requireSafeInteger(value, 'value');
  const negative = value < 0;
  const magnitude = BigInt(Math.abs(value));
  const label = FIGURE_UNIT_LABELS[unit];
  const sign = negative ? '-' : '';
  if (unit === 'FEN') {
    const yuanTimes100 = magnitude;
    if (yuanTimes100 < 1_000_000n) {
      const text = scaled(yuanTimes100, 100n, 2);
      const [whole = '0', fraction] = text.split('.');
      return `${sign}${grouped(BigInt(whole))}${fraction ? `.${fraction}` : ''}${label}`;
    }
    if (yuanTimes100 < 10_000_000_000n) {
      return `${sign}${scaled(yuanTimes100, 1_000_000n, 2)}万${label}`;
    }
    return `${sign}${scaled(yuanTimes100, 10_000_000_000n, 2)}亿${label}`;
  }
  if (magnitude < 10_000n) return `${sign}${grouped(magnitude)}${label}`;
  if (magnitude < 100_000_000n) return `${sign}${scaled(magnitude, 10_000n, 2)}万${label}`;
  return `${sign}${scaled(magnitude, 100_000_000n, 2)}亿${label}`;
}
