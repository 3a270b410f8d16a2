import { globalIdOf, isUuid } from '../../shared/global-id';

/** The filter form of the audit log. Dates are calendar days in China (UTC+8). */
export interface AuditFilterForm {
  action?: string | null;
  /** First and last day, inclusive, as YYYY-MM-DD. */
  dates?: readonly [string, string] | null;
  organizationId?: string | null;
}

export interface AuditLogFilterInput {
  action?: string;
  organizationId?: string;
  from?: string;
  to?: string;
}

/** China has one time zone and no daylight saving: a calendar day starts at +08:00 midnight. */
export const chinaOffset = '+08:00';

/** 2026-02-28 → 2026-03-01. */
export function nextCalendarDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * The `filter` argument: `from` is the first day's start, `to` the start of the day after the
 * last (the gateway takes `to` as exclusive). Null when nothing is filtered.
 */
export function auditFilterOf(form: AuditFilterForm): AuditLogFilterInput | null {
  const filter: AuditLogFilterInput = {};
  if (form.action) filter.action = form.action;
  if (form.organizationId) filter.organizationId = form.organizationId;
  if (form.dates) {
    const [first, last] = form.dates;
    filter.from = `${first}T00:00:00${chinaOffset}`;
    filter.to = `${nextCalendarDay(last)}T00:00:00${chinaOffset}`;
  }
  return Object.keys(filter).length > 0 ? filter : null;
}

/** Record types whose audit target ids are looked up by name. */
const namedTargetTypes = new Set(['StaffAccount', 'ApiKey', 'Member', 'Organization']);

export interface AuditEntryLike {
  targetType: string;
  targetId: string;
  organizationId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Role grants in snapshots read `ROLE@organisation-uuid`. */
export function parseRoleGrant(value: string): { role: string; organizationId: string } | null {
  const at = value.indexOf('@');
  if (at <= 0) return null;
  const organizationId = value.slice(at + 1);
  return isUuid(organizationId) ? { role: value.slice(0, at), organizationId } : null;
}

function snapshotOrganizationIds(snapshot: unknown, into: Set<string>): void {
  if (snapshot === null || typeof snapshot !== 'object') return;
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === 'organizationId' && typeof value === 'string' && isUuid(value)) into.add(value);
    if (Array.isArray(value)) {
      for (const item of value) {
        const grant = typeof item === 'string' ? parseRoleGrant(item) : null;
        if (grant) into.add(grant.organizationId);
      }
    }
  }
}

/** Global ids of everything a page of entries names: targets and organisations, once each. */
export function auditNodeIds(entries: readonly AuditEntryLike[]): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    const organizations = new Set<string>();
    if (entry.organizationId && isUuid(entry.organizationId))
      organizations.add(entry.organizationId);
    snapshotOrganizationIds(entry.before, organizations);
    snapshotOrganizationIds(entry.after, organizations);
    for (const organizationId of organizations) ids.add(globalIdOf('Organization', organizationId));
    if (namedTargetTypes.has(entry.targetType) && isUuid(entry.targetId)) {
      ids.add(globalIdOf(entry.targetType, entry.targetId));
    }
  }
  return [...ids];
}
