import { isMemberStatus, isNewEmploymentGroup } from '@gonghui/domain';
import type { MemberStatus, NewEmploymentGroup, Sex } from '../../graphql';
import { textOrNull } from '../../shared/address-text';

/**
 * The 会员管理 list's filters, kept in the URL query string so that a link reproduces the list:
 * `/admin/members?q=王&status=ACTIVE,LAPSED&group=COURIER&migrant=yes&sex=FEMALE&employer=顺丰
 * &from=2020-01-01&to=2024-12-31&org=<global id>`.
 *
 * The exact ID number filter is deliberately NOT part of the URL: a full 身份证号 in an address
 * would end up in browser history, in proxies' and the gateway's request logs, and in links
 * pasted into chats. It lives only in the page's state and goes to the API in the request body.
 */
export interface MemberListFilters {
  /** Part of the name. */
  search: string | null;
  statuses: readonly MemberStatus[];
  groups: readonly NewEmploymentGroup[];
  /** 农民工: only migrants, only non-migrants, or either (null). */
  migrant: 'yes' | 'no' | null;
  /** 性别: only women, only men, or either (null). */
  sex: Sex | null;
  /** Part of the employer's name. */
  employer: string | null;
  /** Joined on or after / on or before, 'YYYY-MM-DD'. */
  joinedFrom: string | null;
  joinedTo: string | null;
  /** Only members within this organisation's subtree (a global id). */
  organizationId: string | null;
}

export const noMemberFilters: MemberListFilters = {
  search: null,
  statuses: [],
  groups: [],
  migrant: null,
  sex: null,
  employer: null,
  joinedFrom: null,
  joinedTo: null,
  organizationId: null,
};

/** Longest free text the list accepts from an address (the API refuses longer searches). */
export const maxFilterTextLength = 100;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written 'YYYY-MM-DD', or null. */
export function calendarDateOrNull(value: string | null | undefined): string | null {
  const match = isoDate.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? (value as string) : null;
}

function filterText(value: string | null | undefined): string | null {
  return textOrNull(value, maxFilterTextLength);
}

function listOf<T extends string>(value: string | null, accept: (item: string) => boolean): T[] {
  const items: T[] = [];
  for (const item of (value ?? '').split(',')) {
    const code = item.trim();
    if (code !== '' && accept(code) && !items.includes(code as T)) items.push(code as T);
  }
  return items;
}

/** Reads the filters from a query string. Anything unknown or malformed is left out. */
export function filtersFromSearchParams(params: URLSearchParams): MemberListFilters {
  const migrant = params.get('migrant');
  const sex = params.get('sex');
  return {
    search: filterText(params.get('q')),
    statuses: listOf<MemberStatus>(params.get('status'), isMemberStatus),
    groups: listOf<NewEmploymentGroup>(params.get('group'), isNewEmploymentGroup),
    migrant: migrant === 'yes' || migrant === 'no' ? migrant : null,
    sex: sex === 'FEMALE' || sex === 'MALE' ? sex : null,
    employer: filterText(params.get('employer')),
    joinedFrom: calendarDateOrNull(params.get('from')),
    joinedTo: calendarDateOrNull(params.get('to')),
    organizationId: filterText(params.get('org')),
  };
}

/** Writes the filters as a query string, leaving out the empty ones, in a stable order. */
export function searchParamsOfFilters(filters: MemberListFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = filterText(filters.search);
  if (search) params.set('q', search);
  if (filters.statuses.length > 0) params.set('status', filters.statuses.join(','));
  if (filters.groups.length > 0) params.set('group', filters.groups.join(','));
  if (filters.migrant) params.set('migrant', filters.migrant);
  if (filters.sex) params.set('sex', filters.sex);
  const employer = filterText(filters.employer);
  if (employer) params.set('employer', employer);
  const from = calendarDateOrNull(filters.joinedFrom);
  if (from) params.set('from', from);
  const to = calendarDateOrNull(filters.joinedTo);
  if (to) params.set('to', to);
  if (filters.organizationId) params.set('org', filters.organizationId);
  return params;
}

/** True when no filter narrows the list. */
export function isUnfiltered(filters: MemberListFilters): boolean {
  return searchParamsOfFilters(filters).toString() === '';
}

/** The `MemberFilter` input for the API; `idNumber` comes from the page's state, never the URL. */
export function memberFilterInput(filters: MemberListFilters, idNumber?: string | null) {
  const exactId = idNumber?.trim().toUpperCase() ?? '';
  return {
    search: filterText(filters.search),
    idNumber: exactId === '' ? null : exactId,
    status: filters.statuses.length > 0 ? [...filters.statuses] : null,
    employmentGroup: filters.groups.length > 0 ? [...filters.groups] : null,
    isMigrant: filters.migrant === null ? null : filters.migrant === 'yes',
    sex: filters.sex,
    employerName: filterText(filters.employer),
    joinedFrom: calendarDateOrNull(filters.joinedFrom),
    joinedTo: calendarDateOrNull(filters.joinedTo),
    organizationId: filters.organizationId,
  };
}
