/**
 * Demo data, budget adjustments (R8): changes of an approved plan's budget in proportion to the
 * supervisor's score, within 90%–110% of the approved budget.
 */
import { BudgetAdjustment } from '../../../modules/budget-adjustment/budget-adjustment.entity';
import {
  adjustmentDateIsValid,
  adjustmentFollowsPerformance,
  budgetStaysInBand,
  planIsApproved,
  reviewAssessedPlan,
} from '../../../modules/budget-adjustment/budget-adjustment.rules';
import { responsibleGroupsOf } from './clusters';
import { byKey, type DemoContext, type GroupKey, groupOf, holds, personOf, planOf } from './context';
import { assertActsFor } from './groups';
import { planSpecOf } from './plans';
import { REVIEWS } from './reviews';

interface AdjustmentSpec {
  plan: string;
  review: string;
  group: GroupKey;
  decidedBy: string;
  decidedOn: string;
  /** Signed change in percent of the approved budget (whole percent, so the amount is exact). */
  percent: bigint;
  reason: string;
}

const ADJUSTMENTS: readonly AdjustmentSpec[] = [
  {
    plan: 'P1',
    review: 'RV1',
    group: 'TEHRAN',
    decidedBy: 'headTehran',
    decidedOn: '2024-08-05',
    percent: 5n,
    reason: 'Performance above target in 1403-Q1 (score 72): 5% increase to equip a second hallmarking bench.',
  },
  {
    plan: 'P2',
    review: 'RV3',
    group: 'ISFAHAN',
    decidedBy: 'secretariatIsfahan',
    decidedOn: '2024-11-20',
    percent: -6n,
    reason: 'Performance below expectations in 1403-Q2 (score 48): 6% decrease, one trade fair dropped.',
  },
  {
    plan: 'P1',
    review: 'RV2',
    group: 'CENTRAL',
    decidedBy: 'secretariat',
    decidedOn: '2025-02-10',
    percent: 4n,
    reason: 'Sustained performance in 1403-Q3 (score 78): 4% increase for a third trade mission (9% in total).',
  },
];

/**
 * Each plan's budget before and after each adjustment, in the order decided. Worked out before the
 * plans are written, so that they carry their final current budget.
 */
export function planBudgetHistory(ctx: DemoContext): void {
  for (const spec of [...ADJUSTMENTS].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))) {
    const plan = planSpecOf(spec.plan);
    const what = `adjustment of ${spec.plan} on ${spec.decidedOn}`;
    holds(planIsApproved(plan.status), what);
    if (!plan.approvedBudget) throw new Error(`Demo data: ${what}: the plan has no approved budget`);
    const approved = BigInt(plan.approvedBudget);
    const list = ctx.budgetHistory.get(spec.plan) ?? [];
    const before = list.length > 0 ? list[list.length - 1].after : approved;
    const amount = (approved * spec.percent) / 100n;
    const after = before + amount;
    if (amount === 0n) throw new Error(`Demo data: ${what} changes nothing`);
    holds(budgetStaysInBand(approved, after), what);
    const { plan: planKey, review, group, decidedBy, decidedOn, reason } = spec;
    list.push({ plan: planKey, review, group, decidedBy, decidedOn, reason, before, amount, after });
    ctx.budgetHistory.set(spec.plan, list);
  }
}

/**
 * Checked with the rules of `adjustPlanBudget`; written directly because the mutation decides today and
 * the demo's decisions were taken in 2024 and 2025.
 */
export function seedBudgetAdjustments(ctx: DemoContext): void {
  for (const [planKey, history] of ctx.budgetHistory) {
    const plan = planSpecOf(planKey);
    for (const step of history) {
      const what = `adjustment of ${planKey} on ${step.decidedOn}`;
      const review = REVIEWS.find((r) => r.key === step.review);
      const assessed = review?.assessments.find((assessment) => assessment.plan === planKey);
      holds(
        reviewAssessedPlan(assessed && review ? { performanceScore: assessed.score, reviewedOn: review.reviewedOn } : null, step.decidedOn),
        what,
      );
      holds(adjustmentFollowsPerformance(step.amount, assessed!.score), what);
      holds(adjustmentDateIsValid(step.decidedOn, plan.decidedOn, ctx.today), what);
      assertActsFor(step.group, step.decidedBy, step.decidedOn, responsibleGroupsOf(plan.cluster));
      ctx.make(BudgetAdjustment, {
        plan: planOf(ctx, planKey),
        workingGroup: groupOf(ctx, step.group),
        decidedBy: personOf(ctx, step.decidedBy),
        basisReview: byKey(ctx.reviews, step.review, 'review'),
        amount: step.amount.toString(),
        budgetBefore: step.before.toString(),
        resultingBudget: step.after.toString(),
        reason: step.reason,
        decidedOn: step.decidedOn,
      });
    }
  }
}
