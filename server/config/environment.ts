import path from 'node:path';

import { parseCorsOrigins } from '../http/cors';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from '../kernel/limits/request-limits';
import { LOG_LEVELS, type LogSettings } from '../observability/logger';
import { DEFAULT_METRICS_SETTINGS, type MetricsSettings } from '../observability/metrics';
import { DEFAULT_OBSERVABILITY_SETTINGS, type ObservabilitySettings } from '../observability/observe-requests';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from './database-timeouts';
import { DEFAULT_OVERSIGHT_SETTINGS } from './oversight-settings';

/** Configuration read from the environment once, at start (README, "Configuration"). */
export interface Environment {
  port: number;
  /** Address the HTTP server listens on (HOST); loopback only unless set. */
  host: string;
  databaseUrl: string | null;
  /** Streaming replicas of the primary that GraphQL queries read from (DATABASE_REPLICA_URLS, comma-separated); empty for none. */
  databaseReplicaUrls: string[];
  dataDir: string;
  embeddedDatabasePort: number;
  jwtSecret: string | null;
  /** JSON Web Key Set of an identity provider whose RS256/ES256 tokens are accepted too (JWT_JWKS_URL); null for none. */
  jwtJwksUrl: string | null;
  /** Expected `iss` of the identity provider's tokens (JWT_ISSUER); default `cluster-oversight`. */
  jwtIssuer: string | null;
  /** Expected `aud` of the identity provider's tokens (JWT_AUDIENCE); default `cluster-oversight-api`. */
  jwtAudience: string | null;
  seedDemo: boolean;
  nodeEnv: 'development' | 'production' | 'test';
  /** Grace period after a quarter's last day before a report is late (Art. 4-1), in days. */
  reportGraceDays: number;
  /** Longest term of a development plan, in years (PLAN_MAX_TERM_YEARS); default 10. */
  planMaxTermYears: number;
  /** Fixed "today" for demos and tests (`YYYY-MM-DD`); the real date when unset. */
  clockDate: string | null;
  /** Answer introspection queries; on unless NODE_ENV=production (GRAPHQL_INTROSPECTION). */
  graphqlIntrospection: boolean;
  /** Serve the explorer on GET /graphql; on unless NODE_ENV=production (GRAPHQL_EXPLORER). */
  graphqlExplorer: boolean;
  /** Bounds on each request (GRAPHQL_MAX_*, HTTP_MAX_BODY_BYTES, RATE_LIMIT_PER_MINUTE, RATE_LIMIT_STORE_TIMEOUT_MS). */
  limits: RequestLimits;
  /** Origins whose pages may call the API from a browser (CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** How long a mutation's idempotency key is remembered, in hours (IDEMPOTENCY_KEY_TTL_HOURS); default 24. */
  idempotencyKeyTtlHours: number;
  /** How long to wait for PostgreSQL (DATABASE_ACQUIRE_TIMEOUT_MS, DATABASE_STATEMENT_TIMEOUT_MS, DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS). */
  databaseTimeouts: DatabaseTimeouts;
  /** LOG_LEVEL (default info) and LOG_FORMAT (json, or pretty: default pretty on a terminal outside production). */
  log: LogSettings;
  /** LOG_SLOW_REQUEST_MS (default 1000) and LOG_SLOW_STATEMENT_MS (default 200). */
  observability: ObservabilitySettings;
  /** METRICS_TOKEN (default none: /metrics for loopback callers only) and METRICS_MAX_OPERATIONS (default 100). */
  metrics: MetricsSettings;
  /** OTEL_EXPORTER_OTLP_ENDPOINT: tracing is on only when it is set (observability/tracing.ts). */
  otelEndpoint: string | null;
}

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}; got "${value}".`);
  }
  return parsed;
}

function boolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value !== 'true' && value !== 'false') throw new Error(`${name} must be "true" or "false"; got "${value}".`);
  return value === 'true';
}

function logSettings(env: NodeJS.ProcessEnv, nodeEnv: Environment['nodeEnv'], stdoutIsTerminal: boolean): LogSettings {
  const level = env.LOG_LEVEL || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${level}".`);
  const format = env.LOG_FORMAT || (stdoutIsTerminal && nodeEnv !== 'production' ? 'pretty' : 'json');
  if (format !== 'json' && format !== 'pretty') throw new Error(`LOG_FORMAT must be "json" or "pretty"; got "${format}".`);
  return { level, format };
}

/** DATABASE_REPLICA_URLS: PostgreSQL URLs separated by commas. A bad entry is named by position, never echoed (it may hold a password). */
function replicaUrls(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  entries.forEach((entry, index) => {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      url = null;
    }
    if (!url || !['postgres:', 'postgresql:'].includes(url.protocol) || !url.hostname) {
      throw new Error(`DATABASE_REPLICA_URLS entry ${index + 1} is not a postgresql:// URL.`);
    }
  });
  return entries;
}

export function readEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
  stdoutIsTerminal = Boolean(process.stdout.isTTY),
): Environment {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  if (env.SEED_DEMO !== undefined && !['true', 'false', ''].includes(env.SEED_DEMO)) {
    throw new Error(`SEED_DEMO must be "true" or "false"; got "${env.SEED_DEMO}".`);
  }
  if (env.CLOCK_DATE && !/^\d{4}-\d{2}-\d{2}$/.test(env.CLOCK_DATE)) {
    throw new Error(`CLOCK_DATE must be an ISO date (YYYY-MM-DD); got "${env.CLOCK_DATE}".`);
  }
  if (nodeEnv === 'production' && !env.JWT_SECRET) {
    throw new Error('JWT_SECRET is required when NODE_ENV=production.');
  }
  const jwtJwksUrl = env.JWT_JWKS_URL || null;
  if (jwtJwksUrl) {
    let url: URL | null = null;
    try {
      url = new URL(jwtJwksUrl);
    } catch {
      url = null;
    }
    const loopback = url !== null && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && (loopback || nodeEnv !== 'production')))) {
      throw new Error(`JWT_JWKS_URL must be an https URL (http only for loopback or outside production); got "${jwtJwksUrl}".`);
    }
  }
  if ((env.JWT_ISSUER || env.JWT_AUDIENCE) && !jwtJwksUrl) {
    throw new Error("JWT_ISSUER and JWT_AUDIENCE apply to the identity provider's tokens: set JWT_JWKS_URL too.");
  }
  if (env.METRICS_TOKEN !== undefined && env.METRICS_TOKEN !== '' && env.METRICS_TOKEN.length < 16) {
    throw new Error('METRICS_TOKEN must be at least 16 characters long.');
  }
  return {
    port: integer('PORT', env.PORT, 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    databaseReplicaUrls: replicaUrls(env.DATABASE_REPLICA_URLS),
    dataDir: path.resolve(cwd, env.DATA_DIR || '.data'),
    embeddedDatabasePort: integer('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329, 1024, 65535),
    jwtSecret: env.JWT_SECRET || null,
    jwtJwksUrl,
    jwtIssuer: env.JWT_ISSUER || null,
    jwtAudience: env.JWT_AUDIENCE || null,
    seedDemo: env.SEED_DEMO !== 'false',
    nodeEnv,
    reportGraceDays: integer('REPORT_GRACE_DAYS', env.REPORT_GRACE_DAYS, DEFAULT_OVERSIGHT_SETTINGS.reportGraceDays, 0, 90),
    planMaxTermYears: integer('PLAN_MAX_TERM_YEARS', env.PLAN_MAX_TERM_YEARS, DEFAULT_OVERSIGHT_SETTINGS.planMaxTermYears, 1, 25),
    clockDate: env.CLOCK_DATE || null,
    graphqlIntrospection: boolean('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, nodeEnv !== 'production'),
    graphqlExplorer: boolean('GRAPHQL_EXPLORER', env.GRAPHQL_EXPLORER, nodeEnv !== 'production'),
    limits: {
      maxDepth: integer('GRAPHQL_MAX_DEPTH', env.GRAPHQL_MAX_DEPTH, DEFAULT_REQUEST_LIMITS.maxDepth, 1, 1000),
      maxAliases: integer('GRAPHQL_MAX_ALIASES', env.GRAPHQL_MAX_ALIASES, DEFAULT_REQUEST_LIMITS.maxAliases, 0, 100_000),
      maxDirectives: integer('GRAPHQL_MAX_DIRECTIVES', env.GRAPHQL_MAX_DIRECTIVES, DEFAULT_REQUEST_LIMITS.maxDirectives, 0, 100_000),
      maxTokens: integer('GRAPHQL_MAX_TOKENS', env.GRAPHQL_MAX_TOKENS, DEFAULT_REQUEST_LIMITS.maxTokens, 10, 1_000_000),
      maxCost: integer('GRAPHQL_MAX_COST', env.GRAPHQL_MAX_COST, DEFAULT_REQUEST_LIMITS.maxCost, 1, Number.MAX_SAFE_INTEGER),
      maxBodyBytes: integer('HTTP_MAX_BODY_BYTES', env.HTTP_MAX_BODY_BYTES, DEFAULT_REQUEST_LIMITS.maxBodyBytes, 1024, 100 * 1024 * 1024),
      requestsPerMinute: integer(
        'RATE_LIMIT_PER_MINUTE',
        env.RATE_LIMIT_PER_MINUTE,
        DEFAULT_REQUEST_LIMITS.requestsPerMinute,
        0,
        1_000_000,
      ),
      rateLimitStoreTimeoutMs: integer(
        'RATE_LIMIT_STORE_TIMEOUT_MS',
        env.RATE_LIMIT_STORE_TIMEOUT_MS,
        DEFAULT_REQUEST_LIMITS.rateLimitStoreTimeoutMs,
        50,
        60_000,
      ),
    },
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    idempotencyKeyTtlHours: integer('IDEMPOTENCY_KEY_TTL_HOURS', env.IDEMPOTENCY_KEY_TTL_HOURS, 24, 1, 24 * 30),
    databaseTimeouts: {
      acquireMs: integer('DATABASE_ACQUIRE_TIMEOUT_MS', env.DATABASE_ACQUIRE_TIMEOUT_MS, DEFAULT_DATABASE_TIMEOUTS.acquireMs, 100, 600_000),
      statementMs: integer(
        'DATABASE_STATEMENT_TIMEOUT_MS',
        env.DATABASE_STATEMENT_TIMEOUT_MS,
        DEFAULT_DATABASE_TIMEOUTS.statementMs,
        100,
        3_600_000,
      ),
      idleInTransactionMs: integer(
        'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS',
        env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        DEFAULT_DATABASE_TIMEOUTS.idleInTransactionMs,
        100,
        3_600_000,
      ),
    },
    log: logSettings(env, nodeEnv, stdoutIsTerminal),
    observability: {
      slowRequestMs: integer('LOG_SLOW_REQUEST_MS', env.LOG_SLOW_REQUEST_MS, DEFAULT_OBSERVABILITY_SETTINGS.slowRequestMs, 0, 3_600_000),
      slowStatementMs: integer(
        'LOG_SLOW_STATEMENT_MS',
        env.LOG_SLOW_STATEMENT_MS,
        DEFAULT_OBSERVABILITY_SETTINGS.slowStatementMs,
        0,
        3_600_000,
      ),
    },
    metrics: {
      token: env.METRICS_TOKEN || null,
      maxOperations: integer('METRICS_MAX_OPERATIONS', env.METRICS_MAX_OPERATIONS, DEFAULT_METRICS_SETTINGS.maxOperations, 0, 10_000),
    },
    otelEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT || null,
  };
}
