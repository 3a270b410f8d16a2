/**
 * A token bucket (令牌桶限流) as a pure function, for API keys and login endpoints. The caller
 * stores one bucket per key (e.g. per API key or per client address) and passes the current
 * time in epoch milliseconds.
 */

/** A bucket as stored. */
export type TokenBucket = {
  /** Tokens available at `updatedAt` (may be fractional), 0 … capacity. */
  readonly tokens: number;
  /** The instant `tokens` was computed for, epoch ms. */
  readonly updatedAt: number;
};

/** Bucket size and refill rate. Configuration. */
export type TokenBucketConfig = {
  /** Largest burst: a new or long-idle bucket holds this many tokens. */
  readonly capacity: number;
  /** Tokens added per second, continuously (e.g. 0.5 = one every 2 s). */
  readonly refillPerSecond: number;
};

/** The outcome of {@link takeToken}. */
export type TakeTokenResult = {
  readonly allowed: boolean;
  /** The bucket to store (always, allowed or not). */
  readonly bucket: TokenBucket;
  /** 0 when allowed; otherwise the wait in ms until a token is available (for Retry-After). */
  readonly retryAfterMs: number;
};

/**
 * Token counts within this distance of a whole number are snapped to it, so that floating-point
 * rounding never leaves 0.9999999999 tokens where exactly 1 was due.
 */
const SNAP_EPSILON = 1e-9;

function snap(tokens: number): number {
  const whole = Math.round(tokens);
  return Math.abs(tokens - whole) < SNAP_EPSILON ? whole : tokens;
}

function requireValidConfig(config: TokenBucketConfig): void {
  const { capacity, refillPerSecond } = config;
  if (
    !Number.isFinite(capacity) ||
    capacity < 1 ||
    !Number.isFinite(refillPerSecond) ||
    refillPerSecond <= 0
  ) {
    throw new RangeError(`invalid token bucket config ${JSON.stringify(config)}`);
  }
}

/**
 * Tries to take one token at `now`.
 *
 * A missing bucket starts full. The bucket first refills by `refillPerSecond` per elapsed
 * second, up to `capacity` (a stored count above a since-lowered capacity is cut down to it).
 * If at least one token is then available, one is taken and the request is allowed; otherwise
 * it is refused with `retryAfterMs` (≥ 1) until the next token is due. A clock that goes
 * backwards adds no tokens and does not move `updatedAt` back.
 *
 * Over any period, at most `capacity + refillPerSecond × seconds` requests are allowed.
 */
export function takeToken(
  bucket: TokenBucket | undefined,
  now: number,
  config: TokenBucketConfig,
): TakeTokenResult {
  requireValidConfig(config);
  if (!Number.isFinite(now)) {
    throw new RangeError(`now must be a finite number of epoch milliseconds, got ${now}`);
  }
  const start = bucket ?? { tokens: config.capacity, updatedAt: now };
  const elapsedMs = Math.max(0, now - start.updatedAt);
  const updatedAt = Math.max(start.updatedAt, now);
  const available = snap(
    Math.min(
      config.capacity,
      Math.max(0, start.tokens) + (elapsedMs * config.refillPerSecond) / 1000,
    ),
  );
  if (available >= 1) {
    return { allowed: true, bucket: { tokens: available - 1, updatedAt }, retryAfterMs: 0 };
  }
  return {
    allowed: false,
    bucket: { tokens: available, updatedAt },
    retryAfterMs: Math.max(
      1,
      updatedAt - now + Math.ceil(((1 - available) * 1000) / config.refillPerSecond),
    ),
  };
}
