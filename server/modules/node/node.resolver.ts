import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { badUserInput } from '../../kernel/errors';
import { decodeGlobalId } from '../../kernel/global-id';
import { NodeEntity } from '../../kernel/node';
import { MAX_PAGE_SIZE } from '../../kernel/pagination';
import { loadNode } from './node.loader';

function fetchNode(ctx: Context, globalId: string): Promise<NodeEntity | null> {
  const decoded = decodeGlobalId(globalId);
  // An id that is not ours is treated like one that names nothing.
  return decoded ? loadNode(ctx, decoded.typeName, decoded.id) : Promise.resolve(null);
}

@Resolver()
export class NodeResolver {
  @Query(() => NodeEntity, { nullable: true, description: 'Any object by its global id; null when there is none.' })
  node(@Arg('id', () => ID, { description: 'A global id returned by this API.' }) id: string, @Ctx() ctx: Context) {
    return fetchNode(ctx, id);
  }

  @Query(() => [NodeEntity], { nullable: 'items', description: `Objects by global ids, in the same order, null where there is none; at most ${MAX_PAGE_SIZE}.` })
  nodes(@Arg('ids', () => [ID], { description: 'Global ids returned by this API.' }) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`\`ids\` lists at most ${MAX_PAGE_SIZE} ids.`, 'ids');
    return Promise.all(ids.map((id) => fetchNode(ctx, id)));
  }
}
