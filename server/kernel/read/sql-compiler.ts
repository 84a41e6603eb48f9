import type { EntityMetadata } from '@mikro-orm/core';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isObjectType,
} from 'graphql';
import { type ResolveTree, simplifyParsedResolveInfoFragmentWithType } from 'graphql-parse-resolve-info';

import { checkInputText } from '../input-hygiene';
import type { SortDirection } from '../pagination';
import { finalFieldSql } from './final-json';
import { type FilterScope, filterSql, type ListDescription, nestedOrder, orderSql, sortTerms } from './list-description';
import type { Children, ComputeEnvironment, ReadField, SqlEnvironment } from './node-description';
import type { SqlParameters } from './sql-parameters';

/**
 * The read engine's SQL compiler: a GraphQL selection becomes one SQL expression that builds the
 * whole answer as JSON inside PostgreSQL (the approach of PostGraphile and join-monster). Each node is
 * a `json_build_object` of the selected fields under their response keys; references and nested
 * connections are correlated sub-selects on indexed foreign keys, so the statement count depends on
 * the query's shape only, and no ORM entity is made for a read.
 */

/** A selection the engine cannot answer yet; the field is then read the older way. */
export class UnsupportedSelection extends Error {}

/** Key under which every node object the engine builds carries its GraphQL type name. */
/** The position of a child in its page, a column no table has. */
const PAGE_POSITION = '@position';

export const NODE_TYPE_KEY = '@';

/** How one field of one node type is read, resolved once per schema. */
export type FieldPlan =
  | { kind: 'id' }
  | { kind: 'column'; column: string; cast: string }
  | { kind: 'reference'; target: string; idSql: (alias: string, env: SqlEnvironment) => string }
  | Extract<ReadField, { kind: 'value' | 'children' | 'list' | 'anyNode' }>;

export interface ReadRegistry {
  schema: GraphQLSchema;
  /** The plan of a field, or null when the engine cannot read it. */
  field(typeName: string, fieldName: string): FieldPlan | null;
  metadata(typeName: string): EntityMetadata;
  /** The list description of a type, whose filter and orderings its nested connections take too. */
  list(typeName: string): ListDescription | undefined;
  /** What the JSON value of a field read by the engine becomes in GraphQL (ids, periods, pages). */
  mapOf(typeName: string, fieldName: string): ((value: unknown) => unknown) | undefined;
}

export interface CompileOptions {
  registry: ReadRegistry;
  env: SqlEnvironment;
  /** The viewer's row scope on `typeName` aliased `alias` as a SQL condition; null when unrestricted. */
  scope: (typeName: string, alias: string) => string | null;
  /** The statement's bound values: nested filters bind theirs here. */
  params: SqlParameters;
  /** The moment of the request, for filters on timestamps. */
  now: Date;
  /**
   * Write the answer as the response's JSON itself (final-json.ts): ids encoded, no type marks,
   * nested connections as `{ totalCount, nodes }` under their response keys. A field whose value
   * would need JavaScript to become its GraphQL value is UnsupportedSelection.
   */
  final?: boolean;
}

/** Page arguments of a nested connection, checked by the caller. */
export interface NestedPage {
  offset: number;
  limit: number;
}

const ALIAS_SAFE = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A response key as a SQL string literal; GraphQL names cannot hold quotes, checked anyway. */
function key(name: string): string {
  if (!ALIAS_SAFE.test(name)) throw new UnsupportedSelection(`Not a GraphQL name: ${name}`);
  return `'${name}'`;
}

/** A SQL integer literal from a number the engine computed. */
export function sqlInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError('Not an integer.');
  return String(value);
}

/** `json_build_object` takes at most 100 arguments: wider objects are joined as jsonb. */
function buildObject(pairs: string[]): string {
  if (pairs.length <= 100) return `json_build_object(${pairs.join(', ')})`;
  const parts: string[] = [];
  for (let start = 0; start < pairs.length; start += 100) parts.push(`jsonb_build_object(${pairs.slice(start, start + 100).join(', ')})`);
  return `(${parts.join(' || ')})::json`;
}

/** Rewrites a relation's trusted SQL fragment written on alias `t` to another alias. */
function onAlias(fragment: string, alias: string): string {
  return fragment.replace(/\bt\./g, `${alias}.`);
}

/** Merges two selections of the same node (for example `nodes { … }` and `edges { node { … } }`). */
export function mergeTrees(a: ResolveTree, b: ResolveTree): ResolveTree {
  const fieldsByTypeName: ResolveTree['fieldsByTypeName'] = { ...a.fieldsByTypeName };
  for (const [typeName, fields] of Object.entries(b.fieldsByTypeName)) {
    const merged = { ...(fieldsByTypeName[typeName] ?? {}) };
    for (const [alias, field] of Object.entries(fields)) {
      const existing = merged[alias];
      if (!existing) merged[alias] = field;
      else if (existing.name !== field.name || JSON.stringify(existing.args) !== JSON.stringify(field.args)) {
        throw new UnsupportedSelection(`Conflicting selections under ${alias}.`);
      } else merged[alias] = mergeTrees(existing, field);
    }
    fieldsByTypeName[typeName] = merged;
  }
  return { ...a, fieldsByTypeName };
}

/**
 * What a connection's selection needs: the node selection (`nodes` and `edges.node` merged, empty
 * when only cursors or `pageInfo` are asked for), whether rows are needed at all, and the count.
 */
export function connectionParts(
  tree: ResolveTree,
  connectionType: GraphQLObjectType,
): { node: ResolveTree | null; totalCount: boolean; cursors: boolean } {
  const { fields } = simplifyParsedResolveInfoFragmentWithType(tree, connectionType);
  let node: ResolveTree | null = null;
  let rows = false;
  let totalCount = false;
  // Whether the selection reads a cursor: an edge's, or the page's through `pageInfo`.
  let cursors = false;
  for (const field of Object.values(fields) as ResolveTree[]) {
    if (field.name === 'nodes') node = node ? mergeTrees(node, field) : field;
    else if (field.name === 'edges') {
      rows = true;
      const edgeType = getNamedType(connectionType.getFields().edges.type) as GraphQLObjectType;
      for (const edgeField of Object.values(simplifyParsedResolveInfoFragmentWithType(field, edgeType).fields) as ResolveTree[]) {
        if (edgeField.name === 'node') node = node ? mergeTrees(node, edgeField) : edgeField;
        else if (edgeField.name === 'cursor') cursors = true;
      }
    } else if (field.name === 'pageInfo') {
      rows = true;
      cursors = true;
    } else if (field.name === 'totalCount') totalCount = true;
  }
  if (!node && rows) node = { name: 'node', alias: 'node', args: {}, fieldsByTypeName: {} };
  return { node, totalCount, cursors };
}

export class SqlCompiler {
  private aliases = 0;
  /** How many node objects enclose the SQL being written: 1 while writing the fields of the outermost node. */
  depth = 0;
  /** The environment of computed values: the request's, with the viewer's scope. */
  readonly computeEnv: ComputeEnvironment;

  constructor(
    private readonly options: CompileOptions,
    private readonly checkPage: (args: Record<string, unknown>) => NestedPage,
  ) {
    this.computeEnv = { ...options.env, scope: options.scope };
  }

  nextAlias(): string {
    this.aliases += 1;
    return `r${this.aliases}`;
  }

  /** The JSON object of one node of `typeName`, the row aliased `alias`, with the fields of `tree`. */
  nodeJson(typeName: string, alias: string, tree: ResolveTree): string {
    const { registry } = this.options;
    const type = registry.schema.getType(typeName);
    if (!isObjectType(type)) throw new UnsupportedSelection(`${typeName} is not an object type.`);
    const { fields } = simplifyParsedResolveInfoFragmentWithType(tree, type);
    const pairs = this.options.final ? [] : [`'${NODE_TYPE_KEY}'`, `'${typeName}'`];
    this.depth += 1;
    try {
      for (const [responseKey, field] of Object.entries(fields) as [string, ResolveTree][]) {
        if (field.name.startsWith('__')) continue;
        const plan = registry.field(typeName, field.name);
        const definition = type.getFields()[field.name];
        if (!plan || !definition) throw new UnsupportedSelection(`${typeName}.${field.name}`);
        // The arguments of fields the engine answers never reach their resolvers: checked here instead.
        for (const argument of definition.args) checkInputText(field.args[argument.name], argument.type, argument.name);
        const sql = this.options.final ? finalFieldSql(this, typeName, plan, alias, field, definition) : null;
        pairs.push(key(responseKey), sql ?? this.fieldSql(plan, alias, field, definition));
      }
    } finally {
      this.depth -= 1;
    }
    return buildObject(pairs);
  }

  private fieldSql(plan: FieldPlan, alias: string, tree: ResolveTree, definition: GraphQLField<unknown, unknown>): string {
    const { env } = this.options;
    switch (plan.kind) {
      case 'id':
        return `${alias}."id"`;
      case 'column':
        return `${alias}."${plan.column}"${plan.cast}`;
      case 'value':
        return plan.sql(alias, this.computeEnv);
      case 'reference':
        return this.referenceSql(plan.target, plan.idSql(alias, env), tree);
      case 'children':
        return this.childrenSql(plan.relation, alias, tree, getNamedType(definition.type) as GraphQLObjectType);
      case 'list':
        return this.listSql(plan, alias, tree);
      case 'anyNode':
        return this.anyNodeSql(getNamedType(definition.type), plan.typeSql(alias, env), plan.idSql(alias, env), tree);
    }
  }

  /** A JSON array of the nodes of a plain list, within the viewer's scope, in the list's order. */
  private listSql(plan: Extract<FieldPlan, { kind: 'list' }>, parentAlias: string, tree: ResolveTree): string {
    const meta = this.options.registry.metadata(plan.target);
    const alias = this.nextAlias();
    const conditions = [`(${plan.where(alias, parentAlias, this.options.env)})`];
    const scope = this.options.scope(plan.target, alias);
    if (scope) conditions.push(scope);
    const order = `${onAlias(plan.order, alias)}, ${alias}."id"`;
    return (
      `(select coalesce(json_agg(${this.nodeJson(plan.target, alias, tree)} order by ${order}), '[]'::json) ` +
      `from "${meta.tableName}" ${alias} where ${conditions.join(' and ')})`
    );
  }

  /**
   * A node of any type implementing the abstract type: one reference sub-select per possible type,
   * each with that type's selection, chosen by the type name `typeExpression` computes.
   */
  private anyNodeSql(abstractType: GraphQLNamedType, typeExpression: string, idExpression: string, tree: ResolveTree): string {
    if (!isAbstractType(abstractType)) throw new UnsupportedSelection(`${abstractType.name} is not an interface or union.`);
    const branches = this.options.registry.schema
      .getPossibleTypes(abstractType)
      .map((type) => `when ${key(type.name)} then ${this.referenceSql(type.name, idExpression, tree)}`);
    return branches.length > 0 ? `(case ${typeExpression} ${branches.join(' ')} end)` : 'null';
  }

  /** A sub-select of the one row of `target` whose id is `idExpression`, within the viewer's scope. */
  referenceSql(target: string, idExpression: string, tree: ResolveTree): string {
    const meta = this.options.registry.metadata(target);
    const alias = this.nextAlias();
    const scope = this.options.scope(target, alias);
    return `(select ${this.nodeJson(target, alias, tree)} from "${meta.tableName}" ${alias} where ${alias}."id" = ${idExpression}${scope ? ` and ${scope}` : ''})`;
  }

  /**
   * A page of children as `{ "rows": [...], "total": n, "o": offset, "l": limit }`: `limit + 1` rows are
   * read so that the page knows whether more follow; the count only when `totalCount` is asked for.
   * The connection's `filter` and `orderBy` are those of the child type's root list, as SQL on the
   * same statement; without `orderBy` the relationship's own order holds.
   */
  private childrenSql(relation: Children, parentAlias: string, tree: ResolveTree, connectionType: GraphQLObjectType): string {
    const page = this.checkPage(tree.args);
    const { node, totalCount } = connectionParts(tree, connectionType);
    const target = relation.entity.name;
    const { registry, params, now } = this.options;
    const meta = registry.metadata(target);
    const list = registry.list(target);
    const filter = (tree.args.filter ?? null) as Record<string, unknown> | null;
    const orderArgument = (tree.args.orderBy ?? null) as { field: string; direction: SortDirection } | null;
    if ((filter || orderArgument) && !list) throw new UnsupportedSelection(`${target} has no list description.`);
    const filterScope: FilterScope = { params, env: this.computeEnv, now };

    const from = (alias: string) => {
      const join = relation.through
        ? ` join "${relation.through.table}" ${alias}j on ${alias}j."${relation.through.childColumn}" = ${alias}."id"`
        : '';
      const parent = relation.through ? `${alias}j."${relation.through.parentColumn}"` : `${alias}."${relation.parentColumn}"`;
      const conditions = [`${parent} = ${parentAlias}."id"`];
      if (relation.condition) conditions.push(`(${onAlias(relation.condition, alias)})`);
      if (relation.listDefault && list?.baseCondition) conditions.push(`(${list.baseCondition(filter, alias, filterScope)})`);
      if (list && filter) conditions.push(`(${filterSql(list, filter, alias, filterScope)})`);
      const scope = this.options.scope(target, alias);
      if (scope) conditions.push(scope);
      return `"${meta.tableName}" ${alias}${join} where ${conditions.join(' and ')}`;
    };

    const order = (pageAlias: string) =>
      list && orderArgument
        ? orderSql(sortTerms(list, orderArgument, pageAlias, this.computeEnv).terms)
        : `${onAlias(nestedOrder(relation, list), pageAlias)}, ${pageAlias}."id"`;
    const rows = (selection: ResolveTree, limit: number) => this.childRowsSql(target, selection, from, order, limit, page.offset);

    if (this.options.final) return this.finalPageSql(tree, connectionType, from, (selection) => rows(selection, page.limit));
    const pairs = [`'o'`, sqlInteger(page.offset), `'l'`, sqlInteger(page.limit)];
    // One row more than the page, so that the page knows whether more follow.
    pairs.push(`'rows'`, node ? rows(node, page.limit + 1) : `'[]'::json`);
    if (totalCount) {
      const alias = this.nextAlias();
      pairs.push(`'total'`, `(select count(*) from ${from(alias)})`);
    }
    return `json_build_object(${pairs.join(', ')})`;
  }

  /**
   * The JSON array of a page of children, `limit` rows from `offset`. The page's rows are chosen first
   * and the JSON is built for those rows only: built beside the window function, it would be built for
   * every child before the limit. The rows leave the sub-select whole (the floor's shape), so no second
   * lookup by id joins them back.
   */
  private childRowsSql(
    target: string,
    node: ResolveTree,
    from: (alias: string) => string,
    order: (pageAlias: string) => string,
    limit: number,
    offset: number,
  ): string {
    const pageAlias = this.nextAlias();
    const alias = this.nextAlias();
    const by = order(pageAlias);
    return (
      `(select coalesce(json_agg(${this.nodeJson(target, alias, node)} order by ${alias}."${PAGE_POSITION}"), '[]'::json) from (select ${pageAlias}.*, ` +
      `row_number() over (order by ${by}) as "${PAGE_POSITION}" from ${from(pageAlias)} order by ${by} ` +
      `limit ${sqlInteger(limit)} offset ${sqlInteger(offset)}) ${alias})`
    );
  }

  /**
   * A page of children as the connection itself, `{ "totalCount": n, "nodes": [...] }` under the
   * selection's response keys; a selection of edges or page info is UnsupportedSelection here.
   */
  private finalPageSql(
    tree: ResolveTree,
    connectionType: GraphQLObjectType,
    from: (alias: string) => string,
    rows: (selection: ResolveTree) => string,
  ): string {
    const pairs: string[] = [];
    for (const [responseKey, field] of Object.entries(simplifyParsedResolveInfoFragmentWithType(tree, connectionType).fields) as [
      string,
      ResolveTree,
    ][]) {
      if (field.name === 'totalCount') pairs.push(key(responseKey), `(select count(*) from ${from(this.nextAlias())})`);
      else if (field.name === 'nodes') pairs.push(key(responseKey), rows(field));
      else throw new UnsupportedSelection(`${connectionType.name}.${field.name} in final JSON`);
    }
    return buildObject(pairs);
  }

  get schema(): GraphQLSchema {
    return this.options.registry.schema;
  }

  /** The viewer's scope on `typeName` (final-json.ts asks whether a required reference could be hidden). */
  scopeOf(typeName: string, alias: string): string | null {
    return this.options.scope(typeName, alias);
  }
}
