import type { EntityManager } from '@mikro-orm/postgresql';

/** The node-postgres client knex's pool hands out, as far as a statement needs it. */
interface PooledClient {
  query<Row>(config: { text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
}

/** The part of knex's client that lends pooled connections. */
interface ConnectionPool {
  acquireConnection(): Promise<PooledClient>;
  releaseConnection(connection: PooledClient): Promise<void>;
}

/**
 * Runs one statement of the read engine (or another plain-row reader) on a connection of the ORM's
 * pool, `read` (a replica where the request allows it) or `write` (the primary), and returns its rows.
 *
 * The text comes from `SqlParameters.finish` with PostgreSQL's own `$n` placeholders, and goes
 * straight to node-postgres: the ORM's `execute` would hand it to knex's query runner first, which
 * parses the text for `?` bindings, builds a query object, emits events and logs, some 0.3 ms of CPU
 * per statement measured here, on requests whose whole budget is a few milliseconds. Nothing else
 * changes: the same pooled clients (with the pool's timeouts, type parsers and statement hooks,
 * config/orm.config.ts), the same errors (SQLSTATE codes, knex's acquire timeout, the statement
 * before the message). The engine's statements are never part of a transaction (a mutation's payload
 * is read after its commit).
 */
export async function runStatement<Row>(
  em: EntityManager,
  type: 'read' | 'write',
  statement: { sql: string; values: unknown[] },
): Promise<Row[]> {
  const pool = em.getConnection(type).getKnex().client as unknown as ConnectionPool;
  const connection = await pool.acquireConnection();
  try {
    const result = await connection.query<Row>({ text: statement.sql, values: statement.values });
    return result.rows;
  } catch (error) {
    // Reported as knex reports a failed statement (compileSqlOnError off): the text as sent, `$n`
    // placeholders and all, before the driver's message; never the values.
    if (error instanceof Error) error.message = `${statement.sql} - ${error.message}`;
    throw error;
  } finally {
    await pool.releaseConnection(connection);
  }
}
