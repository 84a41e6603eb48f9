import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DateScalar, DecimalScalar, PeriodLabelScalar } from '../../kernel/scalars';
import { LongTextField, TextField } from '../../kernel/text-fields';

/** Most targets one resolution may set. */
export const MAX_RESOLUTION_TARGETS = 20;

@InputType({ description: 'A measurable target set by a resolution, due by a quarter.' })
export class ResolutionTargetInput {
  @TextField('What is measured, e.g. "Export value".', 200)
  indicator!: string;

  @TextField('Unit of measure, e.g. "rial", "jobs", "firms".', 50)
  unit!: string;

  @Field(() => DecimalScalar, { description: 'Target value.' })
  targetValue!: string;

  @Field(() => PeriodLabelScalar, { description: 'Quarter by which the target is due, e.g. `1404-Q2`.' })
  dueQuarter!: string;

  @Field(() => Boolean, { description: 'True when a higher actual is better (the gap is target minus actual).' })
  higherIsBetter!: boolean;
}

@InputType({ description: 'A resolution adopted by a central or provincial working group (Art. 1, Art. 2).' })
export class AdoptResolutionInput {
  @Field(() => ID, { description: 'The adopting working group; for a resolution about a cluster, one of its responsible groups.' })
  workingGroupId!: string;

  @Field(() => ID, { nullable: true, description: 'The cluster the resolution is about, if one.' })
  @IsOptional()
  clusterId?: string | null;

  @TextField('Number of the resolution, unique within the working group.', 64)
  number!: string;

  @Field(() => DateScalar, { description: 'Date of adoption; not in the future.' })
  adoptedOn!: string;

  @TextField('Short title.', 300)
  title!: string;

  @LongTextField('Full text of the resolution, as written.', 20000)
  text!: string;

  @Field(() => ID, { description: 'The executive agency responsible for carrying it out (Art. 1).' })
  responsibleAgencyId!: string;

  @Field(() => [ResolutionTargetInput], { description: `Measurable targets; at most ${MAX_RESOLUTION_TARGETS}.` })
  @ArrayMaxSize(MAX_RESOLUTION_TARGETS)
  @ValidateNested({ each: true })
  targets!: ResolutionTargetInput[];
}

@InputType({ description: 'Records that a plan carries out a resolution.' })
export class LinkPlanToResolutionInput {
  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field(() => ID, { description: "The resolution; its working group must be responsible for the plan's cluster." })
  resolutionId!: string;
}

@InputType({ description: 'Withdraws the record that a plan carries out a resolution.' })
export class UnlinkPlanFromResolutionInput {
  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field(() => ID, { description: 'The resolution the plan is linked to.' })
  resolutionId!: string;
}
