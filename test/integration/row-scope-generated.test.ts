/**
 * Row scope, proven from the built schema rather than from a hand list of fields: every root list,
 * every connection and every node reference of every `Node` type, and `node`/`nodes` for every row of
 * every type, read as two restricted viewers and compared with what they may see.
 *
 * What a viewer may see is worked out here, independently of the server: the province of every row is
 * found with plain SQL joins (PROVINCE_OF below, one entry per node type), and the viewer's provinces
 * and types are applied to it. The rows of a parent's connection are those an administrator (who reads
 * everything) gets, kept to the visible ones. A node type or a connection to a type without an entry
 * in PROVINCE_OF fails the test, so a new type cannot go unchecked.
 */
import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Lexer,
  Source,
  TokenKind,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decodeGlobalId, encodeGlobalId } from '../../server/kernel/global-id';
import { Person, SystemRole } from '../../server/modules/person/person.entity';
import { buildAppSchema } from '../../server/schema';
import { DEMO_TODAY } from '../setup/constants';
import { USER_ERRORS } from '../setup/mutations';
import { type GraphQLResponse, startTestApp, type TestApp } from '../setup/test-app';

const DOMAIN = 'demo.cluster-oversight.ir';
const ADMIN = `admin@${DOMAIN}`;
const ISFAHAN = 'IR-10';
const TEHRAN = 'IR-23';
/** The two types of the partner's key: a cluster names its province, so the pair is readable as it stands. */
const PARTNER_TYPES = ['Cluster', 'Province'];

/** How a node type's rows reach a province, written as SQL here (not taken from the server). */
type ProvinceOf =
  /** Reference data and people: every viewer whose key (if any) covers the type. */
  | { kind: 'public'; table: string }
  /** `sql` selects `id` and `province_id` of every row; a null province is a national row, readable by all. */
  | { kind: 'province'; sql: string }
  /** National records: only viewers of every province. */
  | { kind: 'national'; table: string }
  /** The audit trail and API keys: administrators (and, for the trail, the central secretariat and analysts). */
  | { kind: 'restricted'; table: string };

const viaCluster = (table: string) => ({
  kind: 'province' as const,
  sql: `select t.id, c.province_id from "${table}" t join cluster c on c.id = t.cluster_id`,
});
const viaPlan = (table: string) => ({
  kind: 'province' as const,
  sql: `select t.id, c.province_id from "${table}" t join development_plan p on p.id = t.plan_id join cluster c on c.id = p.cluster_id`,
});
const viaReport = (table: string) => ({
  kind: 'province' as const,
  sql: `select t.id, c.province_id from "${table}" t join progress_report r on r.id = t.report_id join cluster c on c.id = r.cluster_id`,
});
const viaDispute = (table: string) => ({
  kind: 'province' as const,
  sql: `select t.id, c.province_id from "${table}" t join dispute d on d.id = t.dispute_id join cluster c on c.id = d.cluster_id`,
});
/** A resolution's province: its cluster's, else its working group's (none for a central one about no cluster). */
const RESOLUTION_PROVINCE =
  `select r.id, coalesce(c.province_id, wg.province_id) as province_id from resolution r ` +
  `join working_group wg on wg.id = r.working_group_id left join cluster c on c.id = r.cluster_id`;

const PROVINCE_OF: Record<string, ProvinceOf> = {
  Province: { kind: 'public', table: 'province' },
  ExecutiveAgency: { kind: 'public', table: 'executive_agency' },
  Person: { kind: 'public', table: 'person' },
  WorkingGroup: { kind: 'province', sql: `select id, province_id from working_group` },
  WorkingGroupMembership: {
    kind: 'province',
    sql: `select m.id, wg.province_id from working_group_membership m join working_group wg on wg.id = m.working_group_id`,
  },
  Cluster: { kind: 'province', sql: `select id, province_id from cluster` },
  AgentContract: viaCluster('agent_contract'),
  SupervisorAppointment: viaCluster('supervisor_appointment'),
  Resolution: { kind: 'province', sql: RESOLUTION_PROVINCE },
  ResolutionTarget: {
    kind: 'province',
    sql: `select t.id, r.province_id from resolution_target t join (${RESOLUTION_PROVINCE}) r on r.id = t.resolution_id`,
  },
  DevelopmentPlan: viaCluster('development_plan'),
  PlanIndicator: viaPlan('plan_indicator'),
  ReportingObligation: viaCluster('reporting_obligation'),
  ProgressReport: viaCluster('progress_report'),
  ReportBottleneck: viaReport('report_bottleneck'),
  IndicatorActual: viaReport('indicator_actual'),
  SupervisorReview: viaCluster('supervisor_review'),
  PlanAssessment: {
    kind: 'province',
    sql: `select t.id, c.province_id from plan_assessment t join supervisor_review r on r.id = t.review_id join cluster c on c.id = r.cluster_id`,
  },
  Dispute: viaCluster('dispute'),
  DisputeParty: viaDispute('dispute_party'),
  DisputeStep: viaDispute('dispute_step'),
  BudgetAdjustment: viaPlan('budget_adjustment'),
  AgencyAssessment: {
    kind: 'province',
    sql: `select t.id, wg.province_id from agency_assessment t join working_group wg on wg.id = t.working_group_id`,
  },
  PeriodicReport: { kind: 'national', table: 'periodic_report' },
  AuditEvent: { kind: 'restricted', table: 'audit_event' },
  ApiKey: { kind: 'restricted', table: 'api_key' },
};

/** A restricted viewer as this test models it. */
interface Viewer {
  name: string;
  /** Provinces (ids) whose rows the viewer reads. */
  provinceIds: Set<string>;
  /** Node types the viewer reads (null: every type). */
  types: Set<string> | null;
  /** The viewer's own person: people always see themselves. */
  personId: string;
  send<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

type Json = Record<string, any>;

let app: TestApp;
let schema: GraphQLSchema;
/** Every row of every node type: uuid → province id (null for national and public rows). */
const rowsByType = new Map<string, Map<string, string | null>>();
const viewers: Viewer[] = [];

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return app.orm.em.fork().getConnection().execute<T[]>(text, params);
}

const asAdmin = <T>(query: string, variables?: Record<string, unknown>) => app.graphql<T>(query, variables, { as: ADMIN });

/** The data of a request that must succeed. */
async function data<T = Json>(response: Promise<GraphQLResponse<T>>, context: string): Promise<T> {
  const { status, body } = await response;
  expect(body.errors, `${context}: ${JSON.stringify(body.errors)}`).toBeUndefined();
  expect(status, context).toBe(200);
  return body.data as T;
}

/**
 * Whether the viewer may read the row `uuid` of `typeName`, by this test's own reckoning. People
 * always see themselves by id (the `viewer` query), though lists keep to the key's types.
 */
function visible(viewer: Viewer, typeName: string, uuid: string, inList = false): boolean {
  const rule = PROVINCE_OF[typeName];
  if (!rule) throw new Error(`No province path for node type ${typeName}: add it to PROVINCE_OF.`);
  if (typeName === 'Person' && uuid === viewer.personId && !inList) return true;
  if (viewer.types && !viewer.types.has(typeName)) return false;
  const rows = rowsByType.get(typeName)!;
  if (!rows.has(uuid)) return false;
  switch (rule.kind) {
    case 'public':
      return true;
    case 'national':
    case 'restricted':
      return false;
    case 'province': {
      const province = rows.get(uuid)!;
      return province === null || viewer.provinceIds.has(province);
    }
  }
}

/** Whether the viewer may read the node named by a global id (`inList`: as a row of a list). */
function visibleId(viewer: Viewer, globalId: string, inList = false): boolean {
  const decoded = decodeGlobalId(globalId);
  expect(decoded, `a global id: ${globalId}`).not.toBeNull();
  return visible(viewer, decoded!.typeName, decoded!.id, inList);
}

function globalIdsOf(typeName: string, filter: (uuid: string) => boolean = () => true): string[] {
  return [...rowsByType.get(typeName)!.keys()]
    .filter(filter)
    .sort()
    .map((uuid) => encodeGlobalId(typeName, uuid));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The schema, walked
// ---------------------------------------------------------------------------------------------

const isNodeType = (type: GraphQLNamedType): boolean =>
  (isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node')) || (isInterfaceType(type) && type.name === 'Node');

/** The node type a connection type pages over (the type of its `nodes`). */
function connectionNodeType(type: GraphQLNamedType): string | null {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return null;
  const nodes = type.getFields().nodes;
  return nodes ? getNamedType(nodes.type).name : null;
}

function nodeTypes(): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && isNodeType(type));
}

/** Connection fields of a type: name and the node type of its rows. */
function connectionsOf(type: GraphQLObjectType): { field: string; child: string }[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const child = connectionNodeType(getNamedType(field.type));
    return child ? [{ field: field.name, child }] : [];
  });
}

/** Fields of a type that return a node or a list of nodes (references). */
function referencesOf(type: GraphQLObjectType): { field: string; list: boolean; required: boolean }[] {
  return Object.values(type.getFields()).flatMap((field: GraphQLField<unknown, unknown>) => {
    if (!isNodeType(getNamedType(field.type))) return [];
    return [{ field: field.name, list: isListType(getNullableType(field.type)), required: isNonNullType(field.type) }];
  });
}

/** Root lists: query fields that return a connection. */
function rootLists(): { field: string; child: string }[] {
  return connectionsOf(schema.getQueryType()!);
}

// ---------------------------------------------------------------------------------------------
// Reading connections whole
// ---------------------------------------------------------------------------------------------

const PAGE = 'totalCount pageInfo { hasNextPage endCursor } nodes { id }';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string }[];
}

/** Every id of a root list, page after page. */
async function wholeRootList(send: Viewer['send'], field: string): Promise<{ totalCount: number; ids: string[] }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let pages = 0; pages < 50; pages += 1) {
    const page: Page = (
      await data<Json>(send(`query($after: String) { list: ${field}(first: 100, after: $after) { ${PAGE} } }`, { after }), field)
    ).list;
    totalCount = page.totalCount;
    ids.push(...page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasNextPage) return { totalCount, ids };
    after = page.pageInfo.endCursor;
  }
  throw new Error(`${field} has more than 50 pages`);
}

/** Every child id of one parent's connection, as the administrator reads it, page after page. */
async function wholeChildList(typeName: string, parentId: string, field: string, first: Page): Promise<string[]> {
  const ids = first.nodes.map((node) => node.id);
  let { hasNextPage, endCursor } = first.pageInfo;
  while (hasNextPage) {
    const answer = await data<Json>(
      asAdmin(
        `query($id: ID!, $after: String) { node(id: $id) { ... on ${typeName} { list: ${field}(first: 100, after: $after) { ${PAGE} } } } }`,
        {
          id: parentId,
          after: endCursor,
        },
      ),
      `${typeName}.${field}`,
    );
    const page: Page = answer.node.list;
    ids.push(...page.nodes.map((node) => node.id));
    ({ hasNextPage, endCursor } = page.pageInfo);
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Setup: the rows, the viewers
// ---------------------------------------------------------------------------------------------

/** Reads every row of every node type with its province (again after a mutation added rows). */
async function readRows(): Promise<void> {
  for (const [typeName, rule] of Object.entries(PROVINCE_OF)) {
    const text = rule.kind === 'province' ? rule.sql : `select id, null as province_id from "${rule.table}"`;
    const rows = await sql<{ id: string; province_id: string | null }>(text);
    rowsByType.set(typeName, new Map(rows.map((row) => [row.id, row.province_id])));
  }
}

beforeAll(async () => {
  app = await startTestApp();
  schema = await buildAppSchema();

  await readRows();
  const provinceId = async (code: string) => (await sql<{ id: string }>(`select id from province where code = ?`, [code]))[0].id;

  // The provincial secretariat of Isfahan: the provinces of the provincial groups where the person
  // holds a secretariat seat today.
  const [secretariat] = await sql<{ id: string }>(`select id from person where email = ?`, [`secretariat.isfahan@${DOMAIN}`]);
  const seats = await sql<{ province_id: string }>(
    `select wg.province_id from working_group_membership m join working_group wg on wg.id = m.working_group_id
      where m.person_id = ? and m.role = 'SECRETARIAT' and wg.level = 'PROVINCIAL' and m.starts_on <= ? and (m.ends_on is null or m.ends_on >= ?)`,
    [secretariat.id, DEMO_TODAY, DEMO_TODAY],
  );
  expect(seats.map((seat) => seat.province_id)).toEqual([await provinceId(ISFAHAN)]);
  viewers.push({
    name: 'the provincial secretariat of Isfahan',
    provinceIds: new Set(seats.map((seat) => seat.province_id)),
    types: null,
    personId: secretariat.id,
    send: (query, variables) => app.graphql(query, variables, { as: `secretariat.isfahan@${DOMAIN}` }),
  });

  // A partner's service account with a key for Tehran, clusters and provinces.
  const em = app.orm.em.fork();
  const partner = em.create(Person, {
    fullNameFa: 'شریک دامنه',
    fullNameLatin: 'Scope Partner',
    searchName: 'شریک دامنه',
    email: `partner.scope@${DOMAIN}`,
    systemRoles: [SystemRole.PARTNER],
    qualifications: [],
  } as never);
  await em.flush();
  const created = await data<{ createApiKey: { secret: string | null; userErrors: unknown[] } }>(
    asAdmin(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { code message } } }`, {
      input: {
        personId: encodeGlobalId('Person', partner.id),
        name: 'Generated scope test',
        provinceCodes: [TEHRAN],
        types: PARTNER_TYPES,
        expiresAt: new Date(Date.now() + 180 * 86_400_000).toISOString(),
      },
    }),
    'createApiKey',
  );
  expect(created.createApiKey.userErrors).toEqual([]);
  const secret = created.createApiKey.secret!;
  viewers.push({
    name: 'a partner key for Tehran, clusters and provinces',
    provinceIds: new Set([await provinceId(TEHRAN)]),
    types: new Set(PARTNER_TYPES),
    personId: partner.id,
    async send(query, variables) {
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': secret },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] } as never;
    },
  });
  // The partner's own person row was created after the rows were read.
  rowsByType.get('Person')!.set(partner.id, null);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('the province paths of this test', () => {
  it('cover every node type of the schema, and every type a connection or reference leads to', () => {
    const types = nodeTypes().map((type) => type.name);
    expect(types.length).toBeGreaterThan(20);
    expect(
      types.filter((name) => !(name in PROVINCE_OF)),
      'node types without a province path in PROVINCE_OF',
    ).toEqual([]);
    expect(
      Object.keys(PROVINCE_OF).filter((name) => !types.includes(name)),
      'PROVINCE_OF entries for types the schema lacks',
    ).toEqual([]);
    const children = [...rootLists(), ...nodeTypes().flatMap(connectionsOf)].map((connection) => connection.child);
    expect(
      children.filter((name) => !(name in PROVINCE_OF)),
      'connections to types without a province path',
    ).toEqual([]);
  });

  it('tell the viewers apart: each sees some rows of a province type and not all of them', () => {
    for (const viewer of viewers) {
      const clusters = [...rowsByType.get('Cluster')!.keys()];
      const seen = clusters.filter((uuid) => visible(viewer, 'Cluster', uuid));
      expect(seen.length, viewer.name).toBeGreaterThan(0);
      expect(seen.length, viewer.name).toBeLessThan(clusters.length);
    }
  });
});

describe.each([0, 1])('viewer %i', (index) => {
  const viewer = () => viewers[index];

  it('reads in every root list exactly the visible rows of the whole list, and counts them', async () => {
    const checked: string[] = [];
    for (const { field, child } of rootLists()) {
      const all = await wholeRootList(asAdmin, field);
      expect(all.totalCount, field).toBe(all.ids.length);
      const expected = all.ids.filter((id) => visibleId(viewer(), id, true));
      const response = await viewer().send<Json>(`{ list: ${field}(first: 100) { totalCount nodes { id } } }`);
      if (expected.length === 0 && response.body.errors) {
        // A list the viewer may not read at all may be refused outright, never answered with rows.
        expect(
          response.body.errors.map((error) => error.extensions?.code),
          field,
        ).toEqual(['FORBIDDEN']);
        expect(response.body.data?.list ?? null, field).toBeNull();
        continue;
      }
      const mine = await wholeRootList(viewer().send, field);
      const context = `${viewer().name}: ${field} (${child})`;
      for (const id of mine.ids) expect(visibleId(viewer(), id, true), `${context} returned ${id}`).toBe(true);
      expect(mine.ids, context).toEqual(expected);
      expect(mine.totalCount, context).toBe(expected.length);
      checked.push(field);
    }
    expect(checked.length).toBeGreaterThan(10);
  }, 120_000);

  it('gets every row of every node type by nodes(ids) and node(id) if it may read it, else null, without errors', async () => {
    for (const type of nodeTypes()) {
      const all = globalIdsOf(type.name);
      for (const ids of chunks(all, 100)) {
        const answer = await data<Json>(
          viewer().send(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids }),
          `nodes of ${type.name}`,
        );
        const expected = ids.map((id) => (visibleId(viewer(), id) ? { __typename: type.name, id } : null));
        expect(answer.nodes, `${viewer().name}: nodes(ids) of ${type.name}`).toEqual(expected);
      }
      // node(id): the first two rows the viewer may read and the first two it may not.
      const sample = [
        ...all.filter((id) => visibleId(viewer(), id)).slice(0, 2),
        ...all.filter((id) => !visibleId(viewer(), id)).slice(0, 2),
      ];
      if (sample.length === 0) continue;
      const query = `query(${sample.map((_, i) => `$i${i}: ID!`).join(', ')}) { ${sample.map((_, i) => `n${i}: node(id: $i${i}) { id }`).join(' ')} }`;
      const answer = await data<Json>(
        viewer().send(query, Object.fromEntries(sample.map((id, i) => [`i${i}`, id]))),
        `node of ${type.name}`,
      );
      sample.forEach((id, i) =>
        expect(answer[`n${i}`], `${viewer().name}: node(${type.name} ${id})`).toEqual(visibleId(viewer(), id) ? { id } : null),
      );
    }
  }, 120_000);

  it.each(['node', 'list'] as const)(
    'reads through %s-reached parents, in every connection exactly the visible children (counted), in every reference the row if visible, else null',
    async (route) => {
      const tally: Tally = { connections: 0, shown: 0, keptOut: 0, references: 0, hidden: 0, parents: 0 };
      for (const type of nodeTypes()) {
        if (connectionsOf(type).length + referencesOf(type).length === 0) continue;
        const reached = route === 'node' ? await parentsByNode(viewer(), type) : await parentsByList(viewer(), type);
        await checkParents(viewer(), type, reached, tally);
      }
      // The walk reached parents and their connections, with rows shown and rows kept out.
      expect(tally.connections).toBeGreaterThan(10);
      expect(tally.references).toBeGreaterThan(10);
      expect(tally.shown).toBeGreaterThan(0);
      expect(tally.keptOut + tally.hidden).toBeGreaterThan(0);
      console.info(`${viewer().name}, parents reached by ${route}: ${JSON.stringify(tally)}`);
    },
    180_000,
  );
});

interface Tally {
  parents: number;
  connections: number;
  shown: number;
  keptOut: number;
  references: number;
  hidden: number;
}

/** The selection of a parent: its id, every connection (first page, only `first` given) and every reference. */
function parentSelection(type: GraphQLObjectType): string {
  const connections = connectionsOf(type).map(({ field }) => `${field}(first: 100) { ${PAGE} }`);
  const references = referencesOf(type).map(({ field }) => `${field} { id }`);
  return ['id', ...connections, ...references].join(' ');
}

/** Every parent of `type` the viewer may read, reached by `nodes(ids)` (ids chosen by SQL). */
async function parentsByNode(viewer: Viewer, type: GraphQLObjectType): Promise<Map<string, Json>> {
  const reached = new Map<string, Json>();
  const parents = globalIdsOf(type.name).filter((id) => visibleId(viewer, id));
  for (const ids of chunks(parents, 50)) {
    const answer = await data<Json>(
      viewer.send(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type.name} { ${parentSelection(type)} } } }`, { ids }),
      type.name,
    );
    ids.forEach((id, position) => {
      expect(answer.nodes[position]?.id, `${viewer.name} reads ${type.name} ${id}`).toBe(id);
      reached.set(id, answer.nodes[position]);
    });
  }
  return reached;
}

/**
 * The parents of `type` reached through lists, as the read engine answers them: its root list, or else
 * the first connection to it from a type that has one (e.g. plan indicators through `developmentPlans`).
 */
async function parentsByList(viewer: Viewer, type: GraphQLObjectType): Promise<Map<string, Json>> {
  // Nothing of the type to reach (the root lists' test checks that such lists are empty or refused).
  if (!globalIdsOf(type.name).some((id) => visibleId(viewer, id, true))) return new Map();
  const roots = rootLists();
  const own = roots.find(({ child }) => child === type.name);
  let hop: { root: string; field: string } | undefined;
  if (!own) {
    for (const root of roots) {
      const connection = connectionsOf(schema.getType(root.child) as GraphQLObjectType).find(({ child }) => child === type.name);
      if (connection) {
        hop = { root: root.field, field: connection.field };
        break;
      }
    }
    expect(hop, `${type.name} is reachable from a root list through one connection`).toBeDefined();
  }
  const selection = parentSelection(type);
  const query = own
    ? `query($after: String) { list: ${own.field}(first: 50, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`
    : `query($after: String) { list: ${hop!.root}(first: 10, after: $after) { pageInfo { hasNextPage endCursor } nodes { hop: ${hop!.field}(first: 100) { totalCount nodes { ${selection} } } } } }`;
  const reached = new Map<string, Json>();
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const list: Json = (await data<Json>(viewer.send(query, { after }), `${type.name} by list`)).list;
    for (const node of list.nodes) {
      if (own) reached.set(node.id, node);
      else {
        expect(node.hop.nodes.length, `${type.name} through ${hop!.root}.${hop!.field} fits one page`).toBe(node.hop.totalCount);
        for (const child of node.hop.nodes) reached.set(child.id, child);
      }
    }
    if (!list.pageInfo.hasNextPage) return reached;
    after = list.pageInfo.endCursor;
  }
  throw new Error(`${type.name}: more than 100 pages`);
}

/**
 * Checks what the viewer read of each parent against the administrator's reading of the same
 * parents: connections hold exactly the visible children, counted; references are the row when
 * visible, else null, and lists of references leave out what is not.
 */
async function checkParents(viewer: Viewer, type: GraphQLObjectType, reached: Map<string, Json>, tally: Tally): Promise<void> {
  const connections = connectionsOf(type);
  const references = referencesOf(type);
  const parents = [...reached.keys()];
  for (const parentId of parents) expect(visibleId(viewer, parentId), `${viewer.name} reached ${type.name} ${parentId}`).toBe(true);
  tally.parents += parents.length;
  for (const ids of chunks(parents, 50)) {
    const all = await data<Json>(
      asAdmin(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type.name} { ${parentSelection(type)} } } }`, { ids }),
      type.name,
    );
    for (const [position, parentId] of ids.entries()) {
      const mine = reached.get(parentId)!;
      const full = all.nodes[position];
      for (const { field, child } of connections) {
        const context = `${viewer.name}: ${type.name}(${parentId}).${field}`;
        const page: Page = mine[field];
        const children = await wholeChildList(type.name, parentId, field, full[field]);
        const expected = children.filter((id) => visibleId(viewer, id, true));
        for (const { id } of page.nodes) {
          expect(decodeGlobalId(id)?.typeName, context).toBe(child);
          expect(visibleId(viewer, id, true), `${context} returned ${id}`).toBe(true);
        }
        expect(page.totalCount, context).toBe(expected.length);
        expect(
          page.nodes.map((node) => node.id),
          context,
        ).toEqual(expected.slice(0, 100));
        tally.connections += 1;
        tally.shown += expected.length;
        tally.keptOut += children.length - expected.length;
      }
      for (const { field, list } of references) {
        const context = `${viewer.name}: ${type.name}(${parentId}).${field}`;
        if (list) {
          const expected = (full[field] as { id: string }[]).filter(({ id }) => visibleId(viewer, id));
          expect(mine[field], context).toEqual(expected);
          tally.hidden += full[field].length - expected.length;
        } else {
          const expected = full[field] && visibleId(viewer, full[field].id) ? full[field] : null;
          expect(mine[field], context).toEqual(expected);
          if (full[field] && !expected) tally.hidden += 1;
        }
        tally.references += 1;
      }
    }
  }
}

describe('the partner key', () => {
  it('reads no row of a type outside its key, by list, by id or through a connection', async () => {
    const partner = viewers[1];
    const outside = nodeTypes()
      .map((type) => type.name)
      .filter((name) => !PARTNER_TYPES.includes(name));
    expect(outside.length).toBeGreaterThan(20);
    for (const name of outside) {
      // Its own person aside (people always see themselves), nothing of these types is readable.
      const readable = globalIdsOf(name).filter((id) => visibleId(partner, id));
      expect(readable, name).toEqual(name === 'Person' ? [encodeGlobalId('Person', partner.personId)] : []);
    }
    for (const { field, child } of rootLists().filter(({ child }) => !PARTNER_TYPES.includes(child))) {
      const response = await partner.send<Json>(`{ list: ${field}(first: 100) { totalCount nodes { id } } }`);
      if (response.body.errors)
        expect(
          response.body.errors.map((error) => error.extensions?.code),
          field,
        ).toEqual(['FORBIDDEN']);
      else expect(response.body.data!.list, `${field} (${child})`).toEqual({ totalCount: 0, nodes: [] });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Payloads of committed mutations
// ---------------------------------------------------------------------------------------------

/**
 * The read scope of a person who holds no national role, worked out here in SQL from the data of
 * today: the provinces of their seats (a provincial secretariat: its secretariat seats only), of the
 * clusters they supervise or are the agent of, and of the plans a working group approved for them to
 * execute. A proposal opens no province.
 */
async function actorScope(email: string): Promise<Viewer> {
  const [person] = await sql<{ id: string; system_roles: string[] }>(`select id, system_roles from person where email = ?`, [email]);
  expect(
    person.system_roles.filter((role) => role !== 'PROVINCIAL_SECRETARIAT'),
    `${email} holds no national role`,
  ).toEqual([]);
  const secretariatOnly = person.system_roles.includes('PROVINCIAL_SECRETARIAT');
  const day = DEMO_TODAY;
  const rows = await sql<{ province_id: string | null }>(
    `select wg.province_id from working_group_membership m join working_group wg on wg.id = m.working_group_id
      where m.person_id = ? and m.starts_on <= ? and (m.ends_on is null or m.ends_on >= ?)
        and (not ? or (m.role = 'SECRETARIAT' and wg.level = 'PROVINCIAL'))
     union select c.province_id from supervisor_appointment a join cluster c on c.id = a.cluster_id
      where not ? and a.supervisor_id = ? and a.starts_on <= ? and coalesce(a.revoked_on, a.ends_on) >= ?
     union select c.province_id from agent_contract k join cluster c on c.id = k.cluster_id
      where not ? and k.agent_id = ? and k.starts_on <= ? and coalesce(k.terminated_on, k.ends_on) >= ?
     union select c.province_id from development_plan p join cluster c on c.id = p.cluster_id
      where not ? and p.executor_id = ? and p.status in ('APPROVED', 'SUSPENDED', 'COMPLETED')`,
    [
      person.id,
      day,
      day,
      secretariatOnly,
      secretariatOnly,
      person.id,
      day,
      day,
      secretariatOnly,
      person.id,
      day,
      day,
      secretariatOnly,
      person.id,
    ],
  );
  // A seat in the central group would open every province: not what these tests are about.
  expect(
    rows.every((row) => row.province_id !== null),
    `${email} holds no central seat`,
  ).toBe(true);
  return {
    name: email,
    provinceIds: new Set(rows.map((row) => row.province_id!)),
    types: null,
    personId: person.id,
    send: (query, variables) => app.graphql(query, variables, { as: email }),
  };
}

/**
 * A selection of `typeName` generated from the schema: its id, its references and its connections
 * (first page, only `first` given), and, `depth` levels down, the same of what they lead to.
 */
function deepSelection(typeName: string, depth: number): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return 'id';
  const inner = (name: string) => (depth > 0 ? deepSelection(name, depth - 1) : 'id');
  const references = referencesOf(type).map(({ field }) => `${field} { ${inner(getNamedType(type.getFields()[field].type).name)} }`);
  const connections = connectionsOf(type).map(({ field, child }) => `${field}(first: 100) { totalCount nodes { ${inner(child)} } }`);
  return ['id', ...references, ...connections].join(' ');
}

function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

interface PayloadTally {
  own: number;
  nested: number;
  hidden: number;
}

/**
 * Compares a payload object (read by its author) with the administrator's reading of the same
 * object: the object, its single references and its own connections are shown whole; every list
 * reference, and everything one level further (what the references and the listed rows lead to), is
 * the row or page the author's read scope allows, nothing more.
 */
async function checkPayload(author: Viewer, typeName: string, mine: Json, full: Json, tally: PayloadTally): Promise<void> {
  const type = schema.getType(typeName) as GraphQLObjectType;
  expect(mine.id).toBe(full.id);
  // The object itself is shown wherever it appears (an indicator's plan, the plans of its cluster):
  // the payload shows it already; everything else one level further keeps to the author's scope.
  const shown = {
    reference: (id: string) => id === mine.id || visibleId(author, id),
    listed: (id: string) => id === mine.id || visibleId(author, id, true),
  };
  for (const { field, list } of referencesOf(type)) {
    const context = `${author.name}: payload ${typeName}.${field}`;
    if (list) {
      expect(
        mine[field].map((row: Json) => row.id),
        context,
      ).toEqual(full[field].map((row: Json) => row.id).filter((id: string) => visibleId(author, id)));
      continue;
    }
    expect(mine[field]?.id ?? null, context).toBe(full[field]?.id ?? null);
    if (mine[field]) await checkNested(shown, getNamedType(type.getFields()[field].type).name, mine[field], full[field], context, tally);
    tally.own += 1;
  }
  for (const { field, child } of connectionsOf(type)) {
    const context = `${author.name}: payload ${typeName}.${field}`;
    expect(mine[field].totalCount, context).toBe(full[field].totalCount);
    expect(
      mine[field].nodes.map((row: Json) => row.id),
      context,
    ).toEqual(full[field].nodes.map((row: Json) => row.id));
    for (const [position, row] of mine[field].nodes.entries())
      await checkNested(shown, child, row, full[field].nodes[position], `${context}[${position}]`, tally);
    tally.own += 1;
  }
}

/** One level further than the payload's object: only what the author's scope allows. */
async function checkNested(
  shown: { reference: (id: string) => boolean; listed: (id: string) => boolean },
  typeName: string,
  mine: Json,
  full: Json,
  context: string,
  tally: PayloadTally,
): Promise<void> {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return;
  for (const { field, list } of referencesOf(type)) {
    const expected = list
      ? full[field].filter((row: Json) => shown.reference(row.id))
      : full[field] && shown.reference(full[field].id)
        ? full[field]
        : null;
    expect(mine[field], `${context}.${field}`).toEqual(expected);
    tally.nested += 1;
    tally.hidden += list ? full[field].length - expected.length : full[field] && !expected ? 1 : 0;
  }
  for (const { field } of connectionsOf(type)) {
    const children: string[] = full[field].nodes.map((row: Json) => row.id);
    expect(full[field].totalCount, `${context}.${field} fits one page`).toBe(children.length);
    const expected = children.filter((id) => shown.listed(id));
    expect(mine[field], `${context}.${field}`).toEqual({ totalCount: expected.length, nodes: expected.map((id) => ({ id })) });
    tally.nested += 1;
    tally.hidden += children.length - expected.length;
  }
}

describe('the payload of a committed mutation, read by its provincial author', () => {
  const cases = [
    {
      name: 'raiseDispute by the executor of an approved Tehran plan, who also proposed one in Razavi Khorasan',
      author: `executor.soltani@${DOMAIN}`,
      mutation: 'raiseDispute',
      object: { field: 'dispute', type: 'Dispute' },
      input: async () => ({
        clusterId: await globalIdOf(
          'Cluster',
          `select c.cluster_id as id from agent_contract c join person p on p.id = c.agent_id where p.email = 'agent.hashemi@${DOMAIN}'`,
        ),
        forumWorkingGroupId: await globalIdOf(
          'WorkingGroup',
          `select wg.id from working_group wg join province p on p.id = wg.province_id where p.code = '${TEHRAN}'`,
        ),
        subject: 'Shared finishing line',
        description: 'The executor and the cluster agent disagree on who runs the shared leather finishing line.',
        parties: [
          { personId: await globalIdOf('Person', `select id from person where email = 'agent.hashemi@${DOMAIN}'`) },
          { agencyId: await globalIdOf('ExecutiveAgency', `select id from executive_agency where code = 'MIMT'`) },
        ],
      }),
    },
    {
      name: 'submitProgressReport by the agent of a Razavi Khorasan cluster, whose supervisor also supervises in Tehran',
      author: `agent.khalili@${DOMAIN}`,
      mutation: 'submitProgressReport',
      object: { field: 'report', type: 'ProgressReport' },
      input: async () => ({
        obligationId: await globalIdOf(
          'ReportingObligation',
          `select o.id from reporting_obligation o join person p on p.id = o.obligor_id
            where p.email = 'agent.khalili@${DOMAIN}' and o.period = '1404-Q1' and o.submitted_on is null and o.waived_on is null`,
        ),
        madeProgress: false,
        summary: 'No progress this quarter: the drying facility was not delivered.',
        bottlenecks: [{ category: 'FINANCING', description: 'The drying facility was not delivered.' }],
      }),
    },
    {
      name: 'proposePlan by a Razavi Khorasan executor for a Tehran cluster (a proposal opens no province)',
      author: `executor.yazdani@${DOMAIN}`,
      mutation: 'proposePlan',
      object: { field: 'plan', type: 'DevelopmentPlan' },
      input: async () => ({
        clusterId: await globalIdOf(
          'Cluster',
          `select c.cluster_id as id from agent_contract c join person p on p.id = c.agent_id where p.email = 'agent.tavakoli@${DOMAIN}'`,
        ),
        title: 'Jewellery packaging line',
        kind: 'PROJECT',
        executorId: await globalIdOf('Person', `select id from person where email = 'executor.yazdani@${DOMAIN}'`),
        responsibleAgencyId: await globalIdOf('ExecutiveAgency', `select id from executive_agency where code = 'MIMT'`),
        proposedBudget: '20000000000',
        startsOn: '2025-10-01',
        endsOn: '2026-09-30',
        indicators: [{ name: 'Export value', unit: 'rial', baseline: '0', target: '10000000000', higherIsBetter: true }],
      }),
    },
  ];

  it.each(cases)('$name: the object and its own references and lists, nothing further outside scope', async (testCase) => {
    // Given the author's read scope as of after the act (the act may widen it), and the document
    const input = await testCase.input();
    const selection = deepSelection(testCase.object.type, 1);
    const inputType = String(
      schema
        .getMutationType()!
        .getFields()
        [testCase.mutation].args.find((arg) => arg.name === 'input')!.type,
    );
    const document = `mutation($input: ${inputType}) { result: ${testCase.mutation}(input: $input) { ${testCase.object.field} { ${selection} } ${USER_ERRORS} } }`;
    expect(tokenCount(document)).toBeLessThanOrEqual(1000);

    // When the author commits the act
    const payload = (await data<Json>(app.graphql(document, { input }, { as: testCase.author }), testCase.mutation)).result;
    expect(payload.userErrors).toEqual([]);
    await readRows();
    const author = await actorScope(testCase.author);
    const mine = payload[testCase.object.field];
    expect(mine?.id, 'the payload carries the object').toBeTruthy();

    // Then the payload shows what the act wrote, and only the author's scope one level further
    const full = (
      await data<Json>(
        asAdmin(`query($id: ID!) { node(id: $id) { ... on ${testCase.object.type} { ${selection} } } }`, { id: mine.id }),
        'admin',
      )
    ).node;
    const tally: PayloadTally = { own: 0, nested: 0, hidden: 0 };
    await checkPayload(author, testCase.object.type, mine, full, tally);
    expect(tally.own).toBeGreaterThan(2);
    expect(tally.nested).toBeGreaterThan(10);
    expect(tally.hidden, "something one level further lay outside the author's scope and was hidden").toBeGreaterThan(0);
    console.info(`${testCase.mutation}: ${JSON.stringify(tally)}`);
  });
});

async function globalIdOf(typeName: string, query: string): Promise<string> {
  const rows = await sql<{ id: string }>(query);
  expect(rows.length, query).toBe(1);
  return encodeGlobalId(typeName, rows[0].id);
}
