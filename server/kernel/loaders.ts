import { type EntityName, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ClassType } from 'type-graphql';

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
}
