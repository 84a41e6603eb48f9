import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { describedEnum } from '../../kernel/enums';
import { NodeEntity } from '../../kernel/node';
import { DateScalar } from '../../kernel/scalars';
import { searchFormOf, TrigramIndex } from '../../kernel/search-columns';
import type { TermColumns } from '../authority/term';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { Province } from '../province/province.entity';

export const WorkingGroupLevel = describedEnum('WorkingGroupLevel', 'Where a working group sits (Art. 3).', {
  CENTRAL: 'The export-oriented cluster development working group at the TPO; exactly one.',
  PROVINCIAL: "A province's export development working group; at most one per province.",
});
export type WorkingGroupLevel = (typeof WorkingGroupLevel)[keyof typeof WorkingGroupLevel];

@ObjectType({ implements: NodeEntity, description: 'A working group that manages, steers and supervises cluster development (Art. 3).' })
@Entity({ tableName: 'working_group' })
@Check({ name: 'working_group_level_province', expression: `("level" = 'CENTRAL') = ("province_id" is null)` })
@Index({
  name: 'working_group_single_central',
  expression: `create unique index "working_group_single_central" on "working_group" ("level") where "level" = 'CENTRAL'`,
})
@TrigramIndex('working_group', 'search_name')
@TrigramIndex('working_group', 'name')
export class WorkingGroup extends NodeEntity<'province' | 'searchName'> {
  @Field(() => WorkingGroupLevel, { description: 'Central or provincial.' })
  @Enum({ items: () => WorkingGroupLevel, nativeEnumName: 'working_group_level' })
  @Index()
  level!: WorkingGroupLevel;

  @ManyToOne(() => Province, { nullable: true, deleteRule: 'no action', unique: true })
  province?: Province | null;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Name in Persian, as written.' })
  @Property({ type: 'string', length: 200 })
  nameFa!: string;

  /** Normalised Persian name for search (kernel/persian-text). */
  @Property({ type: 'string', length: 200, ...searchFormOf<WorkingGroup>((group) => group.nameFa) })
  searchName!: string;
}

export const MembershipRole = describedEnum('MembershipRole', 'What a person does in a working group.', {
  HEAD: 'Head of the working group; issues supervisor decrees (Art. 3). One at a time.',
  SECRETARIAT: 'Works in the secretariat, which receives reviews and reports (Art. 4-3, closing).',
  MEMBER: 'A member introduced by an executive agency (Art. 3).',
});
export type MembershipRole = (typeof MembershipRole)[keyof typeof MembershipRole];

@ObjectType({ implements: NodeEntity, description: "A person's seat in a working group for a term; history is kept." })
@Entity({ tableName: 'working_group_membership' })
@Check({ name: 'working_group_membership_term', expression: '"ends_on" is null or "ends_on" >= "starts_on"' })
// Art. 3: one head of a working group at a time (btree_gist, first migration).
@Index({
  name: 'working_group_membership_one_head',
  expression: `alter table "working_group_membership" add constraint "working_group_membership_one_head" exclude using gist ("working_group_id" with =, daterange("starts_on", "ends_on", '[]') with &&) where ("role" = 'HEAD')`,
})
export class WorkingGroupMembership extends NodeEntity<'endsOn' | 'nominatingAgency'> {
  @ManyToOne(() => WorkingGroup, { index: true })
  workingGroup!: WorkingGroup;

  @ManyToOne(() => Person, { index: true })
  person!: Person;

  @ManyToOne(() => ExecutiveAgency, { nullable: true, deleteRule: 'no action', index: true })
  nominatingAgency?: ExecutiveAgency | null;

  @Field(() => MembershipRole, { description: 'Head, secretariat or member.' })
  @Enum({ items: () => MembershipRole, nativeEnumName: 'membership_role' })
  @Index()
  role!: MembershipRole;

  @Field(() => DateScalar, { description: 'First day of the term.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the term; open-ended when null.' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;
}

/** Where a seat keeps its term: from its first day to its last, both included; open-ended while it has no last day. */
export const SEAT_TERM: TermColumns<WorkingGroupMembership> = {
  start: { property: 'startsOn', column: 'starts_on' },
  end: { property: 'endsOn', column: 'ends_on' },
  open: true,
};
