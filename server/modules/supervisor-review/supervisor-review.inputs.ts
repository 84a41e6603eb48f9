import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

import { DateScalar, PeriodLabelScalar, RialScalar } from '../../kernel/scalars';
import { LongTextField } from '../../kernel/text-fields';
import { LongText } from '../../kernel/text-hygiene';

/** Most recommendations one review may make. */
export const MAX_RECOMMENDATIONS = 20;
/** Most plans one review may assess. */
export const MAX_PLAN_ASSESSMENTS = 50;

/** A non-negative whole number of rials (the Rial scalar already refuses anything but an integer). */
const NON_NEGATIVE_RIALS = /^(0|[1-9]\d*)$/;

@InputType({ description: "A review's assessment of one plan: performance score and economic return (Art. 4-3)." })
export class PlanAssessmentInput {
  @Field(() => ID, { description: 'A plan of the reviewed cluster: approved, suspended or completed.' })
  planId!: string;

  @Field(() => Int, { description: 'Programme performance, 0–100; 60 or more counts as performing (Art. 4-4).' })
  @Min(0)
  @Max(100)
  performanceScore!: number;

  @Field(() => RialScalar, { description: 'Export value attributed to the plan in the period, in rials; not negative.' })
  @Matches(NON_NEGATIVE_RIALS, { message: 'exportValue must not be negative' })
  exportValue!: string;

  @Field(() => Int, { description: 'Jobs created; not negative.' })
  @Min(0)
  jobsCreated!: number;

  @Field(() => RialScalar, { description: 'Investment attracted, in rials; not negative.' })
  @Matches(NON_NEGATIVE_RIALS, { message: 'investment must not be negative' })
  investment!: string;

  @Field(() => String, { nullable: true, description: 'Remarks on this plan.' })
  @LongText()
  @IsOptional()
  @MaxLength(4000)
  remarks?: string | null;
}

@InputType({ description: "A supervisor's periodic review of a cluster's plans: performance, economic return and proposals (Art. 4-3)." })
export class SubmitSupervisorReviewInput {
  @Field(() => ID, { description: 'The reviewed cluster; the caller must be its supervisor in force on the review date.' })
  clusterId!: string;

  @Field(() => PeriodLabelScalar, { description: 'The quarter reviewed, e.g. `1404-Q1`.' })
  period!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day of the review; today when left out. Not after today.' })
  @IsOptional()
  reviewedOn?: string | null;

  @LongTextField('Findings of the review.', 20000)
  findings!: string;

  // No minimum size here: an empty list is a rule violation (RECOMMENDATIONS_REQUIRED), not malformed input.
  @Field(() => [String], {
    description: `Proposals for improvement and correction, at least one that is not blank; at most ${MAX_RECOMMENDATIONS}.`,
  })
  @LongText()
  @ArrayMaxSize(MAX_RECOMMENDATIONS)
  @MaxLength(4000, { each: true })
  recommendations!: string[];

  @Field(() => [PlanAssessmentInput], { description: `Assessment of each reviewed plan, 1 to ${MAX_PLAN_ASSESSMENTS}, each plan once.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PLAN_ASSESSMENTS)
  @ValidateNested({ each: true })
  planAssessments!: PlanAssessmentInput[];
}
