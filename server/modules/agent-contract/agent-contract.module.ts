import { ErrorCode } from '../../kernel/errors';
import { defineModule, inProvince } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { AgentContract } from './agent-contract.entity';
import { agentContractList, agentContractNode } from './agent-contract.node';
import { agentContractResolvers } from './agent-contract.resolver';

export const agentContractModule = defineModule({
  name: 'agent-contract',
  entities: [AgentContract],
  resolvers: agentContractResolvers,
  nodes: [agentContractNode],
  lists: [agentContractList],
  scope: {
    AgentContract: inProvince('cluster.province'),
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    agent_contract_no_overlap: () =>
      violation(
        ErrorCode.AGENT_ALREADY_CONTRACTED,
        'The cluster already has an agent contract in force for some of these dates.',
        'Art. 3',
      ),
    agent_contract_contract_number_unique: () =>
      violation(ErrorCode.CONFLICT, 'A contract with this number is already recorded.', null, ['input', 'contractNumber']),
  },
});
