/**
 * Demo data, supervisor reviews (R6): the supervisors' quarterly reviews with their assessment of each
 * plan (score out of 100, export value, jobs, investment).
 */
import { parseQuarterLabel, previousQuarter, quarterLabel, quarterOf, quarterStart } from '../../../kernel/calendar';
import { PlanAssessment, SupervisorReview } from '../../../modules/supervisor-review/supervisor-review.entity';
import {
  type AssessedPlan,
  assessedPlansAreReviewable,
  hasRecommendations,
  reviewDateIsNotFuture,
  reviewedPeriodHasBegun,
} from '../../../modules/supervisor-review/supervisor-review.rules';
import { provincialGroupOf } from './clusters';
import { clusterOf, type DemoContext, groupOf, holds, personOf, planOf } from './context';
import reviewRows from './data/reviews.json';
import { PLANS } from './plans';
import { appointmentOn } from './supervisors';

interface ReviewSpec {
  key: string;
  cluster: string;
  reviewedOn: string;
  period: string;
  findings: string;
  recommendations: string[];
  assessments: { plan: string; score: number; exportValue: string; jobsCreated: number; investment: string; remarks?: string }[];
}

/** The reviews as data/reviews.json states them: each reviews the quarter that ended before it was made. */
export const REVIEWS: readonly ReviewSpec[] = reviewRows.map((row) => ({
  ...row,
  period: quarterLabel(previousQuarter(quarterOf(row.reviewedOn))),
}));

/** The plans as the review rules see them, by key. */
const REVIEWABLE_PLANS: ReadonlyMap<string, AssessedPlan> = new Map(
  PLANS.map((p) => [p.key, { id: p.key, clusterId: p.cluster, status: p.status }]),
);

/**
 * Checked with the rules of `submitSupervisorReview`; written directly because the mutation is the
 * act of the supervisor in force today, and the demo's reviews go back to 2024.
 */
export function seedSupervisorReviews(ctx: DemoContext): void {
  for (const spec of REVIEWS) {
    const what = `review ${spec.key}`;
    const appointment = appointmentOn(ctx, spec.cluster, spec.reviewedOn);
    if (!appointment) throw new Error(`Demo data: no supervisor in force for ${spec.cluster} on ${spec.reviewedOn}`);
    holds(reviewDateIsNotFuture(spec.reviewedOn, ctx.today), what);
    holds(reviewedPeriodHasBegun(quarterStart(parseQuarterLabel(spec.period)!), spec.reviewedOn), what);
    holds(hasRecommendations(spec.recommendations), what);
    const planKeys = spec.assessments.map((assessment) => assessment.plan);
    holds(assessedPlansAreReviewable(spec.cluster, planKeys, REVIEWABLE_PLANS), what);
    for (const key of planKeys) {
      const decidedOn = PLANS.find((p) => p.key === key)!.decidedOn;
      if (!decidedOn || decidedOn > spec.reviewedOn) throw new Error(`Demo data: ${what} assesses ${key} before it was approved`);
    }
    const review = ctx.make(SupervisorReview, {
      appointment: appointment.row,
      cluster: clusterOf(ctx, spec.cluster),
      supervisor: personOf(ctx, appointment.supervisor),
      routedToCentral: groupOf(ctx, 'CENTRAL'),
      routedToProvincial: groupOf(ctx, provincialGroupOf(spec.cluster)),
      reviewedOn: spec.reviewedOn,
      period: spec.period,
      findings: spec.findings,
      recommendations: spec.recommendations,
    });
    ctx.reviews.set(spec.key, review);
    for (const assessment of spec.assessments) {
      ctx.make(PlanAssessment, {
        review,
        plan: planOf(ctx, assessment.plan),
        performanceScore: assessment.score,
        exportValue: assessment.exportValue,
        jobsCreated: assessment.jobsCreated,
        investment: assessment.investment,
        remarks: assessment.remarks ?? null,
      });
    }
  }
}
