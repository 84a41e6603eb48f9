/**
 * Writes a national-scale programme into the configured database (`DATABASE_URL`, or the embedded
 * PostgreSQL in `DATA_DIR`, as `npm start` opens it), after bringing it up to date (migrations and
 * reference data; demo data as SEED_DEMO says):
 *
 *   npm run seed:large -- --scale 1      about 3,000 clusters, 30,000 plans, 40 quarters of reports
 *   npm run seed:large -- --scale 0.1    a tenth of it (at least one cluster per province)
 *
 * The rows are written by scripts/seed-large/programme.ts in one transaction; a progress bar shows
 * the steps, and the time and the rows added to each table are printed at the end.
 */
import 'reflect-metadata';

import { Presets, SingleBar } from 'cli-progress';
import { Client } from 'pg';

import { EMBEDDED_DATABASE_NAME, openDatabase } from '../server/config/database';
import { readEnvironment } from '../server/config/environment';
import { prepareDatabase } from '../server/db/prepare-database';
import { fixedClock, systemClock } from '../server/kernel/clock';
import { SEEDED_TABLES, seedLargeProgramme } from './seed-large/programme';

/** The largest scale accepted: 10 is about 30,000 clusters and 4 million obligations. */
const MAX_SCALE = 10;

export function parseScale(argv: readonly string[]): number {
  const position = argv.findIndex((arg) => arg === '--scale' || arg.startsWith('--scale='));
  if (position < 0) return 1;
  const text = argv[position].includes('=') ? argv[position].slice('--scale='.length) : argv[position + 1];
  const scale = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new RangeError(`--scale must be a number above 0 and at most ${MAX_SCALE}; got "${text ?? ''}".`);
  }
  return scale;
}

async function main(): Promise<void> {
  const scale = parseScale(process.argv.slice(2));
  const env = readEnvironment();
  const clock = env.clockDate ? fixedClock(env.clockDate) : systemClock();
  const log = (line: string) => console.log(line);
  const started = Date.now();
  const database = await openDatabase(env, log);
  try {
    log(await prepareDatabase(database.orm, { seedDemo: env.seedDemo, today: clock.today(), log }));
    const url = env.databaseUrl ?? database.embedded!.urlFor(EMBEDDED_DATABASE_NAME);
    const client = new Client({ connectionString: url });
    await client.connect();
    const bar = new SingleBar(
      { format: 'seed:large [{bar}] {percentage}% | step {value}/{total} | {step} | {duration_formatted}', hideCursor: true },
      Presets.shades_classic,
    );
    try {
      log(`Writing the programme at scale ${scale} (today ${clock.today()})…`);
      bar.start(1, 0, { step: 'starting' });
      const added = await seedLargeProgramme(client, {
        scale,
        today: clock.today(),
        graceDays: env.reportGraceDays,
        progress: (step, done, total) => {
          bar.setTotal(total);
          bar.update(done, { step });
        },
      });
      bar.stop();
      const seconds = (Date.now() - started) / 1000;
      const total = SEEDED_TABLES.reduce((sum, table) => sum + added[table], 0);
      log(`Done in ${seconds.toFixed(1)} s: ${total.toLocaleString('en-US')} rows added.`);
      console.table(Object.fromEntries(SEEDED_TABLES.map((table) => [table, { rows: added[table] }])));
    } finally {
      bar.stop();
      await client.end();
    }
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
