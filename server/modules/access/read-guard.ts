import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

import type { Context } from '../../context';
import { forbidden } from '../../kernel/errors';
import { readAuthored } from '../../kernel/read/node-reader';
import { isEngineNode } from '../../kernel/read/read-engine';
import { UnsupportedSelection } from '../../kernel/read/sql-compiler';
import { readScopeOf } from './read-scope';
import { isVisible, readRequestOf } from './row-scope';

const GUARDED = Symbol('accessGuarded');

/**
 * Set by the mutation guard on a payload whose act committed: the object the act returned. Only that
 * value, read through the payload's own field, passes the read guard unchecked.
 */
const AUTHORED = Symbol('authoredByThisRequest');

/**
 * The objects shown to their author this way. Their own references (the cluster a plan was proposed
 * for, its executor: what the author named in the input) are shown too; anything further is scoped.
 */
const authoredObjects = new WeakSet<object>();

/** A committed payload: `{ result: <node>, userErrors: [] }` as `runMutation` builds it. */
function markAuthored(payload: unknown): void {
  if (typeof payload !== 'object' || payload === null) return;
  const { result, userErrors } = payload as { result?: unknown; userErrors?: unknown };
  if (isNode(result) && Array.isArray(userErrors) && userErrors.length === 0) (payload as Record<symbol, unknown>)[AUTHORED] = result;
}

/**
 * The object of a committed payload, read again by the read engine with the payload's selection:
 * what the act produced, its references and its own connections as they are, anything further in the
 * author's scope after the act (kernel/read/node-reader.ts). A selection the engine cannot read keeps
 * the entity, guarded field by field below.
 */
async function readPayloadObject(payload: unknown, ctx: Context, info: GraphQLResolveInfo): Promise<void> {
  if (typeof payload !== 'object' || payload === null) return;
  const record = payload as Record<string | symbol, unknown>;
  const result = record[AUTHORED];
  if (!isNode(result)) return;
  const payloadType = getNamedType(info.returnType) as GraphQLObjectType;
  const field = Object.values(payloadType.getFields()).find((candidate) => candidate.name !== 'userErrors');
  if (!field) return;
  try {
    const node = await readAuthored(readRequestOf(ctx), info, field.name, { typeName: result.constructor.name, id: result.id });
    if (node) record.result = node;
  } catch (error) {
    if (!(error instanceof UnsupportedSelection)) throw error;
  }
}

/** A loaded node: an entity whose class name is its GraphQL type. */
function isNode(value: unknown): value is { id: string; constructor: { name: string } } {
  // The read engine's JSON nodes were read with the viewer's scope in their SQL already.
  return typeof value === 'object' && value !== null && !isEngineNode(value) && typeof (value as { id?: unknown }).id === 'string';
}

/**
 * The one place reads and writes are guarded, applied to the built schema (so no resolver can
 * forget it):
 * - every mutation answers a top-level FORBIDDEN to read-only viewers (analysts, partners), and the
 *   viewer's read scope is worked out again after it, for reading its payload;
 * - every field that returns a node or a list of nodes (`node`, `nodes`, references such as
 *   `plan.cluster`, `cluster.currentSupervisor`, mutation payloads) drops the rows outside the
 *   viewer's scope: null where the field is nullable, left out of non-null lists, null items of
 *   nullable lists. Connections are not guarded here: their rows come from queries that already
 *   carry the scope (the read engine's SQL), which also keeps `totalCount` right;
 * - except the object a committed mutation returns in its own payload: its author always sees what
 *   their act produced, even when the act took it out of their scope (an escalation by a party from
 *   another province) or it never was in it. A silent null would read as "refused" although the act
 *   committed and was audited. Only that object is let through, read through the payload's field: its
 *   relations are guarded as usual (references outside scope null or FORBIDDEN, connections scoped),
 *   and `node(id)` on it later answers by scope again;
 * - a required (non-null) reference outside scope answers a top-level FORBIDDEN naming the field,
 *   rather than a null that GraphQL would report as an internal fault.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (type.name.endsWith('Connection') || type.name.endsWith('Edge')) continue;
    for (const field of Object.values(type.getFields())) {
      const marked = field as unknown as Record<symbol, boolean>;
      if (marked[GUARDED]) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      if (type === mutationType) {
        field.resolve = async (source, args, ctx, info) => {
          if (ctx.viewer.scope.readOnly) throw forbidden('Analysts and partners have read-only access: they change nothing.');
          const payload: unknown = await resolve(source, args, ctx, info);
          markAuthored(payload);
          // The change may give the actor new reach (the executor of a plan just proposed, a new seat):
          // the payload is read with the scope of after the change.
          const { person, apiKey } = ctx.viewer;
          ctx.viewer.scope = await readScopeOf(ctx.em, { person, apiKey }, ctx.clock.today());
          await readPayloadObject(payload, ctx, info);
          return payload;
        };
        marked[GUARDED] = true;
        continue;
      }
      const named = getNamedType(field.type);
      const returnsNode =
        (isObjectType(named) && named.getInterfaces().some((face) => face.name === 'Node')) ||
        (isInterfaceType(named) && named.name === 'Node');
      if (!returnsNode) continue;
      const nullable = getNullableType(field.type);
      const list = isListType(nullable);
      const itemsRequired = list && isNonNullType(nullable.ofType);
      const required = isNonNullType(field.type);
      const where = `${type.name}.${field.name}`;
      const guarded = async (result: unknown, source: unknown, ctx: Context): Promise<unknown> => {
        if (list && Array.isArray(result)) {
          const visible = await Promise.all(result.map((item) => (isNode(item) ? isVisible(ctx, item) : true)));
          return itemsRequired
            ? result.filter((_item, index) => visible[index])
            : result.map((item, index) => (visible[index] ? item : null));
        }
        if (!isNode(result)) return result;
        if (typeof source === 'object' && source !== null && (source as Record<symbol, unknown>)[AUTHORED] === result) {
          authoredObjects.add(result);
          return result;
        }
        if (typeof source === 'object' && source !== null && authoredObjects.has(source) && !list) return result;
        if (await isVisible(ctx, result)) return result;
        if (required) throw forbidden(`\`${where}\` lies outside your read scope.`);
        return null;
      };
      field.resolve = (source, args, ctx, info) => {
        const result: unknown = resolve(source, args, ctx, info);
        // The read engine's nodes carry the scope in their SQL: answered as they are, without a
        // promise per field (most fields of a large read are these).
        if (isEngineNode(source) && !(result instanceof Promise)) return result;
        return result instanceof Promise ? result.then((value) => guarded(value, source, ctx)) : guarded(result, source, ctx);
      };
      marked[GUARDED] = true;
    }
  }
  return schema;
}
