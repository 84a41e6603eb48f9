import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { NodeEntity } from '../../kernel/node';
import { DateScalar } from '../../kernel/scalars';
import { fixedTermOf, lastDayInForce, type TermColumns } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';

/**
 * ISIPO's contract with a development agent for one cluster (Art. 3). History is kept: a contract is
 * ended by setting `terminatedOn`, never deleted. The migration adds an exclusion constraint so that no
 * two contracts of one cluster are in force on the same day (R2).
 */
@ObjectType({ implements: NodeEntity, description: "A development agent's contract for one cluster, signed with ISIPO (Art. 3)." })
@Entity({ tableName: 'agent_contract' })
@Check({ name: 'agent_contract_term', expression: '"ends_on" >= "starts_on"' })
@Check({
  name: 'agent_contract_termination',
  expression: '"terminated_on" is null or ("terminated_on" >= "starts_on" and "terminated_on" <= "ends_on")',
})
// R2: no two contracts of one cluster in force on the same day (btree_gist, first migration).
@Index({
  name: 'agent_contract_no_overlap',
  expression: `alter table "agent_contract" add constraint "agent_contract_no_overlap" exclude using gist ("cluster_id" with =, daterange("starts_on", coalesce("terminated_on", "ends_on"), '[]') with &&)`,
})
@Check({ name: 'agent_contract_termination_reason', expression: '("terminated_on" is null) = ("termination_reason" is null)' })
export class AgentContract extends NodeEntity<'lastDayInForce' | 'terminatedOn' | 'terminationReason'> {
  @Field(() => String, { description: 'Contract number, unique.' })
  @Unique()
  @Property({ type: 'string', length: 64 })
  contractNumber!: string;

  @ManyToOne(() => Cluster, { index: true })
  cluster!: Cluster;

  @ManyToOne(() => Person, { index: true })
  agent!: Person;

  @ManyToOne(() => ExecutiveAgency, { index: true })
  agency!: ExecutiveAgency;

  @Field(() => DateScalar, { description: 'First day in force.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day in force under the contract.' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force when the contract was ended early.' })
  @Property({ type: 'date', nullable: true })
  terminatedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the contract was ended early.' })
  @Property({ type: 'text', nullable: true })
  terminationReason?: string | null;

  /** Last day the contract is (or was) in force. */
  get lastDayInForce(): string {
    return lastDayInForce(fixedTermOf(AGENT_CONTRACT_TERM, this));
  }
}

/** Where a contract keeps its term: it is in force from its first day to its termination, or else its end. */
export const AGENT_CONTRACT_TERM: TermColumns<AgentContract> = {
  start: { property: 'startsOn', column: 'starts_on' },
  end: { property: 'endsOn', column: 'ends_on' },
  earlyEnd: { property: 'terminatedOn', column: 'terminated_on' },
};
