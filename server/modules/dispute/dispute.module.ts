import { ErrorCode } from '../../kernel/errors';
import { defineModule, inProvince } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { Dispute, DisputeParty, DisputeStep } from './dispute.entity';
import { disputeList, disputeNode } from './dispute.node';
import { disputeResolvers } from './dispute.resolver';

export const disputeModule = defineModule({
  name: 'dispute',
  entities: [Dispute, DisputeParty, DisputeStep],
  resolvers: disputeResolvers,
  nodes: [disputeNode],
  lists: [disputeList],
  scope: {
    Dispute: inProvince('cluster.province'),
    DisputeParty: inProvince('dispute.cluster.province'),
    DisputeStep: inProvince('dispute.cluster.province'),
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    dispute_step_once_per_state: () =>
      violation(ErrorCode.INVALID_TRANSITION, 'The dispute has already been moved to this state.', 'Art. 4-5'),
    dispute_step_once_from_state: () =>
      violation(ErrorCode.INVALID_TRANSITION, 'The dispute has already been moved on from this state.', 'Art. 4-5'),
  },
});
