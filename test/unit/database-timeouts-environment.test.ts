import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { readEnvironment } from '../../server/config/environment';
import { isDatabaseUnavailable } from '../../server/kernel/errors';

describe('database timeouts from the environment', () => {
  it('defaults to 5 s to get a connection, 15 s per statement, 30 s idle in a transaction', () => {
    expect(readEnvironment({}, '/tmp').databaseTimeouts).toEqual({ acquireMs: 5_000, statementMs: 15_000, idleInTransactionMs: 30_000 });
  });

  it('reads DATABASE_ACQUIRE_TIMEOUT_MS, DATABASE_STATEMENT_TIMEOUT_MS and DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', () => {
    const env = readEnvironment(
      { DATABASE_ACQUIRE_TIMEOUT_MS: '2000', DATABASE_STATEMENT_TIMEOUT_MS: '60000', DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '10000' },
      '/tmp',
    );
    expect(env.databaseTimeouts).toEqual({ acquireMs: 2_000, statementMs: 60_000, idleInTransactionMs: 10_000 });
  });

  it('refuses values that are not whole milliseconds in range', () => {
    expect(() => readEnvironment({ DATABASE_STATEMENT_TIMEOUT_MS: '15s' }, '/tmp')).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_MS must be an integer/,
    );
    expect(() => readEnvironment({ DATABASE_ACQUIRE_TIMEOUT_MS: '0' }, '/tmp')).toThrow(/DATABASE_ACQUIRE_TIMEOUT_MS/);
  });
});

describe('read replicas from the environment', () => {
  it('reads DATABASE_REPLICA_URLS as comma-separated URLs, none when unset', () => {
    expect(readEnvironment({}, '/tmp').databaseReplicaUrls).toEqual([]);
    expect(
      readEnvironment(
        { DATABASE_REPLICA_URLS: 'postgresql://app:secret@replica-1:5432/oversight, postgres://app:secret@replica-2/oversight,' },
        '/tmp',
      ).databaseReplicaUrls,
    ).toEqual(['postgresql://app:secret@replica-1:5432/oversight', 'postgres://app:secret@replica-2/oversight']);
  });

  it('refuses an entry that is not a PostgreSQL URL, naming its position but not its text (it may hold a password)', () => {
    const attempt = () =>
      readEnvironment({ DATABASE_REPLICA_URLS: 'postgresql://a@replica-1/db,mysql://app:hunter2@replica-2/db' }, '/tmp');
    expect(attempt).toThrow('DATABASE_REPLICA_URLS entry 2 is not a postgresql:// URL.');
    expect(() => readEnvironment({ DATABASE_REPLICA_URLS: 'replica-1:5432' }, '/tmp')).toThrow(/entry 1/);
  });
});

describe('which failures mean the database is out of reach', () => {
  const withCode = (code: string, message = 'failure') => Object.assign(new Error(message), { code });

  it('counts connection failures, server shutdowns, cancelled statements and pool timeouts', () => {
    for (const error of [
      withCode('ECONNREFUSED'),
      withCode('ECONNRESET'),
      withCode('ETIMEDOUT'),
      withCode('57P01'),
      withCode('57P02'),
      withCode('57P03'),
      withCode('08006'),
      withCode('08001'),
      withCode('57014'),
      new Error('select 1 - Query read timeout'),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
      // As graphql-js wraps a resolver's failure, and MikroORM a driver's.
      { message: 'wrapped', originalError: { message: 'driver', previous: withCode('ECONNREFUSED') } },
    ]) {
      expect(isDatabaseUnavailable(error), JSON.stringify(error)).toBe(true);
    }
  });

  it('does not count faults of the request or of the code', () => {
    for (const error of [withCode('23505'), withCode('22P02'), withCode('42703'), new TypeError('x is undefined'), null, 'text']) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});
