import type { IncomingMessage } from 'node:http';
import type { YogaInitialContext } from 'graphql-yoga';
import { clientAddress } from './auth/client-address.js';
import { readCookie, sessionCookieName, setSessionCookie } from './auth/cookies.js';
import { enforceRequestRateLimit } from './auth/rate-limit.js';
import { type Viewer, viewerOf } from './auth/viewer.js';

export type { Viewer } from './auth/viewer.js';

export interface Context extends YogaInitialContext {
  viewer: Viewer;
  /** The caller's IP address (X-Forwarded-For only when TRUST_PROXY is set). */
  clientAddress: string;
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
  const address = clientAddress(
    initial.request.headers.get('x-forwarded-for'),
    initial.req?.socket.remoteAddress,
  );
  enforceRequestRateLimit(viewer, address);
  return { ...initial, viewer, clientAddress: address };
}
