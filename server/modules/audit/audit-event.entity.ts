import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';
import { DateTimeScalar } from '../../kernel/scalars';
import { Person } from '../person/person.entity';

/** One committed change (R12): written in the same transaction as the change itself. */
@ObjectType({ implements: NodeEntity, description: 'One committed change: who did what to which object, when, with before and after.' })
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_target_index', properties: ['targetId', 'occurredAt'] })
export class AuditEvent extends NodeEntity<'occurredAt' | 'actor' | 'before' | 'after'> {
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'no action', index: true })
  actor?: Person | null;

  @Field(() => String, { description: 'Business action, e.g. `appointSupervisor`.' })
  @Property({ type: 'string', length: 64 })
  @Index()
  action!: string;

  @Field(() => String, { description: 'Type of the changed object, e.g. `SupervisorAppointment`.' })
  @Property({ type: 'string', length: 64 })
  targetType!: string;

  @Property({ type: 'uuid' })
  targetId!: string;

  @Field(() => DateTimeScalar, { description: 'When the change was committed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Index()
  occurredAt: Date = new Date();

  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;
}
