/**
 * Estimated cost of an operation, before it runs: roughly the number of objects it can load.
 *
 * - A scalar or enum field costs 0; `__typename` too.
 * - An object field costs 1 plus the cost of its selection.
 * - A list of objects costs its length times (1 + the cost of its selection). The length of the
 *   `edges` and `nodes` of a connection is the page size the connection field asked for: its `first`
 *   or `last` (the larger when both are given, 20 when neither, at most 100 since larger pages are
 *   refused anyway). `nodes(ids: […])` lists as many as it names. Any other list of objects (a
 *   payload's `userErrors`, a cluster's `responsibleWorkingGroups`) counts `unpagedListSize`.
 * - A list that is itself limited by `first` (the groups of an aggregate query) is as long as its
 *   `first`, or its default, up to the most it returns.
 * - Introspection (`__schema`, `__type`) costs 0: its size is the schema's, and graphql-js bounds its
 *   nesting with MaxIntrospectionDepthRule.
 * - Every branch of inline fragments and spreads on abstract types is added: an upper bound.
 *
 * So `clusters(first: 50) { nodes { name province { code } } }` costs 1 + 50 × (1 + 1) = 101, and a
 * page of 100 plans each with a page of 100 reports costs over 10,000.
 *
 * Variables are read from the request as sent (cost is computed before they are coerced); a page size
 * that is not an integer counts as the default, and coercion refuses it afterwards.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
  type ValueNode,
} from 'graphql';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination';
import { DEFAULT_GROUPS, MAX_GROUPS } from '../read/aggregate-description';

export interface CostSettings {
  /** Page size of a connection that gives neither `first` nor `last`. */
  defaultPageSize: number;
  /** Largest page size counted; larger pages are refused by argument validation. */
  maxPageSize: number;
  /** Assumed length of a list of objects that is not a connection page and has no `ids`. */
  unpagedListSize: number;
  /** Length of a list limited by its own `first` (aggregate groups) that does not give it, and the most counted. */
  defaultGroups: number;
  maxGroups: number;
}

export const DEFAULT_COST_SETTINGS: Readonly<CostSettings> = Object.freeze({
  defaultPageSize: DEFAULT_PAGE_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
  unpagedListSize: 10,
  defaultGroups: DEFAULT_GROUPS,
  maxGroups: MAX_GROUPS,
});

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  /** The document's fragments by name. */
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** Variables as the client sent them (may be missing or of the wrong type). */
  variables?: Readonly<Record<string, unknown>> | null;
  settings?: Partial<CostSettings>;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** The fragments of a parsed document, by name, for {@link operationCost}. */
export function fragmentsOf(definitions: readonly { kind: string }[]): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      fragments.set(fragment.name.value, fragment);
    }
  }
  return fragments;
}

export function operationCost(input: CostInput): number {
  const settings: CostSettings = { ...DEFAULT_COST_SETTINGS, ...input.settings };
  const { schema, operation, fragments } = input;
  const variables = effectiveVariables(operation, input.variables ?? {});
  const fragmentCosts = new Map<string, number>();

  const integerArgument = (node: FieldNode, name: string): number | null => {
    const argument = node.arguments?.find((candidate) => candidate.name.value === name);
    if (!argument) return null;
    const value = argument.value.kind === Kind.VARIABLE ? variables[argument.value.name.value] : valueFromASTUntyped(argument.value);
    return typeof value === 'number' && Number.isInteger(value) ? value : null;
  };

  /** Page size a connection field asks for; null for fields that are not paginated. */
  const pageSizeOf = (definition: GraphQLField<unknown, unknown>, node: FieldNode): number | null => {
    if (!definition.args.some((argument) => argument.name === 'first' || argument.name === 'last')) return null;
    const asked = [integerArgument(node, 'first'), integerArgument(node, 'last')].filter((size): size is number => size !== null);
    const size = asked.length > 0 ? Math.max(...asked) : settings.defaultPageSize;
    return Math.min(Math.max(size, 0), settings.maxPageSize);
  };

  /** Length of a list field limited by its own `first` (aggregate groups); null for other fields. */
  const ownLengthOf = (definition: GraphQLField<unknown, unknown>, node: FieldNode): number | null => {
    if (!definition.args.some((argument) => argument.name === 'first')) return null;
    return Math.min(Math.max(integerArgument(node, 'first') ?? settings.defaultGroups, 0), settings.maxGroups);
  };

  const idsCount = (node: FieldNode): number | null => {
    const argument = node.arguments?.find((candidate) => candidate.name.value === 'ids');
    if (!argument) return null;
    const value = argument.value.kind === Kind.VARIABLE ? variables[argument.value.name.value] : valueFromASTUntyped(argument.value);
    return Array.isArray(value) ? Math.min(value.length, settings.maxPageSize) : null;
  };

  const selectionCost = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    pageSize: number | null,
    visiting: Set<string>,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (INTROSPECTION_ROOTS.has(name) || !(isObjectType(parentType) || isInterfaceType(parentType))) continue;
        const definition = parentType.getFields()[name];
        if (!definition) continue;
        const fieldType = getNamedType(definition.type);
        if (isLeafType(fieldType) || !isCompositeType(fieldType)) continue;
        const inner = selection.selectionSet
          ? selectionCost(selection.selectionSet, fieldType, pageSizeOf(definition, selection), visiting)
          : 0;
        const length = isListType(getNullableType(definition.type))
          ? (pageSize ?? idsCount(selection) ?? ownLengthOf(definition, selection) ?? settings.unpagedListSize)
          : 1;
        total += length * (1 + inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (condition && isCompositeType(condition)) total += selectionCost(selection.selectionSet, condition, pageSize, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (!fragment || !condition || !isCompositeType(condition) || visiting.has(name)) continue;
        // The same fragment under a connection and elsewhere reads lists of different lengths.
        const key = `${name}\u0000${pageSize ?? ''}`;
        let cost = fragmentCosts.get(key);
        if (cost === undefined) {
          visiting.add(name);
          cost = selectionCost(fragment.selectionSet, condition, pageSize, visiting);
          visiting.delete(name);
          fragmentCosts.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const rootType = schema.getRootType(operation.operation);
  return rootType ? selectionCost(operation.selectionSet, rootType, null, new Set()) : 0;
}

/** The request's variables, with the operation's defaults for those it left out. */
function effectiveVariables(operation: OperationDefinitionNode, given: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const variables: Record<string, unknown> = { ...given };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue)
      variables[name] = valueFromASTUntyped(definition.defaultValue as ValueNode);
  }
  return variables;
}
