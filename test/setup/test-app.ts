import 'reflect-metadata';

import { randomBytes } from 'node:crypto';

import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';

import { type App, createApp } from '../../server/app';
import { ormConfig } from '../../server/config/orm.config';
import { TokenService } from '../../server/kernel/auth';
import { type Clock, fixedClock } from '../../server/kernel/clock';
import { Person } from '../../server/modules/person/person.entity';
import type { Logger } from '../../server/observability/logger';
import type { ObservabilitySettings } from '../../server/observability/observe-requests';
import { DEMO_TODAY, TEMPLATE_DEMO, TEMPLATE_REFERENCE } from './constants';
import { testLogger } from './log-capture';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> };
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  app: App;
  tokens: TokenService;
  /** SQL statements the ORM ran since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  tokenFor(email: string): Promise<string>;
  /** Sends a GraphQL request over HTTP, signed as `as` (an e-mail) unless `token` is given. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: string; token?: string | null },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The analyst of the demo data: reads everything, in every province. */
export const ANALYST = 'analyst@demo.cluster-oversight.ir';

/** Admin client on the maintenance database, to create this file's own database. */
async function createDatabase(name: string, template: string): Promise<string> {
  const adminUrl = inject('databaseAdminUrl');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database "${name}" template "${template}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Starts the real application (HTTP, Apollo, ORM) on a database of its own, cloned from a prepared
 * template: `demo` has the demo data set, `reference` only the reference data.
 */
export async function startTestApp(
  options: { data?: 'demo' | 'reference'; clock?: Clock; logger?: Logger; observability?: Partial<ObservabilitySettings> } = {},
): Promise<TestApp> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const clientUrl = await createDatabase(name, options.data === 'reference' ? TEMPLATE_REFERENCE : TEMPLATE_DEMO);
  const queries: string[] = [];
  // Tests that send 40 mutations at one row at once queue for the pool's 5 connections far longer
  // than production's 5 s on a busy test machine; they check outcomes, not waiting times
  // (test/faults/database-outage.test.ts checks the timeouts).
  const orm = await MikroORM.init(
    ormConfig({ clientUrl, poolMax: 5, timeouts: { acquireMs: 60_000 }, onQuery: (sql) => queries.push(sql) }),
  );
  const tokens = new TokenService(TEST_JWT_SECRET);
  const app = await createApp({
    orm,
    tokens,
    clock: options.clock ?? fixedClock(DEMO_TODAY),
    explorer: true,
    logger: options.logger ?? testLogger(),
    observability: options.observability,
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const tokenCache = new Map<string, string>();

  const tokenFor = async (email: string) => {
    const cached = tokenCache.get(email);
    if (cached) return cached;
    const person = await orm.em.fork().findOneOrFail(Person, { email });
    const token = await tokens.sign(person.id, person.email);
    tokenCache.set(email, token);
    return token;
  };

  return {
    url,
    orm,
    app,
    tokens,
    queries,
    resetQueries: () => queries.splice(0, queries.length),
    tokenFor,
    async graphql(query, variables, requestOptions = {}) {
      const token = requestOptions.token === undefined ? await tokenFor(requestOptions.as ?? ANALYST) : requestOptions.token;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] } as never;
    },
    async close() {
      await app.stop();
      await orm.close(true);
    },
  };
}
