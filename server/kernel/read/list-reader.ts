import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { parseResolveInfo, type ResolveTree, simplifyParsedResolveInfoFragmentWithType } from 'graphql-parse-resolve-info';

import { badUserInput } from '../errors';
import { type Connection, DEFAULT_PAGE_SIZE, type PageArgs, type SortDirection } from '../pagination';
import { filterSql, type ListDescription, orderSql, type SortTerm, sortTerms } from './list-description';
import type { ComputeEnvironment } from './node-description';
import { environment, nestedPage, type ReadRequest, registryOf } from './read-engine';
import { connectionParts, SqlCompiler, sqlInteger, UnsupportedSelection } from './sql-compiler';
import { SqlParameters } from './sql-parameters';
import { runStatement } from './statement';

/**
 * Root lists read from their description in one statement: the filter, the viewer's scope and the
 * keyset of the cursor become the WHERE clause, the order its ORDER BY, the selection the JSON built
 * around each row, and `totalCount` a count in the same statement when asked for.
 *
 * Cursors are keysets (the order's value and the id, as PostGraphile does), not positions: a row
 * inserted or removed between two page requests neither repeats nor hides a row of the next page.
 */

type KeyValue = string | number | null;

const MAX_CURSOR_LENGTH = 2000;

export function encodeKeysetCursor(order: string, keys: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify({ o: order, k: keys }), 'utf8').toString('base64url');
}

/** The keys of a cursor given for `order`; anything else is `BAD_USER_INPUT`. */
export function decodeKeysetCursor(cursor: string, order: string, terms: number, argument: string): KeyValue[] {
  const refuse = () => badUserInput(`\`${argument}\` is not a cursor returned by this list in this order.`, argument);
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  const { o, k } = (decoded ?? {}) as { o?: unknown; k?: unknown };
  if (o !== order || !Array.isArray(k) || k.length !== terms) throw refuse();
  if (!k.every((key) => key === null || typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key)))) throw refuse();
  return k as KeyValue[];
}

/** A sort key as the cursor keeps it: a bigint or numeric as text, since a JSON number would round it. */
function keySql(term: SortTerm): string {
  return term.type === 'bigint' || term.type === 'numeric' ? `(${term.sql})::text` : term.sql;
}

function reversed(terms: SortTerm[]): SortTerm[] {
  return terms.map((term) => ({ ...term, descending: !term.descending, nullsFirst: !term.nullsFirst }));
}

/** Rows that come after the row whose sort keys are `keys`, in the order of `terms`. */
function afterKeys(terms: SortTerm[], keys: KeyValue[], params: SqlParameters): string {
  const value = (term: SortTerm, key: KeyValue) => `${params.bind(key)}::${term.type}`;
  const alternatives: string[] = [];
  terms.forEach((term, index) => {
    const key = keys[index];
    let after: string;
    if (key === null) after = term.nullsFirst ? `${term.sql} is not null` : 'false';
    else {
      const beyond = `${term.sql} ${term.descending ? '<' : '>'} ${value(term, key)}`;
      after = term.nullsFirst ? beyond : `(${beyond} or ${term.sql} is null)`;
    }
    if (after === 'false') return;
    const equal = terms
      .slice(0, index)
      .map((earlier, position) =>
        keys[position] === null ? `${earlier.sql} is null` : `${earlier.sql} = ${value(earlier, keys[position])}`,
      );
    alternatives.push([...equal, after].join(' and '));
  });
  return alternatives.length > 0 ? `(${alternatives.map((alternative) => `(${alternative})`).join(' or ')})` : 'false';
}

/** Replaces the ids of a page read for the resolvers by their entities, in place; a row gone since is dropped. */
async function loadEntities(request: ReadRequest, entity: unknown, page: Array<[unknown, KeyValue[]?]>): Promise<void> {
  const ids = page.map(([id]) => id as string);
  const found = await request.em.find(entity as never, { id: { $in: ids } } as never);
  const byId = new Map((found as Array<{ id: string }>).map((row) => [row.id, row]));
  const loaded = page.filter(([id]) => byId.has(id as string)).map(([id, keys]): [unknown, KeyValue[]?] => [byId.get(id as string), keys]);
  page.splice(0, page.length, ...loaded);
}

interface ListRow {
  /** Each row's node, and its sort keys when the selection reads cursors. */
  rows: Array<[unknown, KeyValue[]?]> | null;
  total?: string | number | null;
}

/** A read of a root list: the request, the field asked, its description and its arguments. */
export interface ListRead {
  request: ReadRequest;
  info: GraphQLResolveInfo;
  list: ListDescription;
  args: PageArgs;
  filter: Record<string, unknown> | null | undefined;
  order: { field: string; direction: SortDirection } | null | undefined;
}

/** What both ways of reading a root list share: the selection, the conditions, the order and the page. */
function planList({ request, info, list, args, filter, order }: ListRead, final: boolean, tree = parseResolveInfo(info) as ResolveTree) {
  if (args.first != null && args.last != null) throw badUserInput('Give `first` or `last`, not both.', 'first');
  const registry = registryOf(info.schema, request.em);
  const sqlEnv = environment(request);
  const env: ComputeEnvironment = { ...sqlEnv, scope: request.scope };
  const params = new SqlParameters();
  const connectionType = connectionTypeOf(info);

  const conditions = [filterSql(list, filter, 't0', { params, env, now: request.now })];
  if (list.baseCondition) conditions.push(`(${list.baseCondition(filter ?? null, 't0', { params, env, now: request.now })})`);
  const scope = request.scope(list.type, 't0');
  if (scope) conditions.push(scope);
  const table = `"${registry.metadata(list.type).tableName}"`;
  const source = list.rootSource?.(order?.field ?? list.order.default, conditions.join(' and ')) ?? null;
  const { key: orderKey, terms } = sortTerms(list, order, 't0', env, source !== null);
  const paging: string[] = [];
  if (args.after != null) paging.push(afterKeys(terms, decodeKeysetCursor(args.after, orderKey, terms.length, 'after'), params));
  if (args.before != null)
    paging.push(afterKeys(reversed(terms), decodeKeysetCursor(args.before, orderKey, terms.length, 'before'), params));

  const backward = args.last != null;
  const limit = backward ? args.last! : (args.first ?? DEFAULT_PAGE_SIZE);
  const compiler = new SqlCompiler({ registry, env: sqlEnv, scope: request.scope, params, now: request.now, final }, nestedPage);
  const countSql = `(select count(*) from ${table} t0 where ${conditions.join(' and ')})`;
  return {
    registry,
    params,
    tree,
    connectionType,
    conditions,
    table,
    source,
    orderKey,
    terms,
    paging,
    backward,
    limit,
    compiler,
    countSql,
  };
}

function connectionTypeOf(info: GraphQLResolveInfo): GraphQLObjectType {
  const connectionType = getNamedType(info.returnType);
  if (!isObjectType(connectionType)) throw new Error(`${info.fieldName} does not return a connection.`);
  return connectionType;
}

/**
 * A page of a root list as the response's JSON text (final-json.ts), for a selection of `totalCount`
 * and `nodes` only, read forwards; anything else is UnsupportedSelection and takes `readList`.
 */
export async function readListJson(read: ListRead): Promise<string> {
  const { request, info, list, args } = read;
  // Refused before anything is planned: these are answered by `readList`, which plans again.
  if (args.last != null || args.before != null) throw new UnsupportedSelection('A page read backwards in final JSON.');
  const tree = parseResolveInfo(info) as ResolveTree;
  const connectionType = connectionTypeOf(info);
  const selected = Object.entries(simplifyParsedResolveInfoFragmentWithType(tree, connectionType).fields) as [string, ResolveTree][];
  const other = selected.find(([, field]) => field.name !== 'totalCount' && field.name !== 'nodes');
  if (other) throw new UnsupportedSelection(`${connectionType.name}.${other[1].name} in final JSON`);

  const plan = planList(read, true, tree);
  const { compiler, conditions, paging, table, source, terms, limit } = plan;
  const pairs: string[] = [];
  for (const [responseKey, field] of selected) {
    const name = `'${responseKey}'`;
    if (field.name === 'totalCount') pairs.push(name, plan.countSql);
    else {
      const by = orderSql(terms);
      pairs.push(
        name,
        limit > 0
          ? `(select coalesce(json_agg(${compiler.nodeJson(list.type, 't0', field)} order by t0."@n"), '[]'::json) from (select t0.*, ` +
              `row_number() over (order by ${by}) as "@n" from ${source ?? table} t0 where ${[...conditions, ...paging].join(' and ')} ` +
              `order by ${by} limit ${sqlInteger(limit)}) t0)`
          : `'[]'::json`,
      );
    }
  }
  const { sql, values } = plan.params.finish(`select json_build_object(${pairs.join(', ')})::text as "json"`);
  const [row] = await runStatement<{ json: string }>(request.em, 'read', { sql, values });
  return row.json;
}

/** A page of a root list, read from its description in one statement (see above). */
export async function readList(read: ListRead): Promise<Connection<unknown>> {
  const { request, list, args } = read;
  const plan = planList(read, false);
  const { registry, params, compiler, conditions, paging, table, source, orderKey, terms, backward, limit } = plan;
  const { node, totalCount, cursors } = connectionParts(plan.tree, plan.connectionType);
  const scan = backward ? reversed(terms) : terms;

  // A selection the descriptions do not cover yet is answered the older way: the same statement
  // picks the page's ids, and the resolvers answer the fields of the entities loaded by id.
  let nodeSql: string | null = null;
  let byResolvers = false;
  if (node && limit > 0) {
    try {
      nodeSql = compiler.nodeJson(list.type, 't0', node);
    } catch (error) {
      if (!(error instanceof UnsupportedSelection)) throw error;
      nodeSql = 't0."id"';
      byResolvers = true;
    }
  }

  const selects: string[] = [];
  if (nodeSql) {
    const by = orderSql(scan);
    selects.push(
      // The page's rows are chosen first (rows, sort keys, position) and the JSON is built for those
      // rows only: built beside the window function, it would be built for every matching row. The
      // rows leave the sub-select whole, so no second lookup by id joins them back.
      // The sort keys, each row's cursor, only when the selection reads a cursor.
      `(select json_agg(json_build_array(${nodeSql}${cursors ? ', t0."@k"' : ''}) order by t0."@n") from (select t0.*, ` +
        (cursors ? `json_build_array(${terms.map(keySql).join(', ')}) as "@k", ` : '') +
        `row_number() over (order by ${by}) as "@n" ` +
        `from ${source ?? table} t0 where ${[...conditions, ...paging].join(' and ')} order by ${by} limit ${sqlInteger(limit + 1)}) t0) as "rows"`,
    );
  } else selects.push(`null::json as "rows"`);
  if (totalCount) selects.push(`${plan.countSql} as "total"`);

  const { sql, values } = params.finish(`select ${selects.join(', ')}`);
  const [row] = await runStatement<ListRow>(request.em, 'read', { sql, values });
  const rows = row.rows ?? [];
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  if (byResolvers) await loadEntities(request, registry.metadata(list.type).class, page);
  // Without cursors in the selection the rows carry no keys, and no edge's cursor is read.
  const edges = page.map(([nodeValue, keys]) => ({ node: nodeValue, cursor: keys ? encodeKeysetCursor(orderKey, keys) : '' }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: backward ? args.before != null : hasMore || args.before != null,
      hasPreviousPage: backward ? hasMore || args.after != null : args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: Number(row.total ?? 0),
  };
}
