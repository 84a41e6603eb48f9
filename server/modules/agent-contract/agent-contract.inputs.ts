import { Field, ID, InputType } from 'type-graphql';

import { DateScalar } from '../../kernel/scalars';
import { LongTextField, TextField } from '../../kernel/text-fields';

@InputType({ description: "A development agent's contract with ISIPO for one cluster (Art. 3)." })
export class SignAgentContractInput {
  @Field(() => ID, { description: 'The cluster whose development programme the agent runs.' })
  clusterId!: string;

  @Field(() => ID, { description: 'The development agent; must have the recorded development agent qualification.' })
  agentId!: string;

  @Field(() => ID, { description: 'The contracting agency: the one that contracts development agents (ISIPO).' })
  agencyId!: string;

  @TextField('Contract number, unique across all contracts.', 64)
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

  @LongTextField('Why the contract ends early.', 2000)
  reason!: string;
}
