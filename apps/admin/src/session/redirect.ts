/**
 * Where to go after signing in. Every route but the login page needs a session; a visitor
 * without one is sent to `/login?redirect=<the path they wanted>`, and comes back there once
 * signed in. The target is only ever a path inside the console (an open redirect to another
 * site would make the login page a phishing tool).
 */
export const loginPath = '/login';
export const redirectParam = 'redirect';
/** The router's basename: a target written with it is taken as the same path without it. */
export const consoleBase = '/admin';

export interface LocationLike {
  pathname: string;
  search?: string;
  hash?: string;
}

function isLoginPath(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  return pathname === loginPath || pathname === `${loginPath}/`;
}

/**
 * A safe in-console target from an untrusted `redirect` value: a path starting with one `/`,
 * without a scheme, backslash or control character, and not the login page itself; otherwise
 * the start page (`/`).
 */
export function safeRedirect(raw: string | null | undefined, fallback = '/'): string {
  if (typeof raw !== 'string' || raw === '') return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//')) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let path = raw;
  if (path === consoleBase) path = '/';
  else if (path.startsWith(`${consoleBase}/`)) path = path.slice(consoleBase.length);
  if (isLoginPath(path)) return fallback;
  return path;
}

/** The login page's location for a visitor who wanted `from` (no redirect for the start page). */
export function loginLocationFor(from: LocationLike): string {
  const target = `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
  if (from.pathname === '/' || from.pathname === '' || isLoginPath(from.pathname)) return loginPath;
  return `${loginPath}?${redirectParam}=${encodeURIComponent(target)}`;
}

/** The target written in a login page's query string, made safe. */
export function redirectTargetOf(search: string, fallback = '/'): string {
  return safeRedirect(new URLSearchParams(search).get(redirectParam), fallback);
}
