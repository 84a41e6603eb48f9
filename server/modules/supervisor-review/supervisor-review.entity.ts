import { BigIntType, Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';
import { DateScalar, RialScalar } from '../../kernel/scalars';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroup } from '../working-group/working-group.entity';

@ObjectType({
  implements: NodeEntity,
  description: "A supervisor's periodic review of programme performance and economic return (Art. 4-3).",
})
@Entity({ tableName: 'supervisor_review' })
@Check({ name: 'supervisor_review_period', expression: `"period" ~ '^[0-9]{4}-Q[1-4]$'` })
@Check({ name: 'supervisor_review_recommendations', expression: 'cardinality("recommendations") >= 1' })
export class SupervisorReview extends NodeEntity<'routedToProvincial'> {
  @ManyToOne(() => SupervisorAppointment, { index: true })
  appointment!: SupervisorAppointment;

  @ManyToOne(() => Cluster, { index: true })
  cluster!: Cluster;

  @ManyToOne(() => Person, { index: true })
  supervisor!: Person;

  @ManyToOne(() => WorkingGroup, { index: true })
  routedToCentral!: WorkingGroup;

  @ManyToOne(() => WorkingGroup, { nullable: true, deleteRule: 'no action', index: true })
  routedToProvincial?: WorkingGroup | null;

  @Field(() => DateScalar, { description: 'Day of the review.' })
  @Property({ type: 'date' })
  @Index()
  reviewedOn!: string;

  /** Quarter reviewed, `1403-Q2`. */
  @Property({ type: 'string', length: 7 })
  @Index()
  period!: string;

  @Field(() => String, { description: 'Findings of the review.' })
  @Property({ type: 'text' })
  findings!: string;

  @Field(() => [String], { description: 'Proposals for improvement and correction; at least one (Art. 4-3).' })
  @Property({ type: 'text[]' })
  recommendations!: string[];
}

@ObjectType({ implements: NodeEntity, description: "A review's assessment of one plan: performance score and economic return (Art. 4-3)." })
@Entity({ tableName: 'plan_assessment' })
@Unique({ name: 'plan_assessment_unique', properties: ['review', 'plan'] })
@Check({ name: 'plan_assessment_score', expression: '"performance_score" >= 0 and "performance_score" <= 100' })
@Check({
  name: 'plan_assessment_return_non_negative',
  expression: '"export_value" >= 0 and "jobs_created" >= 0 and "investment" >= 0',
})
export class PlanAssessment extends NodeEntity<'remarks'> {
  @ManyToOne(() => SupervisorReview)
  review!: SupervisorReview;

  @ManyToOne(() => DevelopmentPlan, { index: true })
  plan!: DevelopmentPlan;

  @Field(() => Int, { description: 'Programme performance, 0–100; 60 or more counts as performing (Art. 4-4).' })
  @Property({ type: 'smallint' })
  performanceScore!: number;

  @Field(() => RialScalar, { description: 'Export value attributed to the plan in the period, in rials.' })
  @Property({ type: new BigIntType('string') })
  exportValue!: string;

  @Field(() => Int, { description: 'Jobs created.' })
  @Property({ type: 'integer' })
  jobsCreated!: number;

  @Field(() => RialScalar, { description: 'Investment attracted, in rials.' })
  @Property({ type: new BigIntType('string') })
  investment!: string;

  @Field(() => String, { nullable: true, description: 'Remarks on this plan.' })
  @Property({ type: 'text', nullable: true })
  remarks?: string | null;
}
