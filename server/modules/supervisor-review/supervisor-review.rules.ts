import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { PlanStatus } from '../development-plan/development-plan.entity';

/** R6 (Art. 4-3): only the supervisor in force for the cluster on the review date may submit. */
export function isCurrentSupervisor(supervisorInForceId: string | null, actorId: string, reviewedOn: string): RuleResult {
  if (supervisorInForceId === actorId) return null;
  return violation(
    ErrorCode.NOT_CURRENT_SUPERVISOR,
    supervisorInForceId === null
      ? `The cluster has no supervisor in force on ${reviewedOn}.`
      : `Only the supervisor appointed to the cluster and in force on ${reviewedOn} may review it.`,
    'Art. 4-3',
    ['input', 'clusterId'],
  );
}

/** A review is dated on or before today; it records work done, never planned. */
export function reviewDateIsNotFuture(reviewedOn: string, today: string): RuleResult {
  return reviewedOn <= today
    ? null
    : violation(ErrorCode.VALIDATION, 'A review cannot be dated after today.', 'Art. 4-3', ['input', 'reviewedOn']);
}

/** A review looks back at a quarter that has begun by the review date. */
export function reviewedPeriodHasBegun(periodStartsOn: string, reviewedOn: string): RuleResult {
  return reviewedOn >= periodStartsOn
    ? null
    : violation(ErrorCode.PERIOD_NOT_STARTED, `The quarter begins on ${periodStartsOn}, after the review date.`, 'Art. 4-3', [
        'input',
        'period',
      ]);
}

/** The recommendations worth recording: trimmed, blank ones left out. */
export function meaningfulRecommendations(recommendations: readonly string[]): string[] {
  return recommendations.map((recommendation) => recommendation.trim()).filter((recommendation) => recommendation.length > 0);
}

/** R6 (Art. 4-3): results go with proposals for improvement and correction, at least one. */
export function hasRecommendations(recommendations: readonly string[]): RuleResult {
  return meaningfulRecommendations(recommendations).length > 0
    ? null
    : violation(ErrorCode.RECOMMENDATIONS_REQUIRED, 'A review must make at least one proposal for improvement or correction.', 'Art. 4-3', [
        'input',
        'recommendations',
      ]);
}

/** A plan as far as the review rules are concerned. */
export interface AssessedPlan {
  id: string;
  clusterId: string;
  status: PlanStatus;
}

const REVIEWABLE: readonly PlanStatus[] = [PlanStatus.APPROVED, PlanStatus.SUSPENDED, PlanStatus.COMPLETED];

/**
 * R6 (Art. 4-3): the plans a review assesses are the cluster's plans, each once, and ones that were
 * approved (approved, suspended or completed); a proposal or a rejected plan has no performance yet.
 * `plans` holds the plans found for the given ids; an id with no plan is reported as not found.
 */
export function assessedPlansAreReviewable(
  clusterId: string,
  planIds: readonly string[],
  plans: ReadonlyMap<string, AssessedPlan>,
): RuleResult {
  for (const [index, planId] of planIds.entries()) {
    const field = ['input', 'planAssessments', String(index), 'planId'];
    const plan = plans.get(planId);
    if (!plan) return violation(ErrorCode.NOT_FOUND, 'No development plan with this id.', null, field);
    if (planIds.indexOf(planId) !== index)
      return violation(ErrorCode.VALIDATION, 'Each plan may be assessed only once in a review.', 'Art. 4-3', field);
    if (plan.clusterId !== clusterId) return violation(ErrorCode.VALIDATION, 'The plan belongs to another cluster.', 'Art. 4-3', field);
    if (!REVIEWABLE.includes(plan.status)) {
      return violation(
        ErrorCode.PLAN_NOT_APPROVED,
        `The plan is ${plan.status.toLowerCase()}: only approved, suspended or completed plans are reviewed.`,
        'Art. 4-3',
        field,
      );
    }
  }
  return null;
}
