import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';

@ObjectType({ implements: NodeEntity, description: 'One of the 31 provinces of Iran (reference data).' })
@Entity({ tableName: 'province' })
export class Province extends NodeEntity {
  @Field(() => String, { description: 'ISO 3166-2 code, e.g. `IR-23` for Tehran.' })
  @Unique()
  @Property({ type: 'string', length: 6 })
  code!: string;

  @Field(() => String, { description: 'Name in Persian, as written.' })
  @Property({ type: 'string', length: 100 })
  nameFa!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Unique()
  @Property({ type: 'string', length: 100 })
  nameEn!: string;
}
