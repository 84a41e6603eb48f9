import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { inForceOn, termOf } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { AGENT_CONTRACT_TERM, AgentContract } from './agent-contract.entity';
import { EndAgentContractInput, SignAgentContractInput } from './agent-contract.inputs';
import { endAgentContract, signAgentContract } from './agent-contract.service';

const SignAgentContractPayload = payloadType('SignAgentContract', 'contract', AgentContract, 'The new contract.');
const EndAgentContractPayload = payloadType('EndAgentContract', 'contract', AgentContract, 'The ended contract.');

@Resolver(() => AgentContract)
export class AgentContractResolver {
  @Mutation(() => SignAgentContractPayload, {
    description:
      "Records ISIPO's contract with a development agent for a cluster and the quarterly reports it makes owed; by the head or secretariat of a responsible working group (Art. 3, Art. 4-1).",
  })
  signAgentContract(
    @Arg('input', () => SignAgentContractInput, { description: 'The contract.' }) input: SignAgentContractInput,
    @Ctx() ctx: Context,
  ) {
    return signAgentContract(ctx, input);
  }

  @Mutation(() => EndAgentContractPayload, {
    description:
      'Ends an agent contract before its term; reports of quarters beginning after its last day are withdrawn. By the head or secretariat of a responsible working group (Art. 3).',
  })
  endAgentContract(
    @Arg('input', () => EndAgentContractInput, { description: 'The ending.' }) input: EndAgentContractInput,
    @Ctx() ctx: Context,
  ) {
    return endAgentContract(ctx, input);
  }

  @FieldResolver(() => Cluster, { description: 'The cluster whose programme the agent runs.' })
  cluster(@Root() contract: AgentContract, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Cluster, contract.cluster);
  }

  @FieldResolver(() => Person, { description: 'The development agent.' })
  agent(@Root() contract: AgentContract, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, contract.agent);
  }

  @FieldResolver(() => ExecutiveAgency, { description: 'The contracting agency (ISIPO).' })
  agency(@Root() contract: AgentContract, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ExecutiveAgency, contract.agency);
  }

  @FieldResolver(() => Boolean, { description: 'True when the contract is in force today.' })
  inForce(@Root() contract: AgentContract, @Ctx() ctx: Context): boolean {
    return inForceOn(termOf(AGENT_CONTRACT_TERM, contract), ctx.clock.today());
  }
}
