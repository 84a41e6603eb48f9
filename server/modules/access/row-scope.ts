import type { EntityManager } from '@mikro-orm/postgresql';

import type { Context, Viewer } from '../../context';
import type { ReadRequest } from '../../kernel/read/read-engine';
import { scopeRules } from '../index';

/**
 * Row-level read scope: which rows of each node type a viewer may read. Each module's manifest says,
 * for every type it owns, how a row reaches a province (`scope`, kernel/module.ts); everything else
 * (top-level lists, `totalCount`, nested pages, `node`/`nodes`, references, aggregates) is derived
 * from it, so that a row outside the viewer's scope is indistinguishable from one that does not exist.
 */

/** What a viewer may read of a type: everything, nothing, or the rows of some provinces. */
type Reach = { all: true } | { none: true } | { paths: readonly string[]; provinceIds: readonly string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function reachOf(viewer: Viewer, typeName: string): Reach {
  const { scope } = viewer;
  const rule = scopeRules[typeName];
  if (!rule || (scope.types && !scope.types.has(typeName))) return { none: true };
  switch (rule.kind) {
    case 'public':
      return { all: true };
    case 'national':
      return scope.provinceIds === null ? { all: true } : { none: true };
    case 'auditTrail':
      return scope.auditTrail ? { all: true } : { none: true };
    case 'apiKeys':
      return scope.apiKeys ? { all: true } : { none: true };
    case 'province':
      return scope.provinceIds === null ? { all: true } : { paths: rule.paths, provinceIds: [...scope.provinceIds] };
  }
}

/** True when the viewer reads every row of the type (no condition, no extra query). */
export function readsAll(viewer: Viewer, typeName: string): boolean {
  return 'all' in reachOf(viewer, typeName);
}

/**
 * SQL expression of a province path on the row aliased `alias`: the first hop is a column of the row,
 * later hops are correlated sub-selects by primary key.
 */
function provinceSql(em: EntityManager, typeName: string, propertyPath: string, alias: string): string {
  const metadata = em.getMetadata();
  let meta = metadata.find(typeName)!;
  let expression = '';
  propertyPath.split('.').forEach((segment, hop) => {
    const property = meta.properties[segment];
    if (!property?.fieldNames?.[0] || !property.targetMeta)
      throw new Error(`Scope path ${typeName}.${propertyPath} is not a reference chain.`);
    const column = `"${property.fieldNames[0]}"`;
    expression =
      hop === 0 ? `${alias}.${column}` : `(select s${hop}.${column} from "${meta.tableName}" s${hop} where s${hop}."id" = ${expression})`;
    meta = property.targetMeta;
  });
  return expression;
}

/**
 * The SQL condition of the viewer's scope on the row of `typeName` aliased `alias`; null when
 * unrestricted. Trusted SQL: province ids come from the database (checked as uuids), never from
 * the client.
 */
export function scopeSql(em: EntityManager, viewer: Viewer, typeName: string, alias = 't'): string | null {
  const reach = reachOf(viewer, typeName);
  if ('all' in reach) return null;
  if ('none' in reach) return 'false';
  const { paths, provinceIds } = reach;
  for (const id of provinceIds) if (!UUID.test(id)) throw new Error('A province id in the read scope is not a uuid.');
  const expression =
    paths.length === 1
      ? provinceSql(em, typeName, paths[0], alias)
      : `coalesce(${paths.map((p) => provinceSql(em, typeName, p, alias)).join(', ')})`;
  const inScope = provinceIds.length > 0 ? ` or ${expression} = any('{${provinceIds.join(',')}}'::uuid[])` : '';
  return `(${expression} is null${inScope})`;
}

/**
 * Which of `ids` (rows of `typeName`) the viewer may read, batched per type: one statement for all
 * the rows asked about in a tick; none when the viewer reads the whole type.
 */
export function visibleLoader(ctx: Context, typeName: string) {
  return ctx.loaders.loader<string, boolean>(`visible:${typeName}`, async (ids) => {
    const condition = scopeSql(ctx.em, ctx.viewer, typeName);
    if (condition === null) return ids.map(() => true);
    if (condition === 'false') return ids.map(() => false);
    const table = ctx.em.getMetadata().find(typeName)!.tableName;
    const rows = await ctx.em
      .getConnection('read')
      .execute<{ id: string }[]>(`select t."id" from "${table}" t where t."id" = any(?::uuid[]) and ${condition}`, [`{${ids.join(',')}}`]);
    const visible = new Set(rows.map((row) => row.id));
    return ids.map((id) => visible.has(id));
  });
}

/** Whether the viewer may read this row (its type is its class name). */
export async function isVisible(ctx: Context, node: { id: string; constructor: { name: string } }): Promise<boolean> {
  const typeName = node.constructor.name;
  if (readsAll(ctx.viewer, typeName)) return true;
  // People always see themselves (the `viewer` query), whatever their key's types.
  if (typeName === 'Person' && node.id === ctx.viewer.person.id) return true;
  return visibleLoader(ctx, typeName).load(node.id);
}

/** What the read engine needs of a request: its EntityManager, the day, settings and the viewer's scope. */
export function readRequestOf(ctx: Context): ReadRequest {
  return {
    em: ctx.em,
    today: ctx.clock.today(),
    now: ctx.clock.now(),
    reportGraceDays: ctx.settings.reportGraceDays,
    scope: (typeName, alias) => scopeSql(ctx.em, ctx.viewer, typeName, alias),
    batch: (key, load) => ctx.loaders.loader(key, load),
  };
}
