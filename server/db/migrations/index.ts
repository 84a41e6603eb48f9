import type { MigrationObject } from '@mikro-orm/core';
import { Migration0001InitialSchema } from './0001-initial-schema';

/** Committed migrations in order. Never edit one that has shipped; add a new one. */
export const migrations: MigrationObject[] = [
  { name: '0001-initial-schema', class: Migration0001InitialSchema },
];
