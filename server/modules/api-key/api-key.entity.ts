import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';
import { DateTimeScalar } from '../../kernel/scalars';
import { Person } from '../person/person.entity';

/**
 * A partner agency's key to read the API without a bearer token (`X-Api-Key` header). Only the
 * SHA-256 hash of the key is stored; the key itself is shown once, when it is created.
 */
@ObjectType({
  implements: NodeEntity,
  description: "A partner agency's key to read the API (`X-Api-Key` header); the key itself is never shown again.",
})
@Entity({ tableName: 'api_key' })
@Check({ name: 'api_key_hash_hex', expression: `"hash" ~ '^[0-9a-f]{64}$'` })
@Check({ name: 'api_key_revoked_after_created', expression: '"revoked_at" is null or "revoked_at" >= "created_at"' })
export class ApiKey extends NodeEntity<'provinceCodes' | 'types' | 'revokedAt' | 'lastUsedAt'> {
  /** The PARTNER service account the key acts for. */
  @ManyToOne(() => Person, { index: true })
  person!: Person;

  @Field(() => String, { description: 'Name given to the key, e.g. the partner application using it.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'First characters of the key, to recognise it in lists.' })
  @Property({ type: 'string', length: 8 })
  prefix!: string;

  /** SHA-256 of the key, hex; never the key. Hidden from audit snapshots and serialisation. */
  @Unique({ name: 'api_key_hash_unique' })
  @Property({ type: 'string', length: 64, hidden: true })
  hash!: string;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-2 codes of the provinces the key may read; null for all.' })
  @Property({ type: 'text[]', nullable: true })
  provinceCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Names of the node types the key may read; null for all.' })
  @Property({ type: 'text[]', nullable: true })
  types?: string[] | null;

  @Field(() => DateTimeScalar, { description: 'When the key stops working.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the key was revoked; null while it is not.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  /** The administrator who made the key. */
  @ManyToOne(() => Person, { index: true })
  createdBy!: Person;

  /**
   * The key runs only the SDK's own operations, sent by hash (schema/trusted-documents.json);
   * anything else is refused (http/trusted-documents.ts).
   */
  @Property({ type: 'boolean', default: false })
  trustedDocumentsOnly: boolean = false;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the key was last used, to the minute; null if never.' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;
}
