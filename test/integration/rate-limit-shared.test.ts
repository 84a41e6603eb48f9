/**
 * The rate limit across API processes: two app instances on one database that share nothing in
 * memory (each its own ORM, pools, limiter and in-memory insurance), as two processes behind a load
 * balancer would be. Counts live in PostgreSQL, so the limit holds for the pair; the `RateLimit-*`
 * headers tell the caller where it stands; a database that does not answer the limiter in time
 * leaves each instance counting alone. (test/faults/process.test.ts does the same with two real
 * server processes.)
 */
import 'reflect-metadata';

import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type App, createApp } from '../../server/app';
import { ormConfig } from '../../server/config/orm.config';
import { TokenService } from '../../server/kernel/auth';
import { fixedClock } from '../../server/kernel/clock';
import { Person } from '../../server/modules/person/person.entity';
import { createLogger } from '../../server/observability/logger';
import { DEMO_TODAY } from '../setup/constants';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../setup/test-app';

const LIMIT = 4;
/**
 * The instances that show the shared count wait long for it: on a loaded test machine a short wait
 * may expire (an event loop held up), and that request is then rightly counted in memory instead.
 */
const PATIENT_MS = 10_000;
/** The instances that show the insurance wait as long as production does by default. */
const STORE_TIMEOUT_MS = 500;

interface Instance {
  orm: MikroORM;
  app: App;
  url: string;
}

interface Answer {
  status: number;
  limit: string | null;
  remaining: string | null;
  reset: string | null;
  retryAfter: string | null;
  code: unknown;
  ms: number;
}

let database: TestApp;
let databaseUrl: string;
const instances: Instance[] = [];
const logged: string[] = [];
/** Tokens of demo people, one person per test so that counts never mix. */
const tokens: string[] = [];
let emails: string[] = [];

async function startInstance(storeTimeoutMs: number): Promise<Instance> {
  const orm = await MikroORM.init(ormConfig({ clientUrl: databaseUrl, poolMax: 3 }));
  const app = await createApp({
    orm,
    tokens: new TokenService(TEST_JWT_SECRET),
    clock: fixedClock(DEMO_TODAY),
    logger: createLogger({ level: 'warn', format: 'json' }, { write: (line: string) => logged.push(String(JSON.parse(line).msg)) }),
    limits: { requestsPerMinute: LIMIT, rateLimitStoreTimeoutMs: storeTimeoutMs },
  });
  const port = await app.listen(0, '127.0.0.1');
  return { orm, app, url: `http://127.0.0.1:${port}/graphql` };
}

async function ask(instance: Instance, token: string): Promise<Answer> {
  const began = performance.now();
  const response = await fetch(instance.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { email } }' }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: unknown } }> };
  return {
    status: response.status,
    limit: response.headers.get('ratelimit-limit'),
    remaining: response.headers.get('ratelimit-remaining'),
    reset: response.headers.get('ratelimit-reset'),
    retryAfter: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.code,
    ms: performance.now() - began,
  };
}

async function storedCounts(): Promise<Array<{ key: string; points: number }>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ key: string; points: number }>('select key, points from rate_limit_count order by key')).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await startTestApp();
  databaseUrl = database.orm.config.getClientUrl();
  const people = await database.orm.em.fork().find(Person, {}, { orderBy: { email: 'asc' }, limit: 3 });
  emails = people.map((person) => person.email);
  for (const person of people) tokens.push(await database.tokens.sign(person.id, person.email));
  instances.push(await startInstance(PATIENT_MS), await startInstance(PATIENT_MS));
});

afterAll(async () => {
  for (const instance of instances) {
    await instance.app.stop();
    await instance.orm.close(true);
  }
  await database?.close();
});

describe('a limit of N shared by two instances', () => {
  it('accepts exactly N of 2N requests spread over both, with RateLimit headers counting down', async () => {
    const answers: Answer[] = [];
    for (let request = 0; request < 2 * LIMIT; request += 1) answers.push(await ask(instances[request % 2], tokens[0]));

    const accepted = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(accepted.length).toBe(LIMIT);
    expect(refused.length).toBe(LIMIT);
    // The first N pass, whichever instance they reach; every later one is refused.
    expect(answers.map((answer) => answer.status)).toEqual([...Array(LIMIT).fill(200), ...Array(LIMIT).fill(429)]);
    for (const answer of answers) {
      expect(answer.limit).toBe(String(LIMIT));
      expect(Number(answer.reset)).toBeGreaterThanOrEqual(1);
      expect(Number(answer.reset)).toBeLessThanOrEqual(60);
    }
    // Remaining counts down across both instances: N-1, N-2, ..., 0.
    expect(accepted.map((answer) => Number(answer.remaining))).toEqual(Array.from({ length: LIMIT }, (_, index) => LIMIT - 1 - index));
    for (const answer of refused) {
      expect(answer.code).toBe('RATE_LIMITED');
      expect(answer.remaining).toBe('0');
      expect(answer.retryAfter).toBe(answer.reset);
    }
  });

  it('stores one row per caller, hashed, and goes to the database once per instance after the first refusal', async () => {
    const rows = await storedCounts();
    expect(rows.length).toBe(1);
    expect(rows[0].key).toMatch(/^per-minute-4:[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(rows)).not.toContain(emails[0]);
    // N accepted, then each instance counted its first refusal and answered the rest from memory.
    expect(rows[0].points).toBe(LIMIT + 2);
  });

  it('accepts exactly N of 2N requests sent to both at once', async () => {
    const answers = await Promise.all(Array.from({ length: 2 * LIMIT }, (_, request) => ask(instances[request % 2], tokens[1])));
    expect(answers.filter((answer) => answer.status === 200).length).toBe(LIMIT);
    expect(answers.filter((answer) => answer.status === 429).length).toBe(LIMIT);
    const remaining = answers.filter((answer) => answer.status === 200).map((answer) => Number(answer.remaining));
    expect(remaining.sort()).toEqual(Array.from({ length: LIMIT }, (_, index) => index));
  });
});

describe('when the counts in PostgreSQL do not answer', () => {
  it('each instance counts alone in memory, and answers within the store timeout', async () => {
    const insured = [await startInstance(STORE_TIMEOUT_MS), await startInstance(STORE_TIMEOUT_MS)];
    instances.push(...insured);
    // A lock on the counts table: the limiter's upsert waits for it until its timeout.
    const blocker = new pg.Client({ connectionString: databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table rate_limit_count in access exclusive mode');
      const answers: Answer[] = [];
      for (let request = 0; request <= LIMIT; request += 1) answers.push(await ask(insured[0], tokens[2]));
      expect(answers.map((answer) => answer.status)).toEqual([...Array(LIMIT).fill(200), 429]);
      expect(answers.map((answer) => answer.remaining)).toEqual([
        ...Array.from({ length: LIMIT }, (_, index) => String(LIMIT - 1 - index)),
        '0',
      ]);
      for (const answer of answers) expect(answer.ms).toBeLessThan(STORE_TIMEOUT_MS + 1_500);
      // The other instance keeps its own insurance counts: it still accepts this caller.
      expect((await ask(insured[1], tokens[2])).status).toBe(200);
      expect(logged.filter((line) => line.startsWith('The rate-limit counts in PostgreSQL are out of reach')).length).toBe(2);
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
    // Back to the shared counts, which never saw this caller.
    const back = await ask(insured[0], tokens[2]);
    expect(back.status).toBe(200);
    expect(back.remaining).toBe(String(LIMIT - 1));
  });
});
