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

/** A review as the table below states it: each reviews the quarter that ended before it was made. */
type ReviewRow = Omit<ReviewSpec, 'period'>;

const REVIEW_ROWS: readonly ReviewRow[] = [
  {
    key: 'RV1',
    cluster: 'C1',
    reviewedOn: '2024-07-10',
    findings:
      'The design centre opened on schedule; 18 workshops registered designs and the hallmarking laboratory passed its accreditation audit.',
    recommendations: ['Extend the design centre opening hours for small workshops', 'Publish hallmarking fees to attract export buyers'],
    assessments: [{ plan: 'P1', score: 72, exportValue: '310000000000', jobsCreated: 35, investment: '42000000000' }],
  },
  {
    key: 'RV2',
    cluster: 'C1',
    reviewedOn: '2025-01-15',
    findings: 'Exports grew faster than planned after two trade missions; design registrations are ahead of target.',
    recommendations: ['Fund a third trade mission to the Persian Gulf markets', 'Train workshop owners in export pricing'],
    assessments: [{ plan: 'P1', score: 78, exportValue: '395000000000', jobsCreated: 52, investment: '58000000000' }],
  },
  {
    key: 'RV3',
    cluster: 'C3',
    reviewedOn: '2024-10-12',
    findings: 'The change of development agent delayed the trade-fair calendar; only one of three planned fairs was attended.',
    recommendations: [
      'Re-plan the trade-fair calendar with the new agent',
      'Share fair costs between TPO and ISIPO as agreed in the working group',
    ],
    assessments: [
      {
        plan: 'P2',
        score: 48,
        exportValue: '60000000000',
        jobsCreated: 4,
        investment: '5000000000',
        remarks: 'Below expectations: most of the quarter was lost to the change of agent.',
      },
    ],
  },
  {
    key: 'RV4',
    cluster: 'C3',
    reviewedOn: '2025-04-12',
    findings: 'Performance recovered: two fairs attended and 41 foreign buyers contacted in the quarter.',
    recommendations: ['Follow up the buyers met at the fairs with sample shipments'],
    assessments: [{ plan: 'P2', score: 63, exportValue: '140000000000', jobsCreated: 11, investment: '9000000000' }],
  },
  {
    key: 'RV5',
    cluster: 'C5',
    reviewedOn: '2024-10-08',
    findings: 'Packaging lines installed in 6 processing units; the quality laboratory certifies lots within 48 hours.',
    recommendations: ['Extend certification to saffron extract', 'Help processors apply for the EDBI export credit line'],
    assessments: [
      { plan: 'P3', score: 66, exportValue: '185000000000', jobsCreated: 22, investment: '14000000000' },
      { plan: 'P6', score: 81, exportValue: '90000000000', jobsCreated: 9, investment: '6000000000' },
    ],
  },
  {
    key: 'RV6',
    cluster: 'C2',
    reviewedOn: '2025-04-20',
    findings: 'Civil works of the finishing centre are late; the equipment tender had to be repeated.',
    recommendations: ['Split the equipment tender into two lots', 'Report monthly to the central secretariat until the centre opens'],
    assessments: [{ plan: 'P4', score: 55, exportValue: '0', jobsCreated: 6, investment: '31000000000' }],
  },
  {
    key: 'RV7',
    cluster: 'C4',
    reviewedOn: '2025-01-20',
    findings: 'The recycling line is installed but cannot run without the environmental permit; waste ratio unchanged.',
    recommendations: [
      'Ask the provincial environment office for a decision on the permit',
      'Consider suspending the project until the permit is granted',
    ],
    assessments: [{ plan: 'P5', score: 41, exportValue: '0', jobsCreated: 2, investment: '3000000000' }],
  },
];

export const REVIEWS: readonly ReviewSpec[] = REVIEW_ROWS.map((row) => ({
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
