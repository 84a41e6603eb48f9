import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { inputId, runMutation, snapshot, type Payload } from '../../kernel/mutation';
import { enforce, notFound } from '../../kernel/rules';
import { AgentContract, contractsInForceOn } from '../agent-contract/agent-contract.entity';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan, PlanStatus } from '../development-plan/development-plan.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { appointmentsInForceOn, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { responsibleWorkingGroups, seatsOn } from '../working-group/working-group.access';
import { WorkingGroup, WorkingGroupLevel } from '../working-group/working-group.entity';
import { Dispute, DisputeParty, DisputeState, DisputeStep } from './dispute.entity';
import {
  ProvincialOutcome,
  type DecideDisputeInput,
  type EscalateDisputeInput,
  type RaiseDisputeInput,
  type RecordProvincialOutcomeInput,
} from './dispute.inputs';
import {
  actsForHearingGroup,
  canMove,
  escalationAllowed,
  INITIAL_DISPUTE_STATE,
  lodgedAtProvincialForum,
  mayEscalate,
  mayRaise,
  partiesAreWellFormed,
  raisedOnIsNotInFuture,
} from './dispute.rules';

/** The working group of the cluster's province, or null while the province has none. */
function provincialGroupOf(em: EntityManager, cluster: Cluster): Promise<WorkingGroup | null> {
  return em.findOne(WorkingGroup, { level: WorkingGroupLevel.PROVINCIAL, province: cluster.province.id });
}

/**
 * The dispute, locked for the rest of the transaction: two steps taken at the same moment are
 * serialised, so the second one sees the state the first one left (R7).
 */
async function lockedDispute(em: EntityManager, disputeId: string): Promise<{ dispute: Dispute; cluster: Cluster }> {
  const dispute = await em.findOne(Dispute, disputeId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  enforce(dispute ? null : notFound('dispute', 'disputeId'));
  const cluster = await em.findOneOrFail(Cluster, dispute!.cluster.id);
  return { dispute: dispute!, cluster };
}

/** Records one step of the dispute (R7: every step records actor and time). */
function recordStep(
  em: EntityManager,
  ctx: Context,
  dispute: Dispute,
  step: { fromState: DisputeState | null; toState: DisputeState; workingGroup: WorkingGroup; decision: string | null },
): void {
  em.create(DisputeStep, {
    dispute,
    workingGroup: step.workingGroup,
    actor: em.getReference(Person, ctx.viewer.person.id),
    fromState: step.fromState,
    toState: step.toState,
    occurredAt: ctx.clock.now(),
    decision: step.decision,
  });
}

/** R7 (Art. 4-5): lodges a dispute at the working group of the cluster's province. */
export function raiseDispute(ctx: Context, input: RaiseDisputeInput): Promise<Payload<Dispute>> {
  const clusterId = inputId(input.clusterId, 'Cluster', 'input.clusterId');
  const forumId = inputId(input.forumWorkingGroupId, 'WorkingGroup', 'input.forumWorkingGroupId');
  const parties = input.parties.map((party, index) => ({
    agencyId: party.agencyId != null ? inputId(party.agencyId, 'ExecutiveAgency', `input.parties.${index}.agencyId`) : null,
    personId: party.personId != null ? inputId(party.personId, 'Person', `input.parties.${index}.personId`) : null,
  }));
  return runMutation(ctx, 'raiseDispute', async (em) => {
    const today = ctx.clock.today();
    const raisedOn = input.raisedOn ?? today;
    enforce(partiesAreWellFormed(parties), raisedOnIsNotInFuture(raisedOn, today));

    const agencyIds = parties.flatMap((party) => (party.agencyId ? [party.agencyId] : []));
    const personIds = parties.flatMap((party) => (party.personId ? [party.personId] : []));
    const cluster = await em.findOne(Cluster, clusterId);
    const forum = await em.findOne(WorkingGroup, forumId);
    const agencies = agencyIds.length > 0 ? await em.find(ExecutiveAgency, { id: { $in: agencyIds } }) : [];
    const persons = personIds.length > 0 ? await em.find(Person, { id: { $in: personIds } }) : [];
    const agencyById = new Map(agencies.map((agency) => [agency.id, agency]));
    const personById = new Map(persons.map((person) => [person.id, person]));
    const missingParty = parties.findIndex((party) => (party.agencyId ? !agencyById.has(party.agencyId) : !personById.has(party.personId!)));
    enforce(
      cluster ? null : notFound('cluster', 'clusterId'),
      forum ? null : notFound('working group', 'forumWorkingGroupId'),
      missingParty < 0 ? null : notFound(parties[missingParty].agencyId ? 'executive agency' : 'person', `parties.${missingParty}`),
    );

    const provincialGroup = await provincialGroupOf(em, cluster!);
    enforce(lodgedAtProvincialForum({ id: forum!.id, level: forum!.level }, provincialGroup?.id ?? null));

    // Whether the caller is an element of the cluster's development is judged on the day it was raised,
    // from the caller's own seats, contracts, appointments and plans; the parties named in the input are
    // not consulted, so naming oneself a party grants nothing.
    const actorId = ctx.viewer.person.id;
    const groups = await responsibleWorkingGroups(em, cluster!);
    const seats = await seatsOn(em, actorId, raisedOn);
    const contracts = await em.find(AgentContract, { cluster: clusterId, agent: actorId, ...contractsInForceOn(raisedOn) });
    const appointments = await em.find(SupervisorAppointment, { cluster: clusterId, supervisor: actorId, ...appointmentsInForceOn(raisedOn) });
    const plans = await em.find(DevelopmentPlan, {
      cluster: clusterId,
      executor: actorId,
      status: { $in: [PlanStatus.APPROVED, PlanStatus.SUSPENDED, PlanStatus.COMPLETED] },
    });
    enforce(
      mayRaise({
        actorId,
        systemRoles: [...ctx.viewer.systemRoles],
        agentIds: contracts.map((contract) => contract.agent.id),
        supervisorIds: appointments.map((appointment) => appointment.supervisor.id),
        executorIds: plans.map((plan) => plan.executor.id),
        responsibleGroupIds: groups.map((group) => group.id),
        seats,
      }),
    );

    const dispute = em.create(Dispute, {
      cluster: cluster!,
      raisedBy: em.getReference(Person, ctx.viewer.person.id),
      forum: forum!,
      subject: input.subject.trim(),
      description: input.description.trim(),
      state: INITIAL_DISPUTE_STATE,
      raisedOn,
    });
    for (const party of parties) {
      em.create(DisputeParty, {
        dispute,
        agency: party.agencyId ? agencyById.get(party.agencyId)! : null,
        person: party.personId ? personById.get(party.personId)! : null,
      });
    }
    recordStep(em, ctx, dispute, { fromState: null, toState: INITIAL_DISPUTE_STATE, workingGroup: forum!, decision: null });
    return { target: dispute };
  });
}

/** R7 (Art. 4-5): the provincial working group resolves the dispute or records that no agreement was reached. */
export function recordProvincialOutcome(ctx: Context, input: RecordProvincialOutcomeInput): Promise<Payload<Dispute>> {
  const disputeId = inputId(input.disputeId, 'Dispute', 'input.disputeId');
  return runMutation(ctx, 'recordProvincialOutcome', async (em) => {
    const { dispute, cluster } = await lockedDispute(em, disputeId);
    const before = snapshot(dispute);
    const today = ctx.clock.today();
    const provincialGroup = await provincialGroupOf(em, cluster);
    const seats = await seatsOn(em, ctx.viewer.person.id, today);
    // The dispute was lodged there, so the province has a group; the fallback only keeps the types honest.
    const hearingGroup = provincialGroup ?? dispute.forum;
    enforce(actsForHearingGroup(hearingGroup.id, WorkingGroupLevel.PROVINCIAL, seats));

    const resolved = input.outcome === ProvincialOutcome.RESOLVED;
    const toState = resolved ? DisputeState.RESOLVED_PROVINCIAL : DisputeState.NO_AGREEMENT;
    enforce(canMove(dispute.state, toState));

    const decision = input.decision.trim();
    const fromState = dispute.state;
    dispute.state = toState;
    if (resolved) {
      dispute.finalDecision = decision;
      dispute.resolvedOn = today;
    }
    recordStep(em, ctx, dispute, { fromState, toState, workingGroup: em.getReference(WorkingGroup, hearingGroup.id), decision });
    return { target: dispute, before };
  });
}

/** R7 (Art. 4-5): takes a dispute without agreement at the province to the central working group. */
export function escalateDispute(ctx: Context, input: EscalateDisputeInput): Promise<Payload<Dispute>> {
  const disputeId = inputId(input.disputeId, 'Dispute', 'input.disputeId');
  return runMutation(ctx, 'escalateDispute', async (em) => {
    const { dispute, cluster } = await lockedDispute(em, disputeId);
    const before = snapshot(dispute);
    const provincialGroup = await provincialGroupOf(em, cluster);
    const centralGroup = await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL });
    const parties = await em.find(DisputeParty, { dispute: dispute.id, person: { $ne: null } });
    const seats = await seatsOn(em, ctx.viewer.person.id, ctx.clock.today());
    enforce(
      mayEscalate(
        ctx.viewer.person.id,
        parties.map((party) => party.person!.id),
        (provincialGroup ?? dispute.forum).id,
        seats,
      ),
    );
    enforce(escalationAllowed(dispute.state));
    enforce(canMove(dispute.state, DisputeState.ESCALATED));

    const fromState = dispute.state;
    dispute.state = DisputeState.ESCALATED;
    dispute.forum = centralGroup;
    recordStep(em, ctx, dispute, { fromState, toState: DisputeState.ESCALATED, workingGroup: centralGroup, decision: input.reason.trim() });
    return { target: dispute, before };
  });
}

/** R7 (Art. 4-5): the central working group's decision on an escalated dispute; it is final. */
export function decideDispute(ctx: Context, input: DecideDisputeInput): Promise<Payload<Dispute>> {
  const disputeId = inputId(input.disputeId, 'Dispute', 'input.disputeId');
  return runMutation(ctx, 'decideDispute', async (em) => {
    const { dispute } = await lockedDispute(em, disputeId);
    const before = snapshot(dispute);
    const today = ctx.clock.today();
    const centralGroup = await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL });
    const seats = await seatsOn(em, ctx.viewer.person.id, today);
    enforce(actsForHearingGroup(centralGroup.id, WorkingGroupLevel.CENTRAL, seats));
    enforce(canMove(dispute.state, DisputeState.RESOLVED_CENTRAL));

    const decision = input.decision.trim();
    const fromState = dispute.state;
    dispute.state = DisputeState.RESOLVED_CENTRAL;
    dispute.finalDecision = decision;
    dispute.resolvedOn = today;
    recordStep(em, ctx, dispute, { fromState, toState: DisputeState.RESOLVED_CENTRAL, workingGroup: centralGroup, decision });
    return { target: dispute, before };
  });
}
