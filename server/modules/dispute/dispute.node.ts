import { childrenOf, computed, describeNode } from '../../kernel/read/node-description';
import { relations } from '../relations';
import type { DisputeState } from './dispute.entity';
import { isSettled } from './dispute.rules';

export const disputeNode = describeNode('Dispute', {
  settled: computed((alias) => `${alias}."state"`, (state) => isSettled(state as DisputeState)),
  parties: childrenOf(relations.disputeParties),
  steps: childrenOf(relations.disputeSteps),
});
