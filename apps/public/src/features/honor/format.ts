import { formatCalendarDate, type Locale } from '../../i18n/catalogue';

/** 异议内容: 5–1000 characters after trimming, as `submitObjection` counts them. */
export const objectionMinLength = 5;
export const objectionMaxLength = 1000;

export interface ObjectionTextState {
  /** Characters that count (the trimmed text's length). */
  length: number;
  tooShort: boolean;
  tooLong: boolean;
}

export function objectionTextState(text: string): ObjectionTextState {
  const length = text.trim().length;
  return {
    length,
    tooShort: length < objectionMinLength,
    tooLong: length > objectionMaxLength,
  };
}

const shanghaiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** An API `DateTime` as the calendar day in China: 2026年3月5日 (2026-03-05 in English). */
export function formatInstantDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '—';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return formatCalendarDate(shanghaiDate.format(instant), locale);
}

/** A bar's length in % of the longest; a non-zero count stays visible (at least 2 %). */
export function barPercent(count: number, max: number): number {
  if (!(max > 0) || !(count > 0)) return 0;
  return Math.min(100, Math.max(2, Math.round((count / max) * 100)));
}

/** The first character of a name, for the neutral placeholder instead of a photo. */
export function nameInitial(name: string): string {
  return Array.from(name.trim())[0] ?? '?';
}

/** A verification code as typed (spaces, lower case) in the form the URL carries. */
export function certificateCodeForUrl(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** Longest code the verify form accepts (the API refuses over 40). */
export const maxCertificateCodeLength = 40;

/** The industries the platform's unions record (the roll's 行业 filter; matched exactly). */
export const honorIndustries: readonly string[] = [
  '制造业',
  '交通运输',
  '卫生',
  '教育',
  '信息技术',
  '能源',
  '建筑业',
  '采矿业',
  '金融业',
  '批发和零售业',
  '住宿和餐饮业',
  '居民服务业',
  '文化体育和娱乐业',
  '农林牧渔业',
  '科学研究和技术服务业',
];

/** A photo address the page may load (https or this site); anything else shows the placeholder. */
export function photoSource(url: string | null | undefined): string | null {
  const value = url?.trim();
  if (!value) return null;
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  return /^https:\/\/[^/\s]+/i.test(value) ? value : null;
}
