import { defineModule, inProvince } from '../../kernel/module';
import { Dispute, DisputeParty, DisputeStep } from './dispute.entity';
import { disputeList, disputeNode } from './dispute.node';
import { DisputePartyResolver, DisputeResolver, DisputeStepResolver } from './dispute.resolver';

export const disputeModule = defineModule({
  name: 'dispute',
  entities: [Dispute, DisputeParty, DisputeStep],
  resolvers: [DisputePartyResolver, DisputeResolver, DisputeStepResolver],
  nodes: [disputeNode],
  lists: [disputeList],
  scope: {
    Dispute: inProvince('cluster.province'),
    DisputeParty: inProvince('dispute.cluster.province'),
    DisputeStep: inProvince('dispute.cluster.province'),
  },
});
