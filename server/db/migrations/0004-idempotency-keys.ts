import { Migration } from '@mikro-orm/migrations';

/**
 * Mutations' idempotency keys (server/modules/idempotency): one row per caller and key, written in
 * the mutation's own transaction, with the response it was answered; expired rows are replaced.
 */
export class Migration0004IdempotencyKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotency_key" ("caller" varchar(80) not null, "key" varchar(255) not null, "request_hash" varchar(64) not null, "action" varchar(100) not null, "target_type" varchar(100) not null, "target_id" varchar(64) not null, "response" jsonb null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("caller", "key"));`,
    );
    this.addSql(`create index "idempotency_key_expires_at_index" on "idempotency_key" ("expires_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key";`);
  }
}
