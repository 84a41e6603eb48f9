import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Dispute, DisputeParty, DisputeStep } from './dispute.entity';
import { DecideDisputeInput, EscalateDisputeInput, RaiseDisputeInput, RecordProvincialOutcomeInput } from './dispute.inputs';
import { isSettled } from './dispute.rules';
import { decideDispute, escalateDispute, raiseDispute, recordProvincialOutcome } from './dispute.service';

const RaiseDisputePayload = payloadType('RaiseDispute', 'dispute', Dispute, 'The dispute, lodged at the provincial working group.');
const RecordProvincialOutcomePayload = payloadType(
  'RecordProvincialOutcome',
  'dispute',
  Dispute,
  'The dispute, resolved or without agreement.',
);
const EscalateDisputePayload = payloadType('EscalateDispute', 'dispute', Dispute, 'The dispute, now before the central working group.');
const DecideDisputePayload = payloadType('DecideDispute', 'dispute', Dispute, 'The dispute, finally decided by the central working group.');

@Resolver(() => Dispute)
export class DisputeResolver {
  @Mutation(() => RaiseDisputePayload, {
    description:
      "Lodges a disagreement between elements of a cluster's development at the working group of the cluster's province, never first at the centre (Art. 4-5).",
  })
  raiseDispute(@Arg('input', () => RaiseDisputeInput, { description: 'The dispute.' }) input: RaiseDisputeInput, @Ctx() ctx: Context) {
    return raiseDispute(ctx, input);
  }

  @Mutation(() => RecordProvincialOutcomePayload, {
    description:
      'Records what the provincial working group concluded about an open dispute: resolved with its decision, or no agreement; by its head or secretariat (Art. 4-5).',
  })
  recordProvincialOutcome(
    @Arg('input', () => RecordProvincialOutcomeInput, { description: 'The outcome.' }) input: RecordProvincialOutcomeInput,
    @Ctx() ctx: Context,
  ) {
    return recordProvincialOutcome(ctx, input);
  }

  @Mutation(() => EscalateDisputePayload, {
    description:
      'Takes a dispute on which the provincial working group reached no agreement to the central working group; by a party or the provincial head or secretariat (Art. 4-5).',
  })
  escalateDispute(
    @Arg('input', () => EscalateDisputeInput, { description: 'The escalation.' }) input: EscalateDisputeInput,
    @Ctx() ctx: Context,
  ) {
    return escalateDispute(ctx, input);
  }

  @Mutation(() => DecideDisputePayload, {
    description: 'Records the final decision of the central working group on an escalated dispute; by its head or secretariat (Art. 4-5).',
  })
  decideDispute(@Arg('input', () => DecideDisputeInput, { description: 'The decision.' }) input: DecideDisputeInput, @Ctx() ctx: Context) {
    return decideDispute(ctx, input);
  }

  @FieldResolver(() => Cluster, { description: 'The cluster the dispute concerns.' })
  cluster(@Root() dispute: Dispute, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Cluster, dispute.cluster);
  }

  @FieldResolver(() => Person, { description: 'Who raised it.' })
  raisedBy(@Root() dispute: Dispute, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, dispute.raisedBy);
  }

  @FieldResolver(() => WorkingGroup, {
    description: 'The working group hearing it now: provincial first, central once escalated (Art. 4-5).',
  })
  forum(@Root() dispute: Dispute, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, dispute.forum);
  }

  @FieldResolver(() => Boolean, {
    description:
      'True once the dispute is settled, by the provincial working group or finally by the central one; it can then move no further.',
  })
  settled(@Root() dispute: Dispute): boolean {
    return isSettled(dispute.state);
  }
}

@Resolver(() => DisputeParty)
export class DisputePartyResolver {
  @FieldResolver(() => Dispute, { description: 'The dispute.' })
  dispute(@Root() party: DisputeParty, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Dispute, party.dispute);
  }

  @FieldResolver(() => ExecutiveAgency, { nullable: true, description: 'The party, when it is an agency.' })
  agency(@Root() party: DisputeParty, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ExecutiveAgency, party.agency);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The party, when it is a person.' })
  person(@Root() party: DisputeParty, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, party.person);
  }
}

@Resolver(() => DisputeStep)
export class DisputeStepResolver {
  @FieldResolver(() => Dispute, { description: 'The dispute.' })
  dispute(@Root() step: DisputeStep, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Dispute, step.dispute);
  }

  @FieldResolver(() => WorkingGroup, { description: 'The working group that took the step or decided.' })
  workingGroup(@Root() step: DisputeStep, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, step.workingGroup);
  }

  @FieldResolver(() => Person, { description: 'Who took the step.' })
  actor(@Root() step: DisputeStep, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, step.actor);
  }
}
