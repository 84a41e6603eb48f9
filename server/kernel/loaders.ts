import { wrap, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ClassType } from 'type-graphql';
import { buildConnection, DEFAULT_PAGE_SIZE, decodeCursor, type Connection, type ForwardPageArgs } from './pagination';

/**
 * A one-to-many or many-to-many relationship read as a page per parent. All parents asked for in one
 * tick of the event loop are read with one SQL statement, whatever their number: a window function
 * numbers the children of each parent, so each parent gets its own page and its own total.
 */
export interface RelationSpec<T extends object> {
  /** Stable name of the relationship, used to share one loader per request. */
  name: string;
  entity: ClassType<T>;
  /** Column of the child table holding the parent's id (one-to-many). */
  parentColumn?: string;
  /** Join table for many-to-many relationships. */
  through?: { table: string; parentColumn: string; childColumn: string };
  /** SQL order of children within a parent, on columns of the child table aliased `t`. */
  order: string;
  /** Extra trusted SQL condition on the child table `t` (never built from client input). */
  condition?: string;
}

interface PageRow {
  __parent: string;
  __position: string | number;
  __total: string | number;
  [column: string]: unknown;
}

const MAP_OPTIONS = { validate: false, cascade: false } as never;

/** Every DataLoader of one request. Made in the request context and nowhere else. */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** A loader made once per request under `key`, with `batch` reading many keys at once. */
  loader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Resolves a many-to-one reference, batching the ones not yet loaded into one `where id in (…)`. */
  async reference<T extends { id: string }>(entity: ClassType<T>, ref: T | null | undefined): Promise<T | null> {
    if (!ref) return null;
    if (wrap(ref, true).isInitialized()) return ref;
    return this.byId(entity).load(ref.id);
  }

  /** Loads entities by primary key, batched; null for ids that do not exist. */
  byId<T extends { id: string }>(entity: ClassType<T>): DataLoader<string, T | null> {
    return this.loader<string, T | null>(`byId:${entity.name}`, async (ids) => {
      const rows = await this.em.find(entity as EntityName<T>, { id: { $in: [...ids] } } as never);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** One page of a parent's children (see RelationSpec). */
  page<T extends object>(spec: RelationSpec<T>, parentId: string, args: ForwardPageArgs): Promise<Connection<T>> {
    const offset = args.after != null ? decodeCursor(args.after, 'after') + 1 : 0;
    const limit = args.first ?? DEFAULT_PAGE_SIZE;
    const key = `page:${spec.name}:${offset}:${limit}`;
    return this.loader<string, Connection<T>>(key, (parentIds) => this.loadPages(spec, parentIds, offset, limit)).load(parentId);
  }

  private async loadPages<T extends object>(
    spec: RelationSpec<T>,
    parentIds: readonly string[],
    offset: number,
    limit: number,
  ): Promise<Connection<T>[]> {
    const meta = this.em.getMetadata().get(spec.entity.name);
    const table = `"${meta.tableName}"`;
    const parent = spec.through ? `j."${spec.through.parentColumn}"` : `t."${spec.parentColumn}"`;
    const join = spec.through
      ? ` join "${spec.through.table}" j on j."${spec.through.childColumn}" = t."id"`
      : '';
    const condition = spec.condition ? ` and (${spec.condition})` : '';
    // Position 1 is always read too, so that a page past the end still knows the total.
    const sql =
      `select * from (select t.*, ${parent} as "__parent", ` +
      `row_number() over (partition by ${parent} order by ${spec.order}, t."id") as "__position", ` +
      `count(*) over (partition by ${parent}) as "__total" ` +
      `from ${table} t${join} where ${parent} = any(?::uuid[])${condition}) s ` +
      `where (s."__position" > ? and s."__position" <= ?) or s."__position" = 1 ` +
      `order by s."__parent", s."__position"`;
    const rows = await this.em.getConnection('read').execute<PageRow[]>(sql, [`{${parentIds.join(',')}}`, offset, offset + limit + 1]);

    const grouped = new Map<string, { total: number; nodes: T[] }>();
    for (const row of rows) {
      const { __parent: parentId, __position: position, __total: total, ...columns } = row;
      const group = grouped.get(parentId) ?? { total: Number(total), nodes: [] };
      grouped.set(parentId, group);
      // Rows come from our own query of one table: no validation, and no cascading merge into
      // relations, which costs most of the time of large nested pages.
      if (Number(position) > offset) group.nodes.push(this.em.map(spec.entity as EntityName<T>, columns as never, MAP_OPTIONS));
    }
    return parentIds.map((parentId) => {
      const group = grouped.get(parentId) ?? { total: 0, nodes: [] };
      return buildConnection(group.nodes, { offset, limit, end: null }, false, () => group.total);
    });
  }
}
