/**
 * The built server as a supervisor runs it: real processes (`npm start`, `node dist/server/index.js`),
 * each in a process group of its own, with their own DATA_DIR and free ports, signalled and killed
 * by pid. Only the groups started here are ever signalled.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { readPostmasterLock } from '../../server/db/embedded-database';
import { migrations } from '../../server/db/migrations';
import { TEMPLATE_DEMO } from '../setup/constants';

const ROOT = path.resolve(__dirname, '../..');
const ANALYST = 'analyst@demo.cluster-oversight.ir';
const groups = new Set<number>();
const timings: string[] = [];

interface Started {
  child: ChildProcess;
  pid: number;
  /** The messages: a JSON log line's `msg`, any other line as it is. */
  output: string[];
  /** The lines as written. */
  raw: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment of a started server: ours without anything that configures the server. */
function serverEnvironment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !name.startsWith('npm_') &&
        !['PORT', 'HOST', 'DATABASE_URL', 'DATA_DIR', 'EMBEDDED_PG_PORT', 'JWT_SECRET', 'NODE_ENV', 'SEED_DEMO', 'CLOCK_DATE'].includes(
          name,
        ),
    ),
  );
  return { ...inherited, NODE_ENV: 'development', ...settings };
}

function start(command: string, args: string[], settings: Record<string, string>): Started {
  const child = spawn(command, args, { cwd: ROOT, env: serverEnvironment(settings), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (!child.pid) throw new Error(`${command} did not start`);
  groups.add(child.pid);
  const output: string[] = [];
  const raw: string[] = [];
  let partial = '';
  const add = (line: string) => {
    raw.push(line);
    output.push(messageOf(line));
  };
  const collect = (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    lines.forEach(add);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      if (partial) add(partial);
      resolve({ code, signal });
    }),
  );
  return { child, pid: child.pid, output, raw, exited };
}

/** The server logs JSON lines (stdout is a pipe here); the checks below read their messages. */
function messageOf(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const record = JSON.parse(line) as { msg?: unknown };
    return typeof record.msg === 'string' ? record.msg : line;
  } catch {
    return line;
  }
}

const startServer = (settings: Record<string, string>) => start(process.execPath, ['dist/server/index.js'], settings);

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

function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Alive and not a zombie (an orphan whose new parent has not reaped it yet counts as gone). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

async function within<T>(milliseconds: number, what: string, attempt: () => Promise<T | null | undefined>): Promise<T> {
  const deadline = Date.now() + milliseconds;
  while (Date.now() < deadline) {
    const result = await attempt().catch(() => null);
    if (result !== null && result !== undefined) return result;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Not within ${milliseconds} ms: ${what}`);
}

async function readyz(port: number): Promise<{ status: number; body: { status: string; reason?: string } }> {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
}

/** Resolves when /readyz answers 200; fails early with the output if the process exits first. */
async function waitReady(server: Started, port: number, milliseconds: number): Promise<number> {
  const began = Date.now();
  let exited = false;
  void server.exited.then(() => (exited = true));
  const deadline = began + milliseconds;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server exited before it was ready:\n${server.output.join('\n')}`);
    const answer = await readyz(port).catch(() => null);
    if (answer?.status === 200) return Date.now() - began;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Not ready within ${milliseconds} ms:\n${server.output.join('\n')}`);
}

async function exitOf(server: Started, milliseconds: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Still running after ${milliseconds} ms:\n${server.output.join('\n')}`)), milliseconds);
  });
  try {
    return await Promise.race([server.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function graphql(port: number, token: string, query: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: { provinces?: { totalCount: number } }; errors?: unknown[] },
  };
}

const PROVINCE_COUNT = '{ provinces(first: 1) { totalCount } }';

function buildOnce(): Promise<void> {
  const build = start('npx', ['tsc', '-p', 'tsconfig.build.json'], {});
  return exitOf(build, 240_000).then(({ code }) => {
    if (code !== 0) throw new Error(`Build failed:\n${build.output.join('\n')}`);
  });
}

describe('the server process under supervision', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cluster-oversight-process-'));
  const clusterDirectory = path.join(dataDir, 'postgres');
  let port = 0;
  let databasePort = 0;
  let server: Started | null = null;
  let token = '';

  beforeAll(async () => {
    await buildOnce();
    port = await freePort();
    databasePort = await freePort();
  }, 240_000);

  afterAll(async () => {
    for (const group of groups) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // The group has ended.
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`Process fault timings:\n  ${timings.join('\n  ')}`);
  });

  const settings = () => ({ DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(databasePort) });

  async function runningServer(): Promise<Started> {
    if (server && isAlive(server.pid)) return server;
    server = startServer(settings());
    await waitReady(server, port, 180_000);
    return server;
  }

  it("SIGTERM to `npm start` (npm's pid) stops node and PostgreSQL, and the next start is clean", async () => {
    const npm = start('npm', ['start'], settings());
    const startMs = await waitReady(npm, port, 240_000);
    const postmaster = readPostmasterLock(clusterDirectory)!.pid;
    const node = parentOf(postmaster);
    // `exec node`: npm's child is node itself, so npm's forwarded SIGTERM reaches it (no shell between).
    expect(parentOf(node)).toBe(npm.pid);

    const began = Date.now();
    process.kill(npm.pid, 'SIGTERM');
    const { code } = await exitOf(npm, 30_000);
    const stopMs = Date.now() - began;
    await within(5_000, 'node and PostgreSQL gone', async () => (!isAlive(node) && !isAlive(postmaster) ? true : null));
    expect(code).toBe(0);
    expect(npm.output).toContain('SIGTERM received: finishing requests in flight, then stopping.');
    expect(npm.output.some((line) => line.startsWith('Stopped cleanly'))).toBe(true);
    expect(existsSync(path.join(clusterDirectory, 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'postgres-owner'))).toBe(false);
    // Logged as JSON lines with level and time; the demo token only as plain text for the developer.
    const logLines = npm.raw.filter((line) => line.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(3);
    for (const line of logLines)
      expect(JSON.parse(line)).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
    expect(logLines.some((line) => /Bearer ey/.test(line))).toBe(false);
    timings.push(
      `npm start to ready (build, initdb, migrations, demo data): ${startMs} ms; SIGTERM to npm until npm, node and PostgreSQL are gone: ${stopMs} ms`,
    );

    server = startServer(settings());
    const restartMs = await waitReady(server, port, 120_000);
    expect(server.output.some((line) => line.includes('database system was shut down at'))).toBe(true);
    expect(server.output.some((line) => line.includes('automatic recovery'))).toBe(false);
    expect(server.output.some((line) => line.includes('still running on'))).toBe(false);
    timings.push(`next start after SIGTERM, to ready: ${restartMs} ms`);
  }, 300_000);

  it('after SIGKILL of the API, its orphaned PostgreSQL is stopped by the next start, which comes up', async () => {
    const killed = await runningServer();
    const orphan = readPostmasterLock(clusterDirectory)!.pid;
    process.kill(killed.pid, 'SIGKILL');
    await exitOf(killed, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(isAlive(orphan)).toBe(true);
    expect(parentOf(orphan)).not.toBe(killed.pid);

    const began = Date.now();
    server = startServer(settings());
    const recoveryMs = await waitReady(server, port, 120_000);
    expect(isAlive(orphan)).toBe(false);
    expect(server.output).toContain(
      `A PostgreSQL (pid ${orphan}) is still running on ${clusterDirectory}, left by a process that is gone: stopping it (fast shutdown).`,
    );
    expect(readPostmasterLock(clusterDirectory)!.pid).not.toBe(orphan);
    timings.push(`SIGKILL of node, then start until ready (orphan stopped first): ${Date.now() - began} ms (${recoveryMs} ms to ready)`);

    // `npm run token` finds the running PostgreSQL's port by itself (EMBEDDED_PG_PORT is not the default here).
    const minting = start(process.execPath, ['dist/scripts/token.js', '--email', ANALYST], { DATA_DIR: dataDir });
    expect((await exitOf(minting, 60_000)).code).toBe(0);
    token = minting.output.find((line) => /^ey[\w-]+\.[\w-]+\.[\w-]+$/.test(line)) ?? '';
    expect(token).not.toBe('');
    expect(minting.output.some((line) => line.includes('Starting the embedded PostgreSQL'))).toBe(false);
    expect((await graphql(port, token, PROVINCE_COUNT)).body.data?.provinces?.totalCount).toBe(31);
  }, 300_000);

  it('PostgreSQL killed while serving is restarted by the server; /readyz says why meanwhile; requests succeed again', async () => {
    const serving = await runningServer();
    expect((await graphql(port, token, PROVINCE_COUNT)).body.data?.provinces?.totalCount).toBe(31);
    const killed = readPostmasterLock(clusterDirectory)!.pid;
    const began = Date.now();
    process.kill(killed, 'SIGKILL');
    // Until the server has seen PostgreSQL exit, /readyz may say "The database does not answer.".
    const reason = await within(5_000, '/readyz reports the restart', async () => {
      const answer = await readyz(port);
      return answer.status === 503 && answer.body.reason?.startsWith('The embedded PostgreSQL') ? answer.body.reason : null;
    });
    expect(reason).toBe('The embedded PostgreSQL was killed (SIGKILL); restarting it.');
    await within(60_000, '/readyz ready again', async () => ((await readyz(port)).status === 200 ? true : null));
    const restartMs = Date.now() - began;
    const answer = await graphql(port, token, PROVINCE_COUNT);
    expect(answer.body.data?.provinces?.totalCount).toBe(31);
    expect(isAlive(serving.pid)).toBe(true);
    expect(readPostmasterLock(clusterDirectory)!.pid).not.toBe(killed);
    expect(parentOf(readPostmasterLock(clusterDirectory)!.pid)).toBe(serving.pid);
    timings.push(`SIGKILL of the postmaster while serving, until /readyz is 200 again and a query answers: ${restartMs} ms`);
  }, 120_000);

  it('listens on 127.0.0.1 unless HOST is set; the explorer offers the demo token only to loopback browsers', async () => {
    await runningServer();
    const page = async (headers: Record<string, string>) =>
      (await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html', ...headers } })).text();
    expect(await page({})).toMatch(/Bearer ey[\w-]+\./);
    const relayed = await page({ 'x-forwarded-for': '203.0.113.7' });
    expect(relayed).not.toMatch(/Bearer ey/);
    expect(relayed).toContain('paste a token here');
    // All of 127.0.0.0/8 reaches this machine; a server bound to 127.0.0.1 alone refuses 127.0.0.2.
    const refused = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.2', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  }, 120_000);

  it('a port in use is one line naming the variable to set (HTTP PORT, database EMBEDDED_PG_PORT)', async () => {
    const serving = await runningServer();
    process.kill(serving.pid, 'SIGTERM');
    expect((await exitOf(serving, 30_000)).code).toBe(0);

    const busyHttp = await occupy(await freePort());
    const httpPort = (busyHttp.address() as { port: number }).port;
    try {
      const failing = startServer({ ...settings(), PORT: String(httpPort) });
      const began = Date.now();
      expect((await exitOf(failing, 60_000)).code).toBe(1);
      expect(failing.output.filter(Boolean).at(-1)).toBe(
        `Could not start: Port ${httpPort} on 127.0.0.1 is in use by another program: set PORT to a free port.`,
      );
      expect(failing.output.some((line) => /^\s+at /.test(line))).toBe(false);
      timings.push(`HTTP port in use: exit after ${Date.now() - began} ms`);
    } finally {
      busyHttp.close();
    }

    const busyDatabase = await occupy(await freePort());
    const busyDatabasePort = (busyDatabase.address() as { port: number }).port;
    try {
      const failing = startServer({ ...settings(), EMBEDDED_PG_PORT: String(busyDatabasePort) });
      const began = Date.now();
      expect((await exitOf(failing, 60_000)).code).toBe(1);
      expect(failing.output.filter(Boolean).at(-1)).toBe(
        `Could not start: Port ${busyDatabasePort} is in use by another program, so the embedded PostgreSQL cannot listen on it: set EMBEDDED_PG_PORT to a free port.`,
      );
      expect(failing.output.some((line) => /^\s+at /.test(line))).toBe(false);
      // PostgreSQL's own words reach the log.
      expect(failing.output.some((line) => line.startsWith('postgres: ') && line.includes('Address already in use'))).toBe(true);
      expect(existsSync(path.join(clusterDirectory, 'postmaster.pid'))).toBe(false);
      timings.push(`embedded PostgreSQL port in use: exit after ${Date.now() - began} ms`);
    } finally {
      busyDatabase.close();
    }
  }, 180_000);

  it('three servers started at once on one empty database all become ready, and prepare it once', async () => {
    const adminUrl = inject('databaseAdminUrl');
    const name = `process_race_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const sharedDataDir = mkdtempSync(path.join(tmpdir(), 'cluster-oversight-race-'));
    try {
      const ports = [await freePort(), await freePort(), await freePort()];
      const began = Date.now();
      const servers = ports.map((serverPort) =>
        startServer({ DATABASE_URL: url.toString(), PORT: String(serverPort), DATA_DIR: sharedDataDir }),
      );
      const readyMs = await Promise.all(servers.map((started, index) => waitReady(started, ports[index], 180_000)));
      const waited = servers.filter((started) =>
        started.output.includes('Another process is preparing this database: waiting for it to finish.'),
      ).length;
      timings.push(
        `three simultaneous starts on an empty database: ready after ${readyMs.join(', ')} ms (${waited} waited for the prepare lock), all within ${Date.now() - began} ms`,
      );

      const summaries = servers.map((started) => started.output.find((line) => line.startsWith('Database ready:')));
      expect(summaries.filter((line) => line?.startsWith(`Database ready: ${migrations.length} migration(s) applied`)).length).toBe(1);
      expect(summaries.filter((line) => line?.includes('demo data loaded')).length).toBe(1);
      const database = new pg.Client({ connectionString: url.toString() });
      await database.connect();
      try {
        expect((await database.query('select count(*)::int as n from mikro_orm_migrations')).rows[0].n).toBe(migrations.length);
        expect((await database.query('select count(*)::int as n from province')).rows[0].n).toBe(31);
      } finally {
        await database.end();
      }
      // One JWT secret for the shared DATA_DIR: a token minted by one server is good on the others.
      const shared = servers[0].output.find((line) => line.startsWith('Authorization: Bearer '))!.slice('Authorization: Bearer '.length);
      for (const serverPort of ports) expect((await graphql(serverPort, shared, PROVINCE_COUNT)).body.data?.provinces?.totalCount).toBe(31);

      for (const started of servers) process.kill(started.pid, 'SIGTERM');
      for (const started of servers) expect((await exitOf(started, 30_000)).code).toBe(0);
    } finally {
      rmSync(sharedDataDir, { recursive: true, force: true });
    }
  }, 300_000);

  it('two servers on one database hold a caller to one rate limit between them, and say so in RateLimit headers', async () => {
    const LIMIT = 5;
    const adminUrl = inject('databaseAdminUrl');
    const name = `process_rate_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}" template "${TEMPLATE_DEMO}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const sharedDataDir = mkdtempSync(path.join(tmpdir(), 'cluster-oversight-rate-'));
    try {
      const ports = [await freePort(), await freePort()];
      const servers = ports.map((serverPort) =>
        startServer({
          DATABASE_URL: url.toString(),
          PORT: String(serverPort),
          DATA_DIR: sharedDataDir,
          JWT_SECRET: 'process-rate-limit-secret-long-enough-for-hs256',
          RATE_LIMIT_PER_MINUTE: String(LIMIT),
          // Shared counting is what this shows: a wait cut short by a loaded machine would count in memory.
          RATE_LIMIT_STORE_TIMEOUT_MS: '10000',
        }),
      );
      await Promise.all(servers.map((started, index) => waitReady(started, ports[index], 180_000)));
      const shared = servers[0].output.find((line) => line.startsWith('Authorization: Bearer '))!.slice('Authorization: Bearer '.length);

      const answers: Array<{
        status: number;
        limit: string | null;
        remaining: string | null;
        reset: string | null;
        retryAfter: string | null;
      }> = [];
      for (let request = 0; request < 2 * LIMIT; request += 1) {
        const response = await fetch(`http://127.0.0.1:${ports[request % 2]}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${shared}` },
          body: JSON.stringify({ query: PROVINCE_COUNT }),
        });
        await response.text();
        answers.push({
          status: response.status,
          limit: response.headers.get('ratelimit-limit'),
          remaining: response.headers.get('ratelimit-remaining'),
          reset: response.headers.get('ratelimit-reset'),
          retryAfter: response.headers.get('retry-after'),
        });
      }
      expect(answers.map((answer) => answer.status)).toEqual([...Array(LIMIT).fill(200), ...Array(LIMIT).fill(429)]);
      expect(answers.every((answer) => answer.limit === String(LIMIT) && Number(answer.reset) >= 1 && Number(answer.reset) <= 60)).toBe(
        true,
      );
      expect(answers.map((answer) => Number(answer.remaining))).toEqual([
        ...Array.from({ length: LIMIT }, (_, index) => LIMIT - 1 - index),
        ...Array(LIMIT).fill(0),
      ]);
      expect(answers.filter((answer) => answer.status === 429).every((answer) => answer.retryAfter === answer.reset)).toBe(true);
      timings.push(
        `two servers, limit ${LIMIT}: ${2 * LIMIT} requests alternated between them, ${answers.filter((answer) => answer.status === 200).length} accepted`,
      );

      for (const started of servers) process.kill(started.pid, 'SIGTERM');
      for (const started of servers) expect((await exitOf(started, 30_000)).code).toBe(0);
    } finally {
      rmSync(sharedDataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
