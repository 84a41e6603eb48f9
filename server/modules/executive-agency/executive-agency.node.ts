import { childrenOf, describeNode } from '../../kernel/read/node-description';
import { relations } from '../relations';

export const executiveAgencyNode = describeNode('ExecutiveAgency', {
  resolutions: childrenOf(relations.agencyResolutions),
  developmentPlans: childrenOf(relations.agencyPlans),
  agentContracts: childrenOf(relations.agencyContracts),
  assessments: childrenOf(relations.agencyAssessments),
});
