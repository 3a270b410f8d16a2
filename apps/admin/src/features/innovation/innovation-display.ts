/** Pure helpers of the innovation screens. */

/** '★★★☆☆' for 3 of 5; '' for no rating. */
export function starsText(stars: number | null | undefined): string {
  if (stars === null || stars === undefined) return '';
  const whole = Math.max(0, Math.min(5, Math.round(stars)));
  return '★'.repeat(whole) + '☆'.repeat(5 - whole);
}

/** Fen as yuan with two decimals and thousands separators (no float rounding of whole fen). */
export function formatFenAsYuan(amountFen: number): string {
  const negative = amountFen < 0;
  const magnitude = Math.abs(Math.trunc(amountFen));
  const yuan = Math.trunc(magnitude / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(magnitude % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** Yuan typed in a form (at most two decimals) as whole fen; null when not a valid amount. */
export function yuanToFen(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return null;
  const fen = Math.round(yuan * 100);
  return Math.abs(fen - yuan * 100) < 1e-6 ? fen : null;
}

export const studiosPath = '/innovation';
export const conversionBoardPath = '/innovation/results';
export const networkPath = '/innovation/network';
export const studioPath = (id: string) => `/innovation/studios/${encodeURIComponent(id)}`;
