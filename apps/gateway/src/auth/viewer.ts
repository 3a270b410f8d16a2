import { createHash } from 'node:crypto';
import {
  isSessionActive,
  type RoleAssignment,
  type StaffRole,
  shouldRefreshLastSeen,
} from '@gonghui/domain';
import { GraphQLError } from 'graphql';
import { prisma } from '../db.js';
import { readCookie, sessionCookieName } from './cookies.js';

export interface StaffViewer {
  kind: 'staff';
  staffId: string;
  username: string;
  displayName: string;
  organizationId: string;
  sessionId: string;
  assignments: RoleAssignment[];
}

export interface ApiKeyViewer {
  kind: 'apiKey';
  apiKeyId: string;
  name: string;
  rateLimitPerMinute: number;
}

export type Viewer = { kind: 'anonymous' } | StaffViewer | ApiKeyViewer;

export const anonymous: Viewer = { kind: 'anonymous' };

/** Session ids and API key ids in the database are SHA-256 of the secret the client holds. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The staff viewer of a live session (by its stored id), or null when it has ended. */
export async function staffViewerOfSession(
  sessionId: string,
  now: Date,
): Promise<StaffViewer | null> {
  const session = await prisma.staffSession.findUnique({
    where: { id: sessionId },
    include: {
      staff: {
        include: { roles: { include: { organization: { select: { lineageIds: true } } } } },
      },
    },
  });
  if (!session || session.revokedAt || session.staff.disabledAt) return null;
  const times = {
    createdAt: session.createdAt.getTime(),
    lastSeenAt: session.lastSeenAt.getTime(),
  };
  if (!isSessionActive(times, now.getTime())) return null;
  if (shouldRefreshLastSeen(times.lastSeenAt, now.getTime())) {
    await prisma.staffSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return {
    kind: 'staff',
    staffId: session.staff.id,
    username: session.staff.username,
    displayName: session.staff.displayName,
    organizationId: session.staff.organizationId,
    sessionId: session.id,
    assignments: session.staff.roles.map((assignment) => ({
      role: assignment.role as StaffRole,
      organizationId: assignment.organizationId,
      lineageIds: assignment.organization.lineageIds,
    })),
  };
}

function presentedApiKey(request: Request): string | undefined {
  const header = request.headers.get('x-api-key') ?? undefined;
  if (header) return header.trim();
  const authorization = request.headers.get('authorization');
  return authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
}

async function loadApiKeyViewer(key: string, now: Date): Promise<ApiKeyViewer> {
  const apiKey = await prisma.apiKey.findUnique({ where: { keyHash: hashSecret(key) } });
  if (!apiKey || apiKey.revokedAt) {
    throw new GraphQLError('API 密钥无效或已吊销', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() > 60_000) {
    await prisma.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: now } });
  }
  return {
    kind: 'apiKey',
    apiKeyId: apiKey.id,
    name: apiKey.name,
    rateLimitPerMinute: apiKey.rateLimitPerMinute,
  };
}

/**
 * Who is asking: a staff session (cookie), a third party (API key header), or anyone.
 * An expired or unknown session cookie is simply anonymous; a wrong API key is a 401.
 */
export async function loadViewer(request: Request, now = new Date()): Promise<Viewer> {
  const key = presentedApiKey(request);
  if (key) return loadApiKeyViewer(key, now);
  const token = readCookie(request, sessionCookieName);
  if (token) return (await staffViewerOfSession(hashSecret(token), now)) ?? anonymous;
  return anonymous;
}

const viewers = new WeakMap<Request, Promise<Viewer>>();

/** `loadViewer`, once per request: the context and the security plugins share the answer. */
export function viewerOf(request: Request): Promise<Viewer> {
  let viewer = viewers.get(request);
  if (!viewer) {
    viewer = loadViewer(request);
    viewers.set(request, viewer);
  }
  return viewer;
}
