/**
 * The API against a database that stops answering, and one that is gone: a PostgreSQL of this file's
 * own (not the run's shared one), frozen with SIGSTOP (it still accepts TCP connections into the
 * kernel's backlog and never answers) and then shut down. Every answer must come within the
 * configured timeouts, as HTTP 503 with `Retry-After` and `SERVICE_UNAVAILABLE`, never a 500.
 */
import 'reflect-metadata';

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ClustersDocument, createClient, ServerError, ServiceUnavailableError } from '../../sdk/dist/index.js';
import { type App, createApp } from '../../server/app';
import { ormConfig } from '../../server/config/orm.config';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../../server/db/embedded-database';
import { prepareDatabase } from '../../server/db/prepare-database';
import { TokenService } from '../../server/kernel/auth';
import { fixedClock } from '../../server/kernel/clock';
import { isDatabaseUnavailable } from '../../server/kernel/errors';
import { Person } from '../../server/modules/person/person.entity';
import { DEMO_TODAY } from '../setup/constants';
import { captureLog } from '../setup/log-capture';

const ACQUIRE_MS = 2_000;
const STATEMENT_MS = 2_000;
/** The longest a request may wait on a frozen database: the client's read bound (statement + 0.5 s). */
const BOUND_MS = Math.max(ACQUIRE_MS, STATEMENT_MS + 500);
/** Room for the machine (two shared cores) on top of the bound. */
const MARGIN_MS = 1_500;

const ANALYST = 'analyst@demo.cluster-oversight.ir';
const ADMIN = 'admin@demo.cluster-oversight.ir';
const CLUSTERS = '{ clusters(first: 3) { totalCount nodes { id name status } } }';

let directory: string;
let database: EmbeddedDatabase | undefined;
let orm: MikroORM | undefined;
let app: App | undefined;
let url: string;
let origin: string;
const tokens = new TokenService('outage-test-secret-that-is-long-enough-for-hs256');
const tokenOf = new Map<string, string>();
/** Processes this file stopped with SIGSTOP, to wake in any case. */
const frozen = new Set<number>();
const logged = captureLog('warn');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function postmasterPid(): number {
  const pid = Number(readFileSync(path.join(directory, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  expect(Number.isInteger(pid) && pid > 0).toBe(true);
  return pid;
}

/** The children of `pid` (the backends and helper processes of this cluster's postmaster). */
function childrenOf(pid: number): number[] {
  const tasks = path.join('/proc', String(pid), 'task');
  if (!existsSync(tasks)) return [];
  return readdirSync(tasks).flatMap((task) => {
    const file = path.join(tasks, task, 'children');
    return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
  });
}

/** Freezes the postmaster first (so it forks no more), then every process it had started. */
async function freezeDatabase(): Promise<number> {
  const postmaster = postmasterPid();
  process.kill(postmaster, 'SIGSTOP');
  frozen.add(postmaster);
  // A backend forked just before the stop may not be listed yet: look twice.
  for (let round = 0; round < 2; round += 1) {
    for (const child of childrenOf(postmaster)) {
      if (frozen.has(child)) continue;
      process.kill(child, 'SIGSTOP');
      frozen.add(child);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return frozen.size;
}

function thawDatabase(): void {
  for (const pid of frozen) {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      // Already gone.
    }
  }
  frozen.clear();
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  text: string;
  ms: number;
}

async function post(query: string, variables: Record<string, unknown> = {}, as = ANALYST): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf.get(as)}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: JSON.parse(text),
    text,
    ms: performance.now() - started,
  };
}

async function readyz(): Promise<{ status: number; body: Record<string, unknown>; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${origin}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, ms: performance.now() - started };
}

/** A 503 that says only that the service is unavailable, with the request id and nothing inside. */
function expectUnavailable(answer: Answer): void {
  expect(answer.status, answer.text).toBe(503);
  expect(answer.retryAfter).toBe('5');
  const errors = answer.body.errors ?? [];
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe('The service is temporarily unavailable; try again shortly.');
    expect(typeof error.extensions?.requestId).toBe('string');
    expect(error.extensions?.retryAfterSeconds).toBe(5);
  }
  expect(answer.text).not.toMatch(/select|insert|update|timeout|terminated|ECONN|knex|pg_|stack/i);
}

const timings: Record<string, number> = {};

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'cluster-oversight-outage-'));
  database = await startEmbeddedDatabase({ directory, port: await freePort() });
  await database.createDatabase('outage');
  orm = await MikroORM.init(
    ormConfig({ clientUrl: database.urlFor('outage'), poolMax: 3, timeouts: { acquireMs: ACQUIRE_MS, statementMs: STATEMENT_MS } }),
  );
  await prepareDatabase(orm, { seedDemo: true, today: DEMO_TODAY });
  for (const email of [ANALYST, ADMIN]) {
    const person = await orm.em.fork().findOneOrFail(Person, { email });
    tokenOf.set(email, await tokens.sign(person.id, person.email));
  }
  app = await createApp({
    orm,
    tokens,
    clock: fixedClock(DEMO_TODAY),
    logger: logged.logger,
  });
  const port = await app.listen(0, '127.0.0.1');
  origin = `http://127.0.0.1:${port}`;
  url = `${origin}/graphql`;
}, 180_000);

afterAll(async () => {
  thawDatabase();
  await app?.stop().catch(() => undefined);
  await orm?.close(true).catch(() => undefined);
  await database?.stop();
  if (directory) await rm(directory, { recursive: true, force: true });
  console.info('database outage timings (ms):', JSON.stringify(timings));
}, 60_000);

describe('the timeouts every connection opens with', () => {
  it('sets statement_timeout and idle_in_transaction_session_timeout on the server', async () => {
    const [settings] = await orm!.em
      .getConnection()
      .execute<Array<{ statement: string; idle: string }>>(
        "select current_setting('statement_timeout') as statement, current_setting('idle_in_transaction_session_timeout') as idle",
      );
    expect(settings).toEqual({ statement: '2s', idle: '30s' });
  });

  it('has a slow statement cancelled by the server (57014), which counts as the database being unavailable', async () => {
    const started = performance.now();
    const error = await orm!.em
      .getConnection()
      .execute('select pg_sleep(5)')
      .then(
        () => null,
        (failure: unknown) => failure,
      );
    const elapsed = performance.now() - started;
    timings.statementTimeout = Math.round(elapsed);
    expect((error as { code?: string }).code).toBe('57014');
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(STATEMENT_MS - 50);
    expect(elapsed).toBeLessThan(STATEMENT_MS + 500);
  });
});

describe('a database that stops answering (SIGSTOP)', () => {
  let clusterId: string;
  let clusterStatus: string;

  it('answers normally before', async () => {
    const answer = await post(CLUSTERS);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.data?.clusters.totalCount).toBeGreaterThan(0);
    const active = (answer.body.data?.clusters.nodes as Array<{ id: string; status: string }>).find(
      (cluster) => cluster.status === 'ACTIVE',
    );
    expect(active).toBeDefined();
    clusterId = active!.id;
    clusterStatus = active!.status;
    expect((await readyz()).status).toBe(200);
  });

  it('answers a query 503 SERVICE_UNAVAILABLE with Retry-After within the configured timeout', async () => {
    expect(await freezeDatabase()).toBeGreaterThan(1);
    const answer = await post(CLUSTERS);
    timings.frozenQuery = Math.round(answer.ms);
    expectUnavailable(answer);
    expect(answer.ms).toBeLessThan(BOUND_MS + MARGIN_MS);
    // Logged as an outage with codes only: no SQL, no values.
    const outage = logged.records().filter((entry) => entry.msg === 'The database is out of reach');
    expect(outage.length).toBeGreaterThan(0);
    expect(JSON.stringify(outage)).not.toMatch(/select|analyst/i);
  });

  it('answers /readyz 503 with a reason within 2 s', async () => {
    const answer = await readyz();
    timings.frozenReadyz = Math.round(answer.ms);
    expect(answer.status).toBe(503);
    expect(answer.body.status).toBe('unavailable');
    expect(answer.body.reason).toMatch(/did not answer within 1500 ms/);
    expect(answer.ms).toBeLessThan(2_000);
  });

  it('answers a mutation 503 too, and more requests than the pool holds, each within the timeout', async () => {
    const mutation = post(
      'mutation($input: ChangeClusterStatusInput!) { changeClusterStatus(input: $input) { cluster { id status } userErrors { code } } }',
      { input: { clusterId, status: 'DISCONTINUED' } },
      ADMIN,
    );
    const queries = Array.from({ length: 6 }, () => post(CLUSTERS));
    const answers = await Promise.all([mutation, ...queries]);
    timings.frozenMutation = Math.round(answers[0].ms);
    timings.frozenConcurrentMax = Math.round(Math.max(...answers.map((answer) => answer.ms)));
    for (const answer of answers) {
      expectUnavailable(answer);
      // A request may wait once for a connection and once for an answer, never longer.
      expect(answer.ms).toBeLessThan(ACQUIRE_MS + BOUND_MS + MARGIN_MS);
    }
  });

  it("maps the 503 to the SDK's retryable ServiceUnavailableError", async () => {
    const client = createClient({ url, token: tokenOf.get(ANALYST) });
    const error = await client.request(ClustersDocument, { first: 1 }).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toBeInstanceOf(ServerError);
    const unavailable = error as ServiceUnavailableError;
    expect(unavailable.code).toBe('SERVICE_UNAVAILABLE');
    expect(unavailable.status).toBe(503);
    expect(unavailable.retryable).toBe(true);
    expect(unavailable.retryAfterSeconds).toBe(5);
    expect(unavailable.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves again once the database is woken (SIGCONT), and the refused mutation changed nothing', async () => {
    thawDatabase();
    const started = performance.now();
    let ready = await readyz();
    while (ready.status !== 200 && performance.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      ready = await readyz();
    }
    expect(ready.status).toBe(200);
    const answer = await post(CLUSTERS);
    timings.recoveredAfter = Math.round(performance.now() - started);
    expect(answer.status, answer.text).toBe(200);
    const again = (answer.body.data?.clusters.nodes as Array<{ id: string; status: string }>).find((cluster) => cluster.id === clusterId);
    expect(again?.status).toBe(clusterStatus);
    // Several in a row: no connection left behind in a broken state.
    for (let round = 0; round < 5; round += 1) expect((await post(CLUSTERS)).status).toBe(200);
  });
});

describe('a database that is shut down', () => {
  it('answers 503 SERVICE_UNAVAILABLE, not 500, and /readyz 503 at once', async () => {
    await database!.stop();
    const answer = await post(CLUSTERS);
    timings.stoppedQuery = Math.round(answer.ms);
    expectUnavailable(answer);
    expect(answer.ms).toBeLessThan(BOUND_MS + MARGIN_MS);
    const ready = await readyz();
    timings.stoppedReadyz = Math.round(ready.ms);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(2_000);
  });
});
