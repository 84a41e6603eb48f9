import type { Context } from '../../context';
import { load } from '../../kernel/load';
import { formatRials, parseRials } from '../../kernel/money';
import { type Payload, runMutation } from '../../kernel/mutation';
import { enforce } from '../../kernel/rules';
import { lockPlanForDecision } from '../authority/authority';
import { Person } from '../person/person.entity';
import { PlanAssessment, SupervisorReview } from '../supervisor-review/supervisor-review.entity';
import { BudgetAdjustment } from './budget-adjustment.entity';
import type { AdjustPlanBudgetInput } from './budget-adjustment.inputs';
import * as rules from './budget-adjustment.rules';

/**
 * R8 (Art. 4-4): a responsible working group raises or lowers an approved plan's budget, in
 * proportion to the performance a supervisor's review found, keeping the current budget within
 * 90%–110% of the approved budget.
 *
 * Concurrency: the plan's row is locked (`SELECT … FOR UPDATE`) before its current budget is read, so
 * simultaneous adjustments of one plan run one after the other, each checking the band against the
 * budget the previous one committed. The CHECK development_plan_budget_band is the backstop (mapped
 * to BUDGET_CAP_EXCEEDED). Under the lock the plan's optimistic `version` cannot change between read
 * and write; should a writer that bypasses the lock change it anyway, the attempt is rolled back and
 * run again by the mutation runner, ending in CONFLICT if it keeps losing.
 */
export function adjustPlanBudget(ctx: Context, input: AdjustPlanBudgetInput): Promise<Payload<BudgetAdjustment>> {
  // The Rial scalar and the input's shape check guarantee a non-zero whole number here.
  const amount = parseRials(input.amount)!;
  return runMutation(ctx, 'adjustPlanBudget', async (em) => {
    const today = ctx.clock.today();
    const decidedOn = input.decidedOn ?? today;
    // The lock comes first: everything below reads the plan as the previous adjustment left it. R4:
    // the decision is the group's act on the day it is taken.
    const { plan, workingGroup } = await lockPlanForDecision(em, ctx.viewer.person.id, input, decidedOn, (locked) =>
      rules.adjustmentDateIsValid(decidedOn, locked.decidedOn, today),
    );
    enforce(rules.planIsApproved(plan.status));
    const review = await load(em, SupervisorReview, input.basisReviewId, 'input.basisReviewId');

    const assessment = await em.findOne(PlanAssessment, { review: review.id, plan: plan.id });
    const basis = assessment ? { performanceScore: assessment.performanceScore, reviewedOn: review.reviewedOn } : null;
    enforce(rules.reviewAssessedPlan(basis, decidedOn), basis && rules.adjustmentFollowsPerformance(amount, basis.performanceScore));

    // Approval sets both budgets, and nothing clears them afterwards.
    if (plan.approvedBudget == null || plan.currentBudget == null) throw new Error(`The approved plan ${plan.id} has no budget.`);
    const approvedBudget = parseRials(plan.approvedBudget)!;
    const budgetBefore = parseRials(plan.currentBudget)!;
    const resultingBudget = budgetBefore + amount;
    enforce(rules.budgetStaysInBand(approvedBudget, resultingBudget));

    const adjustment = em.create(BudgetAdjustment, {
      plan,
      workingGroup,
      decidedBy: em.getReference(Person, ctx.viewer.person.id),
      basisReview: review,
      amount: formatRials(amount),
      budgetBefore: formatRials(budgetBefore),
      resultingBudget: formatRials(resultingBudget),
      reason: input.reason.trim(),
      decidedOn,
    });
    plan.currentBudget = formatRials(resultingBudget);
    return { target: adjustment };
  });
}
