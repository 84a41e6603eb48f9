import { computed, describeNode } from '../../kernel/read/node-description';
import { AdjustmentDirection } from './budget-adjustment.resolver';

export const budgetAdjustmentNode = describeNode('BudgetAdjustment', {
  // A negative amount lowers the budget (the resolver reads the sign of the same number).
  direction: computed((alias) => `(${alias}."amount" < 0)`, (lowers) => (lowers === true ? AdjustmentDirection.DECREASE : AdjustmentDirection.INCREASE)),
});
