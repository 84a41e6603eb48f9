import { BigIntType, Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';
import { DateScalar, RialScalar } from '../../kernel/scalars';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { SupervisorReview } from '../supervisor-review/supervisor-review.entity';
import { WorkingGroup } from '../working-group/working-group.entity';

@ObjectType({
  implements: NodeEntity,
  description: "A change to a plan's budget on the strength of a supervisor's review, capped at 10% overall (Art. 4-4).",
})
@Entity({ tableName: 'budget_adjustment' })
@Check({ name: 'budget_adjustment_non_zero', expression: '"amount" <> 0' })
@Check({ name: 'budget_adjustment_arithmetic', expression: '"resulting_budget" = "budget_before" + "amount"' })
@Check({ name: 'budget_adjustment_non_negative', expression: '"budget_before" >= 0 and "resulting_budget" >= 0' })
export class BudgetAdjustment extends NodeEntity {
  @ManyToOne(() => DevelopmentPlan, { index: true })
  plan!: DevelopmentPlan;

  @ManyToOne(() => WorkingGroup, { index: true })
  workingGroup!: WorkingGroup;

  @ManyToOne(() => Person, { index: true })
  decidedBy!: Person;

  @ManyToOne(() => SupervisorReview, { index: true })
  basisReview!: SupervisorReview;

  @Field(() => RialScalar, { description: 'Signed change in rials: positive increases, negative decreases.' })
  @Property({ type: new BigIntType('string') })
  amount!: string;

  @Field(() => RialScalar, { description: 'Current budget before this change.' })
  @Property({ type: new BigIntType('string') })
  budgetBefore!: string;

  @Field(() => RialScalar, { description: 'Current budget after this change.' })
  @Property({ type: new BigIntType('string') })
  resultingBudget!: string;

  @Field(() => String, { description: 'Why the working group changed the budget.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => DateScalar, { description: 'Day of the decision.' })
  @Property({ type: 'date' })
  @Index()
  decidedOn!: string;
}
