/** The pages of the site, read from the URL path. */
export type Route = { name: 'roots' } | { name: 'organization'; id: string } | { name: 'notFound' };

const organizationPath = /^\/organizations\/([^/]+)\/?$/;

export function parseRoute(pathname: string): Route {
  if (
    pathname === '/' ||
    pathname === '' ||
    pathname === '/organizations' ||
    pathname === '/organizations/'
  ) {
    return { name: 'roots' };
  }
  const match = organizationPath.exec(pathname);
  if (match?.[1]) {
    try {
      return { name: 'organization', id: decodeURIComponent(match[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

export function organizationHref(id: string): string {
  return `/organizations/${encodeURIComponent(id)}`;
}
