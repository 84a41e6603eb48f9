import type { Context } from '../../context';
import { parseQuarterLabel, quarterStart } from '../../kernel/calendar';
import { load, loadAll } from '../../kernel/load';
import { type Payload, runMutation } from '../../kernel/mutation';
import { enforce, enforcePresent } from '../../kernel/rules';
import { responsibleWorkingGroups } from '../authority/authority';
import { termInForceOnFilter } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroupLevel } from '../working-group/working-group.entity';
import { PlanAssessment, SupervisorReview } from './supervisor-review.entity';
import type { SubmitSupervisorReviewInput } from './supervisor-review.inputs';
import * as rules from './supervisor-review.rules';

/**
 * R6 (Art. 4-3): the supervisor in force reviews the performance and economic return of the cluster's
 * plans, with proposals for improvement and correction; the review is routed to the central
 * working group's secretariat and to the province's (routing recorded).
 */
export function submitSupervisorReview(ctx: Context, input: SubmitSupervisorReviewInput): Promise<Payload<SupervisorReview>> {
  return runMutation(ctx, 'submitSupervisorReview', async (em) => {
    const cluster = await load(em, Cluster, input.clusterId, 'input.clusterId');
    const today = ctx.clock.today();
    const reviewedOn = input.reviewedOn ?? today;
    enforce(rules.reviewDateIsNotFuture(reviewedOn, today));

    const appointment = await em.findOne(SupervisorAppointment, {
      cluster: cluster.id,
      ...termInForceOnFilter(SUPERVISOR_APPOINTMENT_TERM, reviewedOn),
    });
    enforcePresent(
      appointment,
      rules.isCurrentSupervisor(appointment ? appointment.supervisor.id : null, ctx.viewer.person.id, reviewedOn),
    );
    enforce(rules.reviewedPeriodHasBegun(quarterStart(parseQuarterLabel(input.period)!), reviewedOn));
    enforce(rules.hasRecommendations(input.recommendations));

    // In the order of the assessments; a plan assessed twice comes twice, for the rule to refuse.
    const plans = await loadAll(
      em,
      DevelopmentPlan,
      input.planAssessments.map((assessment) => assessment.planId),
      (index) => `input.planAssessments.${index}.planId`,
    );
    const assessed = new Map<string, rules.AssessedPlan>(
      plans.map((plan) => [plan.id, { id: plan.id, clusterId: plan.cluster.id, status: plan.status }]),
    );
    enforce(
      rules.assessedPlansAreReviewable(
        cluster.id,
        plans.map((plan) => plan.id),
        assessed,
      ),
    );

    const groups = await responsibleWorkingGroups(em, cluster);
    const central = groups.find((group) => group.level === WorkingGroupLevel.CENTRAL);
    if (!central) throw new Error('The central working group is missing from the reference data.');
    const review = em.create(SupervisorReview, {
      appointment,
      cluster,
      supervisor: appointment.supervisor,
      routedToCentral: central,
      routedToProvincial: groups.find((group) => group.level === WorkingGroupLevel.PROVINCIAL) ?? null,
      reviewedOn,
      period: input.period,
      findings: input.findings.trim(),
      recommendations: rules.meaningfulRecommendations(input.recommendations),
    });
    input.planAssessments.forEach((assessment, index) => {
      em.create(PlanAssessment, {
        review,
        plan: plans[index],
        performanceScore: assessment.performanceScore,
        exportValue: assessment.exportValue,
        jobsCreated: assessment.jobsCreated,
        investment: assessment.investment,
        remarks: assessment.remarks?.trim() || null,
      });
    });
    return { target: review };
  });
}
