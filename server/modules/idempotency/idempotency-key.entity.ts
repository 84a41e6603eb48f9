import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * A mutation's `Idempotency-Key`, remembered for a while (IDEMPOTENCY_KEY_TTL_HOURS) so that sending
 * the same mutation again applies nothing twice. Written in the mutation's own transaction: the key
 * exists exactly when the change committed. Read and written with SQL (idempotency.store.ts); the
 * entity keeps the ORM's picture of the schema (and `npm run db:diff`) in step with the migration.
 */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  [PrimaryKeyProp]?: ['caller', 'key'];

  /** Who sent it: `person:<id>` for a bearer token, `key:<id>` for a partner API key. */
  @PrimaryKey({ type: 'string', length: 80 })
  caller!: string;

  /** The key as the client sent it. */
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  /** SHA-256 (hex) of the operation's text, its name and its variables. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  /** The mutation's action, e.g. `registerPerson`. */
  @Property({ type: 'string', length: 100 })
  action!: string;

  /** Entity name and id of the object the mutation changed. */
  @Property({ type: 'string', length: 100 })
  targetType!: string;

  @Property({ type: 'string', length: 64 })
  targetId!: string;

  /** The response sent the first time (`data` and any `errors`); null until it has been sent. */
  @Property({ type: 'json', nullable: true })
  response?: unknown;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt!: Date;

  @Index({ name: 'idempotency_key_expires_at_index' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
