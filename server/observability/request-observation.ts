import { AsyncLocalStorage } from 'node:async_hooks';

/** Where the statements of a request are reported as they finish (metrics and slow-statement warnings). */
export interface StatementSink {
  statement(text: string, durationMs: number, observation: RequestObservation): void;
}

/**
 * What is known about one HTTP request by the time it is answered: filled in by the HTTP layer, the
 * GraphQL plugin and the database connection, read once by the request's log line and metrics.
 */
export interface RequestObservation {
  requestId: string;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
  /** Set once, when the response is finished or the connection closes. */
  durationMs?: number;
  /** The GraphQL operation's name, when it has a well-formed one. */
  operation?: string;
  /** Id of the person the credentials name (the token's subject or the API key's owner). */
  callerId?: string;
  /** Id of the partner API key, when the request came with one. */
  apiKeyId?: string;
  /** Set once the request is known to be a GraphQL query: only then may reads go to a replica. */
  readsFromReplicas?: boolean;
  /** Estimated cost of the operation (kernel/limits/query-cost.ts). */
  cost?: number;
  /** SQL statements sent to PostgreSQL on behalf of this request. */
  statements: number;
  /** ok, user_error, or the code of the first top-level error. */
  outcome?: string;
  /** Codes of the top-level errors of the response, one per error. */
  errorCodes?: string[];
  sink?: StatementSink;
}

const storage = new AsyncLocalStorage<RequestObservation>();

/**
 * Runs `next` in a scope where code handed no request (Apollo's `formatError`, the database
 * connection) finds the request's observation. Mount it after the body parser: the parser's stream
 * callbacks do not carry the scope along.
 */
export function runObserved(observation: RequestObservation, next: () => void): void {
  storage.run(observation, next);
}

/** The observation of the request being answered, inside {@link runObserved}. */
export function currentObservation(): RequestObservation | undefined {
  return storage.getStore();
}

/** Milliseconds since the request arrived, fixed the first time it is asked after the response ended. */
export function finishObservation(observation: RequestObservation): number {
  if (observation.durationMs === undefined) observation.durationMs = Math.round((performance.now() - observation.startedAt) * 100) / 100;
  return observation.durationMs;
}

/** A GraphQL Name (`[_A-Za-z][_0-9A-Za-z]*`), at most 100 characters; anything else is not logged. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

export function wellFormedOperationName(name: unknown): string | undefined {
  return typeof name === 'string' && OPERATION_NAME.test(name) ? name : undefined;
}
