import { childrenOf, describeNode } from '../../kernel/read/node-description';
import { relations } from '../relations';

export const developmentPlanNode = describeNode('DevelopmentPlan', {
  indicators: childrenOf(relations.planIndicators),
  resolutions: childrenOf(relations.planResolutions),
  reportingObligations: childrenOf(relations.planObligations),
  progressReports: childrenOf(relations.planReports),
  assessments: childrenOf(relations.planAssessments),
  budgetAdjustments: childrenOf(relations.planBudgetAdjustments),
});

export const planIndicatorNode = describeNode('PlanIndicator', {
  actuals: childrenOf(relations.indicatorActuals),
});
