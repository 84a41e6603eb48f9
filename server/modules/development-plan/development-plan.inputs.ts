import { ArrayMaxSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DateScalar, DecimalScalar, RialScalar } from '../../kernel/scalars';
import { LongTextField, TextField } from '../../kernel/text-fields';
import { PlanKind } from './development-plan.entity';

/** Most indicators a plan may declare. */
export const MAX_PLAN_INDICATORS = 20;

/** Most resolutions a plan may cite when it is proposed. */
export const MAX_PLAN_RESOLUTIONS = 20;

/** A budget is a positive whole number of rials. */
export const POSITIVE_RIALS = /^[1-9]\d*$/;

/** The working group that takes a decision on a plan: one responsible for the plan's cluster (R11). */
export function DecidingWorkingGroupField(): PropertyDecorator {
  return Field(() => ID, { description: "The deciding working group: the cluster's provincial group or the central one." });
}

/** The day a working group decides on a plan, when it is not today. */
export function DecisionDayField(): PropertyDecorator {
  return (prototype, property) => {
    IsOptional()(prototype, property as string);
    Field(() => DateScalar, { nullable: true, description: 'Day of the decision; today when omitted. Not in the future.' })(
      prototype,
      property,
    );
  };
}

@InputType({ description: 'An indicator by which a proposed plan will measure progress.' })
export class PlanIndicatorInput {
  @TextField('What is measured, e.g. "Export value"; distinct within the plan.', 200)
  name!: string;

  @TextField('Unit of measure, e.g. "rial", "firms", "percent".', 50)
  unit!: string;

  @Field(() => DecimalScalar, { description: 'Value when the plan starts.' })
  baseline!: string;

  @Field(() => DecimalScalar, { description: 'Value the plan aims for.' })
  target!: string;

  @Field(() => Boolean, { description: 'True when a higher actual is better.' })
  higherIsBetter!: boolean;
}

@InputType({ description: 'A cluster development plan or project put to the working groups (Art. 2).' })
export class ProposePlanInput {
  @Field(() => ID, { description: 'The cluster the plan develops.' })
  clusterId!: string;

  @TextField('Title of the plan or project.', 300)
  title!: string;

  @Field(() => PlanKind, { description: 'Plan or project.' })
  kind!: PlanKind;

  @Field(() => ID, { description: 'The person who will execute the plan and report on it every quarter once approved (Art. 4-1).' })
  executorId!: string;

  @Field(() => ID, { description: 'The executive agency responsible for the plan.' })
  responsibleAgencyId!: string;

  @Field(() => RialScalar, { description: 'Budget requested, in rials; positive.' })
  @Matches(POSITIVE_RIALS, { message: 'proposedBudget must be a positive number of rials' })
  proposedBudget!: string;

  @Field(() => DateScalar, { description: 'Planned first day of execution.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Planned last day of execution; not before `startsOn`.' })
  endsOn!: string;

  @Field(() => [PlanIndicatorInput], { description: `Indicators by which the plan measures progress; at most ${MAX_PLAN_INDICATORS}.` })
  @ArrayMaxSize(MAX_PLAN_INDICATORS)
  @ValidateNested({ each: true })
  indicators!: PlanIndicatorInput[];

  @Field(() => [ID], {
    nullable: true,
    description: `Resolutions the plan carries out, adopted by the cluster's responsible working groups; at most ${MAX_PLAN_RESOLUTIONS}.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PLAN_RESOLUTIONS)
  resolutionIds?: string[] | null;
}

@InputType({ description: "A responsible working group's approval of a proposed plan (R11, Art. 3)." })
export class ApprovePlanInput {
  @Field(() => ID, { description: 'The proposed plan.' })
  planId!: string;

  @DecidingWorkingGroupField()
  workingGroupId!: string;

  @Field(() => RialScalar, {
    nullable: true,
    description: 'Budget approved, in rials; the proposed budget when omitted. It never changes afterwards (R11).',
  })
  @IsOptional()
  @Matches(POSITIVE_RIALS, { message: 'approvedBudget must be a positive number of rials' })
  approvedBudget?: string | null;

  @DecisionDayField()
  decidedOn?: string | null;
}

@InputType({ description: "A responsible working group's rejection of a proposed plan (R11, Art. 3)." })
export class RejectPlanInput {
  @Field(() => ID, { description: 'The proposed plan.' })
  planId!: string;

  @DecidingWorkingGroupField()
  workingGroupId!: string;

  @LongTextField('Why the plan is rejected.', 2000)
  reason!: string;
}

@InputType({ description: 'Suspension of an approved plan by a responsible working group (R11).' })
export class SuspendPlanInput {
  @Field(() => ID, { description: 'The approved plan.' })
  planId!: string;

  @DecidingWorkingGroupField()
  workingGroupId!: string;

  @LongTextField('Why the plan is suspended.', 2000)
  reason!: string;
}

@InputType({ description: 'Resumption of a suspended plan by a responsible working group (R11).' })
export class ResumePlanInput {
  @Field(() => ID, { description: 'The suspended plan.' })
  planId!: string;

  @DecidingWorkingGroupField()
  workingGroupId!: string;
}

@InputType({ description: 'Completion of an approved plan, recorded by a responsible working group (R11).' })
export class CompletePlanInput {
  @Field(() => ID, { description: 'The approved plan.' })
  planId!: string;

  @DecidingWorkingGroupField()
  workingGroupId!: string;

  @Field(() => DateScalar, { description: 'Last day of execution; reports of quarters that begin after it are no longer owed.' })
  completedOn!: string;
}
