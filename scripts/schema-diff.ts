/**
 * Prints the SQL that would bring a freshly migrated database in line with the entities: empty when
 * the committed migrations and the entities agree. Use its output to write the next migration.
 *   npm run -s db:diff
 */
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { MikroORM } from '@mikro-orm/postgresql';

import { ormConfig } from '../server/config/orm.config';
import { startEmbeddedDatabase } from '../server/db/embedded-database';

async function main(): Promise<void> {
  const db = await startEmbeddedDatabase({ directory: path.join(tmpdir(), 'cluster-oversight-diff'), port: 54400 });
  const name = `diff_${randomBytes(4).toString('hex')}`;
  try {
    await db.createDatabase(name);
    const orm = await MikroORM.init(ormConfig({ clientUrl: db.urlFor(name) }));
    try {
      // --from-empty: the whole schema as SQL, as if there were no migrations yet.
      if (!process.argv.includes('--from-empty')) await orm.getMigrator().up();
      process.stdout.write(await orm.schema.getUpdateSchemaSQL({ wrap: false }));
    } finally {
      await orm.close();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
