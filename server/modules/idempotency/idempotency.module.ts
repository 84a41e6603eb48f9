import { defineModule } from '../../kernel/module';
import { IdempotencyKey } from './idempotency-key.entity';

/** Idempotency keys of mutations: a table only, not a node type (nothing reads it through GraphQL). */
export const idempotencyModule = defineModule({
  name: 'idempotency',
  entities: [IdempotencyKey],
});
