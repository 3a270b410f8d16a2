/**
 * Login lock-out (登录失败处理, GB/T 22239 等保 2.0): after too many failed logins in a short
 * time, the account is locked for a while. Pure: the caller stores the state per account and
 * passes the current time in epoch milliseconds.
 */

/** How many failures, within what window, lock the account for how long. Configuration. */
export type LockoutPolicy = {
  /** Failures within the window that lock the account (the N-th failure locks it). */
  readonly maxFailures: number;
  /** Length of the counting window, from the first failure of the window, in ms. */
  readonly windowMs: number;
  /** How long a lock lasts, in ms. */
  readonly lockMs: number;
};

/** Defaults: 5 failures within 15 minutes lock the account for 15 minutes. */
export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = Object.freeze({
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
});

/** Per-account lock-out state, as stored. Times are epoch milliseconds. */
export type LockoutState = {
  /** Failures in the current window. */
  readonly failedCount: number;
  /** When the current window began (its first failure); null when there is none. */
  readonly firstFailureAt: number | null;
  /** The lock ends at this instant (exclusive); null when not locked. */
  readonly lockedUntil: number | null;
};

/** A clean state: no failures, not locked. */
export const INITIAL_LOCKOUT_STATE: LockoutState = Object.freeze({
  failedCount: 0,
  firstFailureAt: null,
  lockedUntil: null,
});

/** Whether the account is locked now, and when it may try again. */
export type LockStatus = {
  readonly locked: boolean;
  /** The instant the lock ends; null when not locked. */
  readonly retryAt: number | null;
};

function requireValidPolicy(policy: LockoutPolicy): void {
  const { maxFailures, windowMs, lockMs } = policy;
  if (
    !Number.isInteger(maxFailures) ||
    maxFailures < 1 ||
    !Number.isFinite(windowMs) ||
    windowMs <= 0 ||
    !Number.isFinite(lockMs) ||
    lockMs <= 0
  ) {
    throw new RangeError(`invalid lockout policy ${JSON.stringify(policy)}`);
  }
}

function requireInstant(now: number): void {
  if (!Number.isFinite(now)) {
    throw new RangeError(`now must be a finite number of epoch milliseconds, got ${now}`);
  }
}

/** True when a failure at `now` counts towards the current window (no lock has ended since). */
function isWindowOpen(state: LockoutState, now: number, policy: LockoutPolicy): boolean {
  return (
    state.lockedUntil === null &&
    state.firstFailureAt !== null &&
    now - state.firstFailureAt < policy.windowMs
  );
}

/**
 * Locked while `now < lockedUntil`; the lock ends exactly at `lockedUntil`. Throws RangeError
 * for a non-finite `now` (a programming error), as the other functions here do for an invalid
 * policy.
 */
export function isLocked(state: LockoutState, now: number): LockStatus {
  requireInstant(now);
  if (state.lockedUntil !== null && now < state.lockedUntil) {
    return { locked: true, retryAt: state.lockedUntil };
  }
  return { locked: false, retryAt: null };
}

/**
 * Records a failed login at `now` and returns the new state.
 *
 * - While locked, the failure changes nothing (the lock is not extended, so nobody can keep
 *   an account locked forever by hammering it); callers should refuse before checking the
 *   password anyway.
 * - The window is fixed: it starts at the first failure and lasts `windowMs`. A failure at or
 *   after its end, or after a lock has ended, starts a new window with a count of 1.
 * - The `maxFailures`-th failure within a window locks the account until `now + lockMs`.
 */
export function registerFailedLogin(
  state: LockoutState,
  now: number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): LockoutState {
  requireValidPolicy(policy);
  if (isLocked(state, now).locked) {
    return state;
  }
  const windowOpen = isWindowOpen(state, now, policy);
  const failedCount = windowOpen ? state.failedCount + 1 : 1;
  const firstFailureAt = windowOpen ? state.firstFailureAt : now;
  return {
    failedCount,
    firstFailureAt,
    lockedUntil: failedCount >= policy.maxFailures ? now + policy.lockMs : null,
  };
}

/** A successful login clears everything: returns {@link INITIAL_LOCKOUT_STATE}. */
export function registerSuccessfulLogin(): LockoutState {
  return INITIAL_LOCKOUT_STATE;
}

/**
 * How many attempts the account has left at `now`, for '密码错误，还可尝试 3 次': the failure
 * that uses the last one locks the account. 0 while locked.
 */
export function remainingLoginAttempts(
  state: LockoutState,
  now: number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): number {
  requireValidPolicy(policy);
  if (isLocked(state, now).locked) {
    return 0;
  }
  return isWindowOpen(state, now, policy)
    ? Math.max(0, policy.maxFailures - state.failedCount)
    : policy.maxFailures;
}
