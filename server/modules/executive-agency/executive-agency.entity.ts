import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';
import { searchFormOf, TrigramIndex } from '../../kernel/search-columns';

@ObjectType({ implements: NodeEntity, description: 'A government executive agency (دستگاه اجرایی).' })
@Entity({ tableName: 'executive_agency' })
// Art. 3: development agents are contracted by one agency (ISIPO); the database allows only one.
@Index({
  name: 'executive_agency_single_agent_contractor',
  expression:
    'create unique index "executive_agency_single_agent_contractor" on "executive_agency" ("contracts_development_agents") where "contracts_development_agents"',
})
@TrigramIndex('executive_agency', 'search_name')
@TrigramIndex('executive_agency', 'name')
export class ExecutiveAgency extends NodeEntity<'contractsDevelopmentAgents' | 'searchName'> {
  @Field(() => String, { description: 'Short code, e.g. `ISIPO`, `TPO`.' })
  @Unique()
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Name in Persian, as written.' })
  @Property({ type: 'string', length: 200 })
  nameFa!: string;

  /** Normalised Persian name for search (kernel/persian-text). */
  @Property({ type: 'string', length: 200, ...searchFormOf<ExecutiveAgency>((agency) => agency.nameFa) })
  searchName!: string;

  @Field(() => Boolean, {
    description:
      'True for the agency that signs development agent contracts (the Small Industries and Industrial Parks Organization, Art. 3).',
  })
  @Property({ type: 'boolean', default: false })
  contractsDevelopmentAgents: boolean = false;
}
