import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCKOUT_POLICY,
  INITIAL_LOCKOUT_STATE,
  isLocked,
  type LockoutPolicy,
  type LockoutState,
  registerFailedLogin,
  registerSuccessfulLogin,
  remainingLoginAttempts,
} from './lockout.js';

const MINUTE = 60_000;
const T0 = Date.parse('2024-06-01T09:00:00+08:00');

/** Turns gaps into non-decreasing instants: T0 + gap₀, T0 + gap₀ + gap₁, … */
function cumulativeFromT0(gaps: readonly number[]): number[] {
  const times: number[] = [];
  let now = T0;
  for (const gap of gaps) {
    now += gap;
    times.push(now);
  }
  return times;
}

function failAt(times: readonly number[], policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY) {
  return times.reduce<LockoutState>(
    (state, now) => registerFailedLogin(state, now, policy),
    INITIAL_LOCKOUT_STATE,
  );
}

describe('lock-out with the default policy (5 failures in 15 min → 15 min)', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_LOCKOUT_POLICY).toEqual({
      maxFailures: 5,
      windowMs: 15 * MINUTE,
      lockMs: 15 * MINUTE,
    });
  });

  it('is not locked after 4 failures, and locked by the 5th', () => {
    const four = failAt([T0, T0 + MINUTE, T0 + 2 * MINUTE, T0 + 3 * MINUTE]);
    expect(four).toEqual({ failedCount: 4, firstFailureAt: T0, lockedUntil: null });
    expect(isLocked(four, T0 + 3 * MINUTE)).toEqual({ locked: false, retryAt: null });
    expect(remainingLoginAttempts(four, T0 + 4 * MINUTE)).toBe(1);

    const five = registerFailedLogin(four, T0 + 4 * MINUTE);
    expect(five.lockedUntil).toBe(T0 + 19 * MINUTE);
    expect(isLocked(five, T0 + 4 * MINUTE)).toEqual({ locked: true, retryAt: T0 + 19 * MINUTE });
    expect(remainingLoginAttempts(five, T0 + 4 * MINUTE)).toBe(0);
  });

  it('unlocks exactly at lockedUntil', () => {
    const locked = failAt([T0, T0, T0, T0, T0]);
    expect(isLocked(locked, T0 + 15 * MINUTE - 1).locked).toBe(true);
    expect(isLocked(locked, T0 + 15 * MINUTE)).toEqual({ locked: false, retryAt: null });
    expect(remainingLoginAttempts(locked, T0 + 15 * MINUTE)).toBe(5);
  });

  it('starts a new window once the old one has ended', () => {
    const state = failAt([T0, T0 + MINUTE, T0 + 2 * MINUTE, T0 + 3 * MINUTE, T0 + 15 * MINUTE]);
    expect(state).toEqual({ failedCount: 1, firstFailureAt: T0 + 15 * MINUTE, lockedUntil: null });
  });

  it('counts a failure just inside the window', () => {
    const state = failAt([T0, T0 + 1, T0 + 2, T0 + 3, T0 + 15 * MINUTE - 1]);
    expect(isLocked(state, T0 + 15 * MINUTE - 1).locked).toBe(true);
  });

  it('ignores failures while locked (the lock is not extended)', () => {
    const locked = failAt([T0, T0, T0, T0, T0]);
    expect(registerFailedLogin(locked, T0 + 10 * MINUTE)).toBe(locked);
  });

  it('starts over after a lock has ended', () => {
    const locked = failAt([T0, T0, T0, T0, T0]);
    const after = registerFailedLogin(locked, T0 + 15 * MINUTE);
    expect(after).toEqual({ failedCount: 1, firstFailureAt: T0 + 15 * MINUTE, lockedUntil: null });
  });

  it('a successful login clears the state', () => {
    expect(registerSuccessfulLogin()).toEqual({
      failedCount: 0,
      firstFailureAt: null,
      lockedUntil: null,
    });
    expect(remainingLoginAttempts(registerSuccessfulLogin(), T0)).toBe(5);
  });

  it('accepts a configured policy and rejects an invalid one', () => {
    const strict = { maxFailures: 3, windowMs: 5 * MINUTE, lockMs: 30 * MINUTE };
    expect(failAt([T0, T0 + 1, T0 + 2], strict).lockedUntil).toBe(T0 + 2 + 30 * MINUTE);
    expect(() =>
      registerFailedLogin(INITIAL_LOCKOUT_STATE, T0, { ...strict, maxFailures: 0 }),
    ).toThrow(RangeError);
    expect(() => registerFailedLogin(INITIAL_LOCKOUT_STATE, T0, { ...strict, lockMs: 0 })).toThrow(
      RangeError,
    );
    expect(() => isLocked(INITIAL_LOCKOUT_STATE, Number.NaN)).toThrow(RangeError);
  });
});

describe('lock-out — properties', () => {
  const policyArb = fc.record({
    maxFailures: fc.integer({ min: 1, max: 6 }),
    windowMs: fc.integer({ min: 1, max: 10_000 }),
    lockMs: fc.integer({ min: 1, max: 10_000 }),
  });
  /** Non-decreasing failure times, as gaps from T0. */
  const timesArb = fc
    .array(fc.integer({ min: 0, max: 4_000 }), { maxLength: 30 })
    .map(cumulativeFromT0);

  it('is only ever locked within lockMs of a maxFailures-th failure inside one window', () => {
    fc.assert(
      fc.property(
        policyArb,
        timesArb,
        fc.integer({ min: 0, max: 20_000 }),
        (policy, times, later) => {
          let state = INITIAL_LOCKOUT_STATE;
          times.forEach((now, i) => {
            state = registerFailedLogin(state, now, policy);
            for (const t of [now, now + later]) {
              if (isLocked(state, t).locked) {
                const justified = times.slice(0, i + 1).some((locker, j) => {
                  const first = times[j - policy.maxFailures + 1];
                  return (
                    first !== undefined &&
                    locker - first < policy.windowMs &&
                    t < locker + policy.lockMs
                  );
                });
                expect(justified).toBe(true);
              }
            }
          });
        },
      ),
    );
  });

  it('locks right after the maxFailures-th failure within the window, until now + lockMs', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 6, maxLength: 6 }),
        (policy, offsets) => {
          const times = offsets
            .slice(0, policy.maxFailures)
            .map((offset) => T0 + (offset % policy.windowMs))
            .sort((a, b) => a - b);
          let state = INITIAL_LOCKOUT_STATE;
          times.forEach((now, i) => {
            expect(isLocked(state, now).locked).toBe(false);
            expect(remainingLoginAttempts(state, now, policy)).toBe(policy.maxFailures - i);
            state = registerFailedLogin(state, now, policy);
          });
          const last = times.at(-1) ?? T0;
          expect(isLocked(state, last)).toEqual({ locked: true, retryAt: last + policy.lockMs });
          expect(isLocked(state, last + policy.lockMs - 1).locked).toBe(true);
          expect(isLocked(state, last + policy.lockMs).locked).toBe(false);
        },
      ),
    );
  });

  it('unlocks exactly at lockedUntil, whatever the history', () => {
    fc.assert(
      fc.property(policyArb, timesArb, (policy, times) => {
        const state = failAt(times, policy);
        fc.pre(state.lockedUntil !== null);
        const until = state.lockedUntil ?? 0;
        expect(isLocked(state, until - 1)).toEqual({ locked: true, retryAt: until });
        expect(isLocked(state, until)).toEqual({ locked: false, retryAt: null });
      }),
    );
  });

  it('after a success, maxFailures more failures are needed', () => {
    fc.assert(
      fc.property(policyArb, timesArb, (policy, times) => {
        const last = times.at(-1) ?? T0;
        let state = registerSuccessfulLogin();
        expect(state).toEqual(INITIAL_LOCKOUT_STATE);
        for (let i = 1; i < policy.maxFailures; i += 1) {
          state = registerFailedLogin(state, last, policy);
          expect(isLocked(state, last).locked).toBe(false);
        }
        state = registerFailedLogin(state, last, policy);
        expect(isLocked(state, last).locked).toBe(true);
      }),
    );
  });
});
