import path from 'node:path';

/** Configuration read from the environment once, at start (README, "Configuration"). */
export interface Environment {
  port: number;
  databaseUrl: string | null;
  dataDir: string;
  embeddedDatabasePort: number;
  jwtSecret: string | null;
  seedDemo: boolean;
  nodeEnv: 'development' | 'production' | 'test';
  /** Grace period after a quarter's last day before a report is late (Art. 4-1), in days. */
  reportGraceDays: number;
  /** Fixed "today" for demos and tests (`YYYY-MM-DD`); the real date when unset. */
  clockDate: string | null;
}

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}; got "${value}".`);
  }
  return parsed;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Environment {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  if (env.SEED_DEMO !== undefined && !['true', 'false', ''].includes(env.SEED_DEMO)) {
    throw new Error(`SEED_DEMO must be "true" or "false"; got "${env.SEED_DEMO}".`);
  }
  if (env.CLOCK_DATE && !/^\d{4}-\d{2}-\d{2}$/.test(env.CLOCK_DATE)) {
    throw new Error(`CLOCK_DATE must be an ISO date (YYYY-MM-DD); got "${env.CLOCK_DATE}".`);
  }
  if (nodeEnv === 'production' && !env.JWT_SECRET) {
    throw new Error('JWT_SECRET is required when NODE_ENV=production.');
  }
  return {
    port: integer('PORT', env.PORT, 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(cwd, env.DATA_DIR || '.data'),
    embeddedDatabasePort: integer('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329, 1024, 65535),
    jwtSecret: env.JWT_SECRET || null,
    seedDemo: env.SEED_DEMO !== 'false',
    nodeEnv,
    reportGraceDays: integer('REPORT_GRACE_DAYS', env.REPORT_GRACE_DAYS, 15, 0, 90),
    clockDate: env.CLOCK_DATE || null,
  };
}
