import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { describedEnum } from '../../kernel/enums';
import { NodeEntity } from '../../kernel/node';
import { DateTimeScalar } from '../../kernel/scalars';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';

export const PeriodicReportStatus = describedEnum('PeriodicReportStatus', 'A periodic report is frozen once issued.', ['DRAFT', 'ISSUED']);
export type PeriodicReportStatus = (typeof PeriodicReportStatus)[keyof typeof PeriodicReportStatus];

@ObjectType({ implements: NodeEntity, description: "The secretariat's periodic report to the authorities (closing article)." })
@Entity({ tableName: 'periodic_report' })
@Check({ name: 'periodic_report_period', expression: `"period" ~ '^[0-9]{4}-Q[1-4]$'` })
@Check({ name: 'periodic_report_issued', expression: `("status" = 'ISSUED') = ("issued_at" is not null)` })
@Unique({ name: 'periodic_report_unique', properties: ['workingGroup', 'period'] })
export class PeriodicReport extends NodeEntity<'status' | 'issuedAt' | 'issuedBy'> {
  @ManyToOne(() => WorkingGroup)
  workingGroup!: WorkingGroup;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'no action', index: true })
  issuedBy?: Person | null;

  /** Quarter reported, `1403-Q2`. */
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => PeriodicReportStatus, { description: 'Draft or issued.' })
  @Enum({ items: () => PeriodicReportStatus, nativeEnumName: 'periodic_report_status' })
  status: PeriodicReportStatus = PeriodicReportStatus.DRAFT;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was issued and frozen.' })
  @Property({ type: 'datetime', nullable: true })
  issuedAt?: Date | null;

  /** Compliance and gap figures, frozen at issue. */
  @Property({ type: 'json' })
  figures!: Record<string, unknown>;
}
