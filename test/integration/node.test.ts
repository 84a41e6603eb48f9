/**
 * The `Node` interface (docs/domain.md section 5): every implementor resolves through `node(id)` and
 * `nodes(ids)`, ids round-trip, and ids that name nothing give null rather than an error.
 */
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AuditEvent } from '../../server/modules/audit/audit-event.entity';
import { Person } from '../../server/modules/person/person.entity';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';
import { expectErrorCode, type Json, queryData } from './graphql-test-support';

let app: TestApp;

/**
 * Where to find one object of each node type, and how to pick its id out of the answer. Some types
 * are only reachable through their parent.
 */
const SOURCES: Record<string, { query: string; pick: (data: Json) => string | undefined }> = {
  Province: { query: '{ provinces(first: 1) { nodes { id } } }', pick: (data) => data.provinces.nodes[0]?.id },
  ExecutiveAgency: { query: '{ executiveAgencies(first: 1) { nodes { id } } }', pick: (data) => data.executiveAgencies.nodes[0]?.id },
  Person: { query: '{ people(first: 1) { nodes { id } } }', pick: (data) => data.people.nodes[0]?.id },
  WorkingGroup: { query: '{ workingGroups(first: 1) { nodes { id } } }', pick: (data) => data.workingGroups.nodes[0]?.id },
  WorkingGroupMembership: {
    query: '{ workingGroups(first: 1) { nodes { memberships(first: 1) { nodes { id } } } } }',
    pick: (data) => data.workingGroups.nodes[0]?.memberships.nodes[0]?.id,
  },
  Cluster: { query: '{ clusters(first: 1) { nodes { id } } }', pick: (data) => data.clusters.nodes[0]?.id },
  AgentContract: { query: '{ agentContracts(first: 1) { nodes { id } } }', pick: (data) => data.agentContracts.nodes[0]?.id },
  SupervisorAppointment: {
    query: '{ supervisorAppointments(first: 1) { nodes { id } } }',
    pick: (data) => data.supervisorAppointments.nodes[0]?.id,
  },
  Resolution: { query: '{ resolutions(first: 1) { nodes { id } } }', pick: (data) => data.resolutions.nodes[0]?.id },
  ResolutionTarget: {
    query: '{ resolutions(first: 1) { nodes { targets(first: 1) { nodes { id } } } } }',
    pick: (data) => data.resolutions.nodes[0]?.targets.nodes[0]?.id,
  },
  DevelopmentPlan: { query: '{ developmentPlans(first: 1) { nodes { id } } }', pick: (data) => data.developmentPlans.nodes[0]?.id },
  PlanIndicator: {
    query: '{ developmentPlans(first: 1, filter: { statuses: [APPROVED] }) { nodes { indicators(first: 1) { nodes { id } } } } }',
    pick: (data) => data.developmentPlans.nodes[0]?.indicators.nodes[0]?.id,
  },
  ReportingObligation: {
    query: '{ reportingObligations(first: 1) { nodes { id } } }',
    pick: (data) => data.reportingObligations.nodes[0]?.id,
  },
  ProgressReport: { query: '{ progressReports(first: 1) { nodes { id } } }', pick: (data) => data.progressReports.nodes[0]?.id },
  ReportBottleneck: {
    query: '{ progressReports(first: 1, filter: { madeProgress: false }) { nodes { bottlenecks(first: 1) { nodes { id } } } } }',
    pick: (data) => data.progressReports.nodes[0]?.bottlenecks.nodes[0]?.id,
  },
  IndicatorActual: {
    query: '{ progressReports(first: 20, filter: { madeProgress: true }) { nodes { indicatorActuals(first: 1) { nodes { id } } } } }',
    pick: (data) =>
      data.progressReports.nodes.find((report: Json) => report.indicatorActuals.nodes.length > 0)?.indicatorActuals.nodes[0].id,
  },
  SupervisorReview: { query: '{ supervisorReviews(first: 1) { nodes { id } } }', pick: (data) => data.supervisorReviews.nodes[0]?.id },
  PlanAssessment: {
    query: '{ supervisorReviews(first: 1) { nodes { planAssessments(first: 1) { nodes { id } } } } }',
    pick: (data) => data.supervisorReviews.nodes[0]?.planAssessments.nodes[0]?.id,
  },
  Dispute: { query: '{ disputes(first: 1) { nodes { id } } }', pick: (data) => data.disputes.nodes[0]?.id },
  DisputeParty: {
    query: '{ disputes(first: 1) { nodes { parties(first: 1) { nodes { id } } } } }',
    pick: (data) => data.disputes.nodes[0]?.parties.nodes[0]?.id,
  },
  DisputeStep: {
    query: '{ disputes(first: 1) { nodes { steps(first: 1) { nodes { id } } } } }',
    pick: (data) => data.disputes.nodes[0]?.steps.nodes[0]?.id,
  },
  BudgetAdjustment: { query: '{ budgetAdjustments(first: 1) { nodes { id } } }', pick: (data) => data.budgetAdjustments.nodes[0]?.id },
  AgencyAssessment: { query: '{ agencyAssessments(first: 1) { nodes { id } } }', pick: (data) => data.agencyAssessments.nodes[0]?.id },
  PeriodicReport: { query: '{ periodicReports(first: 1) { nodes { id } } }', pick: (data) => data.periodicReports.nodes[0]?.id },
  AuditEvent: { query: '{ auditEvents(first: 1) { nodes { id } } }', pick: (data) => data.auditEvents.nodes[0]?.id },
};

/** The implementors of `Node`, as the schema lists them. */
let nodeTypes: string[];
/** One global id of each node type, read through the API. */
const idByType = new Map<string, string>();

/** A well-formed global id (base64url of `<Type>:<uuid>`, kernel/global-id.ts) of a row that does not exist. */
function idOfNothing(typeName: string): string {
  return Buffer.from(`${typeName}:${randomUUID()}`, 'utf8').toString('base64url');
}

beforeAll(async () => {
  app = await startTestApp();
  const data = await queryData<{ __type: { possibleTypes: { name: string }[] } }>(
    app,
    '{ __type(name: "Node") { possibleTypes { name } } }',
  );
  // ApiKey is read by administrators only (its own tests: api-keys.test.ts).
  nodeTypes = data.__type.possibleTypes
    .map((type) => type.name)
    .filter((name) => name !== 'ApiKey')
    .sort();
  for (const typeName of nodeTypes) {
    const source = SOURCES[typeName];
    if (!source) continue;
    const id = source.pick(await queryData(app, source.query));
    if (id) idByType.set(typeName, id);
  }
});
afterAll(() => app?.close());

describe('node(id)', () => {
  it('has a way to reach one object of every node type', () => {
    // Given the implementors of Node in the schema
    expect(nodeTypes.length).toBeGreaterThanOrEqual(25);
    // Then each has a source here, and the demo data has one of each
    expect(nodeTypes.filter((typeName) => !SOURCES[typeName])).toEqual([]);
    expect(nodeTypes.filter((typeName) => !idByType.has(typeName))).toEqual([]);
  });

  it('resolves an id of every node type to that object, with the same id and typename', async () => {
    const mismatches: string[] = [];
    for (const typeName of nodeTypes) {
      // When the id read through a list or a parent is given to node(id)
      const id = idByType.get(typeName)!;
      const data = await queryData<{ node: { __typename: string; id: string } | null }>(
        app,
        'query($id: ID!) { node(id: $id) { __typename id } }',
        { id },
      );

      // Then the same object comes back
      if (data.node?.__typename !== typeName || data.node?.id !== id) mismatches.push(`${typeName}: ${JSON.stringify(data.node)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('gives ids that differ across types and objects', () => {
    expect(new Set(idByType.values()).size).toBe(idByType.size);
  });

  it('resolves type-specific fields through an inline fragment', async () => {
    const clusterId = idByType.get('Cluster')!;
    const data = await queryData<{ node: Json }>(
      app,
      'query($id: ID!) { node(id: $id) { id ... on Cluster { name province { id code } } } }',
      {
        id: clusterId,
      },
    );
    const direct = await queryData<{ clusters: { nodes: Json[] } }>(
      app,
      '{ clusters(first: 1) { nodes { id name province { id code } } } }',
    );
    expect(data.node).toEqual(direct.clusters.nodes[0]);
  });

  it.each(['Cluster', 'Person', 'PlanIndicator', 'DisputeStep'])(
    'gives null for a well-formed %s id of a row that does not exist',
    async (typeName) => {
      const data = await queryData<{ node: Json | null }>(app, 'query($id: ID!) { node(id: $id) { id } }', { id: idOfNothing(typeName) });
      expect(data.node).toBeNull();
    },
  );

  it('gives null for the id of a row that has been deleted', async () => {
    // Given an audit event that existed and was then deleted
    const em = app.orm.em.fork();
    const actor = await em.findOneOrFail(Person, { email: ANALYST });
    const event = em.create(AuditEvent, {
      actor,
      action: 'testDeletion',
      targetType: 'Person',
      targetId: actor.id,
      occurredAt: new Date(),
      before: null,
      after: null,
    });
    await em.flush();
    const list = await queryData<{ auditEvents: { nodes: { id: string }[] } }>(
      app,
      '{ auditEvents(first: 1, filter: { actions: ["testDeletion"] }) { nodes { id } } }',
    );
    const id = list.auditEvents.nodes[0].id;
    const before = await queryData<{ node: Json | null }>(app, 'query($id: ID!) { node(id: $id) { id } }', { id });
    expect(before.node).toEqual({ id });
    await app.orm.em.fork().nativeDelete(AuditEvent, { id: event.id });

    // When it is asked for
    const after = await queryData<{ node: Json | null }>(app, 'query($id: ID!) { node(id: $id) { id } }', { id });

    // Then there is nothing
    expect(after.node).toBeNull();
  });

  it('gives null for the uuid of one object under the name of another type', async () => {
    // Given a real province id, re-labelled as a cluster id
    const provinceId = idByType.get('Province')!;
    const [, uuid] = Buffer.from(provinceId, 'base64url').toString('utf8').split(':');
    const relabelled = Buffer.from(`Cluster:${uuid}`, 'utf8').toString('base64url');
    const data = await queryData<{ node: Json | null }>(app, 'query($id: ID!) { node(id: $id) { id } }', { id: relabelled });
    expect(data.node).toBeNull();
  });

  it.each([
    'garbage',
    '',
    '!!!',
    Buffer.from('NoSuchType:3c22c0bc-bde3-4b49-8a30-095f83689dd0').toString('base64url'),
    Buffer.from('Cluster:not-a-uuid').toString('base64url'),
    Buffer.from('PlanResolution:3c22c0bc-bde3-4b49-8a30-095f83689dd0').toString('base64url'),
    'x'.repeat(5000),
  ])('gives null, not an error, for the garbage id %#', async (id) => {
    const data = await queryData<{ node: Json | null }>(app, 'query($id: ID!) { node(id: $id) { id } }', { id });
    expect(data.node).toBeNull();
  });
});

describe('nodes(ids)', () => {
  it('returns the objects in the order asked, with null where there is none', async () => {
    // Given ids of several types, an unknown id and a garbage id, with one id repeated
    const ids = [
      idByType.get('DisputeStep')!,
      idOfNothing('Cluster'),
      idByType.get('Province')!,
      'garbage',
      idByType.get('IndicatorActual')!,
      idByType.get('Province')!,
    ];

    // When they are asked for together
    const data = await queryData<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      app,
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      {
        ids,
      },
    );

    // Then each comes back in its place
    expect(data.nodes).toEqual([
      { __typename: 'DisputeStep', id: ids[0] },
      null,
      { __typename: 'Province', id: ids[2] },
      null,
      { __typename: 'IndicatorActual', id: ids[4] },
      { __typename: 'Province', id: ids[5] },
    ]);
  });

  it('resolves one id of every node type in one request', async () => {
    const ids = nodeTypes.map((typeName) => idByType.get(typeName)!);
    const data = await queryData<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      app,
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      {
        ids,
      },
    );
    expect(data.nodes).toEqual(nodeTypes.map((typeName, index) => ({ __typename: typeName, id: ids[index] })));
  });

  it('returns an empty list for no ids', async () => {
    const data = await queryData<{ nodes: unknown[] }>(app, '{ nodes(ids: []) { id } }');
    expect(data.nodes).toEqual([]);
  });

  it('accepts 100 ids', async () => {
    const ids = Array.from({ length: 100 }, (_, index) => (index % 2 === 0 ? idByType.get('Cluster')! : idOfNothing('Cluster')));
    const data = await queryData<{ nodes: (Json | null)[] }>(app, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(data.nodes).toHaveLength(100);
    expect(data.nodes.filter((node) => node !== null)).toHaveLength(50);
  });

  it('rejects more than 100 ids with BAD_USER_INPUT', async () => {
    const ids = Array.from({ length: 101 }, () => idByType.get('Cluster')!);
    await expectErrorCode(app, 'BAD_USER_INPUT', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
  });
});
