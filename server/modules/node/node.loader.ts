import type { Context } from '../../context';
import type { NodeEntity } from '../../kernel/node';
import { entities } from '../index';

/** Node types by GraphQL type name (= entity class name); link tables are not nodes. */
let nodeTypes: Map<string, new () => NodeEntity> | undefined;

/** Loads any node by type name and uuid, batched per type; null when unknown. */
export async function loadNode(ctx: Context, typeName: string, id: string): Promise<NodeEntity | null> {
  nodeTypes ??= new Map(
    entities.filter((entity) => 'globalId' in entity.prototype).map((entity) => [entity.name, entity as unknown as new () => NodeEntity]),
  );
  const entity = nodeTypes.get(typeName);
  return entity ? ctx.loaders.byId(entity).load(id) : null;
}
