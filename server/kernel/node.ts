import { randomUUID } from 'node:crypto';

import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';

import { encodeGlobalId } from './global-id';
import { NODE_TYPE_KEY } from './read/sql-compiler';
import { DateTimeScalar } from './scalars';

/**
 * Every entity is a `Node`: a uuid primary key in the database and an opaque global id in the API.
 * The GraphQL type name is the entity's class name, so `node(id)` can route a decoded id.
 */
@InterfaceType('Node', {
  description: 'An object with an opaque global id, fetchable with `node(id)`.',
  // An entity's type is its class; a node the read engine built as JSON names its type under NODE_TYPE_KEY.
  resolveType: (value: object) =>
    NODE_TYPE_KEY in value ? String((value as Record<string, unknown>)[NODE_TYPE_KEY]) : value.constructor.name,
})
export abstract class NodeEntity<Optional extends string = never> {
  /** Properties `em.create` may leave out: defaults, getters, and those named by each entity. */
  [OptionalProps]?: 'createdAt' | 'globalId' | Optional;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => DateTimeScalar, { description: 'When the record was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return encodeGlobalId(this.constructor.name, this.id);
  }
}
