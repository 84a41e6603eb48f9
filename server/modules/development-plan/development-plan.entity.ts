import { BigIntType, Check, Entity, Enum, Index, ManyToOne, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

import { describedEnum } from '../../kernel/enums';
import { NodeEntity } from '../../kernel/node';
import { DateScalar, DecimalScalar, RialScalar } from '../../kernel/scalars';
import { searchFormOf, TrigramIndex } from '../../kernel/search-columns';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { Resolution } from '../resolution/resolution.entity';
import { WorkingGroup } from '../working-group/working-group.entity';

export const PlanStatus = describedEnum(
  'PlanStatus',
  'Lifecycle of a development plan: PROPOSED → APPROVED | REJECTED, APPROVED ⇄ SUSPENDED, APPROVED → COMPLETED.',
  ['PROPOSED', 'APPROVED', 'REJECTED', 'SUSPENDED', 'COMPLETED'],
);
export type PlanStatus = (typeof PlanStatus)[keyof typeof PlanStatus];

export const PlanKind = describedEnum('PlanKind', 'A development plan or a single project (Art. 1).', ['PLAN', 'PROJECT']);
export type PlanKind = (typeof PlanKind)[keyof typeof PlanKind];

@ObjectType({ implements: NodeEntity, description: 'A cluster development plan or project, proposed or approved (Art. 2).' })
@Entity({ tableName: 'development_plan' })
@Check({ name: 'development_plan_budget_non_negative', expression: '"approved_budget" >= 0 and "current_budget" >= 0' })
@Check({ name: 'development_plan_budget_pair', expression: '("approved_budget" is null) = ("current_budget" is null)' })
// Art. 4-4: the current budget stays within 90%–110% of the approved budget, whatever path led there.
// Compared in numeric so that the products cannot overflow bigint (migration 0002).
@Check({
  name: 'development_plan_budget_band',
  expression:
    '"current_budget"::numeric * 10 >= "approved_budget"::numeric * 9 and "current_budget"::numeric * 10 <= "approved_budget"::numeric * 11',
})
@Check({
  name: 'development_plan_approved_has_budget',
  expression: `"status" = 'PROPOSED' or "status" = 'REJECTED' or "approved_budget" is not null`,
})
@Check({ name: 'development_plan_term', expression: '"ends_on" >= "starts_on"' })
@TrigramIndex('development_plan', 'search_title')
export class DevelopmentPlan extends NodeEntity<
  | 'searchTitle'
  | 'kind'
  | 'status'
  | 'version'
  | 'decidedBy'
  | 'decidedOn'
  | 'approvedBudget'
  | 'currentBudget'
  | 'rejectionReason'
  | 'suspendedOn'
  | 'suspensionReason'
  | 'completedOn'
> {
  @ManyToOne(() => Cluster, { index: true })
  cluster!: Cluster;

  @ManyToOne(() => Person, { index: true })
  executor!: Person;

  @ManyToOne(() => ExecutiveAgency, { index: true })
  responsibleAgency!: ExecutiveAgency;

  @ManyToOne(() => WorkingGroup, { nullable: true, deleteRule: 'no action', index: true })
  decidedBy?: WorkingGroup | null;

  @Field(() => String, { description: 'Title of the plan or project.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** Normalised title for search (kernel/persian-text). */
  @Property({ type: 'string', length: 300, ...searchFormOf<DevelopmentPlan>((plan) => plan.title) })
  searchTitle!: string;

  @Field(() => PlanKind, { description: 'Plan or project.' })
  @Enum({ items: () => PlanKind, nativeEnumName: 'plan_kind' })
  kind: PlanKind = PlanKind.PLAN;

  @Field(() => PlanStatus, { description: 'Lifecycle state.' })
  @Enum({ items: () => PlanStatus, nativeEnumName: 'plan_status' })
  @Index()
  status: PlanStatus = PlanStatus.PROPOSED;

  @Field(() => DateScalar, { description: 'Date the plan was proposed.' })
  @Property({ type: 'date' })
  proposedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date it was approved or rejected.' })
  @Property({ type: 'date', nullable: true })
  decidedOn?: string | null;

  @Field(() => DateScalar, { description: 'Planned first day of execution.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Planned last day of execution.' })
  @Property({ type: 'date' })
  endsOn!: string;

  // Rials are exchanged as decimal strings; `string` mode makes the ORM hand them over as the declared type.
  @Field(() => RialScalar, { description: 'Budget requested in the proposal, in rials.' })
  @Property({ type: new BigIntType('string') })
  proposedBudget!: string;

  @Field(() => RialScalar, { nullable: true, description: 'Budget set at approval, in rials; adjustments never change it (R11).' })
  @Property({ type: new BigIntType('string'), nullable: true })
  approvedBudget?: string | null;

  @Field(() => RialScalar, {
    nullable: true,
    description: 'Budget after adjustments, in rials; always within 90%–110% of the approved budget (Art. 4-4).',
  })
  @Property({ type: new BigIntType('string'), nullable: true })
  currentBudget?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the working group rejected the proposal (R11).' })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the plan was suspended, while it is suspended (R11).' })
  @Property({ type: 'date', nullable: true })
  suspendedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the working group suspended the plan, while it is suspended (R11).' })
  @Property({ type: 'text', nullable: true })
  suspensionReason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of execution of a completed plan (R11).' })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version, increased by every change.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

@ObjectType({ implements: NodeEntity, description: 'An indicator by which a plan measures progress.' })
@Entity({ tableName: 'plan_indicator' })
@Unique({ name: 'plan_indicator_name_unique', properties: ['plan', 'name'] })
export class PlanIndicator extends NodeEntity<'higherIsBetter'> {
  @ManyToOne(() => DevelopmentPlan, { index: true })
  plan!: DevelopmentPlan;

  @Field(() => String, { description: 'What is measured, e.g. "Export value".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Unit of measure.' })
  @Property({ type: 'string', length: 50 })
  unit!: string;

  @Field(() => DecimalScalar, { description: 'Value when the plan started.' })
  @Property({ type: 'decimal', precision: 20, scale: 4 })
  baseline!: string;

  @Field(() => DecimalScalar, { description: 'Value the plan aims for.' })
  @Property({ type: 'decimal', precision: 20, scale: 4 })
  target!: string;

  @Field(() => Boolean, { description: 'True when a higher actual is better.' })
  @Property({ type: 'boolean', default: true })
  higherIsBetter: boolean = true;
}

/** Link between a plan and a resolution it carries out. */
@Entity({ tableName: 'plan_resolution' })
export class PlanResolution {
  [PrimaryKeyProp]?: ['plan', 'resolution'];

  @ManyToOne(() => DevelopmentPlan, { primary: true })
  plan!: DevelopmentPlan;

  @ManyToOne(() => Resolution, { primary: true, index: true })
  resolution!: Resolution;
}
