import type { QueryOrderMap } from '@mikro-orm/core';
import { Field, InputType } from 'type-graphql';
import { badUserInput } from './errors';
import { decodeGlobalId } from './global-id';
import { SortDirection } from './pagination';

/** Most ids a filter may list; larger sets belong in several queries. */
export const MAX_FILTER_VALUES = 100;

/** Decodes global ids given in a filter; any id of another type or not ours is `BAD_USER_INPUT`. */
export function idsOfType(globalIds: readonly string[] | null | undefined, typeName: string, field: string): string[] | undefined {
  if (globalIds == null) return undefined;
  if (globalIds.length > MAX_FILTER_VALUES) throw badUserInput(`\`${field}\` lists at most ${MAX_FILTER_VALUES} ids.`, field);
  return globalIds.map((globalId) => {
    const decoded = decodeGlobalId(globalId);
    if (!decoded || decoded.typeName !== typeName) throw badUserInput(`\`${field}\` must list ${typeName} ids.`, field);
    return decoded.id;
  });
}

export function checkListSize<T>(values: readonly T[] | null | undefined, field: string): T[] | undefined {
  if (values == null) return undefined;
  if (values.length > MAX_FILTER_VALUES) throw badUserInput(`\`${field}\` lists at most ${MAX_FILTER_VALUES} values.`, field);
  return [...values];
}

/** `%text%` for LIKE/ILIKE with the text's own `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The condition on a row's cluster from a filter's `clusterIds` and `provinceCodes` (both shape-checked);
 * undefined when the filter gives neither.
 */
export function clusterCondition(filter: { clusterIds?: string[] | null; provinceCodes?: string[] | null } | null | undefined) {
  const clusterIds = idsOfType(filter?.clusterIds, 'Cluster', 'filter.clusterIds');
  const provinceCodes = checkListSize(filter?.provinceCodes, 'filter.provinceCodes');
  if (!clusterIds && !provinceCodes) return undefined;
  return compact({ id: clusterIds ? { $in: clusterIds } : undefined, province: provinceCodes ? { code: { $in: provinceCodes } } : undefined });
}

/** Drops undefined entries so that an empty filter becomes `{}`. */
export function compact<T extends object>(conditions: T): T {
  return Object.fromEntries(Object.entries(conditions).filter(([, value]) => value !== undefined)) as T;
}

/** The `<Type>Order` input type: a field of the list's order enum and a direction. */
export function orderInputType<F extends string>(name: string, fieldEnum: object, defaultField: F) {
  @InputType(name, { description: 'Order of a list: a field and a direction.' })
  class OrderInput {
    @Field(() => fieldEnum, { description: `Field to sort on (default ${defaultField}).` })
    field: F = defaultField;

    @Field(() => SortDirection, { description: 'Direction (default ASC).' })
    direction: SortDirection = SortDirection.ASC;
  }
  return OrderInput;
}

/**
 * Builds the `<Type>Order` input: a field of the list's order enum and a direction. `paths` maps each
 * enum value to the entity path it sorts on.
 */
export function orderInput<E extends Record<string, string>, F extends E[keyof E] = E[keyof E]>(
  name: string,
  fieldEnum: E,
  defaultField: NoInfer<F>,
  paths: Record<F, (direction: 'asc' | 'desc') => QueryOrderMap<object>>,
) {
  const OrderInput = orderInputType<F>(name, fieldEnum, defaultField);
  return {
    OrderInput,
    toOrder(order: { field: F; direction: SortDirection } | null | undefined): QueryOrderMap<object> {
      const field = order?.field ?? defaultField;
      return paths[field](order?.direction === SortDirection.DESC ? 'desc' : 'asc');
    },
  };
}
