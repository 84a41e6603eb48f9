import type { EntityManager } from '@mikro-orm/postgresql';

import type { Context } from '../../context';
import { load, loadAll } from '../../kernel/load';
import { type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { enforce, enforceAll, type RuleResult } from '../../kernel/rules';
import { lockPlanForDecision, type PlanDecisionInput, responsibleWorkingGroups, seatsOn } from '../authority/authority';
import { mayProposePlan } from '../authority/authority.rules';
import { spanInForce } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { ObligationKind } from '../reporting/reporting.entity';
import { createObligations, withdrawObligationsAfter } from '../reporting/reporting.obligations';
import { Resolution } from '../resolution/resolution.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import type { WorkingGroup } from '../working-group/working-group.entity';
import { DevelopmentPlan, PlanIndicator, PlanResolution, PlanStatus } from './development-plan.entity';
import type {
  ApprovePlanInput,
  CompletePlanInput,
  ProposePlanInput,
  RejectPlanInput,
  ResumePlanInput,
  SuspendPlanInput,
} from './development-plan.inputs';
import * as rules from './development-plan.rules';

function maxPlanTermYears(ctx: Context): number {
  return ctx.settings.planMaxTermYears ?? rules.DEFAULT_PLAN_MAX_TERM_YEARS;
}

/** A cluster development plan or project put to the working groups (Art. 2), by its executor or a responsible group. */
export function proposePlan(ctx: Context, input: ProposePlanInput): Promise<Payload<DevelopmentPlan>> {
  return runMutation(ctx, 'proposePlan', async (em) => {
    const today = ctx.clock.today();
    const cluster = await load(em, Cluster, input.clusterId, 'input.clusterId');
    const executor = await load(em, Person, input.executorId, 'input.executorId');
    const agency = await load(em, ExecutiveAgency, input.responsibleAgencyId, 'input.responsibleAgencyId');
    // A resolution named twice is carried out once.
    const resolutions = [...new Set(await loadAll(em, Resolution, input.resolutionIds ?? [], 'input.resolutionIds'))];
    const groups = await responsibleWorkingGroups(em, cluster);
    const seats = await seatsOn(em, ctx.viewer.person.id, today);
    const groupIds = groups.map((group) => group.id);
    enforce(mayProposePlan(ctx.viewer.person.id, executor.id, groupIds, seats));
    enforceAll(
      rules.planTermIsValid(input.startsOn, input.endsOn),
      rules.planTermWithinLimit(input.startsOn, input.endsOn, maxPlanTermYears(ctx)),
      rules.indicatorNamesAreDistinct(input.indicators.map((indicator) => indicator.name)),
      ...resolutions.map((resolution, index) =>
        rules.resolutionFitsPlan(
          { workingGroupId: resolution.workingGroup.id, clusterId: resolution.cluster?.id ?? null },
          cluster.id,
          groupIds,
          ['input', 'resolutionIds', String(index)],
        ),
      ),
    );
    const supervision = await em.find(SupervisorAppointment, { cluster: cluster.id, supervisor: executor.id });
    enforce(
      rules.executorIsNotSupervisor(
        { startsOn: input.startsOn, lastDay: input.endsOn },
        supervision.map((appointment) => spanInForce(SUPERVISOR_APPOINTMENT_TERM, appointment)),
      ),
    );

    const plan = em.create(DevelopmentPlan, {
      cluster,
      executor,
      responsibleAgency: agency,
      title: input.title.trim(),
      kind: input.kind,
      status: PlanStatus.PROPOSED,
      proposedOn: today,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      proposedBudget: input.proposedBudget,
    });
    for (const indicator of input.indicators) {
      em.create(PlanIndicator, {
        plan,
        name: indicator.name.trim(),
        unit: indicator.unit.trim(),
        baseline: indicator.baseline,
        target: indicator.target,
        higherIsBetter: indicator.higherIsBetter,
      });
    }
    for (const resolution of resolutions) em.create(PlanResolution, { plan, resolution });
    return { target: plan };
  });
}

/**
 * R11: a responsible working group approves a proposed plan. The approved budget is set once, here,
 * and the current budget starts equal to it; the executor now owes a report every quarter (Art. 4-1).
 */
export function approvePlan(ctx: Context, input: ApprovePlanInput): Promise<Payload<DevelopmentPlan>> {
  return runMutation(ctx, 'approvePlan', async (em) => {
    const today = ctx.clock.today();
    const decidedOn = input.decidedOn ?? today;
    // The decision is the group's act on the day it is taken.
    const { plan, workingGroup } = await lockPlanForDecision(em, ctx.viewer.person.id, input, decidedOn);
    enforce(rules.canMovePlan(plan.status, rules.PlanAction.APPROVE));
    enforce(rules.decisionDateIsValid(decidedOn, plan.proposedOn, today), rules.termNotOverAtApproval(decidedOn, plan.endsOn));
    // Again at approval, which creates the obligations: the limit may have been lowered since the proposal.
    enforce(rules.planTermWithinLimit(plan.startsOn, plan.endsOn, maxPlanTermYears(ctx), ['input', 'planId']));
    const before = snapshot(plan);

    const approvedBudget = input.approvedBudget ?? plan.proposedBudget;
    plan.status = rules.nextPlanStatus(plan.status, rules.PlanAction.APPROVE)!;
    plan.approvedBudget = approvedBudget;
    plan.currentBudget = approvedBudget;
    plan.decidedBy = workingGroup;
    plan.decidedOn = decidedOn;
    createObligations(
      em,
      { kind: ObligationKind.PLAN_EXECUTOR, obligor: plan.executor, cluster: plan.cluster, plan },
      rules.reportingStartsOn(plan.startsOn, decidedOn),
      plan.endsOn,
      ctx.settings.reportGraceDays,
    );
    return { target: plan, before };
  });
}

/**
 * R11: the step every later decision on a plan shares. The plan is locked and the deciding group's
 * authority checked on `today`, the move must be one the plan's life cycle allows, and `record`
 * writes what the decision changes besides the status (async work included), audited as one change.
 */
function decidePlan(
  ctx: Context,
  mutation: string,
  input: PlanDecisionInput,
  action: rules.PlanAction,
  record: (plan: DevelopmentPlan, decision: { today: string; workingGroup: WorkingGroup; em: EntityManager }) => unknown,
  checks: (plan: DevelopmentPlan, today: string) => RuleResult = () => null,
): Promise<Payload<DevelopmentPlan>> {
  return runMutation(ctx, mutation, async (em) => {
    const today = ctx.clock.today();
    const { plan, workingGroup } = await lockPlanForDecision(em, ctx.viewer.person.id, input, today);
    enforce(rules.canMovePlan(plan.status, action));
    enforce(checks(plan, today));
    const before = snapshot(plan);
    plan.status = rules.nextPlanStatus(plan.status, action)!;
    await record(plan, { today, workingGroup, em });
    return { target: plan, before };
  });
}

/** R11: a responsible working group rejects a proposed plan; the decision is final. */
export function rejectPlan(ctx: Context, input: RejectPlanInput): Promise<Payload<DevelopmentPlan>> {
  return decidePlan(ctx, 'rejectPlan', input, rules.PlanAction.REJECT, (plan, { today, workingGroup }) => {
    plan.decidedBy = workingGroup;
    plan.decidedOn = today;
    plan.rejectionReason = input.reason.trim();
  });
}

/** R11: a responsible working group suspends an approved plan. Its reporting obligations stay as they are. */
export function suspendPlan(ctx: Context, input: SuspendPlanInput): Promise<Payload<DevelopmentPlan>> {
  return decidePlan(ctx, 'suspendPlan', input, rules.PlanAction.SUSPEND, (plan, { today }) => {
    plan.suspendedOn = today;
    plan.suspensionReason = input.reason.trim();
  });
}

/** R11: a responsible working group lets a suspended plan go on; approved and current budgets are unchanged. */
export function resumePlan(ctx: Context, input: ResumePlanInput): Promise<Payload<DevelopmentPlan>> {
  return decidePlan(ctx, 'resumePlan', input, rules.PlanAction.RESUME, (plan) => {
    plan.suspendedOn = null;
    plan.suspensionReason = null;
  });
}

/**
 * R11: a responsible working group records that an approved plan is completed. Reports of quarters
 * that begin after its last day are no longer owed (Art. 4-1); those already sent or waived stay.
 */
export function completePlan(ctx: Context, input: CompletePlanInput): Promise<Payload<DevelopmentPlan>> {
  return decidePlan(
    ctx,
    'completePlan',
    input,
    rules.PlanAction.COMPLETE,
    async (plan, { em }) => {
      plan.completedOn = input.completedOn;
      await withdrawObligationsAfter(em, { plan }, input.completedOn);
    },
    (plan, today) => rules.completionDateIsValid(input.completedOn, plan.decidedOn, today),
  );
}
