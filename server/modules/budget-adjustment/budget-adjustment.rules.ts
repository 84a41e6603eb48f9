import { ErrorCode } from '../../kernel/errors';
import { formatRials, withinBand } from '../../kernel/money';
import { type RuleResult, violation } from '../../kernel/rules';
import { PlanStatus } from '../development-plan/development-plan.entity';

/** Art. 4-4: budgets move at most this many percent away from the approved budget, in total. */
export const BUDGET_BAND_PERCENT = 10n;

/** Art. 4-4: a plan performs when its supervisor's score is at least this (out of 100). */
export const PERFORMING_SCORE = 60;

/** R8 (Art. 4-4): only an approved plan's budget is adjusted (not a proposed, rejected, suspended or completed one). */
export function planIsApproved(status: PlanStatus): RuleResult {
  return status === PlanStatus.APPROVED
    ? null
    : violation(ErrorCode.PLAN_NOT_APPROVED, `Only an approved plan's budget can be adjusted; this plan is ${status}.`, 'Art. 4-4', [
        'input',
        'planId',
      ]);
}

/** What the cited review said about the plan: its score, and the day of the review. */
export interface AssessmentOfPlan {
  performanceScore: number;
  reviewedOn: string;
}

/**
 * R8 (Art. 4-4): an adjustment rests on a supervisor's review that assessed this plan, made no later
 * than the decision.
 */
export function reviewAssessedPlan(assessment: AssessmentOfPlan | null, decidedOn: string): RuleResult {
  if (!assessment) {
    return violation(ErrorCode.REVIEW_REQUIRED, "The cited supervisor's review did not assess this plan.", 'Art. 4-4', [
      'input',
      'basisReviewId',
    ]);
  }
  if (assessment.reviewedOn > decidedOn) {
    return violation(ErrorCode.REVIEW_REQUIRED, 'The cited review was made after the decision it is meant to support.', 'Art. 4-4', [
      'input',
      'basisReviewId',
    ]);
  }
  return null;
}

/** R8 (Art. 4-4): in proportion to performance: an increase needs a score of 60 or more, a decrease less than 60. */
export function adjustmentFollowsPerformance(amount: bigint, performanceScore: number): RuleResult {
  if (amount > 0n && performanceScore < PERFORMING_SCORE) {
    return violation(
      ErrorCode.ADJUSTMENT_AGAINST_PERFORMANCE,
      `The review scored the plan ${performanceScore}: an increase needs a score of at least ${PERFORMING_SCORE}.`,
      'Art. 4-4',
      ['input', 'amount'],
    );
  }
  if (amount < 0n && performanceScore >= PERFORMING_SCORE) {
    return violation(
      ErrorCode.ADJUSTMENT_AGAINST_PERFORMANCE,
      `The review scored the plan ${performanceScore}: a decrease needs a score below ${PERFORMING_SCORE}.`,
      'Art. 4-4',
      ['input', 'amount'],
    );
  }
  return null;
}

/**
 * R8 (Art. 4-4): the current budget stays within 90%–110% of the approved budget at all times; the
 * ceiling is on the cumulative change, so the resulting budget is what is checked. Exact on integers.
 */
export function budgetStaysInBand(approvedBudget: bigint, resultingBudget: bigint): RuleResult {
  if (withinBand(resultingBudget, approvedBudget, BUDGET_BAND_PERCENT)) return null;
  const lowest = (approvedBudget * (100n - BUDGET_BAND_PERCENT) + 99n) / 100n;
  const highest = (approvedBudget * (100n + BUDGET_BAND_PERCENT)) / 100n;
  return violation(
    ErrorCode.BUDGET_CAP_EXCEEDED,
    `The budget would become ${formatRials(resultingBudget)} rials; it must stay between ${formatRials(lowest)} and ${formatRials(highest)} (90%–110% of the approved ${formatRials(approvedBudget)}).`,
    'Art. 4-4',
    ['input', 'amount'],
  );
}

/** A decision is dated between the plan's approval and today. */
export function adjustmentDateIsValid(decidedOn: string, planDecidedOn: string | null | undefined, today: string): RuleResult {
  if (decidedOn > today) return violation(ErrorCode.VALIDATION, 'A decision cannot be dated in the future.', null, ['input', 'decidedOn']);
  if (planDecidedOn && decidedOn < planDecidedOn) {
    return violation(ErrorCode.VALIDATION, 'A budget cannot be adjusted before the plan was approved.', null, ['input', 'decidedOn']);
  }
  return null;
}
