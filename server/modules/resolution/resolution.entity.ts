import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';
import { DateScalar, DecimalScalar } from '../../kernel/scalars';
import { searchFormOf, TrigramIndex } from '../../kernel/search-columns';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { WorkingGroup } from '../working-group/working-group.entity';

@ObjectType({ implements: NodeEntity, description: 'A decision adopted by a central or provincial working group (Art. 1, Art. 2).' })
@Entity({ tableName: 'resolution' })
@Unique({ name: 'resolution_number_unique', properties: ['workingGroup', 'number'] })
@TrigramIndex('resolution', 'search_title')
export class Resolution extends NodeEntity<'cluster' | 'searchTitle'> {
  @ManyToOne(() => WorkingGroup, { index: true })
  workingGroup!: WorkingGroup;

  @ManyToOne(() => Cluster, { nullable: true, deleteRule: 'no action', index: true })
  cluster?: Cluster | null;

  @ManyToOne(() => ExecutiveAgency, { index: true })
  responsibleAgency!: ExecutiveAgency;

  @Field(() => String, { description: 'Number of the resolution, unique within its working group.' })
  @Property({ type: 'string', length: 64 })
  number!: string;

  @Field(() => DateScalar, { description: 'Date of adoption.' })
  @Property({ type: 'date' })
  @Index()
  adoptedOn!: string;

  @Field(() => String, { description: 'Short title.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** Normalised title for search (kernel/persian-text). */
  @Property({ type: 'string', length: 300, ...searchFormOf<Resolution>((resolution) => resolution.title) })
  searchTitle!: string;

  @Field(() => String, { description: 'Full text of the resolution, as written.' })
  @Property({ type: 'text' })
  text!: string;
}

@ObjectType({ implements: NodeEntity, description: 'A measurable target set by a resolution, owed by a quarter.' })
@Entity({ tableName: 'resolution_target' })
@Check({ name: 'resolution_target_due_quarter', expression: `"due_quarter" ~ '^[0-9]{4}-Q[1-4]$'` })
export class ResolutionTarget extends NodeEntity<'higherIsBetter'> {
  @ManyToOne(() => Resolution, { index: true })
  resolution!: Resolution;

  @Field(() => String, { description: 'What is measured, e.g. "Export value".' })
  @Property({ type: 'string', length: 200 })
  indicator!: string;

  @Field(() => String, { description: 'Unit of measure, e.g. "rial", "jobs", "firms".' })
  @Property({ type: 'string', length: 50 })
  unit!: string;

  @Field(() => DecimalScalar, { description: 'Target value.' })
  @Property({ type: 'decimal', precision: 20, scale: 4 })
  targetValue!: string;

  @Field(() => Boolean, { description: 'True when a higher actual is better (the gap is target minus actual).' })
  @Property({ type: 'boolean', default: true })
  higherIsBetter: boolean = true;

  /** Quarter by which the target is due, as a label (`1403-Q4`). */
  @Property({ type: 'string', length: 7 })
  @Index()
  dueQuarter!: string;
}
