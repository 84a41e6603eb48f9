import { Index } from '@mikro-orm/core';

import { normalizePersian } from './persian-text';

/**
 * The trigram index of a searched column (`like`/`ilike '%term%'`), named `<table>_<column>_trgm`,
 * declared on the entity so the schema diff knows it; migration 0006 creates it.
 */
export function TrigramIndex(table: string, column: string) {
  const name = `${table}_${column}_trgm`;
  return Index({ name, expression: `create index "${name}" on "${table}" using gin ("${column}" gin_trgm_ops)` });
}

/**
 * Property options of a stored normalised form (kernel/persian-text.ts) of another property: set
 * by the ORM whenever the entity is created or changed, so no writer can forget it. Set-based
 * writers outside the ORM use the database function `persian_search_key` instead.
 */
export function searchFormOf<T>(source: (entity: T) => string) {
  const compute = (entity: T) => normalizePersian(source(entity));
  return { onCreate: compute, onUpdate: compute };
}
