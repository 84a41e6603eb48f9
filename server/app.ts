import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { createContext, type Context, type OversightSettings } from './context';
import { explorerAssets, explorerPage } from './explorer';
import type { TokenService } from './kernel/auth';
import type { Clock } from './kernel/clock';
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
  log?: (message: string, details?: Record<string, unknown>) => void;
}

export interface App {
  schema: GraphQLSchema;
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
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
]);

export async function createApp(options: AppOptions): Promise<App> {
  const log = options.log ?? ((message, details) => console.error(message, details ?? ''));
  const schema = await buildAppSchema();
  const expressApp = express();
  const httpServer = http.createServer(expressApp);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
    // The one place unexpected errors are masked: logged with the request id, answered without detail.
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      // A bad literal (`periods: ["1403-Q5"]`) fails query validation, but the scalar said why:
      // it is malformed input like the same value sent as a variable.
      const scalarCode = ((error as { originalError?: { extensions?: { code?: unknown } } })?.originalError?.extensions?.code);
      const code = scalarCode === 'BAD_USER_INPUT' ? scalarCode : formatted.extensions?.code;
      if (scalarCode === 'BAD_USER_INPUT') formatted = { ...formatted, extensions: { ...formatted.extensions, code } };
      if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
        const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
        return { ...formatted, message: describeValidation(formatted.message, extensions.validationErrors), extensions };
      }
      const errorId = randomUUID();
      log('Unexpected error while answering a GraphQL request', { errorId, error: describe(error) });
      return {
        message: 'Internal server error.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
      };
    },
  });
  await apollo.start();

  expressApp.disable('x-powered-by');
  // Every response carries a request id (the caller's, when it sends a sane one) for support and logs.
  expressApp.use((request, response, next) => {
    const incoming = request.get('x-request-id');
    const requestId = incoming && /^[A-Za-z0-9._-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    response.locals.requestId = requestId;
    response.set('x-request-id', requestId);
    next();
  });
  expressApp.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  expressApp.get('/readyz', async (_request, response) => {
    try {
      await options.orm.em.getConnection().execute('select 1');
      response.json({ status: 'ready' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'The database does not answer.' });
    }
  });
  if (options.explorer) {
    expressApp.use('/explorer', explorerAssets());
    expressApp.get('/graphql', (request, response, next) => {
      if (request.query.query === undefined && request.accepts(['application/json', 'text/html']) === 'text/html') {
        response.type('html').send(explorerPage(options.explorerHeaders ?? { Authorization: 'Bearer <paste a token here>' }));
        return;
      }
      next();
    });
  }
  expressApp.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(options, req.headers.authorization, res.locals.requestId as string),
    }),
  );

  return {
    schema,
    apollo,
    httpServer,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
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

function describe(error: unknown): Record<string, unknown> {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  return original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : { error: String(original) };
}
