import { isMemberStatus, isNewEmploymentGroup } from '@gonghui/domain';
import type { MemberStatus, NewEmploymentGroup, Sex } from '../../graphql';
import {
  addressFilters,
  calendarDateOrNull,
  codeListParam,
  codeParam,
  dateParam,
  idParam,
  textParam,
  yesNoParam,
} from '../../shared/address-filters';
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

/** Longest free text the list accepts from an address (the API refuses longer searches). */
export const maxFilterTextLength = 100;

function filterText(value: string | null | undefined): string | null {
  return textOrNull(value, maxFilterTextLength);
}

const isSex = (code: string): code is Sex => code === 'FEMALE' || code === 'MALE';

/** The member list's filters in the address, in this order; never the ID number. */
export const memberFilters = addressFilters<MemberListFilters>({
  search: textParam('q', maxFilterTextLength),
  statuses: codeListParam('status', isMemberStatus),
  groups: codeListParam('group', isNewEmploymentGroup),
  migrant: yesNoParam('migrant'),
  sex: codeParam('sex', isSex),
  employer: textParam('employer', maxFilterTextLength),
  joinedFrom: dateParam('from'),
  joinedTo: dateParam('to'),
  organizationId: idParam('org'),
});

/** True when no filter narrows the list. */
export function isUnfiltered(filters: MemberListFilters): boolean {
  return memberFilters.toSearch(filters).toString() === '';
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
