import { type FieldNode, getNamedType, type GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { parseResolveInfo, type ResolveTree, simplifyParsedResolveInfoFragmentWithType } from 'graphql-parse-resolve-info';

import { environment, nestedPage, type ReadRequest, registryOf } from './read-engine';
import { mergeTrees, type ReadRegistry, SqlCompiler, UnsupportedSelection } from './sql-compiler';
import { SqlParameters } from './sql-parameters';
import { runStatement } from './statement';

/**
 * Nodes the read engine reads one by one rather than as a list: `node`/`nodes`, the object a
 * mutation returns, and fields asked of an object that a resolver loaded as an entity. Each is one
 * statement, whatever the selection below it, built by the same compiler as the lists.
 */

/** The compiler of one statement, with `scope` as the viewer's scope (or a narrower rule). */
function compilerFor(request: ReadRequest, registry: ReadRegistry, scope: ReadRequest['scope']) {
  const params = new SqlParameters();
  const compiler = new SqlCompiler({ registry, env: environment(request), scope, params, now: request.now }, nestedPage);
  return { params, compiler };
}

/** A node to read: its GraphQL type and uuid. */
export interface NodeKey {
  typeName: string;
  id: string;
}

/**
 * Reads nodes by type and id, each with the selection `tree` (which may hold fragments on several
 * types), in one statement; null for a node that does not exist, is of no readable type, or lies
 * outside the viewer's scope (unless `open(key)` says the viewer sees it anyway, such as themselves).
 * Throws UnsupportedSelection when the selection holds a field the engine cannot read.
 */
export async function readNodes(
  request: ReadRequest,
  info: GraphQLResolveInfo,
  keys: ReadonlyArray<NodeKey | null>,
  tree: ResolveTree,
  open: (key: NodeKey) => boolean = () => false,
): Promise<unknown[]> {
  const registry = registryOf(info.schema, request.em);
  const { params, compiler } = compilerFor(request, registry, request.scope);
  const items = keys.map((key) => {
    if (!key || !isObjectType(info.schema.getType(key.typeName)) || !hasTable(registry, key.typeName)) return 'null::json';
    const id = `${params.bind(key.id)}::uuid`;
    if (!open(key)) return compiler.referenceSql(key.typeName, id, tree);
    const alias = compiler.nextAlias();
    return `(select ${compiler.nodeJson(key.typeName, alias, tree)} from "${registry.metadata(key.typeName).tableName}" ${alias} where ${alias}."id" = ${id})`;
  });
  if (items.length === 0) return [];
  const { sql, values } = params.finish(`select json_build_array(${items.join(', ')}) as "nodes"`);
  const [row] = await runStatement<{ nodes: unknown[] }>(request.em, 'read', { sql, values });
  return row.nodes;
}

function hasTable(registry: ReadRegistry, typeName: string): boolean {
  try {
    registry.metadata(typeName);
    return true;
  } catch (error) {
    if (error instanceof UnsupportedSelection) return false;
    throw error;
  }
}

/**
 * The object a committed mutation returns, read for its author with the selection of the payload's
 * `field` (every alias of it merged): the object itself, its references and its own connections as
 * they are, whatever the author's scope (what the act produced and named); anything further is read
 * with the viewer's scope. Null when the payload does not select the object.
 */
export async function readAuthored(request: ReadRequest, info: GraphQLResolveInfo, field: string, key: NodeKey): Promise<unknown> {
  const payloadType = getNamedType(info.returnType) as GraphQLObjectType;
  const { fields } = simplifyParsedResolveInfoFragmentWithType(parseResolveInfo(info) as ResolveTree, payloadType);
  const trees = (Object.values(fields) as ResolveTree[]).filter((tree) => tree.name === field);
  if (trees.length === 0) return null;
  const tree = trees.reduce(mergeTrees);
  const registry = registryOf(info.schema, request.em);
  let compiler: SqlCompiler | undefined;
  let params: SqlParameters | undefined;
  // Depth 1 is the returned object's own fields: its references and connections are read unscoped.
  // Further down the viewer's scope holds, except that the object itself is always shown (a plan's
  // indicators name their plan).
  const authoredScope: ReadRequest['scope'] = (typeName, alias) => {
    if (compiler!.depth <= 1) return null;
    const scope = request.scope(typeName, alias);
    return scope && typeName === key.typeName ? `(${alias}."id" = ${params!.bind(key.id)}::uuid or ${scope})` : scope;
  };
  const made = compilerFor(request, registry, authoredScope);
  compiler = made.compiler;
  params = made.params;
  const alias = compiler.nextAlias();
  const { sql, values } = made.params.finish(
    `select ${compiler.nodeJson(key.typeName, alias, tree)} as "node" from "${registry.metadata(key.typeName).tableName}" ${alias} ` +
      `where ${alias}."id" = ${made.params.bind(key.id)}::uuid`,
  );
  // The primary: the act has just been written there.
  const [row] = await runStatement<{ node: unknown }>(request.em, 'write', { sql, values });
  return row?.node ?? null;
}

/** A stable number per field node of a parsed document, to key the batches of its selection. */
const fieldNodeIds = new WeakMap<FieldNode, number>();
let nextFieldNodeId = 0;

function fieldNodeId(node: FieldNode): number {
  let id = fieldNodeIds.get(node);
  if (id === undefined) fieldNodeIds.set(node, (id = nextFieldNodeId += 1));
  return id;
}

/**
 * A field the engine reads (a connection, say), asked of a parent that a resolver loaded as an
 * entity rather than the engine as JSON. Every such parent of the same selection in one tick is read
 * in one statement; the parent itself was already checked by whoever returned it.
 */
export function readFieldOfEntity(request: ReadRequest, info: GraphQLResolveInfo, parent: { id: string }): Promise<unknown> {
  const typeName = info.parentType.name;
  const responseKey = String(info.path.key);
  const key = `engine-field:${typeName}:${info.fieldNodes.map(fieldNodeId).join(',')}`;
  return request
    .batch<string, unknown>(key, async (ids) => {
      const registry = registryOf(info.schema, request.em);
      const tree = parseResolveInfo(info) as ResolveTree;
      const wrapper: ResolveTree = { name: typeName, alias: typeName, args: {}, fieldsByTypeName: { [typeName]: { [responseKey]: tree } } };
      const { params, compiler } = compilerFor(request, registry, request.scope);
      const alias = compiler.nextAlias();
      const { sql, values } = params.finish(
        `select ${alias}."id" as "id", ${compiler.nodeJson(typeName, alias, wrapper)} as "node" from "${registry.metadata(typeName).tableName}" ${alias} ` +
          `where ${alias}."id" = any(${params.bind([...ids])}::uuid[])`,
      );
      const rows = await runStatement<{ id: string; node: Record<string, unknown> }>(request.em, 'read', { sql, values });
      const map = registry.mapOf(typeName, info.fieldName);
      const byId = new Map(rows.map((row) => [row.id, row.node[responseKey]]));
      return ids.map((id) => {
        const value = byId.get(id);
        return map && value != null ? map(value) : (value ?? null);
      });
    })
    .load(parent.id);
}
