/**
 * Nested connections take the `filter` and `orderBy` of their type's root list (kernel/read): the same
 * condition, written once, answers both. Each nested answer is checked against the root list filtered
 * to the same parent, and read in the statement of its parent, whether the parent was read by the
 * engine (a root list) or loaded as an entity (`viewer`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestApp, type TestApp } from '../setup/test-app';
import { expectErrorCode, type Json, queryData } from './graphql-test-support';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

const PLAN_FIELDS = 'id status currentBudget proposedOn';

/** Clusters with their plans under `arguments`, read through the root list of clusters. */
async function clustersWithPlans(planArguments: string): Promise<Json[]> {
  const data = await queryData(
    app,
    `{ clusters(first: 100) { nodes { id plans(first: 100${planArguments}) { totalCount nodes { ${PLAN_FIELDS} } } } } }`,
  );
  return data.clusters.nodes;
}

/** The root list of plans filtered to one cluster, with the same filter and order. */
async function rootPlans(clusterId: string, filter: Json, orderBy?: Json): Promise<Json> {
  const data = await queryData(
    app,
    `query($filter: DevelopmentPlanFilter, $orderBy: DevelopmentPlanOrder) { developmentPlans(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { ${PLAN_FIELDS} } } }`,
    { filter: { ...filter, clusterIds: [clusterId] }, orderBy },
  );
  return data.developmentPlans;
}

describe('nested connections', () => {
  it('filter and order as the root list does, parent by parent', async () => {
    const all = await clustersWithPlans('');
    const withPlans = all.filter((cluster) => cluster.plans.totalCount > 0).slice(0, 8);
    expect(withPlans.length).toBeGreaterThan(1);
    const statuses = [...new Set(withPlans.flatMap((cluster) => cluster.plans.nodes.map((plan: Json) => plan.status)))];
    const status = statuses[0];
    const orderBy = { field: 'CURRENT_BUDGET', direction: 'DESC' };
    const filtered = await clustersWithPlans(
      ', filter: { statuses: [' + status + '] }, orderBy: { field: CURRENT_BUDGET, direction: DESC }',
    );
    let narrowed = 0;
    for (const cluster of withPlans) {
      const nested = filtered.find((candidate) => candidate.id === cluster.id)!.plans;
      const root = await rootPlans(cluster.id, { statuses: [status] }, orderBy);
      expect(nested).toEqual(root);
      expect(nested.nodes.every((plan: Json) => plan.status === status)).toBe(true);
      if (nested.totalCount < cluster.plans.totalCount) narrowed += 1;
    }
    expect(narrowed, 'the filter narrowed some parent').toBeGreaterThan(0);
  });

  it('combines conditions with and, or and not', async () => {
    const all = await clustersWithPlans('');
    const approved = await clustersWithPlans(', filter: { statuses: [APPROVED] }');
    const notApproved = await clustersWithPlans(', filter: { not: { statuses: [APPROVED] } }');
    const either = await clustersWithPlans(', filter: { or: [{ statuses: [APPROVED] }, { not: { statuses: [APPROVED] } }] }');
    const both = await clustersWithPlans(', filter: { and: [{ statuses: [APPROVED] }, { not: { statuses: [APPROVED] } }] }');
    all.forEach((cluster, index) => {
      expect(approved[index].plans.totalCount + notApproved[index].plans.totalCount).toBe(cluster.plans.totalCount);
      expect(either[index].plans.totalCount).toBe(cluster.plans.totalCount);
      expect(both[index].plans.totalCount).toBe(0);
    });
    expect(approved.some((cluster) => cluster.plans.totalCount > 0)).toBe(true);
  });

  it("keeps the child list's default (latest revisions), which the nested filter can lift as on the root list", async () => {
    const query = (filter: string) =>
      queryData(app, `{ clusters(first: 100) { nodes { id progressReports(first: 1${filter}) { totalCount } } } }`).then(
        (data) => data.clusters.nodes as Json[],
      );
    const latest = await query('');
    const explicit = await query(', filter: { latestRevisionOnly: true }');
    const every = await query(', filter: { latestRevisionOnly: false }');
    expect(explicit).toEqual(latest);
    const revised = every.filter((cluster, index) => cluster.progressReports.totalCount > latest[index].progressReports.totalCount);
    expect(revised.length, 'some cluster has a corrected report').toBeGreaterThan(0);
    for (const cluster of revised.slice(0, 3)) {
      const root = await queryData(
        app,
        `query($id: ID!) { progressReports(filter: { clusterIds: [$id], latestRevisionOnly: false }) { totalCount } }`,
        { id: cluster.id },
      );
      expect(cluster.progressReports.totalCount).toBe(root.progressReports.totalCount);
    }
  });

  it('are read in the statement of their parent: a filter or an order adds none', async () => {
    app.resetQueries();
    await clustersWithPlans('');
    const plain = app.queries.length;
    app.resetQueries();
    await clustersWithPlans(', filter: { or: [{ statuses: [APPROVED] }, { kind: PROJECT }] }, orderBy: { field: TITLE, direction: DESC }');
    expect(app.queries.length).toBe(plain);
  });

  it('filter the connections of a parent loaded as an entity (viewer) the same way', async () => {
    const people = await queryData(app, '{ people(first: 100) { nodes { id email executedPlans(first: 1) { totalCount } } } }');
    const executor = (people.people.nodes as Json[]).find((person) => person.executedPlans.totalCount > 1)!;
    expect(executor).toBeTruthy();
    const query = `{ viewer { executedPlans(first: 100, filter: { not: { statuses: [APPROVED] } }, orderBy: { field: TITLE }) { totalCount nodes { id title } } } }`;
    const viaViewer = await queryData(app, query, undefined, { as: executor.email });
    const root = await queryData(
      app,
      `query($id: ID!) { developmentPlans(first: 100, filter: { executorIds: [$id], not: { statuses: [APPROVED] } }, orderBy: { field: TITLE }) { totalCount nodes { id title } } }`,
      { id: executor.id },
      { as: executor.email },
    );
    expect(viaViewer.viewer.executedPlans).toEqual(root.developmentPlans);
  });

  it('refuse a malformed filter with BAD_USER_INPUT, as the root list does', async () => {
    await expectErrorCode(
      app,
      'BAD_USER_INPUT',
      '{ clusters(first: 2) { nodes { plans(filter: { executorIds: ["not-an-id"] }) { totalCount } } } }',
    );
    const deep = '{ not: '.repeat(8) + '{ statuses: [APPROVED] }' + ' }'.repeat(8);
    await expectErrorCode(app, 'BAD_USER_INPUT', `{ clusters(first: 2) { nodes { plans(filter: ${deep}) { totalCount } } } }`);
  });
});

describe('a connection read both as nodes and as edges', () => {
  it('gives each selection its own fields, at the root and nested', async () => {
    const data = await queryData(
      app,
      '{ clusters(first: 6) { nodes { id name plans(first: 3) { nodes { id status } edges { cursor node { id } } } } edges { cursor node { id } } } }',
    );
    const { nodes, edges } = data.clusters as { nodes: Json[]; edges: Json[] };
    expect(nodes.length).toBeGreaterThan(0);
    expect(edges.map((edge) => edge.node)).toEqual(nodes.map((node) => ({ id: node.id })));
    let plans = 0;
    for (const node of nodes) {
      expect(Object.keys(node)).toEqual(['id', 'name', 'plans']);
      const nested = node.plans as { nodes: Json[]; edges: Json[] };
      expect(nested.edges.map((edge) => edge.node)).toEqual(nested.nodes.map((plan) => ({ id: plan.id })));
      for (const plan of nested.nodes) expect(Object.keys(plan)).toEqual(['id', 'status']);
      plans += nested.nodes.length;
    }
    expect(plans).toBeGreaterThan(0);
  });
});
