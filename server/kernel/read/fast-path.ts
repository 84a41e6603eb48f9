import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { validateSync } from 'class-validator';
import {
  getArgumentValues,
  getDirectiveValues,
  getNullableType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { parseResolveInfo, simplifyParsedResolveInfoFragmentWithType, type ResolveTree } from 'graphql-parse-resolve-info';
import { checkInputText } from '../input-hygiene';
import { PageArgs } from '../pagination';
import type { ListDescription } from './list-description';
import { readList } from './list-reader';
import { isEngineNode, registryOf, type ReadRequest } from './read-engine';
import { NODE_TYPE_KEY } from './sql-compiler';

/**
 * Queries whose root fields are all lists the engine reads are answered without graphql-js walking
 * the result field by field: the engine's JSON already has the response's shape (its keys are the
 * query's response keys), so the answer is completed here in one pass: ids encoded, scalars
 * serialized by their own GraphQL types, connections shaped. It is what PostGraphile's planner
 * gains over resolvers, on the same plan. Anything unusual (a fragment at the root, an error, a null
 * where the schema promises a value) is left to the ordinary execution, which gives the same data.
 */

class Fallback extends Error {}

/** A selection simplified for a type, made once per (selection, type): every node of a list shares it. */
const simplified = new WeakMap<ResolveTree, Map<GraphQLObjectType, [string, ResolveTree][]>>();

function fieldsOf(tree: ResolveTree, type: GraphQLObjectType): [string, ResolveTree][] {
  let byType = simplified.get(tree);
  if (!byType) simplified.set(tree, (byType = new Map()));
  let fields = byType.get(type);
  if (!fields) byType.set(type, (fields = Object.entries(simplifyParsedResolveInfoFragmentWithType(tree, type).fields) as [string, ResolveTree][]));
  return fields;
}

interface Completion {
  schema: GraphQLSchema;
  registry: ReturnType<typeof registryOf>;
}

function complete(context: Completion, type: GraphQLOutputType, tree: ResolveTree, value: unknown): unknown {
  if (isNonNullType(type)) {
    const completed = complete(context, type.ofType, tree, value);
    if (completed === null || completed === undefined) throw new Fallback();
    return completed;
  }
  if (value === null || value === undefined) return null;
  if (isListType(type)) {
    if (!Array.isArray(value)) throw new Fallback();
    return value.map((item) => complete(context, type.ofType, tree, item));
  }
  if (isLeafType(type)) {
    const serialized = isEnumType(type) ? type.serialize(value) : type.serialize(value);
    return serialized;
  }
  if (isEngineNode(value)) {
    const concrete = context.schema.getType(String(value[NODE_TYPE_KEY]));
    if (!isObjectType(concrete)) throw new Fallback();
    return completeNode(context, concrete, tree, value);
  }
  if (isInterfaceType(type) || !isObjectType(type)) throw new Fallback();
  return completePlain(context, type, tree, value as Record<string, unknown>);
}

/** An object the engine built: fields under their response keys, some mapped (ids, periods, pages). */
function completeNode(context: Completion, type: GraphQLObjectType, tree: ResolveTree, value: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const fields = type.getFields();
  for (const [responseKey, field] of fieldsOf(tree, type)) {
    if (field.name === '__typename') {
      result[responseKey] = type.name;
      continue;
    }
    const map = context.registry.mapOf(type.name, field.name);
    const raw = value[responseKey];
    result[responseKey] = complete(context, fields[field.name].type, field, map && raw != null ? map(raw) : raw);
  }
  return result;
}

/** Any other object (a connection, an edge, page info, a period): fields by name. */
function completePlain(context: Completion, type: GraphQLObjectType, tree: ResolveTree, value: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const fields = type.getFields();
  for (const [responseKey, field] of fieldsOf(tree, type)) {
    result[responseKey] = field.name === '__typename' ? type.name : complete(context, fields[field.name].type, field, value[field.name]);
  }
  return result;
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
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], (context.request.variables ?? {}) as Record<string, unknown>);
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
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
  const completion: Completion = { schema, registry };
  const data: Record<string, unknown> = {};
  const results = await Promise.all(
    plans.map(async ({ node, list }) => {
      if (!list) return queryType.name;
      // A list only some viewers may read refuses the others here too (answered by the ordinary path).
      list.query?.guard?.(contextValue as never);
      const definition = fields[node.name.value];
      const args = getArgumentValues(definition, node, variables);
      for (const argument of definition.args) checkInputText(args[argument.name], argument.type, argument.name);
      const page = Object.assign(new PageArgs(), Object.fromEntries(['first', 'after', 'last', 'before'].filter((key) => args[key] != null).map((key) => [key, args[key]])));
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
      const connection = await readList(request, info, list, page, args.filter as Record<string, unknown> | null, args.orderBy as never);
      const tree = parseResolveInfo(info) as ResolveTree;
      const connectionType = getNullableType(definition.type);
      if (!isObjectType(connectionType)) throw new Fallback();
      return completePlain(completion, connectionType, tree, connection as unknown as Record<string, unknown>);
    }),
  );
  plans.forEach(({ responseKey }, index) => {
    data[responseKey] = results[index];
  });
  return data;
}

/** The Apollo plugin: answers from the engine where it can (see above), or leaves the query to graphql-js. */
export function engineAnswerPlugin<TContext extends object>(lists: readonly ListDescription[], requestOf: (context: TContext) => ReadRequest): ApolloServerPlugin<TContext> {
  const byQuery = new Map(lists.filter((list) => list.query).map((list) => [list.query!.name, list]));
  return {
    async requestDidStart() {
      return {
        async responseForOperation(context) {
          try {
            const data = await answer(context as GraphQLRequestContextResponseForOperation<object>, byQuery, requestOf(context.contextValue));
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
