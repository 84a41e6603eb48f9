import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../../kernel/scalars';
import { LongTextField, TextField } from '../../kernel/text-fields';

@InputType({ description: 'A party to a dispute: give exactly one of `agencyId` and `personId`.' })
export class DisputePartyInput {
  @Field(() => ID, { nullable: true, description: 'The executive agency that is a party.' })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who is a party.' })
  @IsOptional()
  personId?: string | null;
}

@InputType({
  description: "A disagreement between elements of a cluster's development, lodged at the province's working group (Art. 4-5).",
})
export class RaiseDisputeInput {
  @Field(() => ID, { description: 'The cluster the disagreement concerns.' })
  clusterId!: string;

  @Field(() => ID, {
    description: "Where it is lodged: the working group of the cluster's province, never the central one first (Art. 4-5).",
  })
  forumWorkingGroupId!: string;

  @TextField('What the disagreement is about.', 300)
  subject!: string;

  @LongTextField('The positions of the parties.', 10000)
  description!: string;

  @Field(() => [DisputePartyInput], { description: 'The parties, 2 to 10, each an executive agency or a person.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  parties!: DisputePartyInput[];

  @Field(() => DateScalar, { nullable: true, description: 'Day it was raised; today when omitted, never a future day.' })
  @IsOptional()
  raisedOn?: string | null;
}

export enum ProvincialOutcome {
  RESOLVED = 'RESOLVED',
  NO_AGREEMENT = 'NO_AGREEMENT',
}
registerEnumType(ProvincialOutcome, {
  name: 'ProvincialOutcome',
  description: 'What the provincial working group concluded about a dispute (Art. 4-5).',
  valuesConfig: {
    RESOLVED: { description: 'The provincial working group resolved it; its decision settles the dispute.' },
    NO_AGREEMENT: { description: 'No agreement was reached; the dispute may be escalated to the central working group.' },
  },
});

@InputType({ description: "The provincial working group's outcome of a dispute it heard (Art. 4-5)." })
export class RecordProvincialOutcomeInput {
  @Field(() => ID, { description: 'The dispute.' })
  disputeId!: string;

  @Field(() => ProvincialOutcome, { description: 'Resolved, or no agreement.' })
  outcome!: ProvincialOutcome;

  @LongTextField('The decision when resolved; the account of why no agreement was reached otherwise.', 10000)
  decision!: string;
}

@InputType({ description: 'Escalation of a dispute without agreement at the province to the central working group (Art. 4-5).' })
export class EscalateDisputeInput {
  @Field(() => ID, { description: 'The dispute.' })
  disputeId!: string;

  @LongTextField('Why the dispute is taken to the central working group.', 10000)
  reason!: string;
}

@InputType({ description: 'The final decision of the central working group on an escalated dispute (Art. 4-5).' })
export class DecideDisputeInput {
  @Field(() => ID, { description: 'The dispute.' })
  disputeId!: string;

  @LongTextField('The decision; it is final.', 10000)
  decision!: string;
}
