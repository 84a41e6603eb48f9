/**
 * Authority under Art. 3, read from the database: a cluster's responsible working groups, the seats a
 * person holds on a day, and the checks built on them that services run before they change anything.
 * The pure rules are in authority.rules.ts; "in force on a day" is term.ts (docs/domain.md, R3, R4).
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { load } from '../../kernel/load';
import { enforce, type RuleResult } from '../../kernel/rules';
import { Cluster } from '../cluster/cluster.entity';
import type { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { lockPlan } from '../development-plan/development-plan.locking';
import { SEAT_TERM, WorkingGroup, WorkingGroupLevel, WorkingGroupMembership } from '../working-group/working-group.entity';
import {
  actsForAnyResponsibleGroup,
  actsForCentralWorkingGroup,
  actsForResponsibleGroup,
  actsForWorkingGroup,
  type Seat,
} from './authority.rules';
import { termInForceOnFilter } from './term';

/** The working groups responsible for clusters of a province: the province's group (when formed) and the central one, central first. */
export async function workingGroupsResponsibleInProvince(em: EntityManager, provinceId: string): Promise<WorkingGroup[]> {
  return em.find(WorkingGroup, { $or: [{ level: WorkingGroupLevel.CENTRAL }, { province: provinceId }] }, { orderBy: { level: 'asc' } });
}

/** The working groups responsible for a cluster: its province's group (when formed) and the central one. */
export async function responsibleWorkingGroups(em: EntityManager, cluster: Cluster): Promise<WorkingGroup[]> {
  return workingGroupsResponsibleInProvince(em, cluster.province.id);
}

/** The seats a person holds on `date` (any working group, any role). */
export async function seatsOn(em: EntityManager, personId: string, date: string): Promise<Seat[]> {
  const memberships = await em.find(WorkingGroupMembership, { person: personId, ...termInForceOnFilter(SEAT_TERM, date) });
  return memberships.map((membership) => ({ workingGroupId: membership.workingGroup.id, role: membership.role }));
}

/** R4: the person acts on `date` for some responsible working group of the cluster (its head or secretariat). */
export async function actsForAnyResponsibleGroupOn(
  em: EntityManager,
  personId: string,
  cluster: Cluster,
  date: string,
): Promise<RuleResult> {
  return actsForAnyResponsibleGroupInProvince(em, personId, cluster.province.id, date);
}

/** R4: as `actsForAnyResponsibleGroupOn`, for the clusters of a province. */
export async function actsForAnyResponsibleGroupInProvince(
  em: EntityManager,
  personId: string,
  provinceId: string,
  date: string,
): Promise<RuleResult> {
  const groups = await workingGroupsResponsibleInProvince(em, provinceId);
  return actsForAnyResponsibleGroup(
    groups.map((group) => group.id),
    await seatsOn(em, personId, date),
  );
}

/** R4: the working group `workingGroupId` is responsible for the cluster and the person acts for it on `date`. */
export async function actsForResponsibleGroupOn(
  em: EntityManager,
  personId: string,
  cluster: Cluster,
  workingGroupId: string,
  date: string,
): Promise<RuleResult> {
  const groups = await responsibleWorkingGroups(em, cluster);
  return actsForResponsibleGroup(
    workingGroupId,
    groups.map((group) => group.id),
    await seatsOn(em, personId, date),
  );
}

/** R4: the person acts on `date` for the working group `workingGroupId` (its head or secretariat). */
export async function actsForWorkingGroupOn(
  em: EntityManager,
  personId: string,
  workingGroupId: string,
  date: string,
): Promise<RuleResult> {
  return actsForWorkingGroup(workingGroupId, await seatsOn(em, personId, date));
}

/** The central working group (reference data: there is exactly one). */
export function centralWorkingGroup(em: EntityManager): Promise<WorkingGroup> {
  return em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL });
}

/** Closing article: the person acts on `date` for the central working group `centralGroupId` (its head or secretariat). */
export async function actsForCentralGroupOn(
  em: EntityManager,
  personId: string,
  centralGroupId: string,
  date: string,
): Promise<RuleResult> {
  return actsForCentralWorkingGroup(centralGroupId, await seatsOn(em, personId, date));
}

/** What a decision about an existing plan names: the plan and the working group deciding. */
export interface PlanDecisionInput {
  planId: string;
  workingGroupId: string;
}

/**
 * What every decision about an existing plan starts with (plan lifecycle, R11; budget adjustments,
 * R8): the plan, locked until the transaction ends, and the deciding working group's right to act
 * for its cluster on `decidedOn`, the day the decision is the group's act (R4). `beforeAuthority`
 * holds the checks of the decision's own that must refuse it first (its date against the plan's).
 */
export async function lockPlanForDecision(
  em: EntityManager,
  personId: string,
  input: PlanDecisionInput,
  decidedOn: string,
  beforeAuthority: (plan: DevelopmentPlan) => RuleResult = () => null,
): Promise<{ plan: DevelopmentPlan; workingGroup: WorkingGroup }> {
  const plan = await lockPlan(em, input.planId);
  const workingGroup = await load(em, WorkingGroup, input.workingGroupId, 'input.workingGroupId');
  enforce(beforeAuthority(plan));
  const cluster = await em.findOneOrFail(Cluster, plan.cluster.id);
  enforce(await actsForResponsibleGroupOn(em, personId, cluster, workingGroup.id, decidedOn));
  return { plan, workingGroup };
}
