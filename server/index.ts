/**
 * Process entry of `npm start`: configuration, logger, tracing (when configured), database (embedded
 * unless DATABASE_URL is set), migrations, reference and demo data, the HTTP server, and an orderly
 * shutdown on SIGINT/SIGTERM. The only file with side effects at import.
 */
import 'reflect-metadata';

import { createServer } from 'node:net';

import type { OpenDatabase } from './config/database';
import { readEnvironment } from './config/environment';
import { StartupError } from './config/startup-error';
import { errorDetails } from './observability/error-details';
import { createLogger, type Logger } from './observability/logger';
import { startTracing } from './observability/tracing';

/** Until the environment is read: info, readable on a developer's terminal. */
let logger: Logger = createLogger({
  level: 'info',
  format: process.stdout.isTTY && process.env.NODE_ENV !== 'production' ? 'pretty' : 'json',
});
const log = (line: string) => logger.info(line);

/**
 * The rest of the server, loaded after tracing has started so that its instrumentations see the
 * http, express and pg modules load.
 */
function loadServer() {
  return {
    ...(require('./app') as typeof import('./app')),
    ...(require('./config/database') as typeof import('./config/database')),
    ...(require('./db/prepare-database') as typeof import('./db/prepare-database')),
    ...(require('./kernel/auth') as typeof import('./kernel/auth')),
    ...(require('./kernel/clock') as typeof import('./kernel/clock')),
    ...(require('./modules/person/person.entity') as typeof import('./modules/person/person.entity')),
    ...(require('./db/seeders/demo-data') as typeof import('./db/seeders/demo-data')),
  };
}

/** An HTTP address as people type it: IPv6 in brackets, the unspecified address as localhost. */
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** A failure to listen on PORT/HOST as the one-line message that says which setting to change. */
function listenFailure(error: unknown, port: number, host: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new StartupError(`Port ${port} on ${host} is in use by another program: set PORT to a free port.`);
  if (code === 'EACCES') return new StartupError(`Port ${port} on ${host} needs privileges this process lacks: set PORT to 1024 or above.`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return new StartupError(`HOST ${host} is not an address of this machine: set HOST to one (127.0.0.1; 0.0.0.0 for all).`);
  return error;
}

/** Tries PORT/HOST before the database starts, so a port in use is reported at once. */
function probeListen(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(listenFailure(error, port, host)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  let env: ReturnType<typeof readEnvironment>;
  try {
    env = readEnvironment();
  } catch (error) {
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
  logger = createLogger(env.log);
  const stopTracing = startTracing(env.otelEndpoint, logger);
  const { createApp, jwtSecret, openDatabase, prepareDatabase, TokenService, fixedClock, systemClock, Person, DEMO_VIEWER_EMAIL } =
    loadServer();
  const clock = env.clockDate ? fixedClock(env.clockDate) : systemClock();
  await probeListen(env.port, env.host);
  const database: OpenDatabase = await openDatabase(env, log);

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
    database.embedded?.expectStop();
    log(`${signal} received: finishing requests in flight, then stopping.`);
    try {
      await app?.stop();
      await database.close();
      await stopTracing?.();
      log(`Stopped cleanly in ${Date.now() - stoppingSince} ms.`);
      process.exit(0);
    } catch (error) {
      logger.error({ error: errorDetails(error) }, 'Error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
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
      // Offered by the explorer page only to browsers on this machine (server/explorer.ts).
      explorerHeaders: development && demoToken ? { Authorization: `Bearer ${demoToken}` } : undefined,
      production: !development,
      introspection: env.graphqlIntrospection,
      limits: env.limits,
      corsOrigins: env.corsOrigins,
      idempotencyKeyTtlHours: env.idempotencyKeyTtlHours,
      readiness: database.readiness,
      logger,
      observability: env.observability,
      metrics: env.metrics,
    });
    let port: number;
    try {
      port = await app.listen(env.port, env.host);
    } catch (error) {
      throw listenFailure(error, env.port, env.host);
    }
    const base = `http://${displayHost(env.host)}:${port}`;
    log(summary);
    log(`GraphQL API${env.graphqlExplorer ? ' and explorer' : ''}: ${base}/graphql (process ${process.pid})`);
    log(`Health: ${base}/healthz  Readiness: ${base}/readyz`);
    if (demoToken && demoViewer) {
      // For the developer at the terminal, never through the logger: log lines carry no tokens.
      process.stderr.write(
        `Demo token for ${demoViewer.email} (valid 30 days; mint others with npm run -s token -- --email <email>):\nAuthorization: Bearer ${demoToken}\n`,
      );
    }
  } catch (error) {
    // Whatever failed after the database opened, PostgreSQL is stopped before the process exits.
    await app?.stop().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) logger.fatal(`Could not start: ${error.message}`);
  else logger.fatal({ error: errorDetails(error) }, `Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
