import { defineModule, inProvince } from '../../kernel/module';
import { BudgetAdjustment } from './budget-adjustment.entity';
import { budgetAdjustmentList, budgetAdjustmentNode } from './budget-adjustment.node';
import { budgetAdjustmentResolvers } from './budget-adjustment.resolver';

export const budgetAdjustmentModule = defineModule({
  name: 'budget-adjustment',
  entities: [BudgetAdjustment],
  resolvers: budgetAdjustmentResolvers,
  nodes: [budgetAdjustmentNode],
  lists: [budgetAdjustmentList],
  scope: {
    BudgetAdjustment: inProvince('plan.cluster.province'),
  },
});
