import type {
  EmployerOwnership,
  MemberStatus,
  NewEmploymentGroup,
  OrgKind,
  Permission,
  Sex,
  StaffRole,
} from '../graphql';
import {
  enAuditActions,
  enAuditFields,
  enAuditTargetTypes,
  enEmploymentGroups,
  enMemberStatuses,
  enMessages,
  enOrgKinds,
  enOwnerships,
  enPermissions,
  enPersonalFields,
  enRoles,
  enSexes,
} from './en';
import {
  type AuditAction,
  type AuditField,
  type AuditTargetType,
  type MessageKey,
  zhCNAuditActions,
  zhCNAuditFields,
  zhCNAuditTargetTypes,
  zhCNEmploymentGroups,
  zhCNMemberStatuses,
  zhCNMessages,
  zhCNOrgKinds,
  zhCNOwnerships,
  zhCNPermissions,
  zhCNPersonalFields,
  zhCNRoles,
  zhCNSexes,
} from './zh-cn';

export type { AuditAction, AuditField, AuditTargetType, MessageKey } from './zh-cn';
export { auditActions, auditFields, auditTargetTypes } from './zh-cn';

/** The console speaks Chinese first; English is available for visitors and developers. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export interface Catalogue {
  messages: Record<MessageKey, string>;
  orgKinds: Record<OrgKind, string>;
  ownerships: Record<EmployerOwnership, string>;
  roles: Record<StaffRole, string>;
  permissions: Record<Permission, string>;
  auditActions: Record<AuditAction, string>;
  auditTargetTypes: Record<AuditTargetType, string>;
  auditFields: Record<AuditField, string>;
  personalFields: Record<string, string>;
  memberStatuses: Record<MemberStatus, string>;
  sexes: Record<Sex, string>;
  employmentGroups: Record<NewEmploymentGroup, string>;
}

/** The enum label maps of a catalogue (every field but `messages`). */
export type LabelGroup = Exclude<keyof Catalogue, 'messages'>;

export const catalogues: Record<Locale, Catalogue> = {
  'zh-CN': {
    messages: zhCNMessages,
    orgKinds: zhCNOrgKinds,
    ownerships: zhCNOwnerships,
    roles: zhCNRoles,
    permissions: zhCNPermissions,
    auditActions: zhCNAuditActions,
    auditTargetTypes: zhCNAuditTargetTypes,
    auditFields: zhCNAuditFields,
    personalFields: zhCNPersonalFields,
    memberStatuses: zhCNMemberStatuses,
    sexes: zhCNSexes,
    employmentGroups: zhCNEmploymentGroups,
  },
  en: {
    messages: enMessages,
    orgKinds: enOrgKinds,
    ownerships: enOwnerships,
    roles: enRoles,
    permissions: enPermissions,
    auditActions: enAuditActions,
    auditTargetTypes: enAuditTargetTypes,
    auditFields: enAuditFields,
    personalFields: enPersonalFields,
    memberStatuses: enMemberStatuses,
    sexes: enSexes,
    employmentGroups: enEmploymentGroups,
  },
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

const pad2 = (value: number) => String(value).padStart(2, '0');

/**
 * A schema `DateTime` for people, in the browser's time zone (or `timeZone`, for tests):
 * 2026-11-21 21:26, the form Chinese admin screens use in both locales.
 */
export function formatDateTime(
  value: string | null | undefined,
  timeZone?: string,
  withSeconds = false,
): string {
  if (!value) return '—';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const date = `${parts.year}-${pad2(Number(parts.month))}-${pad2(Number(parts.day))}`;
  const time = `${pad2(Number(parts.hour))}:${pad2(Number(parts.minute))}`;
  return withSeconds ? `${date} ${time}:${pad2(Number(parts.second))}` : `${date} ${time}`;
}
