import { Field, ID, InputType } from 'type-graphql';

import { PeriodLabelScalar } from '../../kernel/scalars';
import { LongTextField } from '../../kernel/text-fields';
import { AgencyRating } from './agency-assessment.entity';

@InputType({ description: "A working group's opinion and rating of an executive agency's performance in a quarter (Art. 4-4)." })
export class AssessAgencyInput {
  @Field(() => ID, { description: 'The assessing working group; its head or secretariat records the opinion.' })
  workingGroupId!: string;

  @Field(() => ID, { description: 'The executive agency assessed.' })
  agencyId!: string;

  @Field(() => PeriodLabelScalar, { description: 'Quarter assessed, e.g. `1404-Q1`; it must have begun.' })
  period!: string;

  @Field(() => AgencyRating, { description: 'Rating of the performance.' })
  rating!: AgencyRating;

  @LongTextField("The working group's opinion of the agency's performance.", 10000)
  opinion!: string;
}
