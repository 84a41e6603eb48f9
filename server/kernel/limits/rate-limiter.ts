import { createHash } from 'node:crypto';

import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/** What the limiter decided for one request, with the figures of the `RateLimit-*` headers. */
export interface RateDecision {
  allowed: boolean;
  /** Requests a caller may send in one window. */
  limit: number;
  /** Requests the caller may still send in the current window. */
  remaining: number;
  /** Seconds until the current window ends and the count starts again (at least 1). */
  resetSeconds: number;
}

export interface RequestRateLimiter {
  /** Counts one request against `principal` and says whether it may go on. */
  take(principal: string): Promise<RateDecision>;
  /** Closes the limiter's connections to PostgreSQL. */
  close(): Promise<void>;
}

export interface SharedRateLimiterOptions {
  requestsPerMinute: number;
  /** The primary database, where every API process keeps the counts. */
  databaseUrl: string;
  /** How long to wait for PostgreSQL before counting in memory (RequestLimits.rateLimitStoreTimeoutMs). */
  storeTimeoutMs: number;
  /** Told when the counts cannot be reached in PostgreSQL and this process counts alone (at most once a minute). */
  log?: (message: string) => void;
}

/** Table created by migration 0003-rate-limit-counts. */
export const RATE_LIMIT_TABLE = 'rate_limit_count';

const WINDOW_SECONDS = 60;
/** Expired counts are deleted this often (one DELETE per process). */
const SWEEP_INTERVAL_MS = 5 * 60_000;

/**
 * Counts kept in memory while PostgreSQL cannot be reached: each process then holds its callers to
 * the limit on its own (so, behind N processes, to at most N times the limit), rather than
 * refusing everyone or letting everyone through.
 */
class InsuranceCounts extends RateLimiterMemory {
  private lastNotice = 0;

  constructor(
    points: number,
    keyPrefix: string,
    private readonly notice: (message: string) => void,
  ) {
    super({ points, duration: WINDOW_SECONDS, keyPrefix });
  }

  override consume(key: string | number, points?: number, options?: { [key: string]: unknown }): Promise<RateLimiterRes> {
    const now = Date.now();
    if (now - this.lastNotice >= WINDOW_SECONDS * 1000) {
      this.lastNotice = now;
      this.notice('The rate-limit counts in PostgreSQL are out of reach: this process counts its own requests until they are back.');
    }
    return super.consume(key, points, options);
  }
}

/**
 * A fixed window of one minute per principal, counted in PostgreSQL so that the limit holds across
 * every API process on the same primary (rate-limiter-flexible's PostgreSQL store: one upsert per
 * request). Principals are stored as hashes, so the table holds no address, e-mail or key. A
 * caller refused once is refused from memory until its window ends, so a caller hammering the API
 * costs the database nothing more. The counts have a small pool of their own with short timeouts,
 * so a database in trouble neither takes the ORM's connections nor holds a request for long: the
 * in-memory insurance decides instead.
 */
export function sharedRateLimiter(options: SharedRateLimiterOptions): RequestRateLimiter {
  const points = options.requestsPerMinute;
  if (!Number.isInteger(points) || points < 1) throw new Error(`A rate limit must be a positive integer; got ${points}.`);
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 2,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: options.storeTimeoutMs,
    query_timeout: options.storeTimeoutMs,
    statement_timeout: options.storeTimeoutMs,
    application_name: 'cluster-oversight rate limit',
  });
  // An idle connection that the server closed: the pool drops it and opens another when needed.
  pool.on('error', () => undefined);
  // The limit is part of the key, so processes configured with different limits (during a rolling
  // change of RATE_LIMIT_PER_MINUTE) never read one another's counts against the wrong limit.
  const keyPrefix = `per-minute-${points}`;
  const store = new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
    inMemoryBlockOnConsumed: points + 1,
    insuranceLimiter: new InsuranceCounts(points, keyPrefix, options.log ?? (() => undefined)),
  });
  // The store's method (untyped in its declarations) resolves whatever happens: a failed sweep is retried next time.
  const clearExpired = (store as unknown as { clearExpired(before: number): Promise<void> }).clearExpired.bind(store);
  const sweep = setInterval(() => void clearExpired(Date.now()), SWEEP_INTERVAL_MS);
  sweep.unref();

  const decision = (allowed: boolean, result: RateLimiterRes): RateDecision => ({
    allowed,
    limit: points,
    remaining: allowed ? result.remainingPoints : 0,
    resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
  });

  return {
    take: async (principal) => {
      const key = createHash('sha256').update(principal).digest('base64url');
      try {
        return decision(true, await store.consume(key));
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return decision(false, refusal);
        throw refusal;
      }
    },
    close: async () => {
      clearInterval(sweep);
      await pool.end();
    },
  };
}
