import { ErrorCode } from '../../kernel/errors';
import { defineModule, inProvince } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { DevelopmentPlan, PlanIndicator, PlanResolution } from './development-plan.entity';
import { developmentPlanList, developmentPlanNode, planIndicatorList, planIndicatorNode } from './development-plan.node';
import { developmentPlanResolvers } from './development-plan.resolver';

export const developmentPlanModule = defineModule({
  name: 'development-plan',
  entities: [DevelopmentPlan, PlanIndicator, PlanResolution],
  resolvers: developmentPlanResolvers,
  nodes: [developmentPlanNode, planIndicatorNode],
  lists: [developmentPlanList, planIndicatorList],
  scope: {
    DevelopmentPlan: inProvince('cluster.province'),
    PlanIndicator: inProvince('plan.cluster.province'),
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    development_plan_budget_band: () =>
      violation(ErrorCode.BUDGET_CAP_EXCEEDED, "The plan's budget would leave 90%–110% of its approved budget.", 'Art. 4-4'),
  },
});
