import { type EntityClass, type FilterQuery, type FindOneOptions, type Loaded, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { badUserInput } from './errors';
import { decodeGlobalId } from './global-id';
import { notFound, RuleViolation } from './rules';

/** Every entity the API names by a global id has a uuid primary key called `id`. */
interface Identified {
  id: string;
}

export interface LoadOptions<T extends object, P extends string = never> {
  /** Take a row lock (`SELECT … FOR UPDATE`) held until the mutation's transaction ends. */
  lock?: boolean;
  /** Read the row's values from the database even if the entity is already in the identity map. */
  refresh?: boolean;
  /** Relations to load with the row. */
  populate?: FindOneOptions<T, P>['populate'];
  /** What the not-found message calls the object; by default the entity's name in words ("working group"). */
  what?: string;
}

/** `WorkingGroup` → `working group`. */
function inWords(className: string): string {
  return className.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The uuid behind a global id given in an input. An id that is not ours, or of another type than the
 * entity (the GraphQL type name is the entity's class name), is malformed input: `BAD_USER_INPUT`
 * naming the field.
 */
function decodeAs(entity: EntityClass<Identified>, globalId: string, field: string): string {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== entity.name) throw badUserInput(`\`${field}\` must be a ${entity.name} id.`, field);
  return decoded.id;
}

/** Refuses the mutation: no object of this kind has the id given in `field` (a dotted input path). */
function refuseMissing(entity: EntityClass<Identified>, field: string, what: string | undefined): never {
  throw new RuleViolation([notFound(what ?? inWords(entity.name), field.replace(/^input\./, ''))]);
}

/**
 * Loads the object a mutation's input names by its global id, or refuses (Saleor's
 * `get_node_or_error`): an id of another type is `BAD_USER_INPUT` on `field`; an id of no row is the
 * `NOT_FOUND` user error on `field`, which rolls the mutation back. `field` is the dotted input path,
 * e.g. `input.clusterId`. Use it inside `runMutation`, where `lock` holds the row until commit.
 */
export async function load<T extends Identified, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string,
  field: string,
  options: LoadOptions<T, P> = {},
): Promise<Loaded<T, P>> {
  const id = decodeAs(entity, globalId, field);
  const row = await em.findOne<T, P>(entity, { id } as FilterQuery<T>, {
    ...(options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}),
    ...(options.refresh ? { refresh: true } : {}),
    ...(options.populate ? { populate: options.populate } : {}),
  });
  if (!row) refuseMissing(entity, field, options.what);
  return row;
}

/** `load` for an input that may be left out: null when `globalId` is null or undefined. */
export function loadOptional<T extends Identified, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string | null | undefined,
  field: string,
  options: LoadOptions<T, P> = {},
): Promise<Loaded<T, P> | null> {
  return globalId == null ? Promise.resolve(null) : load(em, entity, globalId, field, options);
}

/**
 * Loads a list of objects named by global ids, in one query, in the order given (a repeated id gives
 * the same object again). Each id is checked as `load` checks one; the first that is malformed, then
 * the first that names no row, is refused on its own field: `${field}.${index}`, or `field(index)` for
 * ids nested in a list of inputs (`input.planAssessments.2.planId`).
 */
export async function loadAll<T extends Identified>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalIds: readonly string[],
  field: string | ((index: number) => string),
  options: Pick<LoadOptions<T>, 'what'> = {},
): Promise<T[]> {
  const fieldOf = (index: number) => (typeof field === 'string' ? `${field}.${index}` : field(index));
  const ids = globalIds.map((globalId, index) => decodeAs(entity, globalId, fieldOf(index)));
  if (ids.length === 0) return [];
  const rows = await em.find(entity, { id: { $in: [...new Set(ids)] } } as unknown as FilterQuery<T>);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id, index) => byId.get(id) ?? refuseMissing(entity, fieldOf(index), options.what));
}
