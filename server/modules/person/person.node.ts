import { childrenOf, describeNode } from '../../kernel/read/node-description';
import { relations } from '../relations';

export const personNode = describeNode('Person', {
  memberships: childrenOf(relations.personMemberships),
  agentContracts: childrenOf(relations.personAgentContracts),
  supervisorAppointments: childrenOf(relations.personAppointments),
  executedPlans: childrenOf(relations.personExecutedPlans),
  reportingObligations: childrenOf(relations.personObligations),
  reportsSubmitted: childrenOf(relations.personReportsSubmitted),
  reportsReceived: childrenOf(relations.personReportsReceived),
  reviews: childrenOf(relations.personReviews),
});
