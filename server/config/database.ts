import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { MikroORM } from '@mikro-orm/postgresql';

import { type EmbeddedDatabase, startEmbeddedDatabase } from '../db/embedded-database';
import type { Environment } from './environment';
import { ormConfig } from './orm.config';

/** Name of the application database inside the embedded PostgreSQL. */
export const EMBEDDED_DATABASE_NAME = 'cluster_oversight';

export interface OpenDatabase {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
  /** Whether the database can serve now, and if not why (the embedded one died and is restarting). */
  readiness(): { ready: boolean; reason?: string };
  /** Closes the ORM, then stops the embedded database if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to `DATABASE_URL` when given; otherwise starts the embedded PostgreSQL whose data lives
 * in `DATA_DIR`, creating the application database on first start. `DATABASE_REPLICA_URLS`, when
 * given, are the primary's streaming replicas that GraphQL queries read from.
 */
export async function openDatabase(env: Environment, log: (line: string) => void): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let clientUrl = env.databaseUrl;
  if (!clientUrl) log(`Starting the embedded PostgreSQL (data in ${env.dataDir})…`);
  try {
    if (!clientUrl) {
      embedded = await startEmbeddedDatabase({ directory: env.dataDir, port: env.embeddedDatabasePort, log });
      if (!(await embedded.databaseExists(EMBEDDED_DATABASE_NAME))) await embedded.createDatabase(EMBEDDED_DATABASE_NAME);
      clientUrl = embedded.urlFor(EMBEDDED_DATABASE_NAME);
    }
    const orm = await MikroORM.init(ormConfig({ clientUrl, timeouts: env.databaseTimeouts, replicaUrls: env.databaseReplicaUrls }));
    return {
      orm,
      embedded,
      readiness: () => embedded?.status() ?? { ready: true },
      close: async () => {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * The JWT secret: `JWT_SECRET` when given, else a development secret generated once and kept
 * beside the embedded data, so that tokens survive restarts.
 */
export function jwtSecret(env: Environment): string {
  if (env.jwtSecret) return env.jwtSecret;
  const file = path.join(env.dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(env.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    // Exclusive create: of servers starting together on one DATA_DIR, the first one's secret wins.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // The other process may not have written it yet.
    for (let attempt = 0; attempt < 100; attempt++) {
      const written = readFileSync(file, 'utf8').trim();
      if (written) return written;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
    throw new Error(`${file} stays empty: remove it, or set JWT_SECRET.`);
  }
  return secret;
}
