/**
 * GET and POST /export.csv: a GraphQL query's list as CSV for a spreadsheet, through the same
 * Apollo server as /graphql. Each export is checked against the same query answered by /graphql
 * (page by page where the list is longer than a page), and against counts made in SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { normalizePersian } from '../../server/kernel/persian-text';
import { Person } from '../../server/modules/person/person.entity';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';
import { type Json, queryData } from './graphql-test-support';

let app: TestApp;
let exportUrl: string;

beforeAll(async () => {
  app = await startTestApp();
  exportUrl = app.url.replace(/\/graphql$/, '/export.csv');
  // More people than a page holds, with names a CSV must quote.
  const em = app.orm.em.fork();
  for (let index = 1; index <= 130; index += 1) {
    const fullNameFa = `کارشناس، «آزمون» ${index}`;
    em.create(Person, {
      fullNameFa,
      fullNameLatin: `Tester, "No. ${index}"\nexport`,
      searchName: normalizePersian(fullNameFa),
      email: `export.tester.${index}@example.ir`,
    } as never);
  }
  await em.flush();
});

afterAll(async () => {
  await app?.close();
});

const BOM = '\uFEFF';

/** RFC 4180: fields separated by commas, quoted when they hold a comma, a quote or a line break. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function authorization(as = ANALYST): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await app.tokenFor(as)}` };
}

async function exportPost(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Response> {
  return fetch(exportUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(headers ?? (await authorization())) },
    body: JSON.stringify({ query, variables }),
  });
}

/** The export's text, checked to be a CSV attachment that starts with the byte-order mark. */
async function csvOf(response: Response): Promise<{ header: string[]; rows: string[][] }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(response.status, new TextDecoder().decode(bytes).slice(0, 500)).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z]+\.csv"$/);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  return { header, rows };
}

/** Every node of a connection, read page by page through /graphql. */
async function allNodes(field: string, selection: string, as = ANALYST): Promise<Json[]> {
  const nodes: Json[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Json = await queryData(
      app,
      `query($after: String) { list: ${field}(first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
      { after },
      { as },
    );
    nodes.push(...data.list.nodes);
    if (!data.list.pageInfo.hasNextPage) return nodes;
    after = data.list.pageInfo.endCursor;
  }
}

async function sql<T>(text: string): Promise<T[]> {
  return app.orm.em.fork().getConnection().execute<T[]>(text);
}

describe('CSV export', () => {
  it('writes a header of field paths, then one row per node, Persian text as UTF-8', async () => {
    const query = '{ clusters { nodes { nameFa isicCode province { code nameFa } } } }';
    const { header, rows } = await csvOf(await exportPost(query));
    expect(header).toEqual(['nameFa', 'isicCode', 'province.code', 'province.nameFa']);
    const expected = await allNodes('clusters', 'nameFa isicCode province { code nameFa }');
    expect(rows).toEqual(expected.map((node) => [node.nameFa, node.isicCode, node.province.code, node.province.nameFa]));
    expect(rows.some((row) => /[\u0600-\u06FF]/.test(row[0]))).toBe(true);
    const [{ count }] = await sql<{ count: string }>('select count(*) from "cluster"');
    expect(rows.length).toBe(Number(count));
  });

  it('reads a list longer than one page to its end, page after page, in the list order; quotes commas, quotes and line breaks', async () => {
    const [{ count }] = await sql<{ count: string }>('select count(*) from "person"');
    expect(Number(count)).toBeGreaterThan(100);
    const { header, rows } = await csvOf(await exportPost('{ people { nodes { email fullNameFa fullNameLatin } } }'));
    expect(header).toEqual(['email', 'fullNameFa', 'fullNameLatin']);
    expect(rows.length).toBe(Number(count));
    const expected = await allNodes('people', 'email fullNameFa fullNameLatin');
    expect(rows).toEqual(expected.map((node) => [node.email, node.fullNameFa, node.fullNameLatin]));
    expect(rows).toContainEqual(['export.tester.7@example.ir', 'کارشناس، «آزمون» 7', 'Tester, "No. 7"\nexport']);
  });

  it("stops at the query's own `first`", async () => {
    const { rows } = await csvOf(await exportPost('query($n: Int) { reportingObligations(first: $n) { nodes { id } } }', { n: 7 }));
    expect(rows.length).toBe(7);
  });

  it('writes a nested list as one JSON cell', async () => {
    const query = '{ workingGroups(first: 3) { nodes { name plans(first: 2) { nodes { title } } } } }';
    const response = await exportPost(query);
    const { header, rows } = await csvOf(response);
    expect(header).toEqual(['name', 'plans.nodes']);
    const data = await queryData<Json>(app, query);
    expect(rows).toEqual(data.workingGroups.nodes.map((node: Json) => [node.name, JSON.stringify(node.plans.nodes)]));
    expect(rows.some((row) => row[1].includes('"') && row[1].includes(','))).toBe(true);
  });

  it('writes the groups of an aggregate, with exact money sums', async () => {
    const query = '{ clusterAggregates(groupBy: [PROVINCE]) { keys { province { code } } count sum { approvedBudget currentBudget } } }';
    const { header, rows } = await csvOf(await exportPost(query));
    expect(header).toEqual(['keys.province.code', 'count', 'sum.approvedBudget', 'sum.currentBudget']);
    const data = await queryData<Json>(app, query);
    expect(rows).toEqual(
      data.clusterAggregates.map((group: Json) => [
        group.keys.province.code,
        String(group.count),
        group.sum.approvedBudget ?? '',
        group.sum.currentBudget ?? '',
      ]),
    );
    const counted = await sql<{ code: string; count: string }>(
      'select p.code, count(*) from "cluster" c join "province" p on p.id = c.province_id group by p.code order by p.code',
    );
    expect(rows.map((row) => [row[0], row[1]])).toEqual(counted.map((row) => [row.code, row.count]));
  });

  it('answers GET with the query and its variables in the URL', async () => {
    const url = new URL(exportUrl);
    url.searchParams.set('query', 'query($n: Int) { provinces(first: $n) { nodes { code nameFa } } }');
    url.searchParams.set('variables', JSON.stringify({ n: 3 }));
    const { header, rows } = await csvOf(await fetch(url, { headers: await authorization() }));
    expect(header).toEqual(['code', 'nameFa']);
    expect(rows.length).toBe(3);
  });

  it("keeps to the viewer's row scope", async () => {
    const secretariat = 'secretariat.isfahan@demo.cluster-oversight.ir';
    const [{ code }] = await sql<{ code: string }>(
      `select distinct p.code from person pe join working_group_membership m on m.person_id = pe.id join working_group w on w.id = m.working_group_id join province p on p.id = w.province_id where pe.email = '${secretariat}'`,
    );
    const { rows } = await csvOf(
      await exportPost('{ clusters { nodes { name province { code } } } }', undefined, await authorization(secretariat)),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row[1]))).toEqual(new Set([code]));
    const expected = await allNodes('clusters', 'name', secretariat);
    expect(rows.length).toBe(expected.length);
  });
});

describe('CSV export refusals: the errors /graphql gives', () => {
  async function sameAsGraphql(query: string, headers?: Record<string, string>, variables?: Record<string, unknown>) {
    const given = headers ?? (await authorization());
    const exported = await exportPost(query, variables, given);
    const answered = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...given },
      body: JSON.stringify({ query, variables }),
    });
    expect(exported.status).toBe(answered.status);
    expect(exported.headers.get('content-type')).toMatch(/^application\/json/);
    const exportedBody = (await exported.json()) as Json;
    const answeredBody = (await answered.json()) as Json;
    expect(exportedBody).toEqual(answeredBody);
    return exportedBody;
  }

  it('a syntax error', async () => {
    const body = await sameAsGraphql('{ clusters { nodes { name }');
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('an unknown field', async () => {
    const body = await sameAsGraphql('{ clusters { nodes { nonsense } } }');
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('no credentials, or a bad token', async () => {
    const none = await sameAsGraphql('{ clusters { nodes { name } } }', {});
    expect(none.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const bad = await sameAsGraphql('{ clusters { nodes { name } } }', { authorization: 'Bearer a.b.c' });
    expect(bad.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a bad variable', async () => {
    const body = await sameAsGraphql('query($n: Int) { clusters(first: $n) { nodes { name } } }', undefined, { n: 'many' });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a query over the cost limit', async () => {
    const body = await sameAsGraphql(
      '{ workingGroups(first: 100) { nodes { plans(first: 100) { nodes { progressReports(first: 100) { nodes { indicatorActuals(first: 100) { nodes { value } } } } } } } } }',
    );
    expect(body.errors[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('a mutation, two root fields, or a root field without rows', async () => {
    for (const [query, message] of [
      ['mutation { __typename }', /Only queries/],
      ['{ clusters { nodes { name } } provinces { nodes { code } } }', /exactly one root field/],
      ['{ viewer { email } }', /neither a list nor a connection/],
      ['{ clusters { totalCount } }', /Select `nodes`/],
      ['{ clusters(last: 5) { nodes { name } } }', /reads forward/],
    ] as const) {
      const response = await exportPost(query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as Json;
      expect(body.errors[0].message, query).toMatch(message);
      expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
    const missing = await fetch(exportUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authorization()) },
      body: '{}',
    });
    expect(missing.status).toBe(400);
  });
});
