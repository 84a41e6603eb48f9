import type { MikroORM } from '@mikro-orm/postgresql';

import { seedDemoData } from './seeders/demo-data';
import { seedReferenceData } from './seeders/reference-data';

export interface PrepareOptions {
  seedDemo: boolean;
  today: string;
  log?: (line: string) => void;
}

/**
 * Key of the PostgreSQL advisory lock under which a database is prepared: one fixed number for this
 * application ("cluster oversight, prepare database"), the same in every process.
 */
export const PREPARE_LOCK_KEY = 7_240_318_001;

interface RawConnection {
  query(sql: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
}

/**
 * Runs `work` while holding the prepare lock, on a connection of its own outside the pool, so the
 * migrator and seeders keep the whole pool. Servers started together on one empty database take
 * turns: the first migrates and seeds, the others find the work done. A session lock is released by
 * PostgreSQL if this process dies holding it.
 */
async function underPrepareLock<T>(orm: MikroORM, log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  const client = orm.em.getConnection().getKnex().client as {
    acquireRawConnection(): Promise<RawConnection>;
    destroyRawConnection(connection: RawConnection): Promise<void>;
  };
  const connection = await client.acquireRawConnection();
  try {
    const tried = await connection.query('select pg_try_advisory_lock($1) as locked', [PREPARE_LOCK_KEY]);
    if (tried.rows[0]?.locked !== true) {
      log('Another process is preparing this database: waiting for it to finish.');
      await connection.query('select pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
    }
    try {
      return await work();
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [PREPARE_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.destroyRawConnection(connection).catch(() => undefined);
  }
}

/**
 * Brings a database up to date: applies the committed migrations (never a schema sync), loads the
 * reference data, and on first start the demo data unless turned off. Safe to run on every start,
 * and from several processes at once (they take turns under an advisory lock). Returns a one-line
 * summary.
 */
export async function prepareDatabase(orm: MikroORM, options: PrepareOptions): Promise<string> {
  return underPrepareLock(orm, options.log ?? (() => undefined), async () => {
    const applied = await orm.getMigrator().up();
    const em = orm.em.fork();
    await em.transactional((tx) => seedReferenceData(tx));
    let demo = 'demo data off';
    if (options.seedDemo) {
      const result = await em.fork().transactional((tx) => seedDemoData(tx, { today: options.today }));
      demo = result.skipped
        ? 'demo data already present'
        : `demo data loaded (${Object.values(result.counts).reduce((a, b) => a + b, 0)} rows)`;
    }
    return `Database ready: ${applied.length} migration(s) applied, reference data checked, ${demo}.`;
  });
}
