import { Arg, Ctx, FieldResolver, Mutation, registerEnumType, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { SupervisorReview } from '../supervisor-review/supervisor-review.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { BudgetAdjustment } from './budget-adjustment.entity';
import { AdjustPlanBudgetInput } from './budget-adjustment.inputs';
import { adjustPlanBudget } from './budget-adjustment.service';

const AdjustPlanBudgetPayload = payloadType(
  'AdjustPlanBudget',
  'adjustment',
  BudgetAdjustment,
  'The recorded adjustment; its `plan` shows the new current budget.',
);

export enum AdjustmentDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
}
registerEnumType(AdjustmentDirection, { name: 'AdjustmentDirection', description: 'Whether a budget went up or down.' });

@Resolver(() => BudgetAdjustment)
export class BudgetAdjustmentResolver {
  @Mutation(() => AdjustPlanBudgetPayload, {
    description:
      "Raises or lowers an approved plan's budget on the strength of a supervisor's review, in proportion to performance, within 90%–110% of the approved budget in total; only a responsible working group may (Art. 4-4).",
  })
  adjustPlanBudget(
    @Arg('input', () => AdjustPlanBudgetInput, { description: 'The decision.' }) input: AdjustPlanBudgetInput,
    @Ctx() ctx: Context,
  ) {
    return adjustPlanBudget(ctx, input);
  }

  @FieldResolver(() => AdjustmentDirection, { description: 'Increase or decrease.' })
  direction(@Root() adjustment: BudgetAdjustment): AdjustmentDirection {
    return adjustment.amount.startsWith('-') ? AdjustmentDirection.DECREASE : AdjustmentDirection.INCREASE;
  }

  @FieldResolver(() => DevelopmentPlan, { description: 'The plan whose budget changed.' })
  plan(@Root() adjustment: BudgetAdjustment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(DevelopmentPlan, adjustment.plan);
  }

  @FieldResolver(() => WorkingGroup, { description: 'The deciding working group (Art. 4-4).' })
  workingGroup(@Root() adjustment: BudgetAdjustment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, adjustment.workingGroup);
  }

  @FieldResolver(() => Person, { description: 'Who recorded the decision for the working group.' })
  decidedBy(@Root() adjustment: BudgetAdjustment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, adjustment.decidedBy);
  }

  @FieldResolver(() => SupervisorReview, { description: "The supervisor's review the decision rests on (Art. 4-4)." })
  basisReview(@Root() adjustment: BudgetAdjustment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(SupervisorReview, adjustment.basisReview);
  }
}
