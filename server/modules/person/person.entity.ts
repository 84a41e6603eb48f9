import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { describedEnum } from '../../kernel/enums';
import { NodeEntity } from '../../kernel/node';
import { searchFormOf, TrigramIndex } from '../../kernel/search-columns';

export const Qualification = describedEnum('Qualification', 'A recorded qualification of a person.', {
  // Meets the qualifications for a development agent in the cluster development literature.
  DEVELOPMENT_AGENT: 'Qualified to act as a cluster development agent (Art. 3).',
  // Needed to supervise.
  CLUSTER_DEVELOPMENT_EXPERTISE: 'Scientific and specialist competence in cluster development (Art. 3).',
});
export type Qualification = (typeof Qualification)[keyof typeof Qualification];

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

/**
 * Roles granted to a person's account; roles that follow from the data (head, supervisor, agent) are
 * derived. PARTNER is a partner agency's service account: read-only, limited to what its API keys grant.
 */
export const SystemRole = describedEnum('SystemRole', "A role granted to a person's account.", {
  ADMIN: 'Administers the system: keeps the registry, grants any role, issues API keys; reads every province.',
  CENTRAL_SECRETARIAT: 'Staff of the central secretariat at the TPO: keeps the registry and reads every province.',
  PROVINCIAL_SECRETARIAT: 'Staff of a provincial secretariat: reads the provinces of the groups where they hold a secretariat seat.',
  ANALYST: 'Reads every province, read-only.',
  PARTNER: "A partner agency's service account: read-only, limited to what its API keys grant.",
});
export type SystemRole = (typeof SystemRole)[keyof typeof SystemRole];
