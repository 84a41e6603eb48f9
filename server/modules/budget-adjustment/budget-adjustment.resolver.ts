import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root, registerEnumType, Info } from 'type-graphql';
import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { checkListSize, compact, idsOfType, orderInput } from '../../kernel/list-inputs';
import { PageArgs } from '../../kernel/pagination';
import { DateScalar } from '../../kernel/scalars';
import { BudgetAdjustmentConnection } from '../connections';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { SupervisorReview } from '../supervisor-review/supervisor-review.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { BudgetAdjustment } from './budget-adjustment.entity';
import { AdjustPlanBudgetInput } from './budget-adjustment.inputs';
import { adjustPlanBudget } from './budget-adjustment.service';
import { listInScope } from '../access/row-scope';

const AdjustPlanBudgetPayload = payloadType('AdjustPlanBudget', 'adjustment', BudgetAdjustment, 'The recorded adjustment; its `plan` shows the new current budget.');

export enum AdjustmentDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
}
registerEnumType(AdjustmentDirection, { name: 'AdjustmentDirection', description: 'Whether a budget went up or down.' });

@InputType({ description: 'Conditions on budget adjustments; all given conditions must hold.' })
export class BudgetAdjustmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Plan ids.' })
  planIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "ISO 3166-2 codes of the plans' clusters' provinces." })
  provinceCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the deciding working groups.' })
  workingGroupIds?: string[] | null;

  @Field(() => AdjustmentDirection, { nullable: true, description: 'Only increases or only decreases.' })
  direction?: AdjustmentDirection | null;

  @Field(() => DateScalar, { nullable: true, description: 'Decided on or after this day.' })
  decidedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Decided on or before this day.' })
  decidedTo?: string | null;
}

export enum BudgetAdjustmentOrderField {
  DECIDED_ON = 'DECIDED_ON',
  AMOUNT = 'AMOUNT',
}
registerEnumType(BudgetAdjustmentOrderField, { name: 'BudgetAdjustmentOrderField', description: 'Fields adjustments can be sorted on.' });

const adjustmentOrder = orderInput('BudgetAdjustmentOrder', BudgetAdjustmentOrderField, BudgetAdjustmentOrderField.DECIDED_ON, {
  DECIDED_ON: (direction) => ({ decidedOn: direction, createdAt: direction }),
  AMOUNT: (direction) => ({ amount: direction }),
});

@Resolver(() => BudgetAdjustment)
export class BudgetAdjustmentResolver {
  @Mutation(() => AdjustPlanBudgetPayload, {
    description:
      "Raises or lowers an approved plan's budget on the strength of a supervisor's review, in proportion to performance, within 90%–110% of the approved budget in total; only a responsible working group may (Art. 4-4).",
  })
  adjustPlanBudget(@Arg('input', () => AdjustPlanBudgetInput, { description: 'The decision.' }) input: AdjustPlanBudgetInput, @Ctx() ctx: Context) {
    return adjustPlanBudget(ctx, input);
  }

  @Query(() => BudgetAdjustmentConnection, { description: 'Changes to plan budgets, capped at 10% overall (Art. 4-4).' })
  budgetAdjustments(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BudgetAdjustmentFilter, { nullable: true, description: 'Conditions on adjustments.' })
    filter: BudgetAdjustmentFilter | null,
    @Arg('orderBy', () => adjustmentOrder.OrderInput, { nullable: true, description: 'Order (default DECIDED_ON ASC).' })
    orderBy: InstanceType<typeof adjustmentOrder.OrderInput> | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const planIds = idsOfType(filter?.planIds, 'DevelopmentPlan', 'filter.planIds');
    const provinceCodes = checkListSize(filter?.provinceCodes, 'filter.provinceCodes');
    const where = compact({
      plan: planIds || provinceCodes
        ? compact({ id: planIds ? { $in: planIds } : undefined, cluster: provinceCodes ? { province: { code: { $in: provinceCodes } } } : undefined })
        : undefined,
      workingGroup: filter?.workingGroupIds ? { $in: idsOfType(filter.workingGroupIds, 'WorkingGroup', 'filter.workingGroupIds') } : undefined,
      amount: filter?.direction ? (filter.direction === AdjustmentDirection.INCREASE ? { $gt: '0' } : { $lt: '0' }) : undefined,
      decidedOn: filter?.decidedFrom || filter?.decidedTo
        ? compact({ $gte: filter.decidedFrom ?? undefined, $lte: filter.decidedTo ?? undefined })
        : undefined,
    });
    return listInScope(ctx, info, BudgetAdjustment, where, adjustmentOrder.toOrder(orderBy), page);
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
