/**
 * The API under measurement, in a process of its own (started by scripts/bench.ts): the application
 * as `npm start` builds it, on the benchmark's database, with the clock fixed to the data's "today",
 * no rate limit (the benchmark is one caller sending as fast as it can), a counter of the SQL
 * statements sent on the pool's connections, and the request log written as in production (JSON lines at info),
 * to /dev/null.
 */
import 'reflect-metadata';

import { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';

import { createApp } from '../../server/app';
import { ormConfig } from '../../server/config/orm.config';
import { TokenService } from '../../server/kernel/auth';
import { fixedClock } from '../../server/kernel/clock';
import { createLogger } from '../../server/observability/logger';
import { answerParent, failChild } from './server-probe';

async function main(): Promise<void> {
  let statements = 0;
  // The statement timeout is a minute, not 15 s: the floor has none, and on the seed:large data set
  // ten concurrent requests that each read every indicator's actuals queue for the same two cores.
  // Statements are counted where they are sent, on the pool's connections (ormConfig's onQuery): the
  // read engine's go to the driver without passing the ORM.
  const orm = await MikroORM.init(
    ormConfig({
      clientUrl: process.env.BENCH_DATABASE_URL!,
      poolMax: 10,
      timeouts: { statementMs: 60_000 },
      onQuery: () => (statements += 1),
    }),
  );
  const app = await createApp({
    orm,
    tokens: new TokenService(process.env.BENCH_JWT_SECRET!),
    clock: fixedClock(process.env.BENCH_TODAY!),
    limits: { requestsPerMinute: 0 },
    logger: createLogger({ level: 'info', format: 'json' }, pino.destination({ dest: '/dev/null', sync: true })),
  });
  const port = await app.listen(0, '127.0.0.1');
  answerParent(
    port,
    () => statements,
    async () => {
      await app.stop();
      await orm.close(true);
    },
  );
}

main().catch(failChild);
