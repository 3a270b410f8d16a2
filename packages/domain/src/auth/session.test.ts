import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SESSION_POLICY,
  isSessionActive,
  type SessionPolicy,
  sessionExpiresAt,
  shouldRefreshLastSeen,
} from './session.js';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const T0 = Date.parse('2024-06-01T08:30:00+08:00');

describe('session lifetime with the default policy (12 h absolute, 30 min idle)', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SESSION_POLICY).toEqual({
      absoluteTtlMs: 12 * HOUR,
      idleTtlMs: 30 * MINUTE,
      lastSeenWriteIntervalMs: MINUTE,
    });
  });

  it.each([
    ['just logged in', T0, T0 + 30 * MINUTE],
    ['active 2 hours later', T0 + 2 * HOUR, T0 + 2 * HOUR + 30 * MINUTE],
    ['active near the end of the day', T0 + 11 * HOUR + 50 * MINUTE, T0 + 12 * HOUR],
    ['last seen before login (clock skew)', T0 - HOUR, T0 + 30 * MINUTE],
  ])('%s', (_, lastSeenAt, expected) => {
    expect(sessionExpiresAt(T0, lastSeenAt)).toBe(expected);
  });

  it('is active until, and not at, the expiry instant', () => {
    const session = { createdAt: T0, lastSeenAt: T0 + HOUR };
    expect(isSessionActive(session, T0 + HOUR + 30 * MINUTE - 1)).toBe(true);
    expect(isSessionActive(session, T0 + HOUR + 30 * MINUTE)).toBe(false);
  });

  it('ends after 12 hours however busy', () => {
    const session = { createdAt: T0, lastSeenAt: T0 + 12 * HOUR - SECOND };
    expect(isSessionActive(session, T0 + 12 * HOUR - 1)).toBe(true);
    expect(isSessionActive(session, T0 + 12 * HOUR)).toBe(false);
  });

  it.each([
    [T0, T0, false],
    [T0, T0 + 59 * SECOND, false],
    [T0, T0 + 60 * SECOND, false],
    [T0, T0 + 60 * SECOND + 1, true],
    [T0, T0 + 10 * MINUTE, true],
    [T0, T0 - MINUTE, false],
  ])('shouldRefreshLastSeen(%d, %d) = %s', (lastSeenAt, now, expected) => {
    expect(shouldRefreshLastSeen(lastSeenAt, now)).toBe(expected);
  });

  it('accepts a configured policy and rejects an invalid one', () => {
    const kiosk = { absoluteTtlMs: HOUR, idleTtlMs: 5 * MINUTE, lastSeenWriteIntervalMs: 0 };
    expect(sessionExpiresAt(T0, T0 + 58 * MINUTE, kiosk)).toBe(T0 + HOUR);
    expect(shouldRefreshLastSeen(T0, T0 + 1, kiosk)).toBe(true);
    expect(() => sessionExpiresAt(T0, T0, { ...kiosk, idleTtlMs: 0 })).toThrow(RangeError);
    expect(() =>
      shouldRefreshLastSeen(T0, T0, { ...kiosk, lastSeenWriteIntervalMs: 5 * MINUTE }),
    ).toThrow(RangeError);
  });
});

describe('session lifetime — properties', () => {
  const policyArb: fc.Arbitrary<SessionPolicy> = fc
    .record({
      absoluteTtlMs: fc.integer({ min: 1, max: 24 * HOUR }),
      idleTtlMs: fc.integer({ min: 1, max: 2 * HOUR }),
      interval: fc.integer({ min: 0, max: 2 * HOUR }),
    })
    .map(({ absoluteTtlMs, idleTtlMs, interval }) => ({
      absoluteTtlMs,
      idleTtlMs,
      lastSeenWriteIntervalMs: interval % idleTtlMs,
    }));
  const offset = fc.integer({ min: 0, max: 30 * HOUR });

  it('never outlives the absolute limit or the idle limit', () => {
    fc.assert(
      fc.property(policyArb, offset, offset, (policy, seen, at) => {
        const session = { createdAt: T0, lastSeenAt: T0 + seen };
        const now = T0 + at;
        const active = isSessionActive(session, now, policy);
        expect(active).toBe(now < T0 + policy.absoluteTtlMs && now < T0 + seen + policy.idleTtlMs);
      }),
    );
  });

  it('requests less than (idle − write interval) apart keep it alive until the absolute limit', () => {
    fc.assert(
      fc.property(policyArb, fc.integer({ min: 1, max: 200 }), (policy, steps) => {
        // lastSeenAt is written only when shouldRefreshLastSeen, so it lags the last request by up
        // to the write interval: requests must come within idleTtlMs − interval of each other.
        const gap = policy.idleTtlMs - policy.lastSeenWriteIntervalMs - 1;
        fc.pre(gap >= 1);
        let session = { createdAt: T0, lastSeenAt: T0 };
        for (let i = 1; i <= steps; i += 1) {
          const now = T0 + i * gap;
          const active = isSessionActive(session, now, policy);
          expect(active).toBe(now < T0 + policy.absoluteTtlMs);
          if (!active) {
            break;
          }
          if (shouldRefreshLastSeen(session.lastSeenAt, now, policy)) {
            session = { ...session, lastSeenAt: now };
          }
        }
      }),
    );
  });

  it('expiry never moves earlier when lastSeenAt moves later', () => {
    fc.assert(
      fc.property(policyArb, offset, offset, (policy, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(sessionExpiresAt(T0, T0 + later, policy)).toBeGreaterThanOrEqual(
          sessionExpiresAt(T0, T0 + earlier, policy),
        );
      }),
    );
  });
});
