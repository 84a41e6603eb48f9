import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built package, as partners get it: `npm test` runs `sdk:build` before vitest.
import * as sdk from '../../sdk/dist/index.js';
import {
  assertNoUserErrors,
  BadUserInputError,
  ClusterDetailDocument,
  ClustersDocument,
  type ClustersQuery,
  type ClusterSummaryFragment,
  createClient,
  type FetchLike,
  NetworkError,
  type OversightClient,
  OversightError,
  ProvincesDocument,
  type ProvinceSummaryFragment,
  RuleViolationError,
  SupervisorAppointmentsDocument,
  UnauthenticatedError,
  WorkingGroupOversightDocument,
  WorkingGroupsDocument,
} from '../../sdk/dist/index.js';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

let app: TestApp;
let token: string;
let client: OversightClient;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.tokenFor(ANALYST);
  client = createClient({ url: app.url, token });
});
afterAll(() => app?.close());

/** A port nothing listens on: bound by the OS, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe('the built SDK against a running API', () => {
  it('lists the 31 provinces with typed fields', async () => {
    const { provinces } = await client.request(ProvincesDocument, { first: 100, orderBy: { field: 'CODE', direction: 'ASC' } });

    expect(provinces.totalCount).toBe(31);
    expect(provinces.pageInfo.hasNextPage).toBe(false);
    const rows: ProvinceSummaryFragment[] = provinces.edges.map((edge) => edge.node);
    expect(rows).toHaveLength(31);
    expect(new Set(rows.map((row) => row.code)).size).toBe(31);
    expect(rows.map((row) => row.code)).toEqual([...rows.map((row) => row.code)].sort());
    const tehran = rows.find((row) => row.code === 'IR-23');
    expect(tehran?.nameEn).toBe('Tehran');
    expect(tehran?.nameFa).toBe('تهران');
  });

  it('sends the token, the JSON content type, extra headers and the operation name', async () => {
    const seen: Array<{
      url: string;
      headers: Record<string, string>;
      body: { query: string; operationName?: string; variables: unknown };
    }> = [];
    const recordingFetch: FetchLike = async (url, init) => {
      seen.push({ url, headers: init.headers, body: JSON.parse(init.body) });
      return fetch(url, init);
    };
    const recorded = createClient({ url: app.url, token, fetch: recordingFetch, headers: { 'X-Partner-App': 'sdk-test' } });

    const { provinces } = await recorded.request(ProvincesDocument, { first: 1, filter: { codes: ['IR-10'] } });

    expect(provinces.edges.map((edge) => edge.node.nameEn)).toEqual(['Isfahan']);
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(app.url);
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(seen[0].headers.authorization).toBe(`Bearer ${token}`);
    expect(seen[0].headers['x-partner-app']).toBe('sdk-test');
    expect(seen[0].body.operationName).toBe('Provinces');
    expect(seen[0].body.query).toMatch(/^query Provinces\(/);
    expect(seen[0].body.variables).toEqual({ first: 1, filter: { codes: ['IR-10'] } });
  });

  it('visits every cluster exactly once when paging forward two at a time', async () => {
    const seen: ClusterSummaryFragment[] = [];
    let after: string | null = null;
    let pages = 0;
    let totalCount = -1;
    for (;;) {
      // Annotated: `after` comes from the previous page, which TypeScript cannot infer in a loop.
      const { clusters }: ClustersQuery = await client.request(ClustersDocument, { first: 2, after });
      totalCount = clusters.totalCount;
      expect(clusters.edges.length).toBeLessThanOrEqual(2);
      expect(clusters.pageInfo.startCursor).toBe(clusters.edges[0]?.cursor ?? null);
      expect(clusters.pageInfo.endCursor).toBe(clusters.edges.at(-1)?.cursor ?? null);
      expect(clusters.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...clusters.edges.map((edge) => edge.node));
      pages += 1;
      if (!clusters.pageInfo.hasNextPage) break;
      after = clusters.pageInfo.endCursor;
      expect(pages).toBeLessThan(100);
    }

    expect(totalCount).toBeGreaterThan(2);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen.map((cluster) => cluster.id)).size).toBe(totalCount);
    expect(pages).toBe(Math.ceil(totalCount / 2));
    // The pages, joined, are the list in one piece, in the same order.
    const { clusters: all } = await client.request(ClustersDocument, { first: 100 });
    expect(seen.map((cluster) => cluster.id)).toEqual(all.edges.map((edge) => edge.node.id));
  });

  it('finds a listed cluster again by its global id through node(id)', async () => {
    const { clusters } = await client.request(ClustersDocument, {
      first: 1,
      filter: { provinceCodes: ['IR-10'] },
      orderBy: { field: 'NAME', direction: 'DESC' },
    });
    const listed = clusters.edges[0]?.node;
    expect(listed).toBeDefined();
    if (!listed) return;

    const { node } = await client.request(ClusterDetailDocument, { id: listed.id });

    expect(node?.__typename).toBe('Cluster');
    if (node?.__typename !== 'Cluster') return;
    expect(node.id).toBe(listed.id);
    expect(node.name).toBe(listed.name);
    expect(node.isicCode).toBe(listed.isicCode);
    expect(node.province.code).toBe('IR-10');
    // The Isfahan cluster is the responsibility of the Isfahan working group and the central one.
    expect(node.responsibleWorkingGroups.map((group) => group.level).sort()).toEqual(['CENTRAL', 'PROVINCIAL']);
  });

  it('walks from working groups through resolutions and plans to the supervisor in office', async () => {
    const { workingGroups } = await client.request(WorkingGroupsDocument, { first: 100 });
    expect(workingGroups.totalCount).toBeGreaterThan(0);

    const supervised: Array<{ clusterId: string; supervisorId: string }> = [];
    for (const { node: group } of workingGroups.edges) {
      const { node } = await client.request(WorkingGroupOversightDocument, { id: group.id });
      expect(node?.__typename).toBe('WorkingGroup');
      if (node?.__typename !== 'WorkingGroup') continue;
      for (const { node: resolution } of node.resolutions.edges) {
        expect(resolution.workingGroup.id).toBe(group.id);
        for (const plan of resolution.plans.nodes) {
          if (plan.cluster.currentSupervisor) {
            supervised.push({ clusterId: plan.cluster.id, supervisorId: plan.cluster.currentSupervisor.id });
          }
        }
      }
    }
    expect(supervised.length).toBeGreaterThan(0);

    // The supervisor reached by the walk is the one whose appointment is in force today.
    const { clusterId, supervisorId } = supervised[0];
    const { supervisorAppointments } = await client.request(SupervisorAppointmentsDocument, {
      first: 10,
      filter: { clusterIds: [clusterId], inForceOn: DEMO_TODAY },
    });
    expect(supervisorAppointments.edges.map((edge) => edge.node.supervisor.id)).toEqual([supervisorId]);
  });
});

describe('mutations', () => {
  it('has one typed operation per mutation of the committed schema, named after it', () => {
    const schema = buildSchema(readFileSync(path.resolve('schema/schema.graphql'), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.length).toBeGreaterThan(0);

    // Documents are query strings (codegen `documentMode: string`); graphql-js reads them here, not in the SDK.
    const documents = sdk as unknown as Record<string, object | undefined>;
    for (const mutation of mutations) {
      const name = mutation.charAt(0).toUpperCase() + mutation.slice(1);
      const document = documents[`${name}Document`];
      const definitions = (document === undefined ? [] : parse(String(document)).definitions) as ReadonlyArray<
        OperationDefinitionNode | FragmentDefinitionNode
      >;
      const operation = definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      expect(operation?.operation, mutation).toBe('mutation');
      expect(operation?.name?.value, mutation).toBe(name);
      expect(
        operation?.variableDefinitions?.map((variable) => variable.variable.name.value),
        mutation,
      ).toEqual(['input']);
      // Every field of the user errors, through the shared fragment.
      const userErrors = definitions.find(
        (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === 'UserErrorFields',
      );
      const fields = userErrors?.selectionSet.selections.map((selection) =>
        selection.kind === Kind.FIELD ? selection.name.value : selection.kind,
      );
      expect(fields, mutation).toEqual(['code', 'message', 'field', 'article']);
    }
  });
});

describe('failures as typed errors', () => {
  it('rejects a forged token with UnauthenticatedError, and recovers after setToken', async () => {
    const stranger = createClient({ url: app.url, token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.c2lnbmF0dXJl' });

    const error = await stranger.request(ProvincesDocument, { first: 1 }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect(error).toBeInstanceOf(OversightError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, name: 'UnauthenticatedError' });
    expect((error as UnauthenticatedError).errors.length).toBeGreaterThan(0);

    stranger.setToken(token);
    const { provinces } = await stranger.request(ProvincesDocument, { first: 1 });
    expect(provinces.totalCount).toBe(31);
  });

  it('rejects a request without a token with UnauthenticatedError', async () => {
    const anonymous = createClient({ url: app.url });
    await expect(anonymous.request(ProvincesDocument, { first: 1 })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('rejects first: 0 with BadUserInputError', async () => {
    const error = await client.request(ClustersDocument, { first: 0 }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(BadUserInputError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((error as BadUserInputError).errors[0]?.path).toEqual(['clusters']);
    // The reason travels in the validation details; the SDK puts it in the message.
    expect((error as BadUserInputError).message).toContain('first must not be less than 1');
  });

  it('rejects an unreachable server with NetworkError', async () => {
    const port = await closedPort();
    const offline = createClient({ url: `http://127.0.0.1:${port}/graphql`, token });

    const error = await offline.request(ProvincesDocument, { first: 1 }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: undefined });
    expect((error as NetworkError).cause).toBeDefined();
  });

  it('turns mutation userErrors into RuleViolationError', () => {
    const ok = { plan: { id: 'p1' }, userErrors: [] };
    expect(assertNoUserErrors(ok)).toBe(ok);

    const refused = {
      plan: null,
      userErrors: [
        {
          code: 'BUDGET_CAP_EXCEEDED',
          message: 'Adjustments may not exceed 10% of the approved budget.',
          field: ['input', 'amount'],
          article: 'Art. 4-4',
        },
        { code: 'REVIEW_REQUIRED', message: 'A supervisor review is required.', field: null, article: null },
      ],
    };
    let thrown: unknown;
    try {
      assertNoUserErrors(refused);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(RuleViolationError);
    expect(thrown).toMatchObject({ code: 'BUDGET_CAP_EXCEEDED', userErrors: refused.userErrors });
    expect((thrown as RuleViolationError).message).toContain('(Art. 4-4)');
  });
});
