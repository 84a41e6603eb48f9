import { Migrator } from '@mikro-orm/migrations';
import { type ConnectionType, defineConfig, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';

import { migrations } from '../db/migrations';
import { replicaReadsAllowed } from '../http/request-scope';
import { RATE_LIMIT_TABLE } from '../kernel/limits/rate-limiter';
import { entities } from '../modules';
import { currentObservation } from '../observability/request-observation';
import { CLIENT_READ_GRACE_MS, type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from './database-timeouts';

export interface OrmOptions {
  clientUrl: string;
  debug?: boolean;
  /** Called with the text of every SQL statement sent on a pooled connection, `$n` placeholders and all (tests count them). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
  /** Bounds on waiting for the database; any left out take DEFAULT_DATABASE_TIMEOUTS. */
  timeouts?: Partial<DatabaseTimeouts>;
  /** Streaming replicas of the primary (DATABASE_REPLICA_URLS) that GraphQL queries read from. */
  replicaUrls?: string[];
}

/**
 * MikroORM asks for the read connection for every read outside a transaction (`preferReadReplicas`),
 * in mutations too, and its choice cannot be set per EntityManager. Here a read goes to a replica
 * only inside a request known to be a GraphQL query (server/http/request-scope.ts); everything else
 * asks for, and gets, the primary. Writes and transactions always ask for the primary.
 */
class QueriesReadReplicasDriver extends PostgreSqlDriver {
  override getConnection(type: ConnectionType = 'write') {
    return super.getConnection(type === 'read' && replicaReadsAllowed() ? 'read' : 'write');
  }
}

/** The part of a node-postgres client the pool hook touches. */
interface PgConnection {
  query: (...args: unknown[]) => unknown;
  connection?: { stream?: { destroy(): void } };
}

/** The SQL text of a node-postgres `query(...)` call: a string, or a config object's `text`. */
function statementText(first: unknown): string {
  if (typeof first === 'string') return first;
  const text = (first as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
}

/**
 * Three hooks on every pooled connection's `query`.
 *
 * Every statement's text goes to `onQuery` when given (the tests count statements by it).
 *
 * Statements run on behalf of an HTTP request are counted and timed into its observation
 * (observability/request-observation.ts); the text reported is the one sent to PostgreSQL, with `$n`
 * placeholders, never the bound values. Outside a request nothing is done.
 *
 * node-postgres rejects a query after `query_timeout` but leaves it in flight on the connection:
 * later queries queue behind it, and a transaction whose ROLLBACK never went out would stay open on
 * the server for the next borrower. So a connection whose query timed out is closed at once; the
 * pool drops it (knex marks it disposed when it ends) and the server rolls back when it sees the
 * socket closed.
 */
function observeConnection(connection: PgConnection, onQuery: ((sql: string) => void) | undefined): void {
  const query = connection.query;
  const abandon = (error: unknown) => {
    if (error instanceof Error && error.message === 'Query read timeout') connection.connection?.stream?.destroy();
  };
  connection.query = function (this: unknown, ...args: unknown[]) {
    onQuery?.(statementText(args[0]));
    const observation = currentObservation();
    let finished: () => void = () => undefined;
    if (observation) {
      observation.statements += 1;
      const startedAt = performance.now();
      finished = () => observation.sink?.statement(statementText(args[0]), performance.now() - startedAt, observation);
    }
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: unknown, result: unknown) => {
        finished();
        abandon(error);
        return (callback as (error: unknown, result: unknown) => unknown)(error, result);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    if (result instanceof Promise) {
      result.then(finished, (error: unknown) => {
        finished();
        abandon(error);
      });
    }
    return result;
  };
}

export function ormConfig(options: OrmOptions): Options {
  const given = Object.entries(options.timeouts ?? {}).filter(([, value]) => value !== undefined);
  const timeouts: DatabaseTimeouts = { ...DEFAULT_DATABASE_TIMEOUTS, ...Object.fromEntries(given) };
  return defineConfig({
    driver: QueriesReadReplicasDriver,
    clientUrl: options.clientUrl,
    // Each replica gets the primary's pool and driver options (timeouts) too; MikroORM picks one
    // at random for each read.
    replicas: (options.replicaUrls ?? []).map((clientUrl, index) => ({ name: `replica-${index + 1}`, clientUrl })),
    preferReadReplicas: true,
    entities: [...entities],
    extensions: [Migrator],
    // Every request forks its own EntityManager (server/context.ts); MikroORM refuses the global one
    // (its global-context setting stays at the default, off).
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      // Waiting for a free connection or for a new one to open (knex's KnexTimeoutError).
      acquireTimeoutMillis: timeouts.acquireMs,
      afterCreate: (connection: PgConnection, done: (error: Error | null, connection: PgConnection) => void) => {
        observeConnection(connection, options.onQuery);
        done(null, connection);
      },
    },
    driverOptions: {
      // A failed statement's error message starts with the statement as sent, `$n` placeholders and
      // all, instead of knex's default of the statement with every bound value written in.
      compileSqlOnError: false,
      connection: {
        // Server side: PostgreSQL cancels a statement (57014) or ends an abandoned transaction itself.
        statement_timeout: timeouts.statementMs,
        idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
        // Client side, for a server that accepts the connection but never answers.
        connectionTimeoutMillis: timeouts.acquireMs,
        query_timeout: timeouts.statementMs + CLIENT_READ_GRACE_MS,
      },
    },
    // Written by the rate limiter's store, not by an entity: schema diffs leave it alone.
    schemaGenerator: { skipTables: [RATE_LIMIT_TABLE] },
    migrations: {
      // Committed migrations, listed in code, so compiled and test runs apply the same classes.
      migrationsList: migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // Statements are counted where they are sent (`onQuery`, observeConnection): the read engine's go
    // to the driver without the ORM (kernel/read/statement.ts).
    debug: false,
    logger: () => undefined,
    colors: false,
  });
}
