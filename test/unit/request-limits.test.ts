/**
 * The pure parts of the request limits on the real schema (no database): the cost estimate, the
 * depth/alias/directive rules, the environment variables, and the README's example
 * queries staying inside the defaults.
 */
import 'reflect-metadata';

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { getIntrospectionQuery, type GraphQLSchema, Kind, type OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { readEnvironment } from '../../server/config/environment';
import { maxAliasesRule, maxDepthRule, maxDirectivesRule } from '../../server/kernel/limits/operation-limits';
import { fragmentsOf, operationCost } from '../../server/kernel/limits/query-cost';
import { DEFAULT_REQUEST_LIMITS } from '../../server/kernel/limits/request-limits';
import { buildAppSchema } from '../../server/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function costOf(text: string, variables?: Record<string, unknown>): number {
  const document = parse(text);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return operationCost({ schema, operation, fragments: fragmentsOf(document.definitions), variables });
}

/** Messages of the limit rules alone (graphql-js's own rules left out unless asked for). */
function limitErrors(text: string, limits = DEFAULT_REQUEST_LIMITS, withSpecifiedRules = false): string[] {
  const rules = [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases), maxDirectivesRule(limits.maxDirectives)];
  return validate(schema, parse(text, { maxTokens: limits.maxTokens }), withSpecifiedRules ? [...specifiedRules, ...rules] : rules).map(
    (error) => error.message,
  );
}

describe('operation cost', () => {
  it.each([
    ['scalars only', '{ __typename }', 0],
    ['one object', '{ viewer { id email } }', 1],
    ['a connection without a list selected', '{ clusters { totalCount pageInfo { hasNextPage } } }', 2],
    ['a default page (20)', '{ clusters { nodes { id } } }', 1 + 20],
    [
      'a page of 5 with an object in each node',
      '{ clusters(first: 5) { edges { cursor node { province { code } } } } }',
      1 + 5 * (1 + 1 + 1),
    ],
    ['`last`', '{ clusters(last: 7) { nodes { id } } }', 1 + 7],
    ['`first` and `last`: the larger', '{ clusters(first: 3, last: 8) { nodes { id } } }', 1 + 8],
    ['a page over 100 counted as 100 (it is refused anyway)', '{ clusters(first: 1000) { nodes { id } } }', 1 + 100],
    ['nested pages multiply', '{ provinces(first: 10) { nodes { clusters(first: 10) { nodes { id } } } } }', 1 + 10 * (1 + 1 + 10)],
    ['`nodes(ids:)` counts its ids', '{ nodes(ids: ["a", "b", "c"]) { id } }', 3],
    ['a list that is not a page', '{ clusters(first: 2) { nodes { responsibleWorkingGroups { name } } } }', 1 + 2 * (1 + 10)],
    [
      'aggregate groups: their default number (100), each with its node key',
      '{ clusterAggregates(groupBy: [PROVINCE]) { keys { province { code } } count } }',
      100 * (1 + 1 + 1),
    ],
    [
      'aggregate groups: as many as `first`, up to 1000',
      '{ a: clusterAggregates(first: 5) { count } b: reportingCompliance(first: 5000) { expected } }',
      5 * 1 + 1000 * 1,
    ],
    ['introspection is free', getIntrospectionQuery(), 0],
    ['inline fragments add up', '{ node(id: "x") { ... on Cluster { province { code } } ... on Person { id } } }', 2],
  ])('%s', (_case, text, expected) => {
    expect(costOf(text)).toBe(expected);
  });

  it('reads page sizes and ids from the variables, with the operation defaults', () => {
    const text = 'query($size: Int = 3, $ids: [ID!]!) { clusters(first: $size) { nodes { id } } nodes(ids: $ids) { id } }';
    expect(costOf(text, { ids: ['a'] })).toBe(1 + 3 + 1);
    expect(costOf(text, { size: 50, ids: ['a', 'b'] })).toBe(1 + 50 + 2);
    // A size that is not an integer is refused by coercion later; until then it counts as the default.
    expect(costOf(text, { size: '50', ids: [] })).toBe(1 + 20);
  });

  it('counts a fragment by the page it is spread under', () => {
    const text =
      '{ a: clusters(first: 4) { ...Page } b: clusters(first: 9) { ...Page } } fragment Page on ClusterConnection { nodes { id } }';
    expect(costOf(text)).toBe(1 + 4 + (1 + 9));
  });

  it('survives cyclic fragments (refused by graphql-js, not by a stack overflow)', () => {
    expect(costOf('{ viewer { ...A } } fragment A on Person { id ...B } fragment B on Person { email ...A }')).toBe(1);
  });
});

describe('depth, alias and directive rules', () => {
  const nested = (levels: number) => {
    const names = ['clusters', 'nodes', 'province'];
    const leaf = ['totalCount', 'id', 'code'][(levels - 2) % 3];
    return `{ ${Array.from({ length: levels - 1 }, (_, level) => `${names[level % 3]} {`).join(' ')} ${leaf} ${'}'.repeat(levels - 1)} }`;
  };

  it('accepts the depth limit and refuses one more, naming the path', () => {
    expect(limitErrors(nested(10), DEFAULT_REQUEST_LIMITS, true)).toEqual([]);
    const [message] = limitErrors(nested(11));
    expect(message).toBe(
      'The operation nests fields 11 levels deep (clusters > nodes > province > clusters > nodes > province > clusters > nodes > province > clusters > totalCount); at most 10 levels are allowed.',
    );
  });

  it('names the operation that is too deep', () => {
    expect(limitErrors(`query Deep ${nested(11)}`)[0]).toMatch(/^Operation "Deep" nests fields 11 levels deep/);
  });

  it('lets the standard introspection query through (graphql-js bounds introspection itself)', () => {
    expect(limitErrors(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), DEFAULT_REQUEST_LIMITS, true)).toEqual(
      [],
    );
  });

  it('counts aliases and directives inside fragments once per spread', () => {
    const text = `query Twice { a: viewer { ...F } b: viewer { ...F } } fragment F on Person { x: id @include(if: true) y: email @skip(if: false) }`;
    expect(limitErrors(text, { ...DEFAULT_REQUEST_LIMITS, maxAliases: 5, maxDirectives: 3 })).toEqual([
      'Operation "Twice" uses 6 aliases; at most 5 are allowed.',
      'Operation "Twice" uses 4 directives; at most 3 are allowed.',
    ]);
  });

  it('counts an exponential fan-out of fragments quickly and refuses it', () => {
    // F30 spreads F29 twice, …, F0 has two aliases: 2^31 aliases written out.
    const fragments = Array.from({ length: 30 }, (_, index) => `fragment F${index + 1} on Person { ...F${index} ...F${index} }`).join('\n');
    const text = `{ viewer { ...F30 } } fragment F0 on Person { a: id b: email }\n${fragments}`;
    const started = performance.now();
    const messages = limitErrors(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(messages).toEqual([`The operation uses ${2 ** 31} aliases; at most 15 are allowed.`]);
  });

  it('does not hang on cyclic fragments', () => {
    const text = '{ viewer { ...A } } fragment A on Person { a: id ...B } fragment B on Person { b: email ...A }';
    expect(limitErrors(text, { ...DEFAULT_REQUEST_LIMITS, maxAliases: 0 })).toEqual([
      'The operation uses 2 aliases; at most 0 are allowed.',
    ]);
  });
});

describe('environment', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };

  it('turns introspection and the explorer on in development and off in production', () => {
    expect(readEnvironment({})).toMatchObject({ graphqlIntrospection: true, graphqlExplorer: true, limits: DEFAULT_REQUEST_LIMITS });
    expect(readEnvironment(production)).toMatchObject({ graphqlIntrospection: false, graphqlExplorer: false });
    expect(readEnvironment({ ...production, GRAPHQL_INTROSPECTION: 'true', GRAPHQL_EXPLORER: 'true' })).toMatchObject({
      graphqlIntrospection: true,
      graphqlExplorer: true,
    });
    expect(readEnvironment({ GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
  });

  it('reads every limit', () => {
    const env = readEnvironment({
      GRAPHQL_MAX_DEPTH: '12',
      GRAPHQL_MAX_ALIASES: '20',
      GRAPHQL_MAX_DIRECTIVES: '5',
      GRAPHQL_MAX_TOKENS: '2000',
      GRAPHQL_MAX_COST: '50000',
      HTTP_MAX_BODY_BYTES: '65536',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_STORE_TIMEOUT_MS: '2000',
    });
    expect(env.limits).toEqual({
      maxDepth: 12,
      maxAliases: 20,
      maxDirectives: 5,
      maxTokens: 2000,
      maxCost: 50_000,
      maxBodyBytes: 65_536,
      requestsPerMinute: 0,
      rateLimitStoreTimeoutMs: 2000,
    });
  });

  it.each([
    ['GRAPHQL_INTROSPECTION', 'yes'],
    ['GRAPHQL_EXPLORER', '1'],
    ['GRAPHQL_MAX_DEPTH', '0'],
    ['GRAPHQL_MAX_COST', 'lots'],
    ['HTTP_MAX_BODY_BYTES', '10'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['RATE_LIMIT_STORE_TIMEOUT_MS', '10'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => readEnvironment({ [name]: value })).toThrow(new RegExp(name));
  });
});

describe("the README's example queries", () => {
  const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

  it('are there to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((text, index) => [index + 1, text] as const))('example %i stays inside the default limits', (_index, text) => {
    expect(limitErrors(text)).toEqual([]);
    const document = parse(text);
    for (const operation of document.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )) {
      expect(operationCost({ schema, operation, fragments: fragmentsOf(document.definitions) })).toBeLessThanOrEqual(
        DEFAULT_REQUEST_LIMITS.maxCost,
      );
    }
  });
});
