import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { validateSync } from 'class-validator';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNullableType,
  getVariableValues,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLSkipDirective,
  GraphQLString,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
} from 'graphql';
import { parseResolveInfo, type ResolveTree, simplifyParsedResolveInfoFragmentWithType } from 'graphql-parse-resolve-info';

import { checkInputText } from '../input-hygiene';
import { PageArgs } from '../pagination';
import type { ListDescription } from './list-description';
import { readList, readListJson } from './list-reader';
import { isEngineNode, type ReadRequest, registryOf } from './read-engine';
import { NODE_TYPE_KEY, UnsupportedSelection } from './sql-compiler';

/**
 * Queries whose root fields are all lists the engine reads are answered without graphql-js walking
 * the result field by field: the engine's JSON already has the response's shape (its keys are the
 * query's response keys), so the answer is completed here in one pass: ids encoded, scalars
 * serialized by their own GraphQL types, connections shaped. It is what PostGraphile's planner
 * gains over resolvers, on the same plan. Anything unusual (a fragment at the root, an error, a null
 * where the schema promises a value) is left to the ordinary execution, which gives the same data.
 */

class Fallback extends Error {}

/** A root field's answer as JSON text, spliced into the response as it is (`stringifyResult`). */
export class RawJson {
  constructor(readonly text: string) {}
}

/**
 * The response as JSON: JSON.stringify, except that a root field answered as `RawJson` is written as
 * its text. Apollo calls this for every response (app.ts).
 */
export function stringifyResult(result: Record<string, unknown>): string {
  const data = result.data as Record<string, unknown> | null | undefined;
  if (!data || !Object.values(data).some((value) => value instanceof RawJson)) return JSON.stringify(result);
  const members: string[] = [];
  for (const [name, value] of Object.entries(result)) {
    if (value === undefined) continue;
    if (name !== 'data') {
      members.push(`${JSON.stringify(name)}:${JSON.stringify(value)}`);
      continue;
    }
    const fields = Object.entries(data).map(
      ([key, field]) => `${JSON.stringify(key)}:${field instanceof RawJson ? field.text : JSON.stringify(field)}`,
    );
    members.push(`"data":{${fields.join(',')}}`);
  }
  return `{${members.join(',')}}`;
}

/** A selection simplified for a type, made once per (selection, type): every node of a list shares it. */
const simplified = new WeakMap<ResolveTree, Map<GraphQLObjectType, [string, ResolveTree][]>>();

function fieldsOf(tree: ResolveTree, type: GraphQLObjectType): [string, ResolveTree][] {
  let byType = simplified.get(tree);
  if (!byType) simplified.set(tree, (byType = new Map()));
  let fields = byType.get(type);
  if (!fields)
    byType.set(type, (fields = Object.entries(simplifyParsedResolveInfoFragmentWithType(tree, type).fields) as [string, ResolveTree][]));
  return fields;
}

interface Completion {
  schema: GraphQLSchema;
  registry: ReturnType<typeof registryOf>;
  /** Completers made for this request, per selection and type: every item of a list shares one. */
  made: WeakMap<ResolveTree, Map<GraphQLOutputType, Completer>>;
}

/** Completes one value of a known type and selection; throws Fallback where graphql-js must answer. */
type Completer = (value: unknown) => unknown;

/**
 * Builds the completer of a (type, selection) once; the values of a page then run through plain
 * closures instead of asking graphql-js's type predicates for every value of every row.
 */
function completer(context: Completion, type: GraphQLOutputType, tree: ResolveTree): Completer {
  let byType = context.made.get(tree);
  if (!byType) context.made.set(tree, (byType = new Map()));
  let made = byType.get(type);
  if (!made) byType.set(type, (made = makeCompleter(context, type, tree)));
  return made;
}

function makeCompleter(context: Completion, type: GraphQLOutputType, tree: ResolveTree): Completer {
  if (isNonNullType(type)) {
    const inner = completer(context, type.ofType, tree);
    return (value) => {
      const completed = inner(value);
      if (completed === null || completed === undefined) throw new Fallback();
      return completed;
    };
  }
  if (isListType(type)) {
    const item = completer(context, type.ofType, tree);
    return (value) => {
      if (value === null || value === undefined) return null;
      if (!Array.isArray(value)) throw new Fallback();
      return value.map(item);
    };
  }
  if (isLeafType(type)) {
    // Strings, the commonest leaf, pass as they are; every other value goes through its type's serializer.
    if (type === GraphQLString)
      return (value) => (value === null || value === undefined ? null : typeof value === 'string' ? value : GraphQLString.serialize(value));
    return (value) => (value === null || value === undefined ? null : type.serialize(value));
  }
  const plain = isObjectType(type) ? fieldsCompleter(context, type, tree, false) : null;
  const byConcrete = new Map<string, Completer>();
  return (value) => {
    if (value === null || value === undefined) return null;
    if (isEngineNode(value)) {
      const typeName = String(value[NODE_TYPE_KEY]);
      let node = byConcrete.get(typeName);
      if (!node) {
        const concrete = context.schema.getType(typeName);
        if (!isObjectType(concrete)) throw new Fallback();
        byConcrete.set(typeName, (node = fieldsCompleter(context, concrete, tree, true)));
      }
      return node(value);
    }
    if (!plain) throw new Fallback();
    return plain(value);
  };
}

interface FieldStep {
  responseKey: string;
  /** Where the value is: the response key in the engine's nodes, the field's name in other objects. */
  sourceKey: string;
  typename: string | null;
  map: ((value: unknown) => unknown) | undefined;
  complete: Completer;
}

function objectCompleter(steps: FieldStep[]): Completer {
  return (value) => {
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const step of steps) {
      if (step.typename !== null) {
        result[step.responseKey] = step.typename;
        continue;
      }
      const raw = source[step.sourceKey];
      result[step.responseKey] = step.complete(step.map && raw != null ? step.map(raw) : raw);
    }
    return result;
  };
}

/**
 * The completer of an object type's selection. An object the engine built (`engineNode`) has its
 * fields under their response keys, some mapped (ids, periods, pages); any other object (a
 * connection, an edge, page info, a period) has them by name.
 */
function fieldsCompleter(context: Completion, type: GraphQLObjectType, tree: ResolveTree, engineNode: boolean): Completer {
  const fields = type.getFields();
  return objectCompleter(
    fieldsOf(tree, type).map(([responseKey, field]) => {
      const sourceKey = engineNode ? responseKey : field.name;
      if (field.name === '__typename') return { responseKey, sourceKey, typename: type.name, map: undefined, complete: (value) => value };
      return {
        responseKey,
        sourceKey,
        typename: null,
        map: engineNode ? context.registry.mapOf(type.name, field.name) : undefined,
        complete: completer(context, fields[field.name].type, field),
      };
    }),
  );
}

function included(node: FieldNode, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

async function answer(
  context: GraphQLRequestContextResponseForOperation<object>,
  lists: ReadonlyMap<string, ListDescription>,
  request: ReadRequest,
): Promise<Record<string, unknown> | null> {
  const { operation, schema, document, contextValue } = context;
  if (operation.operation !== 'query') return null;
  // The selection trees the engine plans from leave `__typename` out; graphql-js answers those queries.
  if (context.source.includes('__typename')) return null;
  const queryType = schema.getQueryType()!;
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    (context.request.variables ?? {}) as Record<string, unknown>,
  );
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const roots: FieldNode[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    if (!included(selection, variables)) continue;
    roots.push(selection);
  }
  if (roots.length === 0) return null;
  const fields = queryType.getFields();
  const plans = roots.map((node) => {
    const responseKey = node.alias?.value ?? node.name.value;
    if (node.name.value === '__typename') return { responseKey, node, list: null };
    const list = lists.get(node.name.value);
    if (!list) throw new Fallback();
    return { responseKey, node, list };
  });

  const registry = registryOf(schema, request.em);
  const completion: Completion = { schema, registry, made: new WeakMap() };
  const data: Record<string, unknown> = {};
  const results = await Promise.all(
    plans.map(async ({ node, list }) => {
      if (!list) return queryType.name;
      // A list only some viewers may read refuses the others here too (answered by the ordinary path).
      list.query?.guard?.(contextValue as never);
      const definition = fields[node.name.value];
      const args = getArgumentValues(definition, node, variables);
      for (const argument of definition.args) checkInputText(args[argument.name], argument.type, argument.name);
      const page = Object.assign(
        new PageArgs(),
        Object.fromEntries(['first', 'after', 'last', 'before'].filter((key) => args[key] != null).map((key) => [key, args[key]])),
      );
      if (validateSync(page, { forbidUnknownValues: false, skipMissingProperties: true }).length > 0) throw new Fallback();
      const info = {
        fieldName: node.name.value,
        fieldNodes: [node],
        returnType: definition.type,
        parentType: queryType,
        schema,
        fragments,
        variableValues: variables,
        path: { prev: undefined, key: node.alias?.value ?? node.name.value, typename: queryType.name },
        operation,
        rootValue: undefined,
      } as unknown as GraphQLResolveInfo;
      const read = { request, info, list, args: page, filter: args.filter as Record<string, unknown> | null, order: args.orderBy as never };
      try {
        // Written by PostgreSQL as the response's JSON, and sent as it is (final-json.ts).
        return new RawJson(await readListJson(read));
      } catch (error) {
        if (!(error instanceof UnsupportedSelection)) throw error;
      }
      const connection = await readList(read);
      const tree = parseResolveInfo(info) as ResolveTree;
      const connectionType = getNullableType(definition.type);
      if (!isObjectType(connectionType)) throw new Fallback();
      return completer(completion, connectionType, tree)(connection);
    }),
  );
  plans.forEach(({ responseKey }, index) => {
    data[responseKey] = results[index];
  });
  return data;
}

/** The Apollo plugin: answers from the engine where it can (see above), or leaves the query to graphql-js. */
export function engineAnswerPlugin<TContext extends object>(
  lists: readonly ListDescription[],
  requestOf: (context: TContext) => ReadRequest,
): ApolloServerPlugin<TContext> {
  const byQuery = new Map(lists.filter((list) => list.query).map((list) => [list.query!.name, list]));
  return {
    async requestDidStart() {
      return {
        async responseForOperation(context) {
          try {
            const data = await answer(
              context as GraphQLRequestContextResponseForOperation<object>,
              byQuery,
              requestOf(context.contextValue),
            );
            if (!data) return null;
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
          } catch {
            // Errors and unusual shapes are answered by the ordinary execution, with its error handling.
            return null;
          }
        },
      };
    },
  };
}
