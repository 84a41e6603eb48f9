import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { describedEnum } from '../../kernel/enums';
import { NodeEntity } from '../../kernel/node';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';

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

export const AgencyRating = describedEnum('AgencyRating', "A working group's rating of an agency's performance on a five-grade scale.", {
  VERY_GOOD: 'The highest of the five grades.',
  GOOD: 'The second grade: better than fair.',
  FAIR: 'The middle grade.',
  POOR: 'The fourth grade: worse than fair.',
  VERY_POOR: 'The lowest of the five grades.',
});
export type AgencyRating = (typeof AgencyRating)[keyof typeof AgencyRating];
