import type { EntityManager } from '@mikro-orm/postgresql';

import type { Context } from '../../context';
import { load, loadAll } from '../../kernel/load';
import { inputId, type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { enforce } from '../../kernel/rules';
import { AGENT_CONTRACT_TERM, AgentContract } from '../agent-contract/agent-contract.entity';
import { centralWorkingGroup, responsibleWorkingGroups, seatsOn } from '../authority/authority';
import { termInForceOnFilter } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan, PlanStatus } from '../development-plan/development-plan.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroup, WorkingGroupLevel } from '../working-group/working-group.entity';
import { Dispute, DisputeParty, DisputeState, DisputeStep } from './dispute.entity';
import {
  type DecideDisputeInput,
  type DisputePartyInput,
  type EscalateDisputeInput,
  ProvincialOutcome,
  type RaiseDisputeInput,
  type RecordProvincialOutcomeInput,
} from './dispute.inputs';
import * as rules from './dispute.rules';

/** The working group of the cluster's province, or null while the province has none. */
function provincialGroupOf(em: EntityManager, cluster: Cluster): Promise<WorkingGroup | null> {
  return em.findOne(WorkingGroup, { level: WorkingGroupLevel.PROVINCIAL, province: cluster.province.id });
}

/**
 * The dispute, locked for the rest of the transaction: two steps taken at the same moment are
 * serialised, so the second one sees the state the first one left (R7).
 */
async function lockedDispute(em: EntityManager, disputeGlobalId: string): Promise<{ dispute: Dispute; cluster: Cluster }> {
  const dispute = await load(em, Dispute, disputeGlobalId, 'input.disputeId', { lock: true });
  const cluster = await em.findOneOrFail(Cluster, dispute.cluster.id);
  return { dispute, cluster };
}

interface LoadedParty {
  agency: ExecutiveAgency | null;
  person: Person | null;
}

/**
 * The agencies and persons named as parties (each names exactly one, `partiesAreWellFormed` has
 * checked), in two queries, in the order of the input. An unknown one is refused on its own field.
 */
async function loadParties(em: EntityManager, parties: readonly DisputePartyInput[]): Promise<LoadedParty[]> {
  const byAgency = parties.flatMap((party, index) => (party.agencyId != null ? [{ index, globalId: party.agencyId }] : []));
  const byPerson = parties.flatMap((party, index) =>
    party.agencyId == null && party.personId != null ? [{ index, globalId: party.personId }] : [],
  );
  const agencies = await loadAll(
    em,
    ExecutiveAgency,
    byAgency.map((named) => named.globalId),
    (i) => `input.parties.${byAgency[i].index}.agencyId`,
  );
  const persons = await loadAll(
    em,
    Person,
    byPerson.map((named) => named.globalId),
    (i) => `input.parties.${byPerson[i].index}.personId`,
  );
  const loaded = parties.map((): LoadedParty => ({ agency: null, person: null }));
  byAgency.forEach(({ index }, i) => (loaded[index].agency = agencies[i]));
  byPerson.forEach(({ index }, i) => (loaded[index].person = persons[i]));
  return loaded;
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
  // Decoded here for the rule on distinct parties, which runs before anything is loaded.
  const parties = input.parties.map((party, index) => ({
    agencyId: party.agencyId != null ? inputId(party.agencyId, 'ExecutiveAgency', `input.parties.${index}.agencyId`) : null,
    personId: party.personId != null ? inputId(party.personId, 'Person', `input.parties.${index}.personId`) : null,
  }));
  return runMutation(ctx, 'raiseDispute', async (em) => {
    const today = ctx.clock.today();
    const raisedOn = input.raisedOn ?? today;
    enforce(rules.partiesAreWellFormed(parties), rules.raisedOnIsNotInFuture(raisedOn, today));

    const cluster = await load(em, Cluster, input.clusterId, 'input.clusterId');
    const forum = await load(em, WorkingGroup, input.forumWorkingGroupId, 'input.forumWorkingGroupId');
    const loadedParties = await loadParties(em, input.parties);

    const provincialGroup = await provincialGroupOf(em, cluster);
    enforce(rules.lodgedAtProvincialForum({ id: forum.id, level: forum.level }, provincialGroup?.id ?? null));

    // Whether the caller is an element of the cluster's development is judged on the day it was raised,
    // from the caller's own seats, contracts, appointments and plans; the parties named in the input are
    // not consulted, so naming oneself a party grants nothing.
    const actorId = ctx.viewer.person.id;
    const groups = await responsibleWorkingGroups(em, cluster);
    const seats = await seatsOn(em, actorId, raisedOn);
    const contracts = await em.find(AgentContract, {
      cluster: cluster.id,
      agent: actorId,
      ...termInForceOnFilter(AGENT_CONTRACT_TERM, raisedOn),
    });
    const appointments = await em.find(SupervisorAppointment, {
      cluster: cluster.id,
      supervisor: actorId,
      ...termInForceOnFilter(SUPERVISOR_APPOINTMENT_TERM, raisedOn),
    });
    const plans = await em.find(DevelopmentPlan, {
      cluster: cluster.id,
      executor: actorId,
      status: { $in: [PlanStatus.APPROVED, PlanStatus.SUSPENDED, PlanStatus.COMPLETED] },
    });
    enforce(
      rules.mayRaise({
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
      cluster,
      raisedBy: em.getReference(Person, ctx.viewer.person.id),
      forum,
      subject: input.subject.trim(),
      description: input.description.trim(),
      state: rules.INITIAL_DISPUTE_STATE,
      raisedOn,
    });
    for (const party of loadedParties) em.create(DisputeParty, { dispute, agency: party.agency, person: party.person });
    recordStep(em, ctx, dispute, { fromState: null, toState: rules.INITIAL_DISPUTE_STATE, workingGroup: forum, decision: null });
    return { target: dispute };
  });
}

/** R7 (Art. 4-5): the provincial working group resolves the dispute or records that no agreement was reached. */
export function recordProvincialOutcome(ctx: Context, input: RecordProvincialOutcomeInput): Promise<Payload<Dispute>> {
  return runMutation(ctx, 'recordProvincialOutcome', async (em) => {
    const { dispute, cluster } = await lockedDispute(em, input.disputeId);
    const before = snapshot(dispute);
    const today = ctx.clock.today();
    const provincialGroup = await provincialGroupOf(em, cluster);
    const seats = await seatsOn(em, ctx.viewer.person.id, today);
    // The dispute was lodged there, so the province has a group; the fallback only keeps the types honest.
    const hearingGroup = provincialGroup ?? dispute.forum;
    enforce(rules.actsForHearingGroup(hearingGroup.id, WorkingGroupLevel.PROVINCIAL, seats));

    const resolved = input.outcome === ProvincialOutcome.RESOLVED;
    const toState = resolved ? DisputeState.RESOLVED_PROVINCIAL : DisputeState.NO_AGREEMENT;
    enforce(rules.canMove(dispute.state, toState));

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
  return runMutation(ctx, 'escalateDispute', async (em) => {
    const { dispute, cluster } = await lockedDispute(em, input.disputeId);
    const before = snapshot(dispute);
    const provincialGroup = await provincialGroupOf(em, cluster);
    const centralGroup = await centralWorkingGroup(em);
    const parties = await em.find(DisputeParty, { dispute: dispute.id, person: { $ne: null } });
    const seats = await seatsOn(em, ctx.viewer.person.id, ctx.clock.today());
    enforce(
      rules.mayEscalate(
        ctx.viewer.person.id,
        parties.flatMap((party) => (party.person ? [party.person.id] : [])),
        (provincialGroup ?? dispute.forum).id,
        seats,
      ),
    );
    enforce(rules.escalationAllowed(dispute.state));
    enforce(rules.canMove(dispute.state, DisputeState.ESCALATED));

    const fromState = dispute.state;
    dispute.state = DisputeState.ESCALATED;
    dispute.forum = centralGroup;
    recordStep(em, ctx, dispute, { fromState, toState: DisputeState.ESCALATED, workingGroup: centralGroup, decision: input.reason.trim() });
    return { target: dispute, before };
  });
}

/** R7 (Art. 4-5): the central working group's decision on an escalated dispute; it is final. */
export function decideDispute(ctx: Context, input: DecideDisputeInput): Promise<Payload<Dispute>> {
  return runMutation(ctx, 'decideDispute', async (em) => {
    const { dispute } = await lockedDispute(em, input.disputeId);
    const before = snapshot(dispute);
    const today = ctx.clock.today();
    const centralGroup = await centralWorkingGroup(em);
    const seats = await seatsOn(em, ctx.viewer.person.id, today);
    enforce(rules.actsForHearingGroup(centralGroup.id, WorkingGroupLevel.CENTRAL, seats));
    enforce(rules.canMove(dispute.state, DisputeState.RESOLVED_CENTRAL));

    const decision = input.decision.trim();
    const fromState = dispute.state;
    dispute.state = DisputeState.RESOLVED_CENTRAL;
    dispute.finalDecision = decision;
    dispute.resolvedOn = today;
    recordStep(em, ctx, dispute, { fromState, toState: DisputeState.RESOLVED_CENTRAL, workingGroup: centralGroup, decision });
    return { target: dispute, before };
  });
}
