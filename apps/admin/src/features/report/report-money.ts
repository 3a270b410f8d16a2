import { formatYuan, isFen } from '@gonghui/domain';

/**
 * A money figure of the report in yuan, exact to the fen from its `Fen` field ('1,234.56'), with
 * '+' before a rise when `signed`; null when the figure has no such amount (a count, or no
 * previous period).
 */
export function figureYuan(amountFen: number | null | undefined, signed = false): string | null {
  if (!isFen(amountFen)) return null;
  return `${signed && amountFen > 0 ? '+' : ''}${formatYuan(amountFen)}`;
}
