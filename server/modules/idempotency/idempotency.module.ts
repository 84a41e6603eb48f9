import { defineModule } from '../../kernel/module';
import { type IdempotencyClaim, idempotencyClaimOf, lockKey, reusedKeyError, storeKey } from './idempotency';
import { IdempotencyKey } from './idempotency-key.entity';

/** Idempotency keys of mutations: a table and the mutation runner's idempotency hooks, not a node type (nothing reads it through GraphQL). */
export const idempotencyModule = defineModule({
  name: 'idempotency',
  entities: [IdempotencyKey],
  idempotency: {
    claimOf: (ctx) => idempotencyClaimOf(ctx),
    lock: (tx, claim) => lockKey(tx, claim as IdempotencyClaim),
    store: (tx, claim, action, target) => storeKey(tx, claim as IdempotencyClaim, action, target),
    reused: reusedKeyError,
  },
});
