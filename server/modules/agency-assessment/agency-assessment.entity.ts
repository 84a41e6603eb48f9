import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';

export enum AgencyRating {
  VERY_GOOD = 'VERY_GOOD',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
  VERY_POOR = 'VERY_POOR',
}
registerEnumType(AgencyRating, { name: 'AgencyRating', description: "A working group's rating of an agency's performance." });

@ObjectType({
  implements: NodeEntity,
  description: "A working group's opinion of an executive agency's performance in a quarter (Art. 4-4).",
})
@Entity({ tableName: 'agency_assessment' })
@Check({ name: 'agency_assessment_period', expression: `"period" ~ '^[0-9]{4}-Q[1-4]$'` })
@Unique({ name: 'agency_assessment_unique', properties: ['workingGroup', 'agency', 'period'] })
export class AgencyAssessment extends NodeEntity {
  @ManyToOne(() => WorkingGroup)
  workingGroup!: WorkingGroup;

  @ManyToOne(() => ExecutiveAgency, { index: true })
  agency!: ExecutiveAgency;

  @ManyToOne(() => Person, { index: true })
  assessedBy!: Person;

  /** Quarter assessed, `1403-Q2`. */
  @Property({ type: 'string', length: 7 })
  @Index()
  period!: string;

  @Field(() => AgencyRating, { description: 'Rating.' })
  @Enum({ items: () => AgencyRating, nativeEnumName: 'agency_rating' })
  @Index()
  rating!: AgencyRating;

  @Field(() => String, { description: 'Opinion on the performance of the agency.' })
  @Property({ type: 'text' })
  opinion!: string;
}
