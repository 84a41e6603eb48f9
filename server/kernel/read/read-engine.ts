import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validateSync } from 'class-validator';
import {
  defaultFieldResolver,
  getNamedType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

import { forbidden } from '../errors';
import { encodeGlobalId } from '../global-id';
import { buildConnection, type Connection, decodeCursor, DEFAULT_PAGE_SIZE, ForwardPageArgs } from '../pagination';
import type { ListDescription } from './list-description';
import type { NodeDescription, SqlEnvironment } from './node-description';
import { type FieldPlan, NODE_TYPE_KEY, type ReadRegistry, UnsupportedSelection } from './sql-compiler';

/**
 * The read engine. A root list reads its page, its nested pages and references in ONE SQL statement
 * whose result PostgreSQL builds as JSON (sql-compiler.ts); the objects it returns are plain JSON
 * marked with their type, and every field of a node type answers them from the key the query gave
 * it (its alias). Selections the descriptions do not cover yet are answered the older way, by the
 * resolvers, so both paths give the same data.
 */

/** What a request gives the engine: its EntityManager, the day, settings, and the viewer's scope. */
export interface ReadRequest {
  em: EntityManager;
  today: string;
  /** The moment of the request, by the app's clock. */
  now: Date;
  reportGraceDays: number;
  /** The viewer's row scope on `typeName` aliased `alias`, as SQL; null when unrestricted. */
  scope(typeName: string, alias: string): string | null;
  /** A batch loader made once per request under `key` (the request's loader registry). */
  batch<K, V>(key: string, load: (keys: readonly K[]) => Promise<V[]>): { load(key: K): Promise<V> };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function environment(request: ReadRequest): SqlEnvironment {
  if (!DATE.test(request.today)) throw new RangeError('Today is not an ISO date.');
  if (!Number.isSafeInteger(request.reportGraceDays)) throw new RangeError('Grace days are not an integer.');
  return { today: `'${request.today}'::date`, reportGraceDays: String(request.reportGraceDays) };
}

/** A JSON object the engine built: a node of the type it names. */
function isEngineNode(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && NODE_TYPE_KEY in value;
}

export { isEngineNode };

/** A nested page as the compiler wrote it, made into a connection. */
interface RawPage {
  rows: unknown[];
  total?: number | string;
  o: number;
  l: number;
}

function toConnection(value: unknown): Connection<unknown> {
  const page = value as RawPage;
  return buildConnection(page.rows, { offset: page.o, limit: page.l, end: null }, false, () => Number(page.total ?? 0));
}

/** Checks a nested connection's `first`/`after` the way the resolvers' argument classes do. */
export function nestedPage(args: Record<string, unknown>): { offset: number; limit: number } {
  const given = Object.fromEntries(['first', 'after'].filter((name) => args[name] != null).map((name) => [name, args[name]]));
  const page = Object.assign(new ForwardPageArgs(), given);
  const errors = validateSync(page, { forbidUnknownValues: false, skipMissingProperties: true });
  if (errors.length > 0) throw new ArgumentValidationError(errors);
  const offset = page.after != null ? decodeCursor(page.after, 'after') + 1 : 0;
  return { offset, limit: page.first ?? DEFAULT_PAGE_SIZE };
}

class Registry implements ReadRegistry {
  private readonly plans = new Map<string, FieldPlan | null>();
  private readonly descriptions: Map<string, NodeDescription>;
  private readonly lists: Map<string, ListDescription>;
  metadataOf: (typeName: string) => EntityMetadata | undefined = () => undefined;

  constructor(
    readonly schema: GraphQLSchema,
    descriptions: readonly NodeDescription[],
    lists: readonly ListDescription[],
  ) {
    this.descriptions = new Map(descriptions.map((description) => [description.type, description]));
    this.lists = new Map(lists.map((list) => [list.type, list]));
  }

  list(typeName: string): ListDescription | undefined {
    return this.lists.get(typeName);
  }

  metadata(typeName: string): EntityMetadata {
    const meta = this.metadataOf(typeName);
    if (!meta) throw new UnsupportedSelection(`No table for ${typeName}.`);
    return meta;
  }

  field(typeName: string, fieldName: string): FieldPlan | null {
    const planKey = `${typeName}.${fieldName}`;
    if (!this.plans.has(planKey)) this.plans.set(planKey, this.planOf(typeName, fieldName));
    return this.plans.get(planKey)!;
  }

  /** Described fields first; otherwise a column or a many-to-one reference of the same name. */
  private planOf(typeName: string, fieldName: string): FieldPlan | null {
    const described = this.descriptions.get(typeName)?.fields[fieldName];
    if (described) return described;
    if (fieldName === 'id') return { kind: 'id' };
    const meta = this.metadataOf(typeName);
    const type = this.schema.getType(typeName) as GraphQLObjectType | undefined;
    const definition = type?.getFields()[fieldName];
    const property = meta?.properties[fieldName as never] as EntityMetadata['props'][number] | undefined;
    if (!meta || !definition || !property || property.persist === false) return null;
    const named = getNamedType(definition.type);
    const column = property.fieldNames?.length === 1 ? property.fieldNames[0] : null;
    if (!column) return null;
    if (property.kind === 'scalar' && !isObjectType(named)) {
      // Exact numbers leave PostgreSQL as text, as the ORM hands them over (no float on the way).
      const columnType = String(property.columnTypes?.[0] ?? '').toLowerCase();
      const exact = columnType.startsWith('bigint') || columnType.startsWith('numeric') || columnType.startsWith('decimal');
      return { kind: 'column', column, cast: exact ? '::text' : '' };
    }
    const isReference = property.kind === 'm:1' || (property.kind === '1:1' && property.owner);
    if (isReference && isObjectType(named) && named.name === property.type) {
      return { kind: 'reference', target: named.name, idSql: (alias) => `${alias}."${column}"` };
    }
    return null;
  }

  private readonly maps = new Map<string, Map<string, ((value: unknown) => unknown) | undefined>>();

  /** What the value of a field read by the engine becomes in GraphQL (made once per field). */
  mapOf(typeName: string, fieldName: string): ((value: unknown) => unknown) | undefined {
    let byField = this.maps.get(typeName);
    if (!byField) this.maps.set(typeName, (byField = new Map()));
    if (!byField.has(fieldName)) byField.set(fieldName, this.makeMap(typeName, fieldName));
    return byField.get(fieldName);
  }

  private makeMap(typeName: string, fieldName: string): ((value: unknown) => unknown) | undefined {
    const plan = this.field(typeName, fieldName);
    if (!plan) return undefined;
    if (plan.kind === 'id') return (value) => encodeGlobalId(typeName, String(value));
    if (plan.kind === 'children') return toConnection;
    if (plan.kind === 'value') return plan.map;
    return undefined;
  }
}

const registries = new WeakMap<GraphQLSchema, Registry>();

/**
 * Makes every field of every node type answer the engine's JSON objects from their response key,
 * and leaves every other source to the field's own resolver. Call once on the built schema.
 */
export function installReadEngine(
  schema: GraphQLSchema,
  descriptions: readonly NodeDescription[],
  lists: readonly ListDescription[],
): GraphQLSchema {
  const registry = new Registry(schema, descriptions, lists);
  registries.set(schema, registry);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((face) => face.name === 'Node')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      let map: ((value: unknown) => unknown) | undefined | null = null;
      const required = isNonNullType(field.type);
      field.resolve = (source, args, context, info) => {
        if (!isEngineNode(source)) return resolve(source, args, context, info);
        if (map === null) map = registry.mapOf(type.name, field.name);
        const value = source[info.path.key];
        if (value == null) {
          // A required reference the viewer may not read (only where the object holding it was shown
          // anyway, such as a committed act's payload): refused by name, as the read guard does.
          if (required) throw forbidden(`\`${type.name}.${field.name}\` lies outside your read scope.`);
          return value;
        }
        return map ? map(value) : value;
      };
    }
  }
  return schema;
}

export function registryOf(schema: GraphQLSchema, em: EntityManager): ReadRegistry {
  const registry = registries.get(schema);
  if (!registry) throw new Error('The read engine is not installed on this schema.');
  const metadata = em.getMetadata();
  registry.metadataOf = (typeName) => metadata.find(typeName) ?? undefined;
  return registry;
}

/**
 * Every field of every node type the engine cannot read yet, as `Type.field`: what still makes a
 * selection fall back to the resolvers.
 */
export function unreadableFields(schema: GraphQLSchema, em: EntityManager): string[] {
  const registry = registryOf(schema, em);
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((face) => face.name === 'Node')) continue;
    for (const field of Object.keys(type.getFields())) if (!registry.field(type.name, field)) missing.push(`${type.name}.${field}`);
  }
  return missing.sort();
}
