import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { normalizePersian } from '../../server/kernel/persian-text';
import { Cluster } from '../../server/modules/cluster/cluster.entity';
import { DevelopmentPlan } from '../../server/modules/development-plan/development-plan.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person } from '../../server/modules/person/person.entity';
import { Resolution } from '../../server/modules/resolution/resolution.entity';
import { WorkingGroup } from '../../server/modules/working-group/working-group.entity';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';
import { type Json, queryData } from './graphql-test-support';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function sql<T = Json>(text: string, params: unknown[] = []): Promise<T[]> {
  return app.orm.em.fork().getConnection().execute<T[]>(text, params);
}

/**
 * The name every searchable row gets, written the way a careful typist would: a ZWNJ inside
 * سنگ‌های and کاشی‌کاری, Persian yeh and kaf, Persian digits. Each search term below writes it
 * differently and must still find it.
 */
const NAME = (tag: string) => `خوشه سنگ‌های کاشی‌کاری فرش ۱۴۰۳ ${tag}`;

const VARIANTS: Array<[string, string]> = [
  ['a space where the name has a ZWNJ', 'سنگ های'],
  ['nothing where the name has a ZWNJ', 'سنگهای'],
  ['the ZWNJ as written', 'سنگ‌های'],
  ['a ZWNJ and a space where the name has a space', 'کاری‌ فرش'],
  ['tatweel (فـرش)', 'فـرش'],
  ['vowel marks (فَرش)', 'فَرش'],
  ['Arabic kaf and yeh (كاشي)', 'كاشي'],
  ['Persian digits', '۱۴۰۳'],
  ['Arabic-Indic digits', '١٤٠٣'],
  ['ASCII digits', '1403'],
  ['everything at once', 'سنگ هاي كاشيكاري فَـرش ١٤٠٣'],
];

/** Each searchable list, how to give one of its rows the test name (through the ORM), and its search filter. */
const LISTS = [
  { query: 'clusters', entity: Cluster, set: (row: Cluster, name: string) => (row.nameFa = name) },
  { query: 'people', entity: Person, set: (row: Person, name: string) => (row.fullNameFa = name) },
  { query: 'developmentPlans', entity: DevelopmentPlan, set: (row: DevelopmentPlan, name: string) => (row.title = name) },
  { query: 'resolutions', entity: Resolution, set: (row: Resolution, name: string) => (row.title = name) },
  { query: 'executiveAgencies', entity: ExecutiveAgency, set: (row: ExecutiveAgency, name: string) => (row.nameFa = name) },
  { query: 'workingGroups', entity: WorkingGroup, set: (row: WorkingGroup, name: string) => (row.nameFa = name) },
] as const;

/** Renames the first row of the list's table through the ORM (the update hook keeps the search form) and returns its global id. */
async function renameOne(list: (typeof LISTS)[number], name: string): Promise<string> {
  const em = app.orm.em.fork();
  const [row] = await em.find(list.entity as never, {}, { orderBy: { id: 'asc' } as never, limit: 1 });
  (list.set as (row: unknown, name: string) => void)(row, name);
  await em.flush();
  return (row as { globalId: string }).globalId;
}

async function search(query: string, term: string): Promise<string[]> {
  const data = await queryData(
    app,
    `query($term: String!) { list: ${query}(first: 100, filter: { search: $term }) { nodes { id } } }`,
    { term },
    { as: ANALYST },
  );
  return data.list.nodes.map((node: Json) => node.id);
}

describe('Persian search on every list with a name', () => {
  describe.each(LISTS)('$query', (list) => {
    let id: string;
    beforeAll(async () => {
      id = await renameOne(list, NAME(list.query));
    });

    it.each(VARIANTS)('finds the name typed with %s', async (_, term) => {
      expect(await search(list.query, term)).toContain(id);
    });

    it('finds nothing for a term the name does not contain', async () => {
      expect(await search(list.query, 'سنگ های مرمر')).not.toContain(id);
      expect(await search(list.query, `فرش ۱۴۰۴ ${list.query}`)).toEqual([]);
    });

    it('finds only its own row by the tag, and a renamed row no longer by its old name', async () => {
      expect(await search(list.query, `فـرش ١٤٠٣ ${list.query}`)).toEqual([id]);
      await renameOne(list, `نام دیگر ${list.query}`);
      expect(await search(list.query, `فرش ۱۴۰۳ ${list.query}`)).toEqual([]);
      expect(await search(list.query, `نام ديگر ${list.query}`)).toEqual([id]);
      await renameOne(list, NAME(list.query));
    });
  });
});

describe('the stored search forms', () => {
  const STORED = [
    ['cluster', 'search_name', 'name_fa'],
    ['person', 'search_name', 'full_name_fa'],
    ['development_plan', 'search_title', 'title'],
    ['resolution', 'search_title', 'title'],
    ['executive_agency', 'search_name', 'name_fa'],
    ['working_group', 'search_name', 'name_fa'],
  ] as const;

  it('the database function persian_search_key gives what normalizePersian gives', async () => {
    const samples = [
      'سنگ‌های کاشی‌کاری',
      'سنگ های',
      '  خوشه\u200Cي   ك ۱۴۰۳ ',
      'فـرش',
      'فَرْشٌ',
      '\u0647\u0670\u0630\u0627',
      'كلاستر صنايع ١٤٠٣',
      'Tabriz CARPET Cluster',
      'a\u00A0b\u2003c\u3000d\tе\nf',
      '\uFEFFx\u200By\u200Dz\u2060',
      'É Ö Ç',
      'ا\u0654',
      '',
    ];
    for (const sample of samples) {
      const [row] = await sql<{ key: string }>(`select persian_search_key(?::text) as key`, [sample]);
      expect(row.key, JSON.stringify(sample)).toBe(normalizePersian(sample));
    }
  });

  it.each(STORED)('every row of %s holds the normalised form of its name, as both sides compute it', async (table, stored, source) => {
    const rows = await sql<{ source: string; stored: string; key: string }>(
      `select "${source}" as source, "${stored}" as stored, persian_search_key("${source}") as key from "${table}"`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.stored).toBe(normalizePersian(row.source));
      expect(row.key).toBe(row.stored);
    }
  });

  it('a selective search uses the trigram index', async () => {
    // On the database as migrated from scratch, before the migration test below takes it down and up.
    const em = app.orm.em.fork();
    await em.transactional(async (tx) => {
      const conn = tx.getConnection();
      // Only a bitmap scan is left to the planner: with sequential scans alone turned off, a full scan
      // of some b-tree index with a filter can cost less on a table this small, depending on its statistics.
      for (const setting of ['enable_seqscan', 'enable_indexscan', 'enable_indexonlyscan'])
        await conn.execute(`set local ${setting} = off`, [], 'run', tx.getTransactionContext());
      const lines = await conn.execute<{ 'QUERY PLAN': string }[]>(
        `explain select id from "development_plan" where "search_title" like '%سنگهای%'`,
        [],
        'all',
        tx.getTransactionContext(),
      );
      expect(lines.map((line) => line['QUERY PLAN']).join('\n')).toContain('development_plan_search_title_trgm');
    });
  });

  it('migration 0006 fills the new columns and recomputes the old forms of existing rows', async () => {
    const migrator = app.orm.getMigrator();
    await migrator.down({ to: '0002-budget-band-in-numeric' });
    // Forms as the previous normalisation stored them: spaces kept.
    await sql(`update "cluster" set "search_name" = lower("name_fa")`);
    await sql(`update "person" set "search_name" = lower("full_name_fa")`);
    expect((await sql(`select 1 from "cluster" where "search_name" like '% %' limit 1`)).length).toBe(1);
    await migrator.up();
    for (const [table, stored, source] of STORED) {
      const stale = await sql<{ count: string }>(`select count(*) from "${table}" where "${stored}" <> persian_search_key("${source}")`);
      expect(stale[0].count, table).toBe('0');
    }
    const indexes = await sql<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes where indexname like '%\\_trgm'`,
    );
    expect(indexes.length).toBe(10);
    for (const index of indexes) expect(index.indexdef).toContain('USING gin');
  });
});
