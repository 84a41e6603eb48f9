/**
 * Migration 0001 was generated as one `addSql` per statement; its plain indexes and foreign keys are
 * now written by helpers. The statements it adds must stay those that created every existing
 * database, to the byte and in order: recorded here without a database and compared by digest with
 * the generated script (211 statements).
 */
import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { Migration0001InitialSchema } from '../../server/db/migrations/0001-initial-schema';

const GENERATED_STATEMENTS = 211;
const GENERATED_DIGEST = '16f68dd6952eed8e3c4e85179dd1816d49ea7b40da715d6400f20932ce36f3e1';

async function recordedStatements(): Promise<string[]> {
  const statements: string[] = [];
  const recorder = Object.create(Migration0001InitialSchema.prototype) as Migration0001InitialSchema;
  Object.defineProperty(recorder, 'addSql', { value: (sql: string) => statements.push(sql) });
  await recorder.up();
  return statements;
}

describe('migration 0001', () => {
  it('adds the generated statements, byte for byte and in order', async () => {
    const statements = await recordedStatements();
    expect(statements).toHaveLength(GENERATED_STATEMENTS);
    expect(createHash('sha256').update(statements.join('\n')).digest('hex')).toBe(GENERATED_DIGEST);
  });

  it('names every foreign key and plain index as the schema generator does', async () => {
    const statements = await recordedStatements();
    expect(statements).toContain(
      'alter table "progress_report" add constraint "progress_report_plan_id_foreign" foreign key ("plan_id") references "development_plan" ("id") on update cascade on delete no action;',
    );
    expect(statements).toContain('create index "dispute_state_index" on "dispute" ("state");');
  });
});
