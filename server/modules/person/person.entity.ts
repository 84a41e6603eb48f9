import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';
import { searchFormOf, TrigramIndex } from '../../kernel/search-columns';

export enum Qualification {
  /** Meets the qualifications for a development agent in the cluster development literature (Art. 3). */
  DEVELOPMENT_AGENT = 'DEVELOPMENT_AGENT',
  /** Scientific and specialist competence in cluster development, needed to supervise (Art. 3). */
  CLUSTER_DEVELOPMENT_EXPERTISE = 'CLUSTER_DEVELOPMENT_EXPERTISE',
}
registerEnumType(Qualification, {
  name: 'Qualification',
  description: 'A recorded qualification of a person.',
  valuesConfig: {
    DEVELOPMENT_AGENT: { description: 'Qualified to act as a cluster development agent (Art. 3).' },
    CLUSTER_DEVELOPMENT_EXPERTISE: { description: 'Scientific and specialist competence in cluster development (Art. 3).' },
  },
});

/** Roles granted to a person's account; roles that follow from the data (head, supervisor, agent) are derived. */
export enum SystemRole {
  ADMIN = 'ADMIN',
  CENTRAL_SECRETARIAT = 'CENTRAL_SECRETARIAT',
  PROVINCIAL_SECRETARIAT = 'PROVINCIAL_SECRETARIAT',
  ANALYST = 'ANALYST',
  /** A partner agency's service account: read-only, limited to what its API keys grant. */
  PARTNER = 'PARTNER',
}
registerEnumType(SystemRole, { name: 'SystemRole', description: "A role granted to a person's account." });

@ObjectType({ implements: NodeEntity, description: 'Anyone who acts in the oversight system.' })
@Entity({ tableName: 'person' })
@Check({
  name: 'person_qualifications_known',
  expression: `"qualifications" <@ array['DEVELOPMENT_AGENT', 'CLUSTER_DEVELOPMENT_EXPERTISE']::text[]`,
})
@Check({
  name: 'person_system_roles_known',
  expression: `"system_roles" <@ array['ADMIN', 'CENTRAL_SECRETARIAT', 'PROVINCIAL_SECRETARIAT', 'ANALYST', 'PARTNER']::text[]`,
})
@Check({ name: 'person_email_lower_case', expression: `"email" = lower("email")` })
@TrigramIndex('person', 'search_name')
@TrigramIndex('person', 'full_name_latin')
export class Person extends NodeEntity<'qualifications' | 'systemRoles' | 'phone'> {
  @Field(() => String, { description: 'Full name in Persian, as written.' })
  @Property({ type: 'string', length: 200 })
  fullNameFa!: string;

  @Field(() => String, { description: 'Full name in Latin letters.' })
  @Property({ type: 'string', length: 200 })
  fullNameLatin!: string;

  /** Normalised Persian name for search (kernel/persian-text). */
  @Property({ type: 'string', length: 200, ...searchFormOf<Person>((person) => person.fullNameFa) })
  searchName!: string;

  @Field(() => String, { description: 'E-mail address, unique, used to sign in.' })
  @Unique()
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Telephone number.' })
  @Property({ type: 'string', length: 32, nullable: true })
  phone?: string | null;

  @Field(() => [Qualification], { description: 'Recorded qualifications and expertise.' })
  @Enum({ items: () => Qualification, array: true, default: [] })
  qualifications: Qualification[] = [];

  @Field(() => [SystemRole], { description: 'Roles granted to the account.' })
  @Enum({ items: () => SystemRole, array: true, default: [] })
  systemRoles: SystemRole[] = [];
}
