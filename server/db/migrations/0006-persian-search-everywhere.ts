import { Migration } from '@mikro-orm/migrations';

import { IGNORED_CLASS, WHITE_SPACE_CLASS } from '../../kernel/persian-text';

/**
 * Persian search on every list with a name (docs/domain.md section 4).
 *
 * - `persian_search_key(text)` is the database's copy of kernel/persian-text.ts `normalizePersian`
 *   (same character classes, imported from there): it recomputes the stored forms below and lets
 *   set-based writers (seed:large, the benchmark) fill them; test/integration/persian-search.test.ts
 *   checks that both give the same result.
 * - Plans and resolutions get `search_title`, agencies and working groups `search_name` (their
 *   Persian name), kept up to date by the entities' create and update hooks.
 * - The stored forms of clusters and people are recomputed: a space, a ZWNJ and nothing now compare
 *   equal, and tatweel and vowel marks are dropped.
 * - Index: pg_trgm GIN (`gin_trgm_ops`), the one index kind that serves `like '%term%'` on any part
 *   of a name; pg_trgm ships with PostgreSQL's contrib modules and the embedded binaries carry it.
 *   Latin names searched as written (`ilike`) get one too. The btree on `person.search_name` served
 *   no search (a leading `%` defeats it) and is replaced.
 */
export class Migration0006PersianSearchEverywhere extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create or replace function persian_search_key(value text) returns text language sql immutable strict parallel safe as $$ ` +
        `select lower(regexp_replace(translate(normalize(value, NFC), 'يىك۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩', 'ییک01234567890123456789'), ` +
        `'[${IGNORED_CLASS}${WHITE_SPACE_CLASS}]', '', 'g') collate pg_unicode_fast) $$;`,
    );

    this.addSql(`alter table "development_plan" add column "search_title" varchar(300) not null default '';`);
    this.addSql(`alter table "resolution" add column "search_title" varchar(300) not null default '';`);
    this.addSql(`alter table "executive_agency" add column "search_name" varchar(200) not null default '';`);
    this.addSql(`alter table "working_group" add column "search_name" varchar(200) not null default '';`);
    this.addSql(`update "development_plan" set "search_title" = persian_search_key("title");`);
    this.addSql(`update "resolution" set "search_title" = persian_search_key("title");`);
    this.addSql(`update "executive_agency" set "search_name" = persian_search_key("name_fa");`);
    this.addSql(`update "working_group" set "search_name" = persian_search_key("name_fa");`);
    for (const table of ['development_plan', 'resolution']) this.addSql(`alter table "${table}" alter column "search_title" drop default;`);
    for (const table of ['executive_agency', 'working_group'])
      this.addSql(`alter table "${table}" alter column "search_name" drop default;`);
    this.addSql(
      `update "cluster" set "search_name" = persian_search_key("name_fa") where "search_name" is distinct from persian_search_key("name_fa");`,
    );
    this.addSql(
      `update "person" set "search_name" = persian_search_key("full_name_fa") where "search_name" is distinct from persian_search_key("full_name_fa");`,
    );

    this.addSql(`drop index if exists "person_search_name_index";`);
    for (const [table, column] of SEARCH_INDEXES) {
      this.addSql(`create index "${table}_${column}_trgm" on "${table}" using gin ("${column}" gin_trgm_ops);`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, column] of SEARCH_INDEXES) this.addSql(`drop index if exists "${table}_${column}_trgm";`);
    this.addSql(`create index "person_search_name_index" on "person" ("search_name");`);
    this.addSql(`alter table "development_plan" drop column "search_title";`);
    this.addSql(`alter table "resolution" drop column "search_title";`);
    this.addSql(`alter table "executive_agency" drop column "search_name";`);
    this.addSql(`alter table "working_group" drop column "search_name";`);
    this.addSql(`drop function if exists persian_search_key(text);`);
  }
}

/** Columns searched with `like`/`ilike '%…%'`, each with a trigram index named `<table>_<column>_trgm`. */
export const SEARCH_INDEXES: ReadonlyArray<readonly [string, string]> = [
  ['cluster', 'search_name'],
  ['cluster', 'name'],
  ['person', 'search_name'],
  ['person', 'full_name_latin'],
  ['development_plan', 'search_title'],
  ['resolution', 'search_title'],
  ['executive_agency', 'search_name'],
  ['executive_agency', 'name'],
  ['working_group', 'search_name'],
  ['working_group', 'name'],
];
