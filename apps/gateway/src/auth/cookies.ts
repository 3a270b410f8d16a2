import type { Plugin } from 'graphql-yoga';

export const sessionCookieName = 'gh_session';

/** Reads one cookie from a request's Cookie header. */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined; // a malformed cookie is no cookie
      }
    }
  }
  return undefined;
}

const pendingCookies = new WeakMap<Request, string[]>();

/**
 * Queues a Set-Cookie for the response to this request. Session cookies are HttpOnly,
 * SameSite=Strict, and Secure whenever the request came over HTTPS.
 */
export function setSessionCookie(request: Request, token: string | null, maxAgeSeconds: number) {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  const value = token === null ? '' : encodeURIComponent(token);
  const age = token === null ? 0 : maxAgeSeconds;
  const cookie = `${sessionCookieName}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${age}${secure}`;
  pendingCookies.set(request, [...(pendingCookies.get(request) ?? []), cookie]);
}

/** The yoga plugin that writes queued cookies onto the response. */
export function useSessionCookies(): Plugin {
  return {
    onResponse({ request, response }) {
      for (const cookie of pendingCookies.get(request) ?? []) {
        response.headers.append('set-cookie', cookie);
      }
    },
  };
}
