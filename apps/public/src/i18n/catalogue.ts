import type { OrgKind } from '../graphql';
import { enMessages, enOrgKinds } from './en';
import { type MessageKey, zhCNMessages, zhCNOrgKinds } from './zh-cn';

export type { MessageKey } from './zh-cn';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export interface Catalogue {
  messages: Record<MessageKey, string>;
  orgKinds: Record<OrgKind, string>;
}

export const catalogues: Record<Locale, Catalogue> = {
  'zh-CN': { messages: zhCNMessages, orgKinds: zhCNOrgKinds },
  en: { messages: enMessages, orgKinds: enOrgKinds },
};

/** A stored choice wins; otherwise English only for an English-first browser; else Chinese. */
export function resolveLocale(
  stored: string | null | undefined,
  preferred: readonly string[] = [],
): Locale {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  return preferred[0]?.toLowerCase().startsWith('en') ? 'en' : defaultLocale;
}

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills its `{name}` placeholders; an unknown one stays as written. */
export function translate(catalogue: Catalogue, key: MessageKey, params?: MessageParams): string {
  const template = catalogue.messages[key] ?? zhCNMessages[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The label of an enum value; an unknown value (a newer gateway) shows as its code. */
export function labelOf(
  labels: Readonly<Record<string, string>>,
  value: string | null | undefined,
  empty = '—',
): string {
  if (value === null || value === undefined || value === '') return empty;
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A schema `Date` ('YYYY-MM-DD') for people: 1994年10月18日, or 1994-10-18 in English. */
export function formatCalendarDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '—';
  const match = calendarDate.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  return locale === 'en' ? value : `${year}年${Number(month)}月${Number(day)}日`;
}
