import type { MigrationObject } from '@mikro-orm/core';

import { Migration0001InitialSchema } from './0001-initial-schema';
import { Migration0002BudgetBandInNumeric } from './0002-budget-band-in-numeric';
import { Migration0003RateLimitCounts } from './0003-rate-limit-counts';
import { Migration0004IdempotencyKeys } from './0004-idempotency-keys';
import { Migration0005ApiKeyTrustedDocumentsOnly } from './0005-api-key-trusted-documents-only';
import { Migration0006PersianSearchEverywhere } from './0006-persian-search-everywhere';

/** Committed migrations in order. Never edit one that has shipped; add a new one. */
export const migrations: MigrationObject[] = [
  { name: '0001-initial-schema', class: Migration0001InitialSchema },
  { name: '0002-budget-band-in-numeric', class: Migration0002BudgetBandInNumeric },
  { name: '0003-rate-limit-counts', class: Migration0003RateLimitCounts },
  { name: '0004-idempotency-keys', class: Migration0004IdempotencyKeys },
  { name: '0005-api-key-trusted-documents-only', class: Migration0005ApiKeyTrustedDocumentsOnly },
  { name: '0006-persian-search-everywhere', class: Migration0006PersianSearchEverywhere },
];
