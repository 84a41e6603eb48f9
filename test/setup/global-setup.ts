import 'reflect-metadata';

import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };

import { ormConfig } from '../../server/config/orm.config';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../../server/db/embedded-database';
import { prepareDatabase } from '../../server/db/prepare-database';
import { DEMO_TODAY, TEMPLATE_DEMO, TEMPLATE_REFERENCE } from './constants';

/**
 * Starts one embedded PostgreSQL for the whole run and prepares two template databases (reference
 * data only, and reference plus demo data). Each test file clones one into a database of its own.
 */
let database: EmbeddedDatabase | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function prepareTemplate(db: EmbeddedDatabase, name: string, seedDemo: boolean): Promise<void> {
  await db.createDatabase(name);
  const orm = await MikroORM.init(ormConfig({ clientUrl: db.urlFor(name), poolMax: 2 }));
  try {
    await prepareDatabase(orm, { seedDemo, today: DEMO_TODAY });
  } finally {
    await orm.close(true);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const directory = path.join(tmpdir(), `cluster-oversight-test-${process.pid}`);
  database = await startEmbeddedDatabase({ directory, port: await freePort() });
  try {
    await prepareTemplate(database, TEMPLATE_REFERENCE, false);
    await prepareTemplate(database, TEMPLATE_DEMO, true);
  } catch (error) {
    await database.stop();
    throw error;
  }
  project.provide('databaseAdminUrl', database.adminUrl);
  return async () => {
    await database?.stop();
    const { rm } = await import('node:fs/promises');
    await rm(directory, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
  }
}
