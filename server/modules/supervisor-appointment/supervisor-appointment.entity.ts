import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';
import { DateScalar } from '../../kernel/scalars';
import { fixedTermOf, lastDayInForce, type TermColumns } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';

/**
 * The decree appointing a supervisor to one cluster for one year (Art. 3). The database checks the
 * one-year term and, with an exclusion constraint added by the migration, that no two appointments of
 * one cluster are in force on the same day (R3).
 */
@ObjectType({ implements: NodeEntity, description: 'The decree appointing a supervisor to one cluster for one year (Art. 3).' })
@Entity({ tableName: 'supervisor_appointment' })
@Check({ name: 'supervisor_appointment_one_year', expression: '"ends_on" = ("starts_on" + make_interval(years => 1))::date - 1' })
@Check({
  name: 'supervisor_appointment_revocation',
  expression: '"revoked_on" is null or ("revoked_on" >= "starts_on" and "revoked_on" <= "ends_on")',
})
// R3: no two appointments of one cluster in force on the same day (btree_gist, first migration).
@Index({
  name: 'supervisor_appointment_no_overlap',
  expression: `alter table "supervisor_appointment" add constraint "supervisor_appointment_no_overlap" exclude using gist ("cluster_id" with =, daterange("starts_on", coalesce("revoked_on", "ends_on"), '[]') with &&)`,
})
@Check({ name: 'supervisor_appointment_revocation_reason', expression: '("revoked_on" is null) = ("revocation_reason" is null)' })
@Unique({ name: 'supervisor_appointment_decree_unique', properties: ['workingGroup', 'decreeNumber'] })
export class SupervisorAppointment extends NodeEntity<'lastDayInForce' | 'revokedOn' | 'revocationReason'> {
  @ManyToOne(() => Cluster, { index: true })
  cluster!: Cluster;

  @ManyToOne(() => Person, { index: true })
  supervisor!: Person;

  @ManyToOne(() => WorkingGroup, { index: true })
  workingGroup!: WorkingGroup;

  @ManyToOne(() => Person, { index: true })
  appointedBy!: Person;

  @Field(() => String, { description: 'Number of the decree, unique within the appointing working group.' })
  @Property({ type: 'string', length: 64 })
  decreeNumber!: string;

  @Field(() => DateScalar, { description: 'Date the decree was signed.' })
  @Property({ type: 'date' })
  decreeDate!: string;

  @Field(() => DateScalar, { description: 'First day of the one-year term.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day of the term: one year after `startsOn`, less one day.' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in office when the appointment was revoked early.' })
  @Property({ type: 'date', nullable: true })
  revokedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the appointment was revoked.' })
  @Property({ type: 'text', nullable: true })
  revocationReason?: string | null;

  /** Last day the appointment is (or was) in force. */
  get lastDayInForce(): string {
    return lastDayInForce(fixedTermOf(SUPERVISOR_APPOINTMENT_TERM, this));
  }
}

/** Where an appointment keeps its term: it is in force from its first day to its revocation, or else its end. */
export const SUPERVISOR_APPOINTMENT_TERM: TermColumns<SupervisorAppointment> = {
  start: { property: 'startsOn', column: 'starts_on' },
  end: { property: 'endsOn', column: 'ends_on' },
  earlyEnd: { property: 'revokedOn', column: 'revoked_on' },
};
