import { defineModule, inProvince } from '../../kernel/module';
import { AgentContract } from './agent-contract.entity';
import { agentContractList, agentContractNode } from './agent-contract.node';
import { AgentContractResolver } from './agent-contract.resolver';

export const agentContractModule = defineModule({
  name: 'agent-contract',
  entities: [AgentContract],
  resolvers: [AgentContractResolver],
  nodes: [agentContractNode],
  lists: [agentContractList],
  scope: {
    AgentContract: inProvince('cluster.province'),
  },
});
