import type { Context } from '../../context';
import { fieldResolvers, flag, mutationResolver, reference } from '../../kernel/resolver-factories';
import { inForceOn, termOf } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { AGENT_CONTRACT_TERM, AgentContract } from './agent-contract.entity';
import { EndAgentContractInput, SignAgentContractInput } from './agent-contract.inputs';
import { endAgentContract, signAgentContract } from './agent-contract.service';

const AgentContractMutations = mutationResolver('AgentContractMutations', {
  signAgentContract: {
    description: `
      Records ISIPO's contract with a development agent for a cluster and the quarterly reports it makes owed; by the head or secretariat of
      a responsible working group (Art. 3, Art. 4-1).`,
    input: [SignAgentContractInput, 'The contract.'],
    payload: ['contract', AgentContract, 'The new contract.'],
    run: signAgentContract,
  },
  endAgentContract: {
    description: `
      Ends an agent contract before its term; reports of quarters beginning after its last day are withdrawn. By the head or secretariat of
      a responsible working group (Art. 3).`,
    input: [EndAgentContractInput, 'The ending.'],
    payload: ['contract', AgentContract, 'The ended contract.'],
    run: endAgentContract,
  },
});

const AgentContractFields = fieldResolvers(AgentContract, {
  cluster: reference(Cluster, 'The cluster whose programme the agent runs.'),
  agent: reference(Person, 'The development agent.'),
  agency: reference(ExecutiveAgency, 'The contracting agency (ISIPO).'),
  inForce: flag('True when the contract is in force today.', (contract: AgentContract, ctx: Context) =>
    inForceOn(termOf(AGENT_CONTRACT_TERM, contract), ctx.clock.today()),
  ),
});

export const agentContractResolvers = [AgentContractMutations, AgentContractFields];
