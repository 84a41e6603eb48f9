import type { EntityManager } from '@mikro-orm/postgresql';

import type { Context } from '../../context';
import { load } from '../../kernel/load';
import { type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { normalizePersian } from '../../kernel/persian-text';
import { enforce } from '../../kernel/rules';
import { actsForAnyResponsibleGroupInProvince } from '../authority/authority';
import { isRegistrar } from '../person/person.rules';
import { Province } from '../province/province.entity';
import { Cluster, ClusterStatus } from './cluster.entity';
import type { ChangeClusterStatusInput, RegisterClusterInput } from './cluster.inputs';
import { canChangeClusterStatus, clusterNameIsFree } from './cluster.rules';

/**
 * House rule: clusters are registered and moved through the programme by the administrator or the
 * central secretariat, or by the head or secretariat of a working group responsible for the province's
 * clusters (the province's group or the central one). The right can come from a seat, so a viewer
 * without it gets NOT_RESPONSIBLE_WORKING_GROUP rather than FORBIDDEN.
 */
async function enforceMayManageClusters(ctx: Context, em: EntityManager, provinceId: string): Promise<void> {
  if (isRegistrar(ctx.viewer.systemRoles)) return;
  enforce(await actsForAnyResponsibleGroupInProvince(em, ctx.viewer.person.id, provinceId, ctx.clock.today()));
}

/** Registers an export-oriented business cluster in a province. */
export function registerCluster(ctx: Context, input: RegisterClusterInput): Promise<Payload<Cluster>> {
  return runMutation(ctx, 'registerCluster', async (em) => {
    const province = await load(em, Province, input.provinceId, 'input.provinceId');
    await enforceMayManageClusters(ctx, em, province.id);
    const nameFa = input.nameFa.trim();
    const searchName = normalizePersian(nameFa);
    // Two registrations of one name at once both pass this check; cluster_province_search_name_unique refuses the second.
    enforce(clusterNameIsFree((await em.count(Cluster, { province: province.id, searchName })) > 0));
    const cluster = em.create(Cluster, {
      province,
      name: input.name.trim(),
      nameFa,
      searchName,
      isicCode: input.isicCode,
      mainProducts: input.mainProducts.map((product) => product.trim()),
      status: input.status ?? ClusterStatus.IDENTIFIED,
    });
    return { target: cluster };
  });
}

/** Moves a cluster to another stage of the development programme (house rule on the allowed moves). */
export function changeClusterStatus(ctx: Context, input: ChangeClusterStatusInput): Promise<Payload<Cluster>> {
  return runMutation(ctx, 'changeClusterStatus', async (em) => {
    const cluster = await load(em, Cluster, input.clusterId, 'input.clusterId', { lock: true });
    await enforceMayManageClusters(ctx, em, cluster.province.id);
    const before = snapshot(cluster);
    enforce(canChangeClusterStatus(cluster.status, input.status));
    cluster.status = input.status;
    return { target: cluster, before };
  });
}
