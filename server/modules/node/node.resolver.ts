import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context';
import { badUserInput } from '../../kernel/errors';
import { decodeGlobalId } from '../../kernel/global-id';
import { NodeEntity } from '../../kernel/node';
import { MAX_PAGE_SIZE } from '../../kernel/pagination';
import { type NodeKey, readNodes } from '../../kernel/read/node-reader';
import { UnsupportedSelection } from '../../kernel/read/sql-compiler';
import { readRequestOf } from '../access/row-scope';
import { loadNode } from './node.loader';

/**
 * Objects by global id, read by the read engine in one statement with the viewer's scope (an id that
 * is not ours, of no node type, or outside the scope reads as null). People always see themselves.
 */
async function fetchNodes(ctx: Context, info: GraphQLResolveInfo, globalIds: readonly string[]): Promise<unknown[]> {
  const keys = globalIds.map((globalId): NodeKey | null => decodeGlobalId(globalId));
  const entities = () => Promise.all(keys.map((key) => (key ? loadNode(ctx, key.typeName, key.id) : null)));
  if (!ctx.readEngine) return entities();
  try {
    const self = (key: NodeKey) => key.typeName === 'Person' && key.id === ctx.viewer.person.id;
    return await readNodes(readRequestOf(ctx), info, keys, parseResolveInfo(info) as ResolveTree, self);
  } catch (error) {
    if (!(error instanceof UnsupportedSelection)) throw error;
    // A selection the engine cannot read yet: the entities, checked by the read guard.
    return entities();
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => NodeEntity, { nullable: true, description: 'Any object by its global id; null when there is none.' })
  async node(
    @Arg('id', () => ID, { description: 'A global id returned by this API.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const [found] = await fetchNodes(ctx, info, [id]);
    return found;
  }

  @Query(() => [NodeEntity], {
    nullable: 'items',
    description: `Objects by global ids, in the same order, null where there is none; at most ${MAX_PAGE_SIZE}.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Global ids returned by this API.' }) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`\`ids\` lists at most ${MAX_PAGE_SIZE} ids.`, 'ids');
    return fetchNodes(ctx, info, ids);
  }
}
