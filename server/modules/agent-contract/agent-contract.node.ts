import { childrenOf, computed, describeNode } from '../../kernel/read/node-description';
import { relations } from '../relations';

export const agentContractNode = describeNode('AgentContract', {
  // In force from its first day to its termination or end, both included (as `contractsInForceOn`).
  inForce: computed((alias, env) => `(${alias}."starts_on" <= ${env.today} and coalesce(${alias}."terminated_on", ${alias}."ends_on") >= ${env.today})`),
  reportingObligations: childrenOf(relations.contractObligations),
});
