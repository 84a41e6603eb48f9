import { createHash, timingSafeEqual } from 'node:crypto';

import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { sendJsonError } from '../http/json-errors';

/** The part of knex's tarn pool read for the pool gauge. */
export interface PoolState {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

export interface MetricsSettings {
  /** Bearer token that may read /metrics (METRICS_TOKEN); null: only callers on this machine (loopback). */
  token: string | null;
  /** Distinct operation names that get a label of their own (METRICS_MAX_OPERATIONS); later ones count as "other". */
  maxOperations: number;
}

export const DEFAULT_METRICS_SETTINGS: MetricsSettings = { token: null, maxOperations: 100 };

/** Outcomes that get a label of their own; any other error code counts as "other_error". */
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'COST_LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
]);

export function boundedCode(code: string): string {
  return KNOWN_CODES.has(code) ? code : 'other_error';
}

const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STATEMENT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * The application's Prometheus metrics, in a registry of its own (several apps may share a process
 * in tests). Labels stay bounded: operation names past `maxOperations` distinct ones become "other",
 * error codes outside the known set "other_error".
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly requestDuration: Histogram<'operation' | 'outcome'>;
  private readonly errors: Counter<'code'>;
  private readonly rateLimited: Counter;
  private readonly statementDuration: Histogram;

  constructor(
    private readonly settings: MetricsSettings,
    pool: () => PoolState | undefined,
  ) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL HTTP requests answered, by operation name and outcome (ok, user_error or the first error code).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.requestDuration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL HTTP request to the end of its response, by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Top-level errors in GraphQL responses, by code.',
      labelNames: ['code'],
      registers,
    });
    this.rateLimited = new Counter({
      name: 'graphql_rate_limited_total',
      help: 'GraphQL requests refused with 429 by the rate limiter.',
      registers,
    });
    this.statementDuration = new Histogram({
      name: 'db_statement_duration_seconds',
      help: 'Duration of the SQL statements run for GraphQL requests.',
      buckets: STATEMENT_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'db_pool_connections',
      help: 'Connections of the database pool: in_use, idle, and requests waiting for one (waiting) or for one to open (pending_create).',
      labelNames: ['state'],
      registers,
      collect() {
        const state = pool();
        this.set({ state: 'in_use' }, state?.numUsed() ?? 0);
        this.set({ state: 'idle' }, state?.numFree() ?? 0);
        this.set({ state: 'waiting' }, state?.numPendingAcquires() ?? 0);
        this.set({ state: 'pending_create' }, state?.numPendingCreates() ?? 0);
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  /** The label of an operation name: itself while the set of names is under its cap, else "other". */
  operationLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= this.settings.maxOperations) return 'other';
    this.operations.add(name);
    return name;
  }

  request(operation: string | undefined, outcome: string, durationMs: number, errorCodes: readonly string[] | undefined): void {
    const labels = { operation: this.operationLabel(operation), outcome };
    this.requests.inc(labels);
    this.requestDuration.observe(labels, durationMs / 1000);
    for (const code of errorCodes ?? []) this.errors.inc({ code: boundedCode(code) });
    if (outcome === 'RATE_LIMITED') this.rateLimited.inc();
  }

  statement(durationMs: number): void {
    this.statementDuration.observe(durationMs / 1000);
  }

  /**
   * GET /metrics: with a METRICS_TOKEN, for callers that present it as a bearer token; without one,
   * for callers on this machine only (the socket's peer is a loopback address).
   */
  handler(): RequestHandler {
    const expected = this.settings.token ? digest(this.settings.token) : null;
    return async (request, response) => {
      const allowed = expected
        ? matches(expected, /^Bearer\s+(\S+)$/i.exec(request.get('authorization') ?? '')?.[1])
        : isLoopback(request.socket.remoteAddress);
      if (!allowed) {
        sendJsonError(
          response,
          403,
          expected ? 'The metrics need the bearer token set in METRICS_TOKEN.' : 'The metrics are served to this machine only.',
          {
            code: 'FORBIDDEN',
            requestId: String(response.locals.requestId ?? ''),
          },
        );
        return;
      }
      response.type(this.registry.contentType).send(await this.registry.metrics());
    };
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function matches(expected: Buffer, given: string | undefined): boolean {
  return given !== undefined && timingSafeEqual(expected, digest(given));
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
