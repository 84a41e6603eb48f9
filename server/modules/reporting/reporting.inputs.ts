import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DecimalScalar } from '../../kernel/scalars';
import { LongTextField } from '../../kernel/text-fields';
import { BottleneckCategory } from './reporting.entity';

/** Most indicator actuals one report may state. */
export const MAX_INDICATOR_ACTUALS = 50;
/** Most bottlenecks one report may give. */
export const MAX_BOTTLENECKS = 20;

@InputType({ description: "The value an indicator of the obligation's plan reached by the end of the quarter." })
export class IndicatorActualInput {
  @Field(() => ID, { description: "A PlanIndicator of the obligation's plan." })
  indicatorId!: string;

  @Field(() => DecimalScalar, { description: "Value reached by the end of the reported quarter, in the indicator's unit." })
  value!: string;
}

@InputType({ description: 'A reason and bottleneck that prevented progress (Art. 4-1).' })
export class BottleneckInput {
  @Field(() => BottleneckCategory, { description: 'Kind of obstacle.' })
  category!: BottleneckCategory;

  @LongTextField('What happened and why it blocked progress.', 4000)
  description!: string;
}

/** What a report says: shared by the first report and its revisions. */
@InputType({ description: 'What a quarterly report says: progress, or the reasons and bottlenecks that prevented it (Art. 4-1).' })
export abstract class ProgressReportContentInput {
  @Field(() => Boolean, { description: 'True when progress was made; false to report the reasons and bottlenecks that prevented it.' })
  madeProgress!: boolean;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Percent complete, 0–100 with at most two decimals; required when progress was made.',
  })
  @IsOptional()
  percentComplete?: string | null;

  @LongTextField('Narrative of the quarter, transparent and complete.', 20000)
  summary!: string;

  @Field(() => [IndicatorActualInput], {
    nullable: true,
    description: `Actual values of the plan's indicators, each indicator at most once; at most ${MAX_INDICATOR_ACTUALS}.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_INDICATOR_ACTUALS)
  @ValidateNested({ each: true })
  indicatorActuals?: IndicatorActualInput[] | null;

  @Field(() => [BottleneckInput], {
    nullable: true,
    description: `Reasons and bottlenecks that prevented progress; at least one when no progress was made; at most ${MAX_BOTTLENECKS}.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_BOTTLENECKS)
  @ValidateNested({ each: true })
  bottlenecks?: BottleneckInput[] | null;
}

@InputType({ description: 'The quarterly report owed for an obligation (Art. 4-1).' })
export class SubmitProgressReportInput extends ProgressReportContentInput {
  @Field(() => ID, { description: 'The reporting obligation answered; the caller must be its obligor.' })
  obligationId!: string;
}

@InputType({ description: 'A correction of a report: a new revision that supersedes the latest one and keeps it (Art. 4-1).' })
export class ReviseProgressReportInput extends ProgressReportContentInput {
  @Field(() => ID, { description: 'Any revision of the report to correct; the new revision supersedes its latest revision.' })
  reportId!: string;
}

@InputType({ description: 'Waiving a quarterly report that is no longer owed (Art. 4-1, Art. 3).' })
export class WaiveReportingObligationInput {
  @Field(() => ID, { description: 'The obligation to waive; no report may have been sent for it.' })
  obligationId!: string;

  @Field(() => ID, {
    description: "The deciding working group: the cluster's provincial group or the central one; the caller is its head or secretariat.",
  })
  workingGroupId!: string;

  @LongTextField('Why the report is no longer owed.', 2000)
  reason!: string;
}
