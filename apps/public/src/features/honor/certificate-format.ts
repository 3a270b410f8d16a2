import { verifyHref } from './routes';

/**
 * What only the certificate page needs (kept out of format.ts and routes.ts, which the roll's
 * chunks load): the QR code's target and the certificate's date.
 */

const shanghaiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The absolute address a certificate's QR code carries: this site's /verify/<code>, so a phone
 * that scans a printed certificate opens the live answer (有效, 已撤销 or 查无此证书).
 */
export function verifyUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}${verifyHref(code)}`;
}

const chineseDigits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–31 the way a date is read out: 一, 十, 十一, 二十, 三十一. */
function chineseSmallNumber(value: number): string {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${chineseDigits[tens]}十`;
  return `${tensText}${units === 0 ? '' : chineseDigits[units]}`;
}

/**
 * An API `DateTime` as a certificate dates it, in China's calendar day with Chinese numerals:
 * 二〇二六年六月八日. Null for a missing or unreadable instant.
 */
export function certificateDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  const [year = '', month = '', day = ''] = shanghaiDate.format(instant).split('-');
  const yearText = Array.from(year, (digit) => chineseDigits[Number(digit)]).join('');
  return `${yearText}年${chineseSmallNumber(Number(month))}月${chineseSmallNumber(Number(day))}日`;
}
