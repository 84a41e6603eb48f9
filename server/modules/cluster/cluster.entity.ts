import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { describedEnum } from '../../kernel/enums';
import { NodeEntity } from '../../kernel/node';
import { searchFormOf, TrigramIndex } from '../../kernel/search-columns';
import { Province } from '../province/province.entity';

export const ClusterStatus = describedEnum('ClusterStatus', 'Stage of a cluster in the development programme.', {
  IDENTIFIED: 'Identified and under diagnostic study; no programme yet.',
  ACTIVE: 'A development programme is under way.',
  GRADUATED: 'The programme has ended and the cluster runs on its own.',
  DISCONTINUED: 'The programme was stopped.',
});
export type ClusterStatus = (typeof ClusterStatus)[keyof typeof ClusterStatus];

@ObjectType({ implements: NodeEntity, description: 'An export-oriented business cluster.' })
@Entity({ tableName: 'cluster' })
@Unique({ name: 'cluster_province_search_name_unique', properties: ['province', 'searchName'] })
@Check({ name: 'cluster_isic_code', expression: `"isic_code" ~ '^[0-9]{4}$'` })
@TrigramIndex('cluster', 'search_name')
@TrigramIndex('cluster', 'name')
export class Cluster extends NodeEntity<'mainProducts' | 'status'> {
  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Name in Persian, as written.' })
  @Property({ type: 'string', length: 200 })
  nameFa!: string;

  /** Normalised Persian name for search and uniqueness within a province (set by the service, kept by the hooks). */
  @Property({ type: 'string', length: 200, ...searchFormOf<Cluster>((cluster) => cluster.nameFa) })
  searchName!: string;

  @ManyToOne(() => Province, { index: true })
  province!: Province;

  @Field(() => String, { description: 'Sector as a four-digit ISIC Rev. 4 class, e.g. `1392`.' })
  @Property({ type: 'string', length: 4 })
  @Index()
  isicCode!: string;

  @Field(() => [String], { description: 'Main products of the cluster.' })
  @Property({ type: 'text[]', default: [] })
  mainProducts: string[] = [];

  @Field(() => ClusterStatus, { description: 'Stage in the development programme.' })
  @Enum({ items: () => ClusterStatus, nativeEnumName: 'cluster_status' })
  @Index()
  status: ClusterStatus = ClusterStatus.IDENTIFIED;
}
