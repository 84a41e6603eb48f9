import { decimalOf, formatDecimal } from '../../kernel/decimal';
import { childrenOf, computed, describeNode } from '../../kernel/read/node-description';
import { relations } from '../relations';
import { latestActualSql } from '../reporting/reporting.loaders';
import { gapOf } from '../reporting/reporting.rules';

export const developmentPlanNode = describeNode('DevelopmentPlan', {
  indicators: childrenOf(relations.planIndicators),
  resolutions: childrenOf(relations.planResolutions),
  reportingObligations: childrenOf(relations.planObligations),
  progressReports: childrenOf(relations.planReports),
  assessments: childrenOf(relations.planAssessments),
  budgetAdjustments: childrenOf(relations.planBudgetAdjustments),
});

/** A decimal as the resolvers write it. */
const decimalText = (value: unknown) => formatDecimal(decimalOf(String(value)));

export const planIndicatorNode = describeNode('PlanIndicator', {
  actuals: childrenOf(relations.indicatorActuals),
  latestActual: computed((alias) => latestActualSql(`${alias}."id"`), decimalText),
  // R10: computed by the same rule as the resolver's, from the target and latest actual as text (exact).
  gap: computed(
    (alias) => `json_build_object('target', ${alias}."target"::text, 'actual', ${latestActualSql(`${alias}."id"`)}, 'higherIsBetter', ${alias}."higher_is_better")`,
    (value) => {
      const { target, actual, higherIsBetter } = value as { target: string; actual: string | null; higherIsBetter: boolean };
      const gap = gapOf(decimalOf(target), actual === null ? null : decimalOf(actual), higherIsBetter);
      return gap === null ? null : formatDecimal(gap);
    },
  ),
});
