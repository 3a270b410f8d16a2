/**
 * Where the roster files live on the gateway and what they are called when saved. The gateway
 * serves them at the site root (not under /admin/) with the session cookie.
 */

/** The empty import template (姓名, 身份证号, 手机号, 入会日期, 是否农民工, 新就业形态群体, 工作单位). */
export const rosterTemplateUrl = '/api/rosters/template.xlsx';

/** The masked roster of a union; with a reason, the full ID numbers and phones (logged). */
export function rosterExportUrl(organizationId: string, revealReason?: string): string {
  const base = `/api/rosters/${encodeURIComponent(organizationId)}/roster.xlsx`;
  if (revealReason === undefined) return base;
  const query = new URLSearchParams({ reveal: '1', reason: revealReason });
  return `${base}?${query.toString()}`;
}

/** The per-row error report of one import. */
export function importReportUrl(importId: string): string {
  return `/api/roster-imports/${encodeURIComponent(importId)}/report.xlsx`;
}

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const unsafeInFileName = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/**
 * A piece of a file name from free text (a union's name, an uploaded file's name): unsafe
 * characters become '_', runs of spaces collapse, dots and spaces are trimmed at both ends,
 * and it is cut to `max` characters. Never empty: `fallback` when nothing is left.
 */
export function safeFileNamePart(text: string, fallback: string, max = 80): string {
  const cleaned = text
    .replace(unsafeInFileName, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const cut = Array.from(cleaned).slice(0, max).join('');
  return cut === '' ? fallback : cut;
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/** 'YYYY-MM-DD' of an instant in a time zone (the browser's by default). */
export function dateStamp(instant: Date, timeZone?: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${pad2(Number(parts.month))}-${pad2(Number(parts.day))}`;
}

export interface RosterFileWords {
  /** 会员名册 / member-roster. */
  roster: string;
  /** 完整信息 / full: marks a file with the unmasked ID numbers and phones. */
  full: string;
  /** 错误报告 / error-report. */
  report: string;
  /** 工会 / union: when the union's name leaves nothing usable. */
  union: string;
}

/** `<union name>-会员名册-<date>.xlsx`, or `<union name>-会员名册-完整信息-<date>.xlsx`. */
export function rosterExportFileName(
  unionName: string,
  date: string,
  words: RosterFileWords,
  full = false,
): string {
  const union = safeFileNamePart(unionName, words.union);
  return full
    ? `${union}-${words.roster}-${words.full}-${date}.xlsx`
    : `${union}-${words.roster}-${date}.xlsx`;
}

/** `<uploaded file's name without .xlsx>-错误报告.xlsx`. */
export function importReportFileName(uploadedName: string, words: RosterFileWords): string {
  const stem = uploadedName.replace(/\.xlsx$/i, '');
  return `${safeFileNamePart(stem, words.roster)}-${words.report}.xlsx`;
}

/** True when the chosen file looks like an Excel workbook (.xlsx); the gateway checks the content. */
export function isXlsxFileName(name: string): boolean {
  return /\.xlsx$/i.test(name.trim());
}

/**
 * The file name a download response proposes (RFC 6266 `filename*=UTF-8''…` first, then
 * `filename="…"`), or null when it proposes none.
 */
export function fileNameFromContentDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Malformed percent-encoding: fall through to the plain form.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header);
  const value = (plain?.[1] ?? plain?.[2])?.trim();
  return value ? value : null;
}
