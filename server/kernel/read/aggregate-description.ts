import { type ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { quarterLabel, quarterStart } from '../calendar';
import { badUserInput } from '../errors';
import { SortDirection } from '../pagination';
import { Period } from '../period';
import { DecimalScalar, RialScalar } from '../scalars';
import type { ComputeEnvironment, SqlEnvironment } from './node-description';
import type { SqlParameters } from './sql-parameters';

/**
 * The aggregate side of a list description (PostGraphile's aggregates plugin, in our vocabulary):
 * the keys rows can be grouped by and the numeric measures that are summed, averaged and bounded.
 * From it the group, keys, measures, `having` and order types and the root query
 * `<type>Aggregates(filter, groupBy, having, orderBy, first)` are generated; the statement is
 * written by aggregate-reader.ts with the list's own filter and the viewer's row scope.
 */

type TypeFunction = () => unknown;

/** A key rows are grouped by, written as SQL on the row aliased `alias`. */
export interface Grouping {
  description: string;
  /** The key of the row aliased `alias`: a value, or the id of a node when `node` is set. */
  sql: (alias: string, env: SqlEnvironment) => string;
  /** GraphQL type of the key in the group's `keys` (the node class for a node key). */
  type: TypeFunction;
  /** The node type the key's id names: the key is then that node, read with the client's selection and in scope. */
  node?: string;
  /** A sort key for groups, from the key's SQL (e.g. a province's code from its id); the key itself breaks ties. */
  sortSql?: (key: string) => string;
  /** What the key's JSON value becomes in GraphQL (e.g. a quarter label into a `Period`). */
  map?: (value: unknown) => unknown;
  /**
   * The same key as a column of a row found by id, for the aggregate reader to join: `table` joined
   * on `id = id(alias)`, giving `column`. The planner then joins every row at once (a hash join)
   * where `sql`'s correlated sub-select would look each row's up alone.
   */
  joined?: { table: string; column: string; id: (alias: string) => string };
}

/**
 * How a measure is exchanged: `money` sums and bounds exactly as `Rial`; `integer` bounds as `Int`
 * and sums as `Decimal`; `decimal` is `Decimal` throughout. Averages are `Decimal`s to 4 places.
 */
export type MeasureKind = 'money' | 'integer' | 'decimal';

export interface Measure {
  description: string;
  kind: MeasureKind;
  /** The value of the row aliased `alias`; rows where it is null are left out of the aggregate. */
  sql: (alias: string, env: ComputeEnvironment) => string;
}

export interface AggregateSpec {
  /** Name of the root query, e.g. `clusterAggregates`. */
  query: string;
  description: string;
  /** The keys, by their field name in `keys` (the `groupBy` enum value is its UPPER_SNAKE form). */
  groupings: Record<string, Grouping>;
  /** The measures, by field name. */
  measures: Record<string, Measure>;
}

/** The four functions of a measure and the GraphQL type each gives for a kind. */
export const MEASURE_FUNCTIONS = ['sum', 'avg', 'min', 'max'] as const;
export type MeasureFunction = (typeof MEASURE_FUNCTIONS)[number];

const FUNCTION_TYPE_NAMES: Record<MeasureFunction, string> = { sum: 'Sums', avg: 'Averages', min: 'Minimums', max: 'Maximums' };
const FUNCTION_DESCRIPTIONS: Record<MeasureFunction, string> = {
  sum: 'Sums of the measures over the rows of the group (exact).',
  avg: 'Averages of the measures over the rows of the group that have them, to 4 decimal places.',
  min: 'Smallest values of the measures in the group.',
  max: 'Largest values of the measures in the group.',
};

function measureType(kind: MeasureKind, fn: MeasureFunction): TypeFunction {
  if (fn === 'avg') return () => DecimalScalar;
  if (kind === 'money') return () => RialScalar;
  if (kind === 'integer' && fn !== 'sum') return () => Int;
  return () => DecimalScalar;
}

/** `isicCode` → `ISIC_CODE`: the enum value of a grouping or measure. */
export function enumValueOf(fieldName: string): string {
  return fieldName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Most keys one aggregate query groups by: one, or the cross of two. */
export const MAX_GROUP_KEYS = 2;
/** Most groups one aggregate query returns (`first`). */
export const MAX_GROUPS = 1000;
export const DEFAULT_GROUPS = 100;

/** The description of an input type of conditions on `what` that hold together (a filter, a comparison). */
export function allConditionsOn(what: string): string {
  return `Conditions on ${what}; all given conditions must hold.`;
}

/** The operators of a comparison input: its field, the field's description and the SQL operator. */
const OPERATORS: Record<string, { description: string; sql: string }> = {
  eq: { description: 'Equal to.', sql: '=' },
  ne: { description: 'Not equal to.', sql: '<>' },
  gt: { description: 'Greater than.', sql: '>' },
  gte: { description: 'Greater than or equal to.', sql: '>=' },
  lt: { description: 'Less than.', sql: '<' },
  lte: { description: 'Less than or equal to.', sql: '<=' },
};

/** A comparison input type on values of `scalar` (`what` they are): one optional field per operator. */
function comparisonType(name: string, what: string, scalar: TypeFunction): ClassType {
  const Comparison = { [name]: class {} }[name];
  for (const [operator, { description: meaning }] of Object.entries(OPERATORS)) {
    Field(scalar as never, { nullable: true, description: meaning })(Comparison.prototype, operator);
  }
  InputType(name, { description: allConditionsOn(what) })(Comparison);
  return Comparison;
}

export const IntComparison = comparisonType('IntComparison', 'a whole number', () => Int);
export const DecimalComparison = comparisonType('DecimalComparison', 'an exact number', () => DecimalScalar);

/** The SQL conditions of a comparison input on `expression`, its values bound as `sqlType`; none when it sets nothing. */
export function comparisonSql(
  expression: string,
  comparison: Record<string, unknown> | null | undefined,
  sqlType: string,
  params: SqlParameters,
): string[] {
  if (!comparison) return [];
  return Object.entries(comparison)
    .filter(([operator, value]) => value != null && OPERATORS[operator])
    .map(([operator, value]) => `${expression} ${OPERATORS[operator].sql} ${params.bind(value)}::${sqlType}`);
}

/** The generated GraphQL types of an aggregate description. */
export interface AggregateTypes {
  GroupBy: Record<string, string>;
  Group: ClassType;
  Having: ClassType;
  Order: ClassType;
  OrderField: Record<string, string>;
}

export interface AggregateDescription extends AggregateSpec, AggregateTypes {}

/** Generates the types of a type's aggregates (`typeName` e.g. `Cluster`). */
export function describeAggregates(typeName: string, spec: AggregateSpec): AggregateDescription {
  const GroupBy = Object.fromEntries(Object.keys(spec.groupings).map((name) => [enumValueOf(name), enumValueOf(name)]));
  registerEnumType(GroupBy, {
    name: `${typeName}GroupBy`,
    description: `Keys ${typeName} rows can be grouped by; give one, or two for their cross.`,
    valuesConfig: Object.fromEntries(
      Object.entries(spec.groupings).map(([name, grouping]) => [enumValueOf(name), { description: grouping.description }]),
    ),
  });

  const Keys = { [`${typeName}GroupKeys`]: class {} }[`${typeName}GroupKeys`];
  for (const [name, grouping] of Object.entries(spec.groupings)) {
    Field(grouping.type as never, { nullable: true, description: `${grouping.description} Null unless grouped by it.` })(
      Keys.prototype,
      name,
    );
  }
  ObjectType(`${typeName}GroupKeys`, { description: `The keys of a group of ${typeName} rows; those not grouped by are null.` })(Keys);

  const measures = Object.entries(spec.measures);
  const Group = { [`${typeName}AggregateGroup`]: class {} }[`${typeName}AggregateGroup`];
  Field(() => Keys, { description: 'The keys the rows of this group share.' })(Group.prototype, 'keys');
  Field(() => Int, { description: 'Number of rows in the group.' })(Group.prototype, 'count');

  const MeasureConditions = { [`${typeName}MeasureConditions`]: class {} }[`${typeName}MeasureConditions`];
  if (measures.length > 0) {
    for (const fn of MEASURE_FUNCTIONS) {
      const typeNameOfFn = `${typeName}${FUNCTION_TYPE_NAMES[fn]}`;
      const Values = { [typeNameOfFn]: class {} }[typeNameOfFn];
      for (const [name, measure] of measures)
        Field(measureType(measure.kind, fn) as never, { nullable: true, description: measure.description })(Values.prototype, name);
      ObjectType(typeNameOfFn, { description: FUNCTION_DESCRIPTIONS[fn] })(Values);
      Field(() => Values, { description: FUNCTION_DESCRIPTIONS[fn] })(Group.prototype, fn);
    }
    for (const [name, measure] of measures)
      Field(() => DecimalComparison, { nullable: true, description: measure.description })(MeasureConditions.prototype, name);
    InputType(`${typeName}MeasureConditions`, {
      description: allConditionsOn(`the measures of ${typeName} groups`),
    })(MeasureConditions);
  }
  ObjectType(`${typeName}AggregateGroup`, {
    description: `A group of ${typeName} rows that share their keys, with their count and measures.`,
  })(Group);

  const Having = { [`${typeName}AggregatesHaving`]: class {} }[`${typeName}AggregatesHaving`];
  Field(() => IntComparison, { nullable: true, description: 'Condition on the number of rows of the group.' })(Having.prototype, 'count');
  if (measures.length > 0) {
    for (const fn of MEASURE_FUNCTIONS)
      Field(() => MeasureConditions, { nullable: true, description: `Conditions on the ${fn} of the measures.` })(Having.prototype, fn);
  }
  InputType(`${typeName}AggregatesHaving`, {
    description: `Conditions on the aggregates of ${typeName} groups; groups that fail them are left out.`,
  })(Having);

  const OrderField: Record<string, string> = { KEYS: 'KEYS', COUNT: 'COUNT' };
  for (const [name] of measures) OrderField[`SUM_${enumValueOf(name)}`] = `SUM_${enumValueOf(name)}`;
  registerEnumType(OrderField, {
    name: `${typeName}AggregateOrderField`,
    description: `What ${typeName} groups can be sorted on: their keys, their count, or the sum of a measure.`,
  });
  const Order = { [`${typeName}AggregateOrder`]: class {} }[`${typeName}AggregateOrder`];
  Field(() => OrderField, { defaultValue: 'KEYS', description: 'Field to sort on (default KEYS).' })(Order.prototype, 'field');
  Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction (default ASC).' })(Order.prototype, 'direction');
  InputType(`${typeName}AggregateOrder`, {
    description: 'Order of groups: a field and a direction; groups of equal value follow their keys.',
  })(Order);

  return { ...spec, GroupBy, Group, Having, Order, OrderField };
}

/** The grouping field names of a `groupBy` argument, checked: known, distinct, at most two. */
export function groupingNames(groupings: Record<string, unknown>, groupBy: readonly string[] | null | undefined): string[] {
  const given = groupBy ?? [];
  if (given.length > MAX_GROUP_KEYS)
    throw badUserInput(`\`groupBy\` takes at most ${MAX_GROUP_KEYS} keys (one, or the cross of two).`, 'groupBy');
  if (new Set(given).size !== given.length) throw badUserInput('`groupBy` names a key twice.', 'groupBy');
  const byValue = new Map(Object.keys(groupings).map((name) => [enumValueOf(name), name]));
  return given.map((value) => {
    const name = byValue.get(value);
    if (!name) throw badUserInput(`\`groupBy\` has no key ${value}.`, 'groupBy');
    return name;
  });
}

/** `first` of an aggregate query, checked. */
export function groupLimit(first: number | null | undefined): number {
  const limit = first ?? DEFAULT_GROUPS;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_GROUPS)
    throw badUserInput(`\`first\` must be between 1 and ${MAX_GROUPS}.`, 'first');
  return limit;
}

// -------------------------------------------------------------------------------------------------
// Groupings and measures of the one vocabulary every aggregate uses
// -------------------------------------------------------------------------------------------------

type Column = (alias: string) => string;

/** A key that is a node of `target` (its GraphQL class `type`), found by the id `sql` gives; groups sort on `sortColumn` of the node. */
export function nodeGrouping(
  type: () => ClassType,
  target: { name: string; table: string; sortColumn: string },
  description: string,
  sql: Column,
): Grouping {
  return {
    description,
    sql,
    type,
    node: target.name,
    sortSql: (key) => `(select gs."${target.sortColumn}" from "${target.table}" gs where gs."id" = ${key})`,
  };
}

/** A key that is a plain value (a string, an enum, a boolean). */
export function valueGrouping(type: TypeFunction, description: string, sql: (alias: string, env: SqlEnvironment) => string): Grouping {
  return { description, sql, type };
}

/** First quarter the quarter of a day can be computed for in SQL, and the last. */
const FIRST_SQL_YEAR = 1370;
const LAST_SQL_YEAR = 1440;
let quarterTable: string | undefined;

/**
 * The Solar Hijri quarter label (`1403-Q2`) of the day `day` (SQL): the latest quarter start on or
 * before it, from the starts the calendar (kernel/calendar.ts, ICU) computes for 1370–1440, inlined
 * as constant arrays so that PostgreSQL needs no calendar of its own.
 */
export function quarterOfDaySql(day: string): string {
  if (!quarterTable) {
    const starts: string[] = [];
    const labels: string[] = [];
    for (let year = FIRST_SQL_YEAR; year <= LAST_SQL_YEAR; year++) {
      for (const quarter of [1, 2, 3, 4] as const) {
        starts.push(quarterStart({ year, quarter }));
        labels.push(quarterLabel({ year, quarter }));
      }
    }
    quarterTable = `unnest('{${starts.join(',')}}'::date[], '{${labels.join(',')}}'::text[])`;
  }
  return `(select gq.l from ${quarterTable} gq(s, l) where gq.s <= ${day} order by gq.s desc limit 1)`;
}

/** A key that is a quarter, from a label column or `quarterOfDaySql`; exchanged as a `Period`. */
export function periodGrouping(description: string, sql: Column): Grouping {
  return { description, sql, type: () => Period, map: (label) => Period.fromLabel(String(label)) };
}

/** A measure (see Measure). */
export function measure(kind: MeasureKind, description: string, sql: (alias: string, env: ComputeEnvironment) => string): Measure {
  return { kind, description, sql };
}
