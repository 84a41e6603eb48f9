import { BeforeCreate, BeforeUpdate, Check, Entity, Enum, Index, ManyToOne, OneToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

import { describedEnum } from '../../kernel/enums';
import { NodeEntity } from '../../kernel/node';
import { DateScalar, DecimalScalar } from '../../kernel/scalars';
import { AgentContract } from '../agent-contract/agent-contract.entity';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan, PlanIndicator } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';

const PERIOD_CHECK = `~ '^[0-9]{4}-Q[1-4]$'`;

export const ObligationKind = describedEnum('ObligationKind', 'Who owes a quarterly report (Art. 4-1).', {
  AGENT: 'The development agent of a cluster with a contract in force.',
  PLAN_EXECUTOR: 'The executor of an approved plan.',
});
export type ObligationKind = (typeof ObligationKind)[keyof typeof ObligationKind];

export const ObligationStatus = describedEnum('ObligationStatus', 'Where a reporting obligation stands on a given day.', {
  PENDING: 'The quarter has not ended yet.',
  DUE: 'The quarter has ended and the grace period runs; no report yet.',
  SUBMITTED_ON_TIME: 'Reported by the due date.',
  SUBMITTED_LATE: 'Reported after the due date.',
  OVERDUE: 'The due date has passed with no report.',
  WAIVED: 'Waived by a responsible working group.',
});
export type ObligationStatus = (typeof ObligationStatus)[keyof typeof ObligationStatus];

/**
 * One report owed: (obligor, cluster or plan, quarter). Rows are derived from contracts in force and
 * approved plans; the time-dependent part of the status (PENDING, DUE, OVERDUE) is computed against a
 * clock from `periodEndsOn` and `dueOn`, the rest is recorded here.
 */
@ObjectType({ implements: NodeEntity, description: 'A quarterly report owed by an agent or a plan executor (Art. 4-1).' })
@Entity({ tableName: 'reporting_obligation' })
@Check({ name: 'reporting_obligation_period', expression: `"period" ${PERIOD_CHECK}` })
@Check({
  name: 'reporting_obligation_source',
  expression: `("kind" = 'AGENT' and "agent_contract_id" is not null and "plan_id" is null) or ("kind" = 'PLAN_EXECUTOR' and "plan_id" is not null and "agent_contract_id" is null)`,
})
@Check({ name: 'reporting_obligation_due_after_end', expression: '"due_on" >= "period_ends_on"' })
@Check({
  name: 'reporting_obligation_lateness',
  expression: '("submitted_on" is null and "submitted_late" is null) or "submitted_late" = ("submitted_on" > "due_on")',
})
@Check({ name: 'reporting_obligation_waiver', expression: '("waived_on" is null) = ("waiver_reason" is null)' })
@Unique({ name: 'reporting_obligation_contract_period_unique', properties: ['agentContract', 'period'] })
@Unique({ name: 'reporting_obligation_plan_period_unique', properties: ['plan', 'period'] })
export class ReportingObligation extends NodeEntity<
  'submittedOn' | 'submittedLate' | 'waivedOn' | 'waiverReason' | 'waivedBy' | 'agentContract' | 'plan'
> {
  @Field(() => ObligationKind, { description: 'Agent or plan executor.' })
  @Enum({ items: () => ObligationKind, nativeEnumName: 'obligation_kind' })
  kind!: ObligationKind;

  @ManyToOne(() => Person, { index: true })
  obligor!: Person;

  @ManyToOne(() => Cluster, { index: true })
  cluster!: Cluster;

  @ManyToOne(() => AgentContract, { nullable: true, deleteRule: 'no action', index: true })
  agentContract?: AgentContract | null;

  @ManyToOne(() => DevelopmentPlan, { nullable: true, deleteRule: 'no action', index: true })
  plan?: DevelopmentPlan | null;

  /** Quarter label, `1403-Q2`. */
  @Property({ type: 'string', length: 7 })
  @Index()
  period!: string;

  /** Last day of the quarter. */
  @Property({ type: 'date' })
  periodEndsOn!: string;

  @Field(() => DateScalar, { description: 'Due date: last day of the quarter plus the grace period.' })
  @Property({ type: 'date' })
  @Index()
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the first report for this obligation arrived.' })
  @Property({ type: 'date', nullable: true })
  submittedOn?: string | null;

  /** Whether the first report came after `dueOn`; kept in step with `submittedOn` so lists can filter on it. */
  @Property({ type: 'boolean', nullable: true })
  submittedLate?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the obligation was waived.' })
  @Property({ type: 'date', nullable: true })
  waivedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the obligation was waived.' })
  @Property({ type: 'text', nullable: true })
  waiverReason?: string | null;

  /** The responsible working group that waived the obligation (R4); null for waivers recorded before it was kept. */
  @ManyToOne(() => WorkingGroup, { nullable: true, deleteRule: 'no action', index: true })
  waivedBy?: WorkingGroup | null;

  @BeforeCreate()
  @BeforeUpdate()
  protected deriveLateness(): void {
    this.submittedLate = this.submittedOn ? this.submittedOn > this.dueOn : null;
  }
}

export const BottleneckCategory = describedEnum('BottleneckCategory', 'Kind of obstacle that prevented progress (Art. 4-1).', {
  FINANCING: 'Funds were not allocated, not released, or released late; credit was not available.',
  REGULATORY: 'A law, regulation, permit or licence stood in the way.',
  INTER_AGENCY: 'Executive agencies did not cooperate, or disagreed (see Art. 4-5 disputes).',
  MARKET: 'Demand, prices, sanctions or access to foreign markets.',
  INFRASTRUCTURE: 'Land, buildings, utilities, transport or shared facilities were missing.',
  HUMAN_RESOURCES: 'Skilled staff or experts were missing.',
  OTHER: 'Anything else; the reason says what.',
});
export type BottleneckCategory = (typeof BottleneckCategory)[keyof typeof BottleneckCategory];

/**
 * A quarterly progress report (Art. 4-1). Immutable: a correction is a new row with the next
 * `revision` that points at the one it supersedes.
 */
@ObjectType({
  implements: NodeEntity,
  description: 'A quarterly report of progress, or of the reasons and bottlenecks that prevented it (Art. 4-1).',
})
@Entity({ tableName: 'progress_report' })
@Check({ name: 'progress_report_period', expression: `"period" ${PERIOD_CHECK}` })
@Check({ name: 'progress_report_percent', expression: '"percent_complete" >= 0 and "percent_complete" <= 100' })
@Check({ name: 'progress_report_progress_has_percent', expression: '"made_progress" = ("percent_complete" is not null)' })
@Check({ name: 'progress_report_revision', expression: '("revision" = 1) = ("supersedes_id" is null)' })
@Unique({ name: 'progress_report_revision_unique', properties: ['obligation', 'revision'] })
export class ProgressReport extends NodeEntity<
  'revision' | 'late' | 'supersedes' | 'supersededBy' | 'plan' | 'recipientSupervisor' | 'percentComplete'
> {
  @ManyToOne(() => ReportingObligation, { index: true })
  obligation!: ReportingObligation;

  @ManyToOne(() => Cluster, { index: true })
  cluster!: Cluster;

  @ManyToOne(() => DevelopmentPlan, { nullable: true, deleteRule: 'no action', index: true })
  plan?: DevelopmentPlan | null;

  @ManyToOne(() => Person, { index: true })
  submittedBy!: Person;

  @OneToOne(() => ProgressReport, (report) => report.supersededBy, { owner: true, nullable: true, deleteRule: 'no action' })
  supersedes?: ProgressReport | null;

  /** The later revision that corrects this one, if any. */
  @OneToOne(() => ProgressReport, (report) => report.supersedes, { nullable: true })
  supersededBy?: ProgressReport | null;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'no action', index: true })
  recipientSupervisor?: Person | null;

  @ManyToOne(() => WorkingGroup, { index: true })
  recipientWorkingGroup!: WorkingGroup;

  /** Quarter label, `1403-Q2`. */
  @Property({ type: 'string', length: 7 })
  @Index()
  period!: string;

  @Field(() => Int, { description: 'Revision number: 1 for the original, then 2, 3, … for corrections.' })
  @Property({ type: 'smallint', default: 1 })
  revision: number = 1;

  @Field(() => DateScalar, { description: 'Day the report was submitted.' })
  @Property({ type: 'date' })
  @Index()
  submittedOn!: string;

  @Field(() => Boolean, { description: "True when the obligation's due date had passed at submission." })
  @Property({ type: 'boolean', default: false })
  late: boolean = false;

  @Field(() => Boolean, { description: 'False when no progress was made; bottlenecks then explain why.' })
  @Property({ type: 'boolean' })
  madeProgress!: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent complete, 0–100, when progress was made.' })
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  percentComplete?: string | null;

  @Field(() => String, { description: 'Narrative of the quarter, transparent and complete.' })
  @Property({ type: 'text' })
  summary!: string;
}

@ObjectType({ implements: NodeEntity, description: 'A reason and bottleneck that prevented progress (Art. 4-1).' })
@Entity({ tableName: 'report_bottleneck' })
export class ReportBottleneck extends NodeEntity {
  @ManyToOne(() => ProgressReport, { index: true })
  report!: ProgressReport;

  @Field(() => BottleneckCategory, { description: 'Kind of obstacle.' })
  @Enum({ items: () => BottleneckCategory, nativeEnumName: 'bottleneck_category' })
  @Index()
  category!: BottleneckCategory;

  @Field(() => String, { description: 'What happened and why it blocked progress.' })
  @Property({ type: 'text' })
  description!: string;
}

@ObjectType({ implements: NodeEntity, description: 'The actual value of a plan indicator stated in a report.' })
@Entity({ tableName: 'indicator_actual' })
@Unique({ name: 'indicator_actual_unique', properties: ['report', 'indicator'] })
export class IndicatorActual extends NodeEntity {
  @ManyToOne(() => ProgressReport)
  report!: ProgressReport;

  @ManyToOne(() => PlanIndicator, { index: true })
  indicator!: PlanIndicator;

  @Field(() => DecimalScalar, { description: 'Value reached by the end of the reported quarter.' })
  @Property({ type: 'decimal', precision: 20, scale: 4 })
  value!: string;
}
