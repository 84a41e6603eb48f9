/** What the limiter decided for one request. */
export interface RateDecision {
  allowed: boolean;
  /** Whole requests the caller may still send at once. */
  remaining: number;
  /** When refused: seconds until one more request is allowed (at least 1). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per key, in memory: each key may send `capacity` requests at once and gets them back
 * at `capacity` per `windowMs`, so a steady caller is held to `capacity` per window without the
 * double burst a fixed window allows at its edges. One process only: behind several replicas each
 * counts its own share (README, "Configuration").
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;
  private lastSweep: number;

  constructor(
    private readonly capacity: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`A rate limit must be a positive integer; got ${capacity}.`);
    if (!(windowMs > 0)) throw new Error(`A rate window must be positive; got ${windowMs}.`);
    this.refillPerMs = capacity / windowMs;
    this.lastSweep = now();
  }

  /** Takes one request from `key`'s bucket when there is one. */
  take(key: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + Math.max(0, now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0 };
    }
    const waitMs = (1 - bucket.tokens) / this.refillPerMs;
    return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** Number of keys held (for tests: full buckets are forgotten). */
  get size(): number {
    return this.buckets.size;
  }

  /** Once a window, forgets the buckets that have filled up again: they hold nothing a new one would not. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.capacity) this.buckets.delete(key);
    }
  }
}
