/** The public competitions pages: /competitions (list) and /competitions/<id> (results). */
export const competitionsPath = '/competitions';

export type CompetitionRoute = { kind: 'list' } | { kind: 'detail'; id: string };

export function parseCompetitionRoute(pathname: string): CompetitionRoute | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (path === competitionsPath) return { kind: 'list' };
  const match = /^\/competitions\/([^/]+)$/.exec(path);
  if (!match?.[1]) return null;
  try {
    return { kind: 'detail', id: decodeURIComponent(match[1]) };
  } catch {
    return null;
  }
}

export const competitionPath = (id: string) => `${competitionsPath}/${encodeURIComponent(id)}`;
