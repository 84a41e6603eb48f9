import type { EntityManager } from '@mikro-orm/postgresql';

import type { Cluster } from '../cluster/cluster.entity';
import { WorkingGroup, WorkingGroupLevel, WorkingGroupMembership } from './working-group.entity';
import type { Seat } from './working-group.rules';

/** The working groups responsible for a cluster: its province's group (when formed) and the central one. */
export async function responsibleWorkingGroups(em: EntityManager, cluster: Cluster): Promise<WorkingGroup[]> {
  return em.find(
    WorkingGroup,
    { $or: [{ level: WorkingGroupLevel.CENTRAL }, { province: cluster.province.id }] },
    { orderBy: { level: 'asc' } },
  );
}

/** The seats a person holds on `date` (any working group, any role). */
export async function seatsOn(em: EntityManager, personId: string, date: string): Promise<Seat[]> {
  const memberships = await em.find(WorkingGroupMembership, {
    person: personId,
    startsOn: { $lte: date },
    $or: [{ endsOn: null }, { endsOn: { $gte: date } }],
  });
  return memberships.map((membership) => ({ workingGroupId: membership.workingGroup.id, role: membership.role }));
}

/** The working groups responsible for clusters of a province: the province's group (when formed) and the central one. */
export async function workingGroupsResponsibleInProvince(em: EntityManager, provinceId: string): Promise<WorkingGroup[]> {
  return em.find(WorkingGroup, { $or: [{ level: WorkingGroupLevel.CENTRAL }, { province: provinceId }] }, { orderBy: { level: 'asc' } });
}
