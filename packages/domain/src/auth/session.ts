/**
 * Staff session lifetime (会话超时). A session ends at whichever comes first: an absolute limit
 * from login, or an idle limit from the last request. Times are epoch milliseconds.
 */

/** Session lifetime limits. Configuration. */
export type SessionPolicy = {
  /** Longest a session lives after login, however active, in ms. */
  readonly absoluteTtlMs: number;
  /** A session without requests for this long ends, in ms. */
  readonly idleTtlMs: number;
  /**
   * `lastSeenAt` is written only when the stored value is older than this (to save a database
   * write per request). Idle expiry is measured from the stored value, so the effective idle
   * limit is between `idleTtlMs - lastSeenWriteIntervalMs` and `idleTtlMs`.
   */
  readonly lastSeenWriteIntervalMs: number;
};

/** Defaults: 12 hours absolute, 30 minutes idle, `lastSeenAt` written at most once a minute. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = Object.freeze({
  absoluteTtlMs: 12 * 60 * 60 * 1000,
  idleTtlMs: 30 * 60 * 1000,
  lastSeenWriteIntervalMs: 60 * 1000,
});

/** The stored times of a session. */
export type SessionTimes = {
  /** Login time. */
  readonly createdAt: number;
  /** Time of the last recorded request (see {@link shouldRefreshLastSeen}). */
  readonly lastSeenAt: number;
};

function requireValidPolicy(policy: SessionPolicy): void {
  const { absoluteTtlMs, idleTtlMs, lastSeenWriteIntervalMs } = policy;
  if (
    !Number.isFinite(absoluteTtlMs) ||
    absoluteTtlMs <= 0 ||
    !Number.isFinite(idleTtlMs) ||
    idleTtlMs <= 0 ||
    !Number.isFinite(lastSeenWriteIntervalMs) ||
    lastSeenWriteIntervalMs < 0 ||
    lastSeenWriteIntervalMs >= idleTtlMs
  ) {
    throw new RangeError(`invalid session policy ${JSON.stringify(policy)}`);
  }
}

/**
 * The instant the session ends (exclusive): `min(createdAt + absoluteTtlMs,
 * lastSeen + idleTtlMs)`, where `lastSeen` is `lastSeenAt` but never earlier than `createdAt`.
 */
export function sessionExpiresAt(
  createdAt: number,
  lastSeenAt: number,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): number {
  requireValidPolicy(policy);
  return Math.min(
    createdAt + policy.absoluteTtlMs,
    Math.max(createdAt, lastSeenAt) + policy.idleTtlMs,
  );
}

/** True while `now` is before {@link sessionExpiresAt}; a session is over exactly at it. */
export function isSessionActive(
  session: SessionTimes,
  now: number,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): boolean {
  return now < sessionExpiresAt(session.createdAt, session.lastSeenAt, policy);
}

/**
 * True when the stored `lastSeenAt` is more than `lastSeenWriteIntervalMs` (default 60 s) old and
 * should be updated to `now`. Check {@link isSessionActive} first: an ended session is not
 * revived by writing `lastSeenAt`.
 */
export function shouldRefreshLastSeen(
  lastSeenAt: number,
  now: number,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): boolean {
  requireValidPolicy(policy);
  return now - lastSeenAt > policy.lastSeenWriteIntervalMs;
}
