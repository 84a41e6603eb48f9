import { Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { RialScalar } from '../../kernel/scalars';
import { LongTextField } from '../../kernel/text-fields';
import { DecidingWorkingGroupField, DecisionDayField } from '../development-plan/development-plan.inputs';

@InputType({
  description: "A working group's decision to raise or lower a plan's budget on the strength of a supervisor's review (Art. 4-4).",
})
export class AdjustPlanBudgetInput {
  @Field(() => ID, { description: 'The approved plan.' })
  planId!: string;

  @DecidingWorkingGroupField()
  workingGroupId!: string;

  @Field(() => ID, { description: "The supervisor's review that assessed the plan and on which the decision rests." })
  basisReviewId!: string;

  @Field(() => RialScalar, {
    description: 'Signed change in rials, not zero: positive increases (score ≥ 60), negative decreases (score < 60).',
  })
  @Matches(/^-?[1-9]\d*$/, { message: 'amount must be a non-zero number of rials' })
  amount!: string;

  @LongTextField('Why the working group changes the budget.', 2000)
  reason!: string;

  @DecisionDayField()
  decidedOn?: string | null;
}
