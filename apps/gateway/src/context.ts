import type { IncomingMessage } from 'node:http';
import type { YogaInitialContext } from 'graphql-yoga';
import { readCookie, sessionCookieName, setSessionCookie } from './auth/cookies.js';
import { enforceRequestRateLimit } from './auth/rate-limit.js';
import { type Viewer, viewerOf } from './auth/viewer.js';

export type { Viewer } from './auth/viewer.js';

export interface Context extends YogaInitialContext {
  viewer: Viewer;
  /** The caller's IP address (X-Forwarded-For only when TRUST_PROXY is set). */
  clientAddress: string;
}

function clientAddressOf(request: Request, req: IncomingMessage | undefined): string {
  if (process.env.TRUST_PROXY) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return req?.socket.remoteAddress ?? 'local';
}

export async function createContext(
  initial: YogaInitialContext & { req?: IncomingMessage },
): Promise<Context> {
  const viewer = await viewerOf(initial.request);
  // A session cookie that no longer names a live session is cleared, so the browser
  // stops presenting it and the console can tell it was signed out.
  if (viewer.kind === 'anonymous' && readCookie(initial.request, sessionCookieName)) {
    setSessionCookie(initial.request, null, 0);
  }
  const clientAddress = clientAddressOf(initial.request, initial.req);
  enforceRequestRateLimit(viewer, clientAddress);
  return { ...initial, viewer, clientAddress };
}
