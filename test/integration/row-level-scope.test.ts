import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { Person, SystemRole } from '../../server/modules/person/person.entity';
import { startTestApp, type TestApp } from '../setup/test-app';

const DOMAIN = 'demo.cluster-oversight.ir';
const ISFAHAN_SECRETARIAT = `secretariat.isfahan@${DOMAIN}`;
const ANALYST = `analyst@${DOMAIN}`;
const ADMIN = `admin@${DOMAIN}`;
const TEHRAN = 'IR-23';
const ISFAHAN = 'IR-10';

let app: TestApp;
/** Global ids by what they name. */
const ids: Record<string, string> = {};
let partnerKey = '';

async function data<T = Record<string, any>>(query: string, as: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await app.graphql<T>(query, variables, { as });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data as T;
}

async function asPartner<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': partnerKey },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

async function firstId(sql: string): Promise<string> {
  const rows = await app.orm.em.fork().getConnection().execute<{ id: string }[]>(sql);
  expect(rows.length, sql).toBeGreaterThan(0);
  return rows[0].id;
}

beforeAll(async () => {
  app = await startTestApp();
  const inProvince = (code: string) => `(select id from province where code = '${code}')`;
  ids.tehranCluster = encodeGlobalId(
    'Cluster',
    await firstId(`select id from cluster where province_id = ${inProvince(TEHRAN)} order by id`),
  );
  ids.isfahanCluster = encodeGlobalId(
    'Cluster',
    await firstId(`select id from cluster where province_id = ${inProvince(ISFAHAN)} order by id`),
  );
  ids.tehranProvince = encodeGlobalId('Province', await firstId(`select id from province where code = '${TEHRAN}'`));
  ids.tehranGroup = encodeGlobalId('WorkingGroup', await firstId(`select id from working_group where province_id = ${inProvince(TEHRAN)}`));
  ids.centralGroup = encodeGlobalId('WorkingGroup', await firstId(`select id from working_group where province_id is null`));
  ids.tehranPlan = encodeGlobalId(
    'DevelopmentPlan',
    await firstId(
      `select p.id from development_plan p join cluster c on c.id = p.cluster_id where c.province_id = ${inProvince(TEHRAN)} order by p.id`,
    ),
  );
  ids.tehranReporter = encodeGlobalId(
    'Person',
    await firstId(
      `select r.submitted_by_id as id from progress_report r join cluster c on c.id = r.cluster_id where c.province_id = ${inProvince(TEHRAN)} ` +
        `and not exists (select 1 from progress_report o join cluster oc on oc.id = o.cluster_id where o.submitted_by_id = r.submitted_by_id and oc.province_id <> c.province_id) order by r.id`,
    ),
  );

  // A partner's service account with a key for Tehran, clusters and provinces only.
  const em = app.orm.em.fork();
  em.create(Person, {
    fullNameFa: 'شریک آزمون',
    fullNameLatin: 'Test Partner',
    searchName: 'شریک آزمون',
    email: `partner@${DOMAIN}`,
    systemRoles: [SystemRole.PARTNER],
    qualifications: [],
  } as never);
  await em.flush();
  const partner = await em.findOneOrFail(Person, { email: `partner@${DOMAIN}` });
  const created = await data<{ createApiKey: { secret: string | null; userErrors: unknown[] } }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { code message } } }`,
    ADMIN,
    {
      input: {
        personId: encodeGlobalId('Person', partner.id),
        name: 'Scope test',
        provinceCodes: [TEHRAN],
        types: ['Cluster', 'Province'],
        expiresAt: new Date(Date.now() + 180 * 86_400_000).toISOString(),
      },
    },
  );
  expect(created.createApiKey.userErrors).toEqual([]);
  partnerKey = created.createApiKey.secret!;
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe('a provincial secretariat of Isfahan', () => {
  it('lists only Isfahan clusters, and counts only them', async () => {
    const mine = await data(`{ clusters(first: 100) { totalCount nodes { province { code } } } }`, ISFAHAN_SECRETARIAT);
    const isfahan = await data(`{ clusters(filter: { provinceCodes: ["${ISFAHAN}"] }) { totalCount } }`, ANALYST);
    const all = await data(`{ clusters { totalCount } }`, ANALYST);
    expect(mine.clusters.nodes.length).toBeGreaterThan(0);
    expect(new Set(mine.clusters.nodes.map((node: any) => node.province.code))).toEqual(new Set([ISFAHAN]));
    expect(mine.clusters.totalCount).toBe(isfahan.clusters.totalCount);
    expect(all.clusters.totalCount).toBeGreaterThan(mine.clusters.totalCount);
    const tehran = await data(`{ clusters(filter: { provinceCodes: ["${TEHRAN}"] }) { totalCount nodes { id } } }`, ISFAHAN_SECRETARIAT);
    expect(tehran.clusters).toEqual({ totalCount: 0, nodes: [] });
  });

  it('lists no Tehran rows of any province-scoped list', async () => {
    const lists = await data(
      `{ developmentPlans(first: 100) { totalCount nodes { cluster { province { code } } } }
         progressReports(first: 100) { nodes { cluster { province { code } } } }
         reportingObligations(first: 100) { nodes { cluster { province { code } } } }
         disputes(first: 100) { nodes { cluster { province { code } } } }
         supervisorAppointments(first: 100) { nodes { cluster { province { code } } } }
         agentContracts(first: 100) { nodes { cluster { province { code } } } }
         workingGroups(first: 100) { nodes { level province { code } } } }`,
      ISFAHAN_SECRETARIAT,
    );
    for (const name of [
      'developmentPlans',
      'progressReports',
      'reportingObligations',
      'disputes',
      'supervisorAppointments',
      'agentContracts',
    ]) {
      for (const node of lists[name].nodes) expect(node.cluster.province.code, name).toBe(ISFAHAN);
    }
    expect(lists.workingGroups.nodes.map((group: any) => group.province?.code ?? group.level).sort()).toEqual(['CENTRAL', ISFAHAN]);
  });

  it('sees central resolutions without a cluster, and no Tehran resolution', async () => {
    const { resolutions } = await data(
      `{ resolutions(first: 100) { nodes { workingGroup { level province { code } } cluster { province { code } } } } }`,
      ISFAHAN_SECRETARIAT,
    );
    for (const resolution of resolutions.nodes) {
      const province = resolution.cluster?.province.code ?? resolution.workingGroup.province?.code ?? null;
      expect([ISFAHAN, null]).toContain(province);
    }
  });

  it('gets null for Tehran nodes, by node and nodes', async () => {
    const single = await data(`query($id: ID!) { node(id: $id) { id } }`, ISFAHAN_SECRETARIAT, { id: ids.tehranCluster });
    expect(single.node).toBeNull();
    const many = await data(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, ISFAHAN_SECRETARIAT, {
      ids: [ids.tehranCluster, ids.isfahanCluster, ids.tehranGroup, ids.tehranPlan, ids.centralGroup],
    });
    expect(many.nodes).toEqual([null, { id: ids.isfahanCluster }, null, null, { id: ids.centralGroup }]);
    const analyst = await data(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, ANALYST, { ids: [ids.tehranCluster, ids.tehranPlan] });
    expect(analyst.nodes).toEqual([{ id: ids.tehranCluster }, { id: ids.tehranPlan }]);
  });

  it('reaches no Tehran row through nested fields', async () => {
    const query = `query($province: ID!, $reporter: ID!, $central: ID!) {
      province: node(id: $province) { ... on Province { clusters(first: 100) { totalCount nodes { id } } } }
      reporter: node(id: $reporter) { ... on Person { reportsSubmitted(first: 100) { totalCount } } }
      central: node(id: $central) { ... on WorkingGroup { plans(first: 100) { totalCount nodes { cluster { province { code } } } }
                                                          resolutions(first: 100) { nodes { cluster { province { code } } } } } }
    }`;
    const variables = { province: ids.tehranProvince, reporter: ids.tehranReporter, central: ids.centralGroup };
    const mine = await data(query, ISFAHAN_SECRETARIAT, variables);
    const analyst = await data(query, ANALYST, variables);
    expect(mine.province.clusters).toEqual({ totalCount: 0, nodes: [] });
    expect(analyst.province.clusters.totalCount).toBeGreaterThan(0);
    expect(mine.reporter.reportsSubmitted.totalCount).toBe(0);
    expect(analyst.reporter.reportsSubmitted.totalCount).toBeGreaterThan(0);
    for (const plan of mine.central.plans.nodes) expect(plan.cluster.province.code).toBe(ISFAHAN);
    expect(mine.central.plans.totalCount).toBeLessThan(analyst.central.plans.totalCount);
    for (const resolution of mine.central.resolutions.nodes) expect([ISFAHAN, undefined]).toContain(resolution.cluster?.province.code);
  });

  it('reads no national aggregates: periodic reports and the audit trail are empty', async () => {
    const mine = await data(`{ periodicReports { totalCount } auditEvents { totalCount } }`, ISFAHAN_SECRETARIAT);
    expect(mine).toEqual({ periodicReports: { totalCount: 0 }, auditEvents: { totalCount: 0 } });
    const analyst = await data(`{ auditEvents { totalCount } }`, ANALYST);
    expect(analyst.auditEvents.totalCount).toBeGreaterThan(0);
  });
});

describe('an analyst', () => {
  it('sees every cluster of every province', async () => {
    const rows = await app.orm.em.fork().getConnection().execute<{ count: string }[]>('select count(*)::text as count from cluster');
    const { clusters } = await data(`{ clusters { totalCount } }`, ANALYST);
    expect(clusters.totalCount).toBe(Number(rows[0].count));
  });
});

describe('a partner with a key for Tehran, clusters and provinces', () => {
  it('sees Tehran clusters and provinces only; other types are empty or null', async () => {
    const seen =
      await asPartner(`{ clusters(first: 100) { totalCount nodes { province { code } currentSupervisor { id } plans { totalCount } } }
      provinces { totalCount } developmentPlans { totalCount } people { totalCount } workingGroups { totalCount } resolutions { totalCount } }`);
    expect(seen.clusters.totalCount).toBeGreaterThan(0);
    for (const cluster of seen.clusters.nodes) {
      expect(cluster.province.code).toBe(TEHRAN);
      expect(cluster.currentSupervisor).toBeNull();
      expect(cluster.plans.totalCount).toBe(0);
    }
    expect(seen.provinces.totalCount).toBeGreaterThan(0);
    expect([seen.developmentPlans, seen.people, seen.workingGroups, seen.resolutions]).toEqual(Array(4).fill({ totalCount: 0 }));
    const nodes = await asPartner(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [ids.tehranCluster, ids.isfahanCluster, ids.tehranPlan, ids.tehranProvince],
    });
    expect(nodes.nodes).toEqual([{ id: ids.tehranCluster }, null, null, { id: ids.tehranProvince }]);
  });

  it('changes nothing: a mutation is FORBIDDEN', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': partnerKey },
      body: JSON.stringify({
        query: `mutation { registerExecutiveAgency(input: { nameFa: "دستگاه", name: "Agency", code: "PARTNERX" }) { userErrors { code } } }`,
      }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
