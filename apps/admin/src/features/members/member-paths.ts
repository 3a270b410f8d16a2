/** The console path of a member (under the router's /admin basename). */
export function memberPath(id: string): string {
  return `/members/${encodeURIComponent(id)}`;
}

/** The members list, with a query string (filters) when given. */
export function membersPath(search?: URLSearchParams | string): string {
  const query = search?.toString() ?? '';
  return query === '' ? '/members' : `/members?${query}`;
}
