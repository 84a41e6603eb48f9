import { randomUUID } from 'node:crypto';

import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';

import type { Logger } from './logger';
import { type AppMetrics, boundedCode } from './metrics';
import {
  currentObservation,
  finishObservation,
  type RequestObservation,
  type StatementSink,
  wellFormedOperationName,
} from './request-observation';
import { statementWithoutValues } from './statement-text';

export interface ObservabilitySettings {
  /** A request at or over this many milliseconds is logged at warn (LOG_SLOW_REQUEST_MS). */
  slowRequestMs: number;
  /** A statement at or over this many milliseconds is logged at warn, with its text (LOG_SLOW_STATEMENT_MS). */
  slowStatementMs: number;
}

export const DEFAULT_OBSERVABILITY_SETTINGS: ObservabilitySettings = { slowRequestMs: 1000, slowStatementMs: 200 };

/** Longest statement text a warning carries; the read engine's statements can run to many kilobytes. */
const STATEMENT_TEXT_LIMIT = 4000;

/** Probes and scrapes: frequent, and not worth a line each. */
const UNLOGGED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

const pathOf = (request: Request): string => {
  const url = request.originalUrl ?? request.url ?? '';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
};

/** The outcome of a request that never reached GraphQL execution (refused by the HTTP layer or by authentication). */
function outcomeOfStatus(status: number): string {
  if (status < 400) return 'ok';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}

/** A sane incoming X-Request-Id (letters, digits, `._-`, 8 to 64 of them) is kept; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * First middleware of every request: gives it a request id (echoed in `X-Request-Id`) and an
 * observation, and when its response ends records the GraphQL metrics of /graphql requests.
 */
export function observeRequests(metrics: AppMetrics, sink: StatementSink): RequestHandler {
  return (request, response, next) => {
    const incoming = request.get('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const observation: RequestObservation = { requestId, startedAt: performance.now(), statements: 0, sink };
    response.locals.requestId = requestId;
    response.locals.observation = observation;
    response.set('x-request-id', requestId);
    if (pathOf(request) === '/graphql') {
      response.once('close', () => {
        const durationMs = finishObservation(observation);
        settleOutcome(observation, response);
        metrics.request(observation.operation, observation.outcome!, durationMs, observation.errorCodes);
      });
    }
    next();
  };
}

function settleOutcome(observation: RequestObservation, response: Response): void {
  if (observation.outcome !== undefined) return;
  observation.outcome = outcomeOfStatus(response.statusCode);
  if (observation.outcome !== 'ok') observation.errorCodes = [observation.outcome];
}

/** Reports statement durations to the metrics and logs slow ones with their text, literal values taken out. */
export function statementSink(logger: Logger, metrics: AppMetrics, settings: ObservabilitySettings): StatementSink {
  return {
    statement(text, durationMs, observation) {
      metrics.statement(durationMs);
      if (durationMs < settings.slowStatementMs || !logger.isLevelEnabled('warn')) return;
      const statement = statementWithoutValues(text);
      const clipped = statement.length > STATEMENT_TEXT_LIMIT;
      logger.warn(
        {
          requestId: observation.requestId,
          durationMs: Math.round(durationMs * 100) / 100,
          statement: clipped ? statement.slice(0, STATEMENT_TEXT_LIMIT) : statement,
          ...(clipped ? { statementLength: statement.length } : {}),
        },
        'slow statement',
      );
    },
  };
}

/**
 * One line per HTTP request (pino-http), at info, or warn when slow, or error for a 5xx. The line
 * holds ids, counts and timings only: no headers, no query string, no body, no names or e-mails.
 */
export function requestLogger(logger: Logger, settings: ObservabilitySettings): RequestHandler {
  const line = (request: Request, response: Response) => {
    const observation = response.locals.observation as RequestObservation;
    settleOutcome(observation, response);
    return {
      method: request.method,
      path: pathOf(request),
      status: response.statusCode,
      durationMs: finishObservation(observation),
      operation: observation.operation,
      callerId: observation.callerId,
      apiKeyId: observation.apiKeyId,
      cost: observation.cost,
      statements: observation.statements,
      outcome: observation.outcome,
    };
  };
  const slow = (response: Response) => finishObservation(response.locals.observation as RequestObservation) >= settings.slowRequestMs;
  return pinoHttp({
    logger,
    genReqId: (_request, response) => String((response as Response).locals.requestId),
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    quietResLogger: true,
    autoLogging: { ignore: (request) => UNLOGGED_PATHS.has(pathOf(request as Request)) },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : slow(response as Response) ? 'warn' : 'info',
    customSuccessObject: (request, response) => line(request as Request, response as Response),
    customErrorObject: (request, response) => line(request as Request, response as Response),
    customSuccessMessage: (_request, response) => (slow(response as Response) ? 'slow request' : 'request completed'),
    customErrorMessage: () => 'request failed',
  }) as unknown as RequestHandler;
}

interface ObservedContext {
  viewer?: { person: { id: string }; apiKey: { id: string } | null };
}

function hasUserErrors(data: Record<string, unknown> | null | undefined): boolean {
  if (!data) return false;
  for (const key in data) {
    const payload = data[key] as { userErrors?: unknown } | null;
    if (payload && Array.isArray(payload.userErrors) && payload.userErrors.length > 0) return true;
  }
  return false;
}

/** Writes the caller, operation name and outcome of a GraphQL request into its observation. */
export function observationPlugin<TContext extends ObservedContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const observation = currentObservation();
      if (!observation) return;
      observation.callerId = contextValue.viewer?.person.id;
      observation.apiKeyId = contextValue.viewer?.apiKey?.id;
      return {
        async willSendResponse({ response, operationName, operation }) {
          observation.operation = wellFormedOperationName(operationName ?? undefined);
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (errors && errors.length > 0) {
            observation.errorCodes = errors.map((error) =>
              typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR',
            );
            observation.outcome = boundedCode(observation.errorCodes[0]);
          } else {
            observation.outcome = operation?.operation === 'mutation' && hasUserErrors(data) ? 'user_error' : 'ok';
          }
        },
      };
    },
  };
}

/** Hands the cost computed by the cost limit to the request's observation. */
export function recordCost(cost: number): void {
  const observation = currentObservation();
  if (observation) observation.cost = cost;
}
