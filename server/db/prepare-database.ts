import type { MikroORM } from '@mikro-orm/postgresql';
import { seedDemoData } from './seeders/demo-data';
import { seedReferenceData } from './seeders/reference-data';

export interface PrepareOptions {
  seedDemo: boolean;
  today: string;
  log?: (line: string) => void;
}

/**
 * Brings a database up to date: applies the committed migrations (never a schema sync), loads the
 * reference data, and on first start the demo data unless turned off. Safe to run on every start.
 * Returns a one-line summary.
 */
export async function prepareDatabase(orm: MikroORM, options: PrepareOptions): Promise<string> {
  const applied = await orm.getMigrator().up();
  const em = orm.em.fork();
  await em.transactional((tx) => seedReferenceData(tx));
  let demo = 'demo data off';
  if (options.seedDemo) {
    const result = await em.fork().transactional((tx) => seedDemoData(tx, { today: options.today }));
    demo = result.skipped ? 'demo data already present' : `demo data loaded (${Object.values(result.counts).reduce((a, b) => a + b, 0)} rows)`;
  }
  return `Database ready: ${applied.length} migration(s) applied, reference data checked, ${demo}.`;
}
