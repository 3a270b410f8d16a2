import type { EmployerOwnership, OrgKind } from '../graphql';
import { enMessages, enOrgKinds, enOwnerships } from './en';
import { type MessageKey, zhCNMessages, zhCNOrgKinds, zhCNOwnerships } from './zh-cn';

export type { MessageKey } from './zh-cn';

/** The console speaks Chinese first; English is available for visitors and developers. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export interface Catalogue {
  messages: Record<MessageKey, string>;
  orgKinds: Record<OrgKind, string>;
  ownerships: Record<EmployerOwnership, string>;
}

export const catalogues: Record<Locale, Catalogue> = {
  'zh-CN': { messages: zhCNMessages, orgKinds: zhCNOrgKinds, ownerships: zhCNOwnerships },
  en: { messages: enMessages, orgKinds: enOrgKinds, ownerships: enOwnerships },
};

/** A stored choice wins; otherwise English only for an English-only visitor; else Chinese. */
export function resolveLocale(
  stored: string | null | undefined,
  preferred: readonly string[] = [],
): Locale {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  const first = preferred[0]?.toLowerCase();
  if (first === undefined) return defaultLocale;
  return first.startsWith('en') ? 'en' : defaultLocale;
}

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills its `{name}` placeholders; an unknown placeholder stays as written. */
export function translate(catalogue: Catalogue, key: MessageKey, params?: MessageParams): string {
  const template = catalogue.messages[key] ?? zhCNMessages[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * The label of an enum value. A value this build does not know yet (the gateway may be newer)
 * shows as its code rather than disappearing; a missing value shows the empty mark.
 */
export function labelOf(
  labels: Readonly<Record<string, string>>,
  value: string | null | undefined,
  empty = '—',
): string {
  if (value === null || value === undefined || value === '') return empty;
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const englishMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A schema `Date` ('YYYY-MM-DD') for people: 1994年10月18日, or 18 Oct 1994. */
export function formatCalendarDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '—';
  const match = calendarDate.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  const dayNumber = Number(day);
  if (locale === 'en') return `${dayNumber} ${englishMonths[monthNumber - 1] ?? month} ${year}`;
  return `${year}年${monthNumber}月${dayNumber}日`;
}

/** 12000 → 12,000 (grouping as people in both locales expect). */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN').format(value);
}
