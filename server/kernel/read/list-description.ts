import { type ClassType, Field, InputType, registerEnumType } from 'type-graphql';

import { badUserInput } from '../errors';
import { checkListSize, MAX_FILTER_VALUES, orderInputType } from '../list-inputs';
import { connectionOf, SortDirection } from '../pagination';
import { type AggregateDescription, type AggregateSpec, allConditionsOn, describeAggregates } from './aggregate-description';
import type { ComputeEnvironment } from './node-description';
import type { SqlParameters } from './sql-parameters';

/**
 * The list side of a node description: its filter fields, its orderings and its root query. The
 * filter and order input types are generated from it (with `and`, `or` and `not`), and so are the
 * root list and the `filter`/`orderBy` arguments of every nested connection of the type: a condition
 * is written once, as SQL, and holds wherever the type is listed.
 */

/**
 * What a filter condition may use while it writes SQL. The environment carries the viewer's row
 * scope, so that a condition on a value computed from other rows (a resolution target's actual sums
 * only the plans the viewer may read) tests the very value the viewer is shown.
 */
export interface FilterScope {
  params: SqlParameters;
  env: ComputeEnvironment;
  /** The moment of the request (the app's clock), for conditions on timestamps such as an expiry. */
  now: Date;
}

type TypeFunction = () => unknown;

/** A SQL expression on the row aliased `alias`, such as one of its columns. */
export type Column = (alias: string) => string;

export interface FilterField {
  type: TypeFunction;
  description: string;
  deprecationReason?: string;
  /** The SQL condition on the row aliased `alias` for a given (non-null) value; `path` names the input field. */
  condition(value: never, alias: string, scope: FilterScope, path: string): string;
}

export type OrderValueType = 'text' | 'date' | 'timestamptz' | 'integer' | 'bigint' | 'numeric';

export interface Ordering {
  /**
   * The sort key of the row aliased `alias`; `env` gives the viewer's row scope, for a key computed
   * from other rows that must sort by the value the viewer is shown (as FilterScope's).
   */
  sql(alias: string, env: ComputeEnvironment): string;
  /** SQL type of the key, to compare a cursor's value with it. */
  type: OrderValueType;
  /** Nulls sort as the smallest value (first ascending, last descending); PostgreSQL's default is the largest. */
  nullsSmallest?: boolean;
  /** Keys that break ties of this one, in the same direction, before the id does. */
  then?: readonly Ordering[];
  /** Nulls sort last in both directions (rows without the value come after those with it). */
  nullsLast?: boolean;
  /** The same key on a row of the list's `rootSource`, which has what it needs already computed. */
  rootSql?: (alias: string) => string;
}

export interface ListSpec<OrderField extends string = string> {
  /** GraphQL type (= entity class name) of the rows. */
  type: string;
  /** The root query; omitted for types listed only as children. */
  query?: {
    name: string;
    description: string;
    /**
     * Refuses the whole query before anything is read (a top-level error such as FORBIDDEN), for a
     * list that a viewer without the right must not mistake for an empty one.
     */
    guard?: (context: never) => void;
  };
  /**
   * The `<Type>Filter` input type: `on` names the rows in the plural for its description ("Conditions
   * on development plans; all given conditions must hold."); `argument` documents the `filter` argument.
   */
  filter: { on: string; argument: string; fields: Record<string, FilterField> };
  /**
   * The `<Type>Order` input type, on the enum `<Type>OrderField` of the keys of `orderings`: `on`
   * names the rows in the plural for its description ("Fields plans can be sorted on."), and
   * `values` describes its values.
   */
  order: {
    on: string;
    values?: Partial<Record<OrderField, { description: string }>>;
    default: NoInfer<OrderField>;
    /** Direction when the client gives no `orderBy` (default ASC), e.g. DESC for "latest first". */
    defaultDirection?: SortDirection;
    /** Documents the `orderBy` argument; by default it names the default field and direction only. */
    argument?: string;
    orderings: Record<OrderField, Ordering>;
    /**
     * Order of the rows in every nested connection of the type (a trusted fragment on the row aliased
     * `t`, then the id) when the query gives no `orderBy` and the relationship no order of its own.
     */
    nested?: string;
  };
  /**
   * A condition of the list's own, written by the module that owns the rule, that holds beside the
   * filter and may depend on it (e.g. a default the filter can lift); `true` when nothing applies.
   */
  baseCondition?: (filter: Record<string, unknown> | null, alias: string, scope: FilterScope) => string;
  /**
   * Grouped aggregates of the list's rows (aggregate-description.ts): the keys they can be grouped
   * by and the measures summed; the root query `<aggregates.query>` takes the list's filter.
   */
  aggregates?: AggregateSpec;
  /**
   * The rows the root query pages through when sorted on `orderField`, instead of the table: a
   * relation with the table's columns and more, computed for every row admitted by `where` (on the
   * alias `t0`) in one pass, that the orderings' `rootSql` read. Null: the table. For a sort on a
   * value a correlated sub-select would compute row by row (and again for each key that uses it).
   */
  rootSource?: (orderField: string, where: string) => string | null;
}

export interface ListDescription extends Omit<ListSpec, 'aggregates' | 'order'> {
  /** The `<Type>Connection` object type (kernel/pagination.ts). */
  connection: ClassType;
  Filter: ClassType;
  Order: ClassType;
  order: ListSpec['order'] & { argument: string };
  aggregates?: AggregateDescription;
}

/** How deep `and`, `or` and `not` may nest in one filter. */
export const MAX_FILTER_DEPTH = 6;

/** Generates the filter and order input types of a list. */
export function describeList<OrderField extends string>(spec: ListSpec<OrderField>): ListDescription {
  const filterName = `${spec.type}Filter`;
  const Filter = { [filterName]: class {} }[filterName];
  for (const [name, field] of Object.entries(spec.filter.fields)) {
    Field(field.type as never, { nullable: true, description: field.description, deprecationReason: field.deprecationReason })(
      Filter.prototype,
      name,
    );
  }
  Field(() => [Filter], { nullable: true, description: 'Every one of these conditions holds.' })(Filter.prototype, 'and');
  Field(() => [Filter], { nullable: true, description: 'At least one of these conditions holds.' })(Filter.prototype, 'or');
  Field(() => Filter, { nullable: true, description: 'This condition does not hold.' })(Filter.prototype, 'not');
  InputType(filterName, { description: allConditionsOn(spec.filter.on) })(Filter);
  const fieldEnum = Object.fromEntries(Object.keys(spec.order.orderings).map((field) => [field, field]));
  registerEnumType(fieldEnum, {
    name: `${spec.type}OrderField`,
    description: `Fields ${spec.order.on} can be sorted on.`,
    valuesConfig: spec.order.values,
  });
  const Order = orderInputType(`${spec.type}Order`, fieldEnum, spec.order.default);
  const argument = spec.order.argument ?? `Order (default ${spec.order.default} ${spec.order.defaultDirection ?? SortDirection.ASC}).`;
  const aggregates = spec.aggregates ? describeAggregates(spec.type, spec.aggregates) : undefined;
  return { ...spec, connection: connectionOf(spec.type), Filter, Order, order: { ...spec.order, argument }, aggregates };
}

/** The SQL condition of a filter input on the row aliased `alias` (`true` when it sets nothing). */
export function filterSql(
  list: ListSpec,
  filter: Record<string, unknown> | null | undefined,
  alias: string,
  scope: FilterScope,
  depth = 0,
): string {
  if (!filter) return 'true';
  if (depth > MAX_FILTER_DEPTH)
    throw badUserInput(`\`filter\` nests \`and\`, \`or\` and \`not\` at most ${MAX_FILTER_DEPTH} deep.`, 'filter');
  const parts: string[] = [];
  for (const [name, value] of Object.entries(filter)) {
    if (value == null) continue;
    if (name === 'and' || name === 'or') {
      const branches = checkListSize(value as Record<string, unknown>[], `filter.${name}`)!.map(
        (branch) => `(${filterSql(list, branch, alias, scope, depth + 1)})`,
      );
      if (name === 'and') parts.push(...branches);
      else parts.push(branches.length > 0 ? `(${branches.join(' or ')})` : 'false');
    } else if (name === 'not') {
      // A condition that is unknown (null) for a row must not hold under `not` either: complement, not SQL null logic.
      parts.push(`not coalesce((${filterSql(list, value as Record<string, unknown>, alias, scope, depth + 1)}), false)`);
    } else {
      const field = list.filter.fields[name];
      if (field) parts.push(`(${field.condition(value as never, alias, scope, `filter.${name}`)})`);
    }
  }
  return parts.length > 0 ? parts.join(' and ') : 'true';
}

// -------------------------------------------------------------------------------------------------
// Orderings
// -------------------------------------------------------------------------------------------------

export function orderBy(
  type: OrderValueType,
  sql: (alias: string, env: ComputeEnvironment) => string,
  options: { nullsSmallest?: boolean; nullsLast?: boolean; then?: readonly Ordering[]; rootSql?: Column } = {},
): Ordering {
  return { type, sql, nullsSmallest: options.nullsSmallest, nullsLast: options.nullsLast, then: options.then, rootSql: options.rootSql };
}

/** One key of a list's sort, on a row alias, in its direction. */
export interface SortTerm {
  sql: string;
  type: OrderValueType | 'uuid';
  descending: boolean;
  nullsFirst: boolean;
}

/**
 * The sort of a list in `order` (its default when none) on the row aliased `alias`: the ordering's
 * keys, then the id, so that every row has one place. Root lists and nested connections share it;
 * `fromRootSource` says the row comes from the list's `rootSource` (the keys' `rootSql` apply).
 */
export function sortTerms(
  list: ListSpec,
  order: { field: string; direction: SortDirection } | null | undefined,
  alias: string,
  env: ComputeEnvironment,
  fromRootSource = false,
): { key: string; terms: SortTerm[] } {
  const field = order?.field ?? list.order.default;
  const descending = (order ? order.direction : list.order.defaultDirection) === SortDirection.DESC;
  const ordering = list.order.orderings[field];
  if (!ordering) throw badUserInput(`\`orderBy.field\` is not a field ${list.type} lists sort on.`, 'orderBy');
  const terms: SortTerm[] = [
    ...[ordering, ...(ordering.then ?? [])].map((key) => {
      const nullsSmallest = key.nullsSmallest ?? false;
      const nullsFirst = key.nullsLast ? false : descending ? !nullsSmallest : nullsSmallest;
      return { sql: fromRootSource && key.rootSql ? key.rootSql(alias) : key.sql(alias, env), type: key.type, descending, nullsFirst };
    }),
    { sql: `${alias}."id"`, type: 'uuid', descending: false, nullsFirst: false },
  ];
  return { key: `${field}:${descending ? 'DESC' : 'ASC'}`, terms };
}

/**
 * The SQL order of a nested connection without `orderBy` on the child row aliased `t`: the
 * relationship's own, else the child list's `order.nested`. A relationship without either is refused
 * when the schema is built.
 */
export function nestedOrder(relation: { entity: ClassType; order?: string }, list: ListSpec | undefined): string {
  const order = relation.order ?? list?.order.nested;
  if (order === undefined)
    throw new Error(`A connection of ${relation.entity.name} names no order, nor does the ${relation.entity.name} list.`);
  return order;
}

export function orderSql(terms: readonly SortTerm[]): string {
  return terms.map((term) => `${term.sql} ${term.descending ? 'desc' : 'asc'} nulls ${term.nullsFirst ? 'first' : 'last'}`).join(', ');
}

export { MAX_FILTER_VALUES };
