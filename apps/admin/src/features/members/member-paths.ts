/** The console path of a member (under the router's /admin basename). */
export function memberPath(id: string): string {
  return `/members/${encodeURIComponent(id)}`;
}

/** What the list hands the detail page, so that 返回会员列表 keeps the filters. */
export interface MemberListState {
  listSearch: string;
}

/** The list's query string from a location state, if the detail page was opened from it. */
export function listSearchOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const search = (state as Partial<MemberListState>).listSearch;
  return typeof search === 'string' ? search : undefined;
}

/** The members list, with a query string (filters) when given. */
export function membersPath(search?: URLSearchParams | string): string {
  const query = search?.toString() ?? '';
  return query === '' ? '/members' : `/members?${query}`;
}
