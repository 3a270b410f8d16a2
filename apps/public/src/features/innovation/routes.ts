/** The innovation pages of the public site (职工创新), read from the URL path. */
export type InnovationRoute =
  | { name: 'studios' }
  | { name: 'studio'; id: string }
  | { name: 'results' };

export const studiosPath = '/studios';
export const innovationResultsPath = '/innovation-results';

const studioPattern = /^\/studios\/([^/]+)\/?$/;

/** The path of one studio's page. */
export function studioPagePath(id: string): string {
  return `${studiosPath}/${encodeURIComponent(id)}`;
}

/** The innovation page a path names, or null when it is another part of the site. */
export function parseInnovationRoute(pathname: string): InnovationRoute | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (path === studiosPath) return { name: 'studios' };
  if (path === innovationResultsPath) return { name: 'results' };
  const studio = studioPattern.exec(path);
  if (studio?.[1]) {
    try {
      const id = decodeURIComponent(studio[1]);
      return id ? { name: 'studio', id } : null;
    } catch {
      return null;
    }
  }
  return null;
}
