import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { migrations } from '../db/migrations';
import { entities } from '../modules/entities';

export interface OrmOptions {
  clientUrl: string;
  debug?: boolean;
  /** Called with every SQL statement the ORM runs (tests count them). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export function ormConfig(options: OrmOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities,
    extensions: [Migrator],
    // Every request forks its own EntityManager (server/context.ts); MikroORM refuses the global one
    // (its global-context setting stays at the default, off).
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolMax ?? 10 },
    migrations: {
      // Committed migrations, listed in code, so compiled and test runs apply the same classes.
      migrationsList: migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery!(message) : () => undefined,
    colors: false,
  });
}
