import { type TokenBucket, takeToken } from '@gonghui/domain';
import { GraphQLError } from 'graphql';
import type { Viewer } from './viewer.js';

/** Requests per minute. Per API key, the key's own limit applies. */
export interface RateLimits {
  anonymousPerMinute: number;
  staffPerMinute: number;
  loginAttemptsPerMinute: number;
  /** Objections to public notices (公示异议) sent from one address. */
  objectionsPerMinute: number;
}

function readLimit(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export const rateLimits: RateLimits = {
  anonymousPerMinute: readLimit(process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, 300),
  staffPerMinute: readLimit(process.env.RATE_LIMIT_STAFF_PER_MINUTE, 1200),
  loginAttemptsPerMinute: readLimit(process.env.RATE_LIMIT_LOGIN_PER_MINUTE, 10),
  objectionsPerMinute: readLimit(process.env.RATE_LIMIT_OBJECTIONS_PER_MINUTE, 3),
};

/** In-process buckets: one gateway process per machine; a shared store comes with replicas. */
const buckets = new Map<string, TokenBucket>();

function take(key: string, perMinute: number, now: number) {
  const result = takeToken(buckets.get(key), now, {
    capacity: perMinute,
    refillPerSecond: perMinute / 60,
  });
  buckets.set(key, result.bucket);
  if (buckets.size > 100_000) buckets.clear();
  return result;
}

function tooManyRequests(retryAfterMs: number, message: string) {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new GraphQLError(message, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      http: { status: 429, headers: { 'retry-after': String(seconds) } },
    },
  });
}

/** Throws a 429 when this caller has used up its requests for now. */
export function enforceRequestRateLimit(viewer: Viewer, clientAddress: string, now = Date.now()) {
  const [key, perMinute] =
    viewer.kind === 'apiKey'
      ? [`key:${viewer.apiKeyId}`, viewer.rateLimitPerMinute]
      : viewer.kind === 'staff'
        ? [`staff:${viewer.sessionId}`, rateLimits.staffPerMinute]
        : [`ip:${clientAddress}`, rateLimits.anonymousPerMinute];
  const result = take(key, perMinute, now);
  if (!result.allowed) throw tooManyRequests(result.retryAfterMs, '请求过于频繁，请稍后再试');
}

/**
 * One token per login attempt from an address. Each aliased `login` field and each
 * operation of a batch runs the resolver, so each one spends a token.
 */
export function takeLoginAttempt(clientAddress: string, now = Date.now()) {
  return take(`login:${clientAddress}`, rateLimits.loginAttemptsPerMinute, now);
}

/** One token per objection sent from an address (each aliased field spends one too). */
export function takeObjectionAttempt(clientAddress: string, now = Date.now()) {
  return take(`objection:${clientAddress}`, rateLimits.objectionsPerMinute, now);
}
