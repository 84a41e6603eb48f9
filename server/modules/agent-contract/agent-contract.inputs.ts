import { Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DateScalar } from '../../kernel/scalars';
import { LongText } from '../../kernel/text-hygiene';

@InputType({ description: "A development agent's contract with ISIPO for one cluster (Art. 3)." })
export class SignAgentContractInput {
  @Field(() => ID, { description: 'The cluster whose development programme the agent runs.' })
  clusterId!: string;

  @Field(() => ID, { description: 'The development agent; must have the recorded development agent qualification.' })
  agentId!: string;

  @Field(() => ID, { description: 'The contracting agency: the one that contracts development agents (ISIPO).' })
  agencyId!: string;

  @Field(() => String, { description: 'Contract number, unique across all contracts.' })
  @Length(1, 64)
  @Matches(/\S/)
  contractNumber!: string;

  @Field(() => DateScalar, { description: 'First day in force.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day in force; not before `startsOn`.' })
  endsOn!: string;
}

@InputType({ description: 'Ending an agent contract before its term runs out.' })
export class EndAgentContractInput {
  @Field(() => ID, { description: 'The contract.' })
  contractId!: string;

  @Field(() => DateScalar, { description: 'Last day the contract is in force; within its term.' })
  lastDayInForce!: string;

  @Field(() => String, { description: 'Why the contract ends early.' })
  @LongText()
  @Length(1, 2000)
  @Matches(/\S/)
  reason!: string;
}
