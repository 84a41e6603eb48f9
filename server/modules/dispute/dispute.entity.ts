import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { describedEnum } from '../../kernel/enums';
import { NodeEntity } from '../../kernel/node';
import { DateScalar, DateTimeScalar } from '../../kernel/scalars';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';

export const DisputeState = describedEnum(
  'DisputeState',
  'OPEN_PROVINCIAL → RESOLVED_PROVINCIAL | NO_AGREEMENT → ESCALATED → RESOLVED_CENTRAL (Art. 4-5).',
  ['OPEN_PROVINCIAL', 'RESOLVED_PROVINCIAL', 'NO_AGREEMENT', 'ESCALATED', 'RESOLVED_CENTRAL'],
);
export type DisputeState = (typeof DisputeState)[keyof typeof DisputeState];

@ObjectType({ implements: NodeEntity, description: 'A disagreement between elements of cluster development (Art. 4-5).' })
@Entity({ tableName: 'dispute' })
// A settled dispute carries the decision that settled it, and only a settled one does.
@Check({
  name: 'dispute_final_decision',
  expression: `("state" = 'RESOLVED_PROVINCIAL' or "state" = 'RESOLVED_CENTRAL') = ("final_decision" is not null)`,
})
@Check({ name: 'dispute_resolved_on', expression: '("final_decision" is null) = ("resolved_on" is null)' })
export class Dispute extends NodeEntity<'state' | 'finalDecision' | 'resolvedOn'> {
  @ManyToOne(() => Cluster, { index: true })
  cluster!: Cluster;

  @ManyToOne(() => Person, { index: true })
  raisedBy!: Person;

  @ManyToOne(() => WorkingGroup, { index: true })
  forum!: WorkingGroup;

  @Field(() => String, { description: 'What the disagreement is about.' })
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Field(() => String, { description: 'Positions of the parties.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DisputeState, { description: 'Where the dispute stands.' })
  @Enum({ items: () => DisputeState, nativeEnumName: 'dispute_state' })
  @Index()
  state: DisputeState = DisputeState.OPEN_PROVINCIAL;

  @Field(() => DateScalar, { description: 'Day it was raised.' })
  @Property({ type: 'date' })
  raisedOn!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The decision that settled the dispute: the provincial working group's resolution, or the final decision of the central working group (Art. 4-5); null while it is unsettled.",
  })
  @Property({ type: 'text', nullable: true })
  finalDecision?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the dispute was settled; null while it is unsettled.' })
  @Property({ type: 'date', nullable: true })
  resolvedOn?: string | null;
}

@ObjectType({ implements: NodeEntity, description: 'A party to a dispute: an executive agency or a person.' })
@Entity({ tableName: 'dispute_party' })
@Check({ name: 'dispute_party_one_kind', expression: '("agency_id" is null) <> ("person_id" is null)' })
export class DisputeParty extends NodeEntity<'agency' | 'person'> {
  @ManyToOne(() => Dispute, { index: true })
  dispute!: Dispute;

  @ManyToOne(() => ExecutiveAgency, { nullable: true, deleteRule: 'no action', index: true })
  agency?: ExecutiveAgency | null;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'no action', index: true })
  person?: Person | null;
}

@ObjectType({ implements: NodeEntity, description: 'One step of a dispute: who moved it, where, when, and the decision if any.' })
@Entity({ tableName: 'dispute_step' })
// The state machine has no cycles, so a dispute enters each state at most once and leaves each at most
// once: a backstop, behind the row lock the mutations take, against two steps taken at the same moment (R7).
@Unique({ name: 'dispute_step_once_per_state', properties: ['dispute', 'toState'] })
@Unique({ name: 'dispute_step_once_from_state', properties: ['dispute', 'fromState'] })
export class DisputeStep extends NodeEntity<'fromState' | 'decision'> {
  @ManyToOne(() => Dispute, { index: true })
  dispute!: Dispute;

  @ManyToOne(() => WorkingGroup, { index: true })
  workingGroup!: WorkingGroup;

  @ManyToOne(() => Person, { index: true })
  actor!: Person;

  @Field(() => DisputeState, { nullable: true, description: 'State before the step; null for the lodging.' })
  @Enum({ items: () => DisputeState, nativeEnumName: 'dispute_state', nullable: true })
  fromState?: DisputeState | null;

  @Field(() => DisputeState, { description: 'State after the step.' })
  @Enum({ items: () => DisputeState, nativeEnumName: 'dispute_state' })
  toState!: DisputeState;

  @Field(() => DateTimeScalar, { description: 'When the step was taken.' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Decision or remarks of the deciding body; for an escalation, the reason given for it. Null for the lodging.',
  })
  @Property({ type: 'text', nullable: true })
  decision?: string | null;
}
