/** The station finder's path (服务阵地); its filters and point live in the query string. */
export const servicePositionsPath = '/service-positions';

/** True when the path is the finder's. */
export function isServiceRoute(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  return path === servicePositionsPath;
}
