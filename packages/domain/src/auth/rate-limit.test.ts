import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type TakeTokenResult,
  type TokenBucket,
  type TokenBucketConfig,
  takeToken,
} from './rate-limit.js';

const T0 = Date.parse('2024-06-01T10:00:00+08:00');

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

/** Runs requests in order, threading the bucket through. */
function run(times: readonly number[], config: TokenBucketConfig): TakeTokenResult[] {
  let bucket: TokenBucket | undefined;
  return times.map((now) => {
    const result = takeToken(bucket, now, config);
    bucket = result.bucket;
    return result;
  });
}

describe('takeToken', () => {
  const config = { capacity: 3, refillPerSecond: 1 };

  it('starts full, allows a burst of capacity, then refuses with the wait', () => {
    const results = run([T0, T0, T0, T0], config);
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.retryAfterMs)).toEqual([0, 0, 0, 1000]);
    expect(results[3]?.bucket).toEqual({ tokens: 0, updatedAt: T0 });
  });

  it('refills continuously', () => {
    const empty: TokenBucket = { tokens: 0, updatedAt: T0 };
    expect(takeToken(empty, T0 + 500, config)).toEqual({
      allowed: false,
      bucket: { tokens: 0.5, updatedAt: T0 + 500 },
      retryAfterMs: 500,
    });
    expect(takeToken(empty, T0 + 1000, config)).toEqual({
      allowed: true,
      bucket: { tokens: 0, updatedAt: T0 + 1000 },
      retryAfterMs: 0,
    });
  });

  it('never holds more than capacity', () => {
    const result = takeToken({ tokens: 1, updatedAt: T0 }, T0 + 3_600_000, config);
    expect(result.bucket.tokens).toBe(2);
  });

  it('cuts a stored count down to a lowered capacity', () => {
    const result = takeToken({ tokens: 50, updatedAt: T0 }, T0, config);
    expect(result.bucket.tokens).toBe(2);
  });

  it('handles slow rates: 10 per minute', () => {
    const perMinute = { capacity: 10, refillPerSecond: 10 / 60 };
    const results = run(
      Array.from({ length: 11 }, () => T0),
      perMinute,
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results[10]?.retryAfterMs).toBe(6000);
    const retry = takeToken(results[10]?.bucket, T0 + 6000, perMinute);
    expect(retry.allowed).toBe(true);
  });

  it('adds nothing when the clock goes backwards, and keeps updatedAt', () => {
    const empty: TokenBucket = { tokens: 0, updatedAt: T0 };
    const result = takeToken(empty, T0 - 5000, config);
    expect(result).toEqual({ allowed: false, bucket: empty, retryAfterMs: 6000 });
  });

  it('rejects invalid configuration and times', () => {
    expect(() => takeToken(undefined, T0, { capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => takeToken(undefined, T0, { capacity: 5, refillPerSecond: 0 })).toThrow(RangeError);
    expect(() => takeToken(undefined, Number.NaN, config)).toThrow(RangeError);
  });
});

describe('takeToken — properties', () => {
  const configArb = fc.record({
    capacity: fc.integer({ min: 1, max: 20 }),
    refillPerSecond: fc.oneof(
      fc.integer({ min: 1, max: 50 }),
      fc.double({ min: 0.01, max: 50, noNaN: true, noDefaultInfinity: true }),
    ),
  });
  const timesArb = fc
    .array(fc.integer({ min: 0, max: 3_000 }), { minLength: 1, maxLength: 60 })
    .map(cumulativeFromT0);

  it('allows at most capacity + refill × elapsed within any interval', () => {
    fc.assert(
      fc.property(configArb, timesArb, (config, times) => {
        const allowed = run(times, config).map((r) => r.allowed);
        for (let i = 0; i < times.length; i += 1) {
          let count = 0;
          for (let j = i; j < times.length; j += 1) {
            count += allowed[j] ? 1 : 0;
            const elapsedSeconds = ((times[j] ?? 0) - (times[i] ?? 0)) / 1000;
            expect(count).toBeLessThanOrEqual(
              config.capacity + config.refillPerSecond * elapsedSeconds + 1e-6,
            );
          }
        }
      }),
    );
  });

  it('retryAfterMs > 0 exactly when refused', () => {
    fc.assert(
      fc.property(configArb, timesArb, (config, times) => {
        for (const result of run(times, config)) {
          expect(result.retryAfterMs > 0).toBe(!result.allowed);
        }
      }),
    );
  });

  it('a refused request succeeds when retried after retryAfterMs', () => {
    fc.assert(
      fc.property(configArb, timesArb, (config, times) => {
        let bucket: TokenBucket | undefined;
        for (const now of times) {
          const result = takeToken(bucket, now, config);
          if (!result.allowed) {
            expect(takeToken(result.bucket, now + result.retryAfterMs, config).allowed).toBe(true);
          }
          bucket = result.bucket;
        }
      }),
    );
  });

  it('a new bucket allows exactly capacity requests at one instant', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const results = run(
          Array.from({ length: config.capacity + 3 }, () => T0),
          config,
        );
        expect(results.filter((r) => r.allowed)).toHaveLength(config.capacity);
      }),
    );
  });

  it('is deterministic and keeps tokens within 0 … capacity', () => {
    fc.assert(
      fc.property(configArb, timesArb, (config, times) => {
        const first = run(times, config);
        expect(run(times, config)).toEqual(first);
        for (const { bucket } of first) {
          expect(bucket.tokens).toBeGreaterThanOrEqual(0);
          expect(bucket.tokens).toBeLessThanOrEqual(config.capacity);
        }
      }),
    );
  });
});
