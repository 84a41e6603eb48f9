import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * A fingerprint of every table: row count and a hash of all rows. Two equal fingerprints mean that
 * nothing was inserted, updated or deleted in between: what a refused mutation must leave behind.
 * The rate limit's request counts are left out: every request, refused or not, is counted there.
 */
export async function databaseFingerprint(orm: MikroORM): Promise<Record<string, string>> {
  const connection = orm.em.fork().getConnection();
  const tables = await connection.execute<{ table_name: string }[]>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('mikro_orm_migrations', 'rate_limit_count') order by table_name`,
  );
  const union = tables
    .map(
      ({ table_name: table }) =>
        `select '${table}' as name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as print from "${table}" t`,
    )
    .join(' union all ');
  const rows = await connection.execute<{ name: string; print: string }[]>(union);
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}

/** Number of audit events, optionally of one action. */
export async function auditEventCount(orm: MikroORM, action?: string): Promise<number> {
  const connection = orm.em.fork().getConnection();
  const rows = await connection.execute<{ count: string }[]>(
    `select count(*)::text as count from audit_event${action ? ' where action = ?' : ''}`,
    action ? [action] : [],
  );
  return Number(rows[0].count);
}
