import { defineModule, inProvince } from '../../kernel/module';
import { DevelopmentPlan, PlanIndicator, PlanResolution } from './development-plan.entity';
import { developmentPlanList, planIndicatorList, developmentPlanNode, planIndicatorNode } from './development-plan.node';
import { DevelopmentPlanResolver, PlanIndicatorResolver } from './development-plan.resolver';

export const developmentPlanModule = defineModule({
  name: 'development-plan',
  entities: [DevelopmentPlan, PlanIndicator, PlanResolution],
  resolvers: [DevelopmentPlanResolver, PlanIndicatorResolver],
  nodes: [developmentPlanNode, planIndicatorNode],
  lists: [developmentPlanList, planIndicatorList],
  scope: {
    DevelopmentPlan: inProvince('cluster.province'),
    PlanIndicator: inProvince('plan.cluster.province'),
  },
});
