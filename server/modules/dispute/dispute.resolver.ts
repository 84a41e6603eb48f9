import { fieldResolvers, flag, mutationResolver, reference } from '../../kernel/resolver-factories';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Dispute, DisputeParty, DisputeStep } from './dispute.entity';
import { DecideDisputeInput, EscalateDisputeInput, RaiseDisputeInput, RecordProvincialOutcomeInput } from './dispute.inputs';
import { isSettled } from './dispute.rules';
import { decideDispute, escalateDispute, raiseDispute, recordProvincialOutcome } from './dispute.service';

const DisputeMutations = mutationResolver('DisputeMutations', {
  raiseDispute: {
    description: `
      Lodges a disagreement between elements of a cluster's development at the working group of the cluster's province, never first at the
      centre (Art. 4-5).`,
    input: [RaiseDisputeInput, 'The dispute.'],
    payload: ['dispute', Dispute, 'The dispute, lodged at the provincial working group.'],
    run: raiseDispute,
  },
  recordProvincialOutcome: {
    description: `
      Records what the provincial working group concluded about an open dispute: resolved with its decision, or no agreement; by its head or
      secretariat (Art. 4-5).`,
    input: [RecordProvincialOutcomeInput, 'The outcome.'],
    payload: ['dispute', Dispute, 'The dispute, resolved or without agreement.'],
    run: recordProvincialOutcome,
  },
  escalateDispute: {
    description: `
      Takes a dispute on which the provincial working group reached no agreement to the central working group; by a party or the provincial
      head or secretariat (Art. 4-5).`,
    input: [EscalateDisputeInput, 'The escalation.'],
    payload: ['dispute', Dispute, 'The dispute, now before the central working group.'],
    run: escalateDispute,
  },
  decideDispute: {
    description: `
      Records the final decision of the central working group on an escalated dispute; by its head or secretariat (Art. 4-5).`,
    input: [DecideDisputeInput, 'The decision.'],
    payload: ['dispute', Dispute, 'The dispute, finally decided by the central working group.'],
    run: decideDispute,
  },
});

const DisputeFields = fieldResolvers(Dispute, {
  cluster: reference(Cluster, 'The cluster the dispute concerns.'),
  raisedBy: reference(Person, 'Who raised it.'),
  forum: reference(WorkingGroup, 'The working group hearing it now: provincial first, central once escalated (Art. 4-5).'),
  settled: flag(
    'True once the dispute is settled, by the provincial working group or finally by the central one; it can then move no further.',
    (dispute: Dispute) => isSettled(dispute.state),
  ),
});

const DisputePartyFields = fieldResolvers(DisputeParty, {
  dispute: reference(Dispute, 'The dispute.'),
  agency: reference(ExecutiveAgency, 'The party, when it is an agency.', { nullable: true }),
  person: reference(Person, 'The party, when it is a person.', { nullable: true }),
});

const DisputeStepFields = fieldResolvers(DisputeStep, {
  dispute: reference(Dispute, 'The dispute.'),
  workingGroup: reference(WorkingGroup, 'The working group that took the step or decided.'),
  actor: reference(Person, 'Who took the step.'),
});

export const disputeResolvers = [DisputeMutations, DisputeFields, DisputePartyFields, DisputeStepFields];
