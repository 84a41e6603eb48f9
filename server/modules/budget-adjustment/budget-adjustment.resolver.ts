import { registerEnumType } from 'type-graphql';

import { fieldResolvers, mutationResolver, reference } from '../../kernel/resolver-factories';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { SupervisorReview } from '../supervisor-review/supervisor-review.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { BudgetAdjustment } from './budget-adjustment.entity';
import { AdjustPlanBudgetInput } from './budget-adjustment.inputs';
import { adjustPlanBudget } from './budget-adjustment.service';

export enum AdjustmentDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
}
registerEnumType(AdjustmentDirection, { name: 'AdjustmentDirection', description: 'Whether a budget went up or down.' });

const BudgetAdjustmentMutations = mutationResolver('BudgetAdjustmentMutations', {
  adjustPlanBudget: {
    description: `
      Raises or lowers an approved plan's budget on the strength of a supervisor's review, in proportion to performance, within 90%–110% of
      the approved budget in total; only a responsible working group may (Art. 4-4).`,
    input: [AdjustPlanBudgetInput, 'The decision.'],
    payload: ['adjustment', BudgetAdjustment, 'The recorded adjustment; its `plan` shows the new current budget.'],
    run: adjustPlanBudget,
  },
});

const BudgetAdjustmentFields = fieldResolvers(BudgetAdjustment, {
  direction: {
    type: () => AdjustmentDirection,
    description: 'Increase or decrease.',
    resolve: (adjustment: BudgetAdjustment): AdjustmentDirection =>
      adjustment.amount.startsWith('-') ? AdjustmentDirection.DECREASE : AdjustmentDirection.INCREASE,
  },
  plan: reference(DevelopmentPlan, 'The plan whose budget changed.'),
  workingGroup: reference(WorkingGroup, 'The deciding working group (Art. 4-4).'),
  decidedBy: reference(Person, 'Who recorded the decision for the working group.'),
  basisReview: reference(SupervisorReview, "The supervisor's review the decision rests on (Art. 4-4)."),
});

export const budgetAdjustmentResolvers = [BudgetAdjustmentMutations, BudgetAdjustmentFields];
