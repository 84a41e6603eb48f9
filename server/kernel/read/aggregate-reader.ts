import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { parseResolveInfo, type ResolveTree, simplifyParsedResolveInfoFragmentWithType } from 'graphql-parse-resolve-info';

import { SortDirection } from '../pagination';
import {
  type AggregateDescription,
  comparisonSql,
  enumValueOf,
  type Grouping,
  type Measure,
  MEASURE_FUNCTIONS,
  type MeasureFunction,
} from './aggregate-description';
import { filterSql, type ListSpec } from './list-description';
import type { ComputeEnvironment } from './node-description';
import { environment, nestedPage, type ReadRequest, registryOf } from './read-engine';
import { mergeTrees, SqlCompiler, sqlInteger } from './sql-compiler';
import { SqlParameters } from './sql-parameters';
import { runStatement } from './statement';

/**
 * Grouped aggregates in ONE statement. The rows are those of the type's list, with the list's
 * filter, its default condition and the viewer's row scope; their keys are computed once per row in
 * a lateral sub-select, so that the groups, their order and the JSON of node keys (read with the
 * client's selection and scoped like any reference) can all refer to them:
 *
 *   select json_agg(<group JSON> order by n) from (
 *     select gk.k0, gk.k1, count(*)::int as f0, sum(…)::text as f1, …, row_number() over (order by …) as n
 *     from "table" t0 cross join lateral (select <key 0> as k0, <key 1> as k1) gk
 *     where <filter> and <scope> group by gk.k0, gk.k1 having … order by … limit …) g
 */

/** What a group carries besides its keys: SQL aggregates over the rows aliased `t0`, nested one level at most. */
export type Figures = Record<string, string | Record<string, string>>;

export interface GroupQuery {
  list: ListSpec;
  groupings: Record<string, Grouping>;
  /** Names of the groupings to group by, checked. */
  keys: readonly string[];
  filter: Record<string, unknown> | null | undefined;
  /** Conditions on the rows besides the filter, e.g. a range of quarters (row alias `t0`). */
  conditions?: (params: SqlParameters, env: ComputeEnvironment) => string[];
  figures: (params: SqlParameters, env: ComputeEnvironment) => Figures;
  /** Conditions on the groups (SQL aggregates on `t0`). */
  having?: (params: SqlParameters, env: ComputeEnvironment) => string[];
  /** An aggregate to sort the groups on before their keys; null to sort on the keys only. */
  order?: (env: ComputeEnvironment) => { sql: string | null; descending: boolean };
  limit: number;
  /** The selection of `keys` (every alias merged), or null when the keys are not asked for. */
  keysSelection: ResolveTree | null;
  /** The GraphQL object type of `keys`. */
  keysType: string;
}

type Json = Record<string, unknown>;

export async function readGroups(request: ReadRequest, info: GraphQLResolveInfo, query: GroupQuery): Promise<Json[]> {
  const registry = registryOf(info.schema, request.em);
  const sqlEnv = environment(request);
  const env: ComputeEnvironment = { ...sqlEnv, scope: request.scope };
  const params = new SqlParameters();
  const { list } = query;
  const table = `"${registry.metadata(list.type).tableName}"`;
  const filterScope = { params, env, now: request.now };

  const conditions = [filterSql(list, query.filter, 't0', filterScope)];
  if (list.baseCondition) conditions.push(`(${list.baseCondition(query.filter ?? null, 't0', filterScope)})`);
  conditions.push(...(query.conditions?.(params, env) ?? []).map((condition) => `(${condition})`));
  const scope = request.scope(list.type, 't0');
  if (scope) conditions.push(scope);

  const keyColumns = query.keys.map((_, index) => `gk."k${index}"`);
  // Keys that are a column of a row found by id are joined (see Grouping.joined); the others are
  // computed in the lateral sub-select.
  const joins = query.keys
    .map((name, index) => {
      const joined = query.groupings[name].joined;
      return joined ? ` left join "${joined.table}" gj${index} on gj${index}."id" = ${joined.id('t0')}` : '';
    })
    .join('');
  const keySql = (name: string, index: number) => {
    const joined = query.groupings[name].joined;
    return joined ? `gj${index}."${joined.column}"` : query.groupings[name].sql('t0', sqlEnv);
  };
  const lateral =
    query.keys.length > 0
      ? `${joins} cross join lateral (select ${query.keys.map((name, index) => `${keySql(name, index)} as "k${index}"`).join(', ')}) gk`
      : '';

  // Inner columns: the keys, then each figure as f<n>; the outer select nests them into the group's JSON.
  const innerColumns: string[] = [...keyColumns.map((column, index) => `${column} as "k${index}"`)];
  let figureCount = 0;
  const column = (sql: string) => {
    innerColumns.push(`${sql} as "f${figureCount}"`);
    return `g."f${figureCount++}"`;
  };
  const figurePairs: string[] = [];
  for (const [name, figure] of Object.entries(query.figures(params, env))) {
    if (typeof figure === 'string') figurePairs.push(`'${name}'`, column(figure));
    else {
      const nested = Object.entries(figure).flatMap(([inner, sql]) => [`'${inner}'`, column(sql)]);
      figurePairs.push(`'${name}'`, nested.length > 0 ? `json_build_object(${nested.join(', ')})` : `'{}'::json`);
    }
  }

  const ordering = query.order?.(env) ?? { sql: null, descending: false };
  // Keys follow the direction asked for when the groups are sorted on them, and ascend otherwise.
  const keyDirection = ordering.sql === null && ordering.descending ? 'desc' : 'asc';
  const keyOrder = query.keys.flatMap((name, index) => {
    const sortKey = query.groupings[name].sortSql;
    return [
      ...(sortKey ? [`${sortKey(keyColumns[index])} ${keyDirection} nulls last`] : []),
      `${keyColumns[index]} ${keyDirection} nulls last`,
    ];
  });
  const order = [...(ordering.sql ? [`${ordering.sql} ${ordering.descending ? 'desc' : 'asc'} nulls last`] : []), ...keyOrder];
  innerColumns.push(`row_number() over (${order.length > 0 ? `order by ${order.join(', ')}` : ''}) as "n"`);

  const having = query.having?.(params, env) ?? [];

  // The keys' JSON: node keys as scoped references with the client's selection, values as they are.
  const compiler = new SqlCompiler({ registry, env: sqlEnv, scope: request.scope, params, now: request.now }, nestedPage);
  const keyPairs: string[] = [];
  if (query.keysSelection) {
    const keysType = info.schema.getType(query.keysType);
    if (!isObjectType(keysType)) throw new Error(`${query.keysType} is not an object type.`);
    const selected = selectedByName(query.keysSelection, keysType);
    for (const [name, tree] of selected) {
      const index = query.keys.indexOf(name);
      const grouping = query.groupings[name];
      if (index < 0 || !grouping) keyPairs.push(`'${name}'`, 'null');
      else if (grouping.node) keyPairs.push(`'${name}'`, compiler.referenceSql(grouping.node, `g."k${index}"`, tree));
      else keyPairs.push(`'${name}'`, `g."k${index}"`);
    }
  }
  const groupJson = `json_build_object('keys', ${keyPairs.length > 0 ? `json_build_object(${keyPairs.join(', ')})` : `'{}'::json`}${
    figurePairs.length > 0 ? `, ${figurePairs.join(', ')}` : ''
  })`;

  const inner =
    `select ${innerColumns.join(', ')} from ${table} t0${lateral} where ${conditions.join(' and ')}` +
    (keyColumns.length > 0 ? ` group by ${keyColumns.join(', ')}` : '') +
    (having.length > 0 ? ` having ${having.join(' and ')}` : '') +
    (order.length > 0 ? ` order by ${order.join(', ')}` : '') +
    ` limit ${sqlInteger(query.limit)}`;
  const { sql, values } = params.finish(`select coalesce(json_agg(${groupJson} order by g."n"), '[]'::json) as "groups" from (${inner}) g`);
  const [row] = await runStatement<{ groups: Json[] }>(request.em, 'write', { sql, values });
  const groups = row.groups;
  for (const group of groups) {
    const keys = group.keys as Json;
    for (const name of query.keys) {
      const map = query.groupings[name].map;
      if (map && keys[name] != null) keys[name] = map(keys[name]);
    }
  }
  return groups;
}

/** The fields of an object selection by field name, every alias of a field merged into one tree. */
export function selectedByName(tree: ResolveTree, type: GraphQLObjectType): Map<string, ResolveTree> {
  const byName = new Map<string, ResolveTree>();
  for (const field of Object.values(simplifyParsedResolveInfoFragmentWithType(tree, type).fields) as ResolveTree[]) {
    if (field.name.startsWith('__')) continue;
    const existing = byName.get(field.name);
    byName.set(field.name, existing ? mergeTrees(existing, { ...field, alias: existing.alias }) : field);
  }
  return byName;
}

/** The SQL of one function of one measure on the rows aliased `t0`, as its JSON value. */
export function measureSql(measure: Measure, fn: MeasureFunction, env: ComputeEnvironment): string {
  const value = measure.sql('t0', env);
  if (fn === 'avg') return `trim_scale(round(avg(${value})::numeric, 4))::text`;
  if (fn === 'sum') return measure.kind === 'decimal' ? `trim_scale(sum(${value}))::text` : `sum(${value})::text`;
  if (measure.kind === 'integer') return `${fn}(${value})`;
  return measure.kind === 'decimal' ? `trim_scale(${fn}(${value}))::text` : `${fn}(${value})::text`;
}

/** The raw aggregate of a measure, for conditions and order (numeric, not text). */
function measureValueSql(measure: Measure, fn: MeasureFunction, env: ComputeEnvironment): string {
  return `${fn}(${measure.sql('t0', env)})`;
}

interface AggregateArgs {
  filter?: Record<string, unknown> | null;
  groupBy?: string[] | null;
  having?: Record<string, unknown> | null;
  orderBy?: { field: string; direction: SortDirection } | null;
}

/** The statement of a generated `<type>Aggregates` query, from its arguments and selection. */
export function aggregateQuery(
  list: ListSpec,
  aggregates: AggregateDescription,
  info: GraphQLResolveInfo,
  args: AggregateArgs,
  keys: string[],
  limit: number,
): GroupQuery {
  const tree = parseResolveInfo(info) as ResolveTree;
  const groupType = getNamedType(info.returnType);
  if (!isObjectType(groupType)) throw new Error(`${info.fieldName} does not return groups.`);
  const selected = selectedByName(tree, groupType);
  const measureSelection = new Map<MeasureFunction, string[]>();
  for (const fn of MEASURE_FUNCTIONS) {
    const fnTree = selected.get(fn);
    if (!fnTree) continue;
    const fnType = getNamedType(groupType.getFields()[fn].type) as GraphQLObjectType;
    measureSelection.set(
      fn,
      [...selectedByName(fnTree, fnType).keys()].filter((name) => aggregates.measures[name]),
    );
  }
  const having = args.having ?? {};
  return {
    list,
    groupings: aggregates.groupings,
    keys,
    filter: args.filter,
    limit,
    keysSelection: selected.get('keys') ?? null,
    keysType: `${list.type}GroupKeys`,
    figures: (_params, env) => {
      const figures: Figures = { count: 'count(*)::int' };
      for (const [fn, names] of measureSelection) {
        figures[fn] = Object.fromEntries(names.map((name) => [name, measureSql(aggregates.measures[name], fn, env)]));
      }
      return figures;
    },
    having: (params, env) => {
      const conditions = comparisonSql('count(*)', having.count as Record<string, unknown> | null, 'integer', params);
      for (const fn of MEASURE_FUNCTIONS) {
        const byMeasure = (having[fn] ?? {}) as Record<string, Record<string, unknown> | null>;
        for (const [name, comparison] of Object.entries(byMeasure)) {
          const measure = aggregates.measures[name];
          if (measure) conditions.push(...comparisonSql(measureValueSql(measure, fn, env), comparison, 'numeric', params));
        }
      }
      return conditions;
    },
    order: (env) => {
      const field = args.orderBy?.field ?? 'KEYS';
      const descending = args.orderBy?.direction === SortDirection.DESC;
      if (field === 'COUNT') return { sql: 'count(*)', descending };
      const measure = Object.entries(aggregates.measures).find(([name]) => field === `SUM_${enumValueOf(name)}`)?.[1];
      return { sql: measure ? measureValueSql(measure, 'sum', env) : null, descending };
    },
  };
}
