import { Field, InputType } from 'type-graphql';

import { PeriodLabelScalar } from '../../kernel/scalars';

@InputType({ description: "Issuing the central secretariat's periodic report for a quarter that has ended (closing article)." })
export class IssuePeriodicReportInput {
  @Field(() => PeriodLabelScalar, { description: 'The quarter reported, e.g. `1404-Q1`; it must have ended.' })
  period!: string;
}
