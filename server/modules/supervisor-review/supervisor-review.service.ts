import type { Context } from '../../context';
import { parseQuarterLabel, quarterStart } from '../../kernel/calendar';
import { inputId, runMutation, type Payload } from '../../kernel/mutation';
import { enforce, notFound } from '../../kernel/rules';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { appointmentsInForceOn, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { responsibleWorkingGroups } from '../working-group/working-group.access';
import { WorkingGroupLevel } from '../working-group/working-group.entity';
import { PlanAssessment, SupervisorReview } from './supervisor-review.entity';
import type { SubmitSupervisorReviewInput } from './supervisor-review.inputs';
import {
  assessedPlansAreReviewable,
  hasRecommendations,
  isCurrentSupervisor,
  meaningfulRecommendations,
  reviewDateIsNotFuture,
  reviewedPeriodHasBegun,
  type AssessedPlan,
} from './supervisor-review.rules';

/**
 * R6 (Art. 4-3): the supervisor in force reviews the performance and economic return of the cluster's
 * plans, with proposals for improvement and correction; the review is routed to the central
 * working group's secretariat and to the province's (routing recorded).
 */
export function submitSupervisorReview(ctx: Context, input: SubmitSupervisorReviewInput): Promise<Payload<SupervisorReview>> {
  const clusterId = inputId(input.clusterId, 'Cluster', 'input.clusterId');
  const planIds = input.planAssessments.map((assessment, index) => inputId(assessment.planId, 'DevelopmentPlan', `input.planAssessments.${index}.planId`));
  return runMutation(ctx, 'submitSupervisorReview', async (em) => {
    const cluster = await em.findOne(Cluster, clusterId);
    enforce(cluster ? null : notFound('cluster', 'clusterId'));
    const today = ctx.clock.today();
    const reviewedOn = input.reviewedOn ?? today;
    enforce(reviewDateIsNotFuture(reviewedOn, today));

    const appointment = await em.findOne(SupervisorAppointment, { cluster: clusterId, ...appointmentsInForceOn(reviewedOn) });
    enforce(isCurrentSupervisor(appointment ? appointment.supervisor.id : null, ctx.viewer.person.id, reviewedOn));
    enforce(reviewedPeriodHasBegun(quarterStart(parseQuarterLabel(input.period)!), reviewedOn));
    enforce(hasRecommendations(input.recommendations));

    const plans = await em.find(DevelopmentPlan, { id: { $in: planIds } });
    const assessed = new Map<string, AssessedPlan>(plans.map((plan) => [plan.id, { id: plan.id, clusterId: plan.cluster.id, status: plan.status }]));
    enforce(assessedPlansAreReviewable(clusterId, planIds, assessed));

    const groups = await responsibleWorkingGroups(em, cluster!);
    const review = em.create(SupervisorReview, {
      appointment: appointment!,
      cluster: cluster!,
      supervisor: appointment!.supervisor,
      routedToCentral: groups.find((group) => group.level === WorkingGroupLevel.CENTRAL)!,
      routedToProvincial: groups.find((group) => group.level === WorkingGroupLevel.PROVINCIAL) ?? null,
      reviewedOn,
      period: input.period,
      findings: input.findings.trim(),
      recommendations: meaningfulRecommendations(input.recommendations),
    });
    input.planAssessments.forEach((assessment, index) => {
      em.create(PlanAssessment, {
        review,
        plan: plans.find((plan) => plan.id === planIds[index])!,
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
