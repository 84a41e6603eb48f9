import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import http from 'node:http';

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';

import { type Context, createContext, type OversightSettings } from './context';
import { explorerAssets, explorerHeadersFor, explorerPage } from './explorer';
import { cors } from './http/cors';
import { credentials, credentialsOf } from './http/credentials';
import { csvExport } from './http/export-csv';
import { jsonErrorHandler } from './http/json-errors';
import { rateLimit } from './http/rate-limit';
import { allowReplicaReads, currentRequestId, requestScope } from './http/request-scope';
import { loadTrustedDocuments, trustedDocuments, trustedDocumentsOnlyPlugin } from './http/trusted-documents';
import type { TokenService } from './kernel/auth';
import type { Clock } from './kernel/clock';
import {
  describeDatabaseFailure,
  isDatabaseUnavailable,
  SERVICE_UNAVAILABLE_MESSAGE,
  SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS,
  serviceUnavailable,
  serviceUnavailableHttp,
  TopLevelCode,
} from './kernel/errors';
import { costLimitPlugin } from './kernel/limits/cost-limit-plugin';
import { maxAliasesRule, maxDepthRule, maxDirectivesRule } from './kernel/limits/operation-limits';
import { sharedRateLimiter } from './kernel/limits/rate-limiter';
import { DEFAULT_REQUEST_LIMITS, LimitErrorCode, type RequestLimits } from './kernel/limits/request-limits';
import { engineAnswerPlugin, stringifyResult } from './kernel/read/fast-path';
import { listDescriptions } from './modules';
import { guardSchema } from './modules/access/read-guard';
import { readRequestOf } from './modules/access/row-scope';
import { IDEMPOTENCY_KEY_REUSED, idempotencyPlugin } from './modules/idempotency/idempotency';
import { errorDetails } from './observability/error-details';
import { type Logger, silentLogger } from './observability/logger';
import { AppMetrics, DEFAULT_METRICS_SETTINGS, type MetricsSettings, type PoolState } from './observability/metrics';
import {
  DEFAULT_OBSERVABILITY_SETTINGS,
  type ObservabilitySettings,
  observationPlugin,
  observeRequests,
  recordCost,
  requestLogger,
  statementSink,
} from './observability/observe-requests';
import { buildAppSchema } from './schema';

export interface AppOptions {
  orm: MikroORM;
  tokens: TokenService;
  clock: Clock;
  settings?: OversightSettings;
  /** Serve the explorer page on GET /graphql (development). */
  explorer?: boolean;
  /** Headers the explorer starts with, e.g. a demo token (development only). */
  explorerHeaders?: Record<string, string>;
  /** Where the request lines, warnings and masked errors go (observability/logger.ts). Default: nowhere. */
  logger?: Logger;
  /** Slow request and slow statement thresholds; any left out take DEFAULT_OBSERVABILITY_SETTINGS. */
  observability?: Partial<ObservabilitySettings>;
  /** Who may read /metrics and how many operation names get a label; any left out take DEFAULT_METRICS_SETTINGS. */
  metrics?: Partial<MetricsSettings>;
  /**
   * Production hardening: introspection off (unless `introspection` says otherwise) and no "Did you
   * mean …?" suggestions in error messages, which would reveal the schema bit by bit. Default false.
   */
  production?: boolean;
  /** Answer introspection queries (`__schema`, `__type`). Default: true unless `production`. */
  introspection?: boolean;
  /** Bounds on each request; any left out take the value in DEFAULT_REQUEST_LIMITS. */
  limits?: Partial<RequestLimits>;
  /**
   * Complete engine answers in one pass (kernel/read/fast-path.ts). Default true; false leaves every
   * field to graphql-js and reads `node`/`nodes` as entities, the reference the engine is tested against.
   */
  readEngine?: boolean;
  /** Asked first by /readyz: not ready (with the reason) while, say, the embedded database restarts. */
  readiness?: () => { ready: boolean; reason?: string };
  /** How long `/readyz` waits for the database before answering 503. Default 1500 ms. */
  readinessTimeoutMs?: number;
  /** Origins whose pages may call the API from a browser (CORS_ORIGINS); none by default. The server's own origin always may. */
  corsOrigins?: readonly string[];
  /** How long a mutation's `Idempotency-Key` is remembered, in hours (IDEMPOTENCY_KEY_TTL_HOURS). Default 24. */
  idempotencyKeyTtlHours?: number;
}

export interface App {
  schema: GraphQLSchema;
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  /** The Prometheus registry behind GET /metrics. */
  metrics: AppMetrics;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting requests, lets those in flight finish, closes the server. */
  stop(): Promise<void>;
}

/** Codes that describe the client's request and may be shown as they are; everything else is masked. */
const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  LimitErrorCode.COST_LIMIT_EXCEEDED,
  LimitErrorCode.RATE_LIMITED,
  LimitErrorCode.PAYLOAD_TOO_LARGE,
  IDEMPOTENCY_KEY_REUSED,
]);

/** graphql-js's suggestions (" Did you mean "name"?"), anywhere in a message (variable errors nest them). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export async function createApp(options: AppOptions): Promise<App> {
  const logger = options.logger ?? silentLogger();
  const observability: ObservabilitySettings = { ...DEFAULT_OBSERVABILITY_SETTINGS, ...definedOnly(options.observability) };
  const metrics = new AppMetrics({ ...DEFAULT_METRICS_SETTINGS, ...definedOnly(options.metrics) }, () => poolOf(options.orm));
  const production = options.production ?? false;
  const given = Object.entries(options.limits ?? {}).filter(([, value]) => value !== undefined);
  const limits: RequestLimits = { ...DEFAULT_REQUEST_LIMITS, ...Object.fromEntries(given) };
  const schema = guardSchema(await buildAppSchema());
  const trustedDocumentManifest = loadTrustedDocuments();
  const expressApp = express();
  const httpServer = http.createServer(expressApp);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection ?? !production,
    includeStacktraceInErrorResponses: false,
    // Apollo Server's defaults, written out because the API depends on them (checked in
    // @apollo/server 5.5.1, dist/cjs/httpBatching.js and preventCsrf.js): one operation per request
    // (a JSON array is answered 400 "Operation batching disabled."), and a request a browser could
    // send cross-site without a preflight (content-type missing, text/plain, form or multipart, and
    // no `apollo-require-preflight` or `x-apollo-operation-name` header) is refused with 400.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Passed to graphql-js's `parse` (requestPipeline.js); past this many tokens it throws a syntax
    // error (graphql-js PR #3684, "parser: limit maximum number of tokens"), which Apollo answers as
    // GRAPHQL_PARSE_FAILED with HTTP 400 before validating anything.
    parseOptions: { maxTokens: limits.maxTokens },
    // Run after graphql-js's `specifiedRules`; failures are GRAPHQL_VALIDATION_FAILED with HTTP 400.
    validationRules: [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases), maxDirectivesRule(limits.maxDirectives)],
    // Removes "Did you mean …?" from validation errors (Apollo's DisableSuggestions plugin);
    // formatError below strips the ones in variable coercion errors too.
    hideSchemaDetailsFromClientErrors: production,
    // Compact JSON: Apollo's default indents every response, which costs time and bytes on large reads.
    // Root lists the read engine answered as JSON text are spliced in as they are (kernel/read/final-json.ts).
    stringifyResult: (result) => stringifyResult(result as Record<string, unknown>),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      costLimitPlugin(limits.maxCost, undefined, recordCost),
      // Before the read engine's answer: a repeated mutation is answered from the store.
      idempotencyPlugin({ ttlHours: options.idempotencyKeyTtlHours }),
      trustedDocumentsOnlyPlugin(trustedDocumentManifest),
      ...(options.readEngine === false ? [] : [engineAnswerPlugin<Context>(listDescriptions, readRequestOf)]),
      serviceUnavailablePlugin(),
      observationPlugin<Context>(),
      replicaReadsPlugin(),
    ],
    // The one place unexpected errors are masked: logged with the request id, answered without detail.
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      // A bad literal (`periods: ["1403-Q5"]`) fails query validation, but the scalar said why:
      // it is malformed input like the same value sent as a variable.
      const scalarCode = (error as { originalError?: { extensions?: { code?: unknown } } })?.originalError?.extensions?.code;
      const code = scalarCode === 'BAD_USER_INPUT' ? scalarCode : formatted.extensions?.code;
      if (scalarCode === 'BAD_USER_INPUT') formatted = { ...formatted, extensions: { ...formatted.extensions, code } };
      if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
        const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
        // Apollo's own wording tells a client how to configure Apollo; ours says what happened.
        const message =
          extensions.validationErrorCode === 'INTROSPECTION_DISABLED'
            ? 'Introspection (`__schema`, `__type`) is turned off on this server.'
            : describeValidation(formatted.message, extensions.validationErrors);
        return { ...formatted, message: production ? message.replace(SUGGESTION, '') : message, extensions };
      }
      const requestId = currentRequestId();
      if (code === TopLevelCode.SERVICE_UNAVAILABLE || isDatabaseUnavailable(error)) {
        // An outage, not a bug: the caller may retry (HTTP 503 and Retry-After, set by
        // serviceUnavailablePlugin or, for a failed context, by the error itself).
        if (code !== TopLevelCode.SERVICE_UNAVAILABLE)
          logger.warn({ requestId, failure: describeDatabaseFailure(error) }, 'The database is out of reach');
        return {
          message: SERVICE_UNAVAILABLE_MESSAGE,
          path: formatted.path,
          locations: formatted.locations,
          extensions: {
            code: TopLevelCode.SERVICE_UNAVAILABLE,
            retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS,
            ...(requestId ? { requestId } : {}),
          },
        };
      }
      const errorId = randomUUID();
      logger.error({ errorId, requestId, error: errorDetails(error) }, 'Unexpected error while answering a GraphQL request');
      return {
        message: 'Internal server error.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'INTERNAL_SERVER_ERROR', errorId, ...(requestId ? { requestId } : {}) },
      };
    },
  });
  await apollo.start();

  expressApp.disable('x-powered-by');
  // No ETag: express would hash every answer (a large query's is hundreds of kilobytes) for a header
  // that POSTed GraphQL answers and CSV exports, never cached, have no use for.
  expressApp.set('etag', false);
  // Every response carries a request id (the caller's, when it sends a sane one) for support and
  // logs; every request but probes and scrapes is logged in one line when it ends.
  expressApp.use(observeRequests(metrics, statementSink(logger, metrics, observability)));
  expressApp.use(requestLogger(logger, observability));
  expressApp.get('/metrics', metrics.handler());
  // First on /graphql: a browser's preflight carries no credentials and no body, and Apollo's CSRF
  // prevention would refuse it.
  expressApp.use('/graphql', cors(options.corsOrigins ?? []));
  expressApp.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  // Answers within its own deadline whatever the database does: a frozen server would otherwise
  // hold the probe until the pool and driver timeouts fire.
  const readinessTimeoutMs = options.readinessTimeoutMs ?? 1500;
  expressApp.get('/readyz', async (_request, response) => {
    const readiness = options.readiness?.();
    if (readiness && !readiness.ready) {
      response
        .status(503)
        .set('retry-after', String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS))
        .json({ status: 'unavailable', reason: readiness.reason ?? 'Not ready.' });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const probe = options.orm.em.getConnection().execute('select 1');
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), readinessTimeoutMs);
    });
    try {
      const outcome = await Promise.race([probe.then(() => 'ready' as const), deadline]);
      if (outcome === 'ready') {
        response.json({ status: 'ready' });
      } else {
        probe.catch(() => undefined);
        response
          .status(503)
          .set('retry-after', String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS))
          .json({ status: 'unavailable', reason: `The database did not answer within ${readinessTimeoutMs} ms.` });
      }
    } catch {
      response
        .status(503)
        .set('retry-after', String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS))
        .json({ status: 'unavailable', reason: 'The database refused or dropped the connection.' });
    } finally {
      clearTimeout(timer);
    }
  });
  // Before anything else on /graphql, so a caller over its budget costs neither parsing nor more
  // than the one upsert that counts it. The counts live in the primary database, shared by every
  // API process on it.
  const log = (message: string) => logger.warn(message);
  const limiter =
    limits.requestsPerMinute > 0
      ? sharedRateLimiter({
          requestsPerMinute: limits.requestsPerMinute,
          storeTimeoutMs: limits.rateLimitStoreTimeoutMs,
          databaseUrl: options.orm.config.getClientUrl(),
          log,
        })
      : null;
  // The credentials are read once, the token's signature verified once, for the limiter and the context.
  expressApp.use(['/graphql', '/export.csv'], credentials(options.tokens));
  expressApp.use('/graphql', rateLimit(limiter, log));
  if (options.explorer) {
    expressApp.use('/explorer', explorerAssets());
    expressApp.get('/graphql', (request, response, next) => {
      if (request.query.query === undefined && request.accepts(['application/json', 'text/html']) === 'text/html') {
        response.type('html').send(explorerPage(explorerHeadersFor(request, options.explorerHeaders)));
        return;
      }
      next();
    });
  }
  const contextFor = async (_request: express.Request, res: express.Response): Promise<Context> => {
    try {
      return await createContext(options, credentialsOf(res), res.locals.requestId as string);
    } catch (error) {
      // Authentication reads the database; when it is out of reach the answer is 503, not 500.
      if (!isDatabaseUnavailable(error)) throw error;
      logger.warn({ requestId: res.locals.requestId, failure: describeDatabaseFailure(error) }, 'The database is out of reach');
      throw serviceUnavailable();
    }
  };
  expressApp.use(
    '/graphql',
    express.json({ limit: limits.maxBodyBytes }),
    trustedDocuments(trustedDocumentManifest),
    requestScope,
    expressMiddleware(apollo, { context: ({ req, res }) => contextFor(req, res) }),
  );
  // The same query as CSV, through the same Apollo server: the same credentials, CORS, rate limit,
  // cost limit and errors (http/export-csv.ts).
  expressApp.use('/export.csv', cors(options.corsOrigins ?? []), rateLimit(limiter, log));
  const exportCsv = csvExport({ apollo, schema, logger, context: contextFor });
  expressApp.get('/export.csv', requestScope, exportCsv);
  expressApp.post('/export.csv', express.json({ limit: limits.maxBodyBytes }), requestScope, exportCsv);
  // Body parser refusals (413 too large, 400 malformed JSON) and anything else thrown outside
  // GraphQL execution are answered in JSON, not Express's HTML error page.
  expressApp.use(jsonErrorHandler(logger));

  return {
    schema,
    apollo,
    httpServer,
    metrics,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      await apollo.stop();
      await limiter?.close();
    },
  };
}

/**
 * A query's reads may go to a read replica (server/config/orm.config.ts); a mutation's stay on the
 * primary, so that it reads its own writes. Runs before any field is read, after the context is
 * made (authentication reads the primary).
 */
function replicaReadsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'query') allowReplicaReads();
        },
      };
    },
  };
}

/**
 * Answers HTTP 503 with `Retry-After` when a field failed because the database is out of reach
 * (formatError has turned those errors into SERVICE_UNAVAILABLE by now); any data that was read
 * before stays in the body.
 */
function serviceUnavailablePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((error) => error.extensions?.code === TopLevelCode.SERVICE_UNAVAILABLE)) return;
          const http = serviceUnavailableHttp();
          response.http.status = http.status;
          for (const [name, value] of http.headers) response.http.headers.set(name, value);
        },
      };
    },
  };
}

interface ValidationErrorShape {
  property?: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorShape[];
}

/** Turns class-validator's "Argument Validation Error" into a message that says what is wrong. */
function describeValidation(message: string, validationErrors: unknown): string {
  if (!Array.isArray(validationErrors)) return message;
  const reasons: string[] = [];
  const walk = (errors: ValidationErrorShape[], path: string) => {
    for (const error of errors) {
      const at = path ? `${path}.${error.property}` : String(error.property);
      for (const constraint of Object.values(error.constraints ?? {})) reasons.push(`${at}: ${constraint}`);
      walk(error.children ?? [], at);
    }
  };
  walk(validationErrors as ValidationErrorShape[], '');
  return reasons.length > 0 ? `Invalid input: ${reasons.join('; ')}.` : message;
}

function definedOnly<T extends object>(values: Partial<T> | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** knex's connection pool (tarn), when the ORM has one open. */
function poolOf(orm: MikroORM): PoolState | undefined {
  const knex = orm.em.getConnection().getKnex() as unknown as { client?: { pool?: PoolState } };
  return knex.client?.pool ?? undefined;
}
