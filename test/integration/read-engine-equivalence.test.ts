import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type App, createApp } from '../../server/app';
import { fixedClock } from '../../server/kernel/clock';
import { unreadableFields } from '../../server/kernel/read/read-engine';
import { DEMO_TODAY } from '../setup/constants';
import { testLogger } from '../setup/log-capture';
import { expectAccepted, USER_ERRORS } from '../setup/mutations';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

/**
 * The read engine (kernel/read) and the resolvers must give the same answers. For every node type, a
 * query selects all its scalar fields, every reference's id and every connection's count and first
 * page, through a root list of the type (or a connection of a root list's nodes), read by the engine
 * in one statement; the same nodes are then read again by id through `nodes(ids)` of an app made
 * with `readEngine: false`, which loads entities and runs the resolvers field by field (connections
 * of entities are read by the engine per field), and both must agree.
 */

const ISFAHAN_SECRETARIAT = 'secretariat.isfahan@demo.cluster-oversight.ir';
const ADMIN = 'admin@demo.cluster-oversight.ir';
const VIEWERS = [ANALYST, ISFAHAN_SECRETARIAT];
const PAGE = 30;
/** Root lists left out: API keys are listed for the administrator only, and have tests of their own. */
const NOT_ENGINE_LISTS = new Set(['apiKeys']);
const CHILD_PAGE = 5;

let test: TestApp;
let engine: App;
let resolvers: App;
const urls = new Map<App, string>();

/** Generous limits: the queries below select every field of a type, which the defaults do not allow. */
async function serve(readEngine: boolean): Promise<App> {
  const app = await createApp({
    orm: test.orm,
    tokens: test.tokens,
    clock: fixedClock(DEMO_TODAY),
    logger: testLogger(),
    readEngine,
    limits: { maxTokens: 100_000, maxCost: 1_000_000_000, maxDepth: 20, requestsPerMinute: 0 },
  });
  const port = await app.listen(0, '127.0.0.1');
  urls.set(app, `http://127.0.0.1:${port}/graphql`);
  return app;
}

beforeAll(async () => {
  test = await startTestApp();
  engine = await serve(true);
  resolvers = await serve(false);
  await auditTrailOfManyTypes();
});

/**
 * Audit events whose targets are of several types: a person and an API key (changes made through
 * the API), a plan indicator and a cluster, an object since gone, and a type that no longer exists.
 */
async function auditTrailOfManyTypes(): Promise<void> {
  const { person } = await expectAccepted<{ person: Record<string, string> }>(
    test,
    `mutation($input: RegisterPersonInput!) { result: registerPerson(input: $input) { person { id } ${USER_ERRORS} } }`,
    { fullNameFa: 'سامانه شریک', fullNameLatin: 'Partner Service Account', email: 'service@partner.example', systemRoles: ['PARTNER'] },
    ADMIN,
    'registerPerson',
  );
  await expectAccepted(
    test,
    `mutation($input: CreateApiKeyInput!) { result: createApiKey(input: $input) { apiKey { id } ${USER_ERRORS} } }`,
    { personId: person.id, name: 'Partner portal', expiresAt: new Date(Date.now() + 180 * 86_400_000).toISOString() },
    ADMIN,
    'createApiKey',
  );
  await test.orm.em
    .fork()
    .getConnection()
    .execute(
      `insert into "audit_event" ("id", "action", "target_type", "target_id", "occurred_at") ` +
        `select gen_random_uuid(), 'test', 'PlanIndicator', (select "id" from "plan_indicator" order by "id" limit 1), now() ` +
        `union all select gen_random_uuid(), 'test', 'Cluster', (select "id" from "cluster" order by "id" limit 1), now() ` +
        `union all select gen_random_uuid(), 'test', 'Cluster', gen_random_uuid(), now() ` +
        `union all select gen_random_uuid(), 'test', 'RetiredType', gen_random_uuid(), now()`,
    );
}
afterAll(async () => {
  await engine?.stop();
  await resolvers?.stop();
  await test?.close();
});

interface Answer {
  body: { data?: Record<string, any> | null; errors?: unknown[] };
  statements: number;
  /** The response as sent. */
  text: string;
}

async function ask(app: App, query: string, as: string): Promise<Answer> {
  const token = await test.tokenFor(as);
  test.resetQueries();
  const response = await fetch(urls.get(app)!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { body: JSON.parse(text) as Answer['body'], statements: test.queries.length, text };
}

const isNodeType = (type: unknown): type is GraphQLObjectType =>
  isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node');
const isConnection = (type: unknown): type is GraphQLObjectType =>
  isObjectType(type) && type.name.endsWith('Connection') && 'nodes' in type.getFields();
const nodeOfConnection = (type: GraphQLObjectType) => getNamedType(type.getFields().nodes.type) as GraphQLObjectType;
const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/** Every leaf of a plain object (e.g. `Period`), nested objects included. */
function leaves(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((field) => !requiredArgs(field))
    .map((field) => {
      const named = getNamedType(field.type);
      return isLeafType(named) ? field.name : isObjectType(named) ? `${field.name} { ${leaves(named)} }` : '';
    })
    .join(' ');
}

/** All scalar fields of a node type, every reference's id, every connection's count and first page of ids. */
function everyField(type: GraphQLObjectType): string {
  return selectableFields(type)
    .map((field) => fieldSelection(type, field))
    .join(' ');
}

function selectableFields(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => !requiredArgs(field));
}

/** One field's selection; `final` leaves out what only graphql-js writes (page info, edges, `__typename`). */
function fieldSelection(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, final = false): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return field.name;
  if (isConnection(named)) {
    const paging = final ? '' : 'pageInfo { hasNextPage endCursor } edges { cursor } ';
    return `${field.name}(first: ${CHILD_PAGE}) { totalCount ${paging}nodes { id } }`;
  }
  if (isNodeType(named)) return `${field.name} { id }`;
  if (isInterfaceType(named)) return `${field.name} { ${final ? '' : '__typename '}id }`;
  if (isObjectType(named)) return `${field.name} { ${leaves(named)} }`;
  throw new Error(`Unexpected field type ${type.name}.${field.name}`);
}

interface Route {
  type: string;
  /** The query that lists nodes of the type with every field. */
  query: string;
  /** Where the nodes are in the answer. */
  nodes(data: Record<string, any>): unknown[];
}

/** For every node type: a root list of it, or else a connection of the nodes of a root list. */
function routes(schema: GraphQLSchema, select: (type: GraphQLObjectType) => string = everyField, final = false): Route[] {
  const rootLists = Object.values(schema.getQueryType()!.getFields()).filter((field) => {
    const type = getNullableType(field.type);
    return isConnection(type) && isNodeType(nodeOfConnection(type)) && !requiredArgs(field) && !NOT_ENGINE_LISTS.has(field.name);
  });
  const found = new Map<string, Route>();
  const connection = (fields: string) =>
    final
      ? `totalCount nodes { ${fields} }`
      : `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } nodes { ${fields} }`;
  for (const root of rootLists) {
    const type = nodeOfConnection(getNullableType(root.type) as GraphQLObjectType);
    if (found.has(type.name)) continue;
    found.set(type.name, {
      type: type.name,
      query: `{ list: ${root.name}(first: ${PAGE}) { ${connection(select(type))} } }`,
      nodes: (data) => data.list.nodes,
    });
  }
  for (const root of rootLists) {
    const parent = nodeOfConnection(getNullableType(root.type) as GraphQLObjectType);
    for (const field of Object.values(parent.getFields())) {
      const named = getNamedType(field.type);
      if (!isConnection(named)) continue;
      const child = nodeOfConnection(named);
      if (found.has(child.name)) continue;
      found.set(child.name, {
        type: child.name,
        query: `{ list: ${root.name}(first: 100) { totalCount nodes { id children: ${field.name}(first: 20) { ${connection(select(child))} } } } }`,
        nodes: (data) => data.list.nodes.flatMap((node: Record<string, any>) => node.children.nodes),
      });
    }
  }
  return [...found.values()];
}

describe('read engine', () => {
  it('reads every field of every node type', () => {
    expect(unreadableFields(test.app.schema, test.orm.em.fork())).toEqual([]);
  });

  it('reaches every node type by a root list or a connection of one', () => {
    const schema = test.app.schema;
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter(isNodeType)
      .map((type) => type.name)
      .filter((name) => name !== 'ApiKey')
      .sort();
    expect(
      routes(schema)
        .map((route) => route.type)
        .sort(),
    ).toEqual(nodeTypes);
  });

  it('answers a query of a single statement beyond authentication', async () => {
    const baseline = await ask(engine, '{ __typename }', ANALYST);
    const answer = await ask(engine, '{ clusters(first: 3) { totalCount nodes { id name responsibleWorkingGroups { id } } } }', ANALYST);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.statements - baseline.statements).toBe(1);
  });

  it('reads the changed object of audit events, of any type, with the fields asked of each type', async () => {
    const query =
      '{ auditEvents(first: 50) { totalCount nodes { action targetType target { __typename id ' +
      '... on Cluster { name province { code } responsibleWorkingGroups { id name } } ... on PlanIndicator { name latestActual gap } ' +
      '... on ApiKey { name person { id } } ... on Person { fullNameLatin } } } } }';
    for (const as of [ANALYST, ADMIN]) {
      const baseline = await ask(engine, '{ __typename }', as);
      const byEngine = await ask(engine, query, as);
      const byResolvers = await ask(resolvers, query, as);
      expect(byEngine.body.errors, JSON.stringify(byEngine.body.errors)).toBeUndefined();
      expect(byEngine.body).toEqual(byResolvers.body);
      expect(byEngine.statements - baseline.statements).toBe(1);
      const events = byEngine.body.data!.auditEvents.nodes as Array<{ targetType: string; target: Record<string, unknown> | null }>;
      const read = (type: string) => events.filter((event) => event.targetType === type).map((event) => event.target?.__typename ?? null);
      expect(read('PlanIndicator')).toEqual(['PlanIndicator']);
      expect(read('Cluster')).toContain('Cluster');
      expect(read('Cluster')).toContain(null);
      expect(read('RetiredType')).toEqual([null]);
      expect(read('Person')).toContain('Person');
      // API keys are the administrator's to read: for the analyst the key is as if it did not exist.
      expect(read('ApiKey')).toEqual([as === ADMIN ? 'ApiKey' : null]);
    }
  });

  /** The nodes of `ids` read through `nodes(ids)` (entities and resolvers), 100 at a time. */
  async function byResolvers(type: GraphQLObjectType, ids: string[], as: string): Promise<{ nodes: unknown[]; statements: number }> {
    const nodes: unknown[] = [];
    let statements = 0;
    for (let start = 0; start < ids.length; start += 100) {
      const chunk = ids.slice(start, start + 100);
      const answer = await ask(
        resolvers,
        `query { nodes(ids: ${JSON.stringify(chunk)}) { ... on ${type.name} { ${everyField(type)} } } }`,
        as,
      );
      expect(answer.body.errors, `${type.name} by id: ${JSON.stringify(answer.body.errors)}`).toBeUndefined();
      nodes.push(...(answer.body.data!.nodes as unknown[]));
      statements += answer.statements;
    }
    return { nodes, statements };
  }

  for (const as of VIEWERS) {
    it(`writes the same answers as graphql-js when PostgreSQL writes the response, field by field, as ${as.split('@')[0]}`, async () => {
      const schema = test.app.schema;
      let fields = 0;
      let written = 0;
      for (const type of routes(schema).map((route) => schema.getType(route.type) as GraphQLObjectType)) {
        for (const field of selectableFields(type)) {
          if (field.name === 'id') continue;
          const selection = `id ${fieldSelection(type, field, true)}`;
          const route = routes(schema, (candidate) => (candidate === type ? selection : 'id'), true).find(
            (found) => found.type === type.name,
          )!;
          const [final, ordinary] = [await ask(engine, route.query, as), await ask(resolvers, route.query, as)];
          expect(final.body.errors, `${type.name}.${field.name}: ${JSON.stringify(final.body.errors)}`).toBeUndefined();
          expect(final.body, `${type.name}.${field.name}`).toEqual(ordinary.body);
          fields += 1;
          // PostgreSQL writes `"key" : value`; JSON.stringify never puts a space before the colon.
          if (final.text.includes('" : ')) written += 1;
        }
      }
      // Most fields are written by PostgreSQL (some 70% as the analyst, fewer as a province's secretariat,
      // whose scope could hide a required reference); the rest (timestamps, floats, a period's days) by graphql-js.
      expect(written, `${written} of ${fields} fields`).toBeGreaterThan(fields * 0.6);
    });
  }

  for (const as of VIEWERS) {
    it(`gives the same answers as the resolvers, for every node type, as ${as.split('@')[0]}`, async () => {
      const baseline = await ask(engine, '{ __typename }', as);
      const seen: Record<string, number> = {};
      for (const route of routes(test.app.schema)) {
        const byEngine = await ask(engine, route.query, as);
        expect(byEngine.body.errors, `${route.type}: ${JSON.stringify(byEngine.body.errors)}`).toBeUndefined();
        const nodes = route.nodes(byEngine.body.data!) as Array<{ id: string }>;
        seen[route.type] = nodes.length;
        const reference = await byResolvers(
          test.app.schema.getType(route.type) as GraphQLObjectType,
          nodes.map((node) => node.id),
          as,
        );
        expect(nodes, route.type).toEqual(reference.nodes);
        // The engine read the whole list in one statement; the resolvers needed more for the same nodes.
        expect(byEngine.statements - baseline.statements, `${route.type}: statements of the engine`).toBe(1);
        if (nodes.length > 0)
          expect(reference.statements, `${route.type}: statements of the resolvers`).toBeGreaterThan(byEngine.statements);
      }
      if (as === ANALYST) {
        // Every type has rows in the demo data: no comparison above is of two empty lists.
        expect(
          Object.entries(seen)
            .filter(([, count]) => count === 0)
            .map(([type]) => type),
        ).toEqual([]);
      } else {
        // The secretariat of a province reads less than the analyst, and still something of most types.
        expect(seen.Cluster).toBeGreaterThan(0);
        expect(seen.PeriodicReport).toBe(0);
      }
    });
  }
});
