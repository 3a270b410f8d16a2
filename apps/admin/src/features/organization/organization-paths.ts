/** The console path of an organisation (under the router's /admin basename). */
export function organizationPath(id: string): string {
  return `/organizations/${encodeURIComponent(id)}`;
}
