import { Migration } from '@mikro-orm/migrations';

/**
 * The request counts of the rate limit, shared by every API process (server/http/rate-limit.ts).
 * The columns are the ones rate-limiter-flexible's PostgreSQL store reads and writes (`key`,
 * `points`, `expire` in epoch milliseconds); the store is told the table exists, so it never runs
 * DDL itself.
 *
 * Unlogged: counts live for a minute, so a crash that empties the table loses nothing worth a WAL
 * record, and the upsert every request makes is not shipped to the read replicas, which have no use
 * for it.
 */
export class Migration0003RateLimitCounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unlogged table "rate_limit_count" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_count";`);
  }
}
