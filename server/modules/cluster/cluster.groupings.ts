import { type Grouping, nodeGrouping, valueGrouping } from '../../kernel/read/aggregate-description';
import { byProvince } from '../province/province.groupings';
import { Cluster } from './cluster.entity';

/** Groups by the cluster whose id `clusterId` gives (the key is the Cluster, groups in name order). */
export function byCluster(description: string, clusterId: (alias: string) => string): Grouping {
  return nodeGrouping(() => Cluster, { name: 'Cluster', table: 'cluster', sortColumn: 'name' }, description, clusterId);
}

/** Groups by the province of the cluster whose id `clusterId` gives. */
export function byClusterProvince(clusterId: (alias: string) => string): Grouping {
  return {
    ...byProvince("The cluster's province.", (t) => `(select gc."province_id" from "cluster" gc where gc."id" = ${clusterId(t)})`),
    joined: { table: 'cluster', column: 'province_id', id: clusterId },
  };
}

/** Groups by the ISIC class of the cluster whose id `clusterId` gives. */
export function byClusterSector(clusterId: (alias: string) => string): Grouping {
  return {
    ...valueGrouping(
      () => String,
      "Four-digit ISIC class of the cluster's sector.",
      (t) => `(select gc."isic_code" from "cluster" gc where gc."id" = ${clusterId(t)})`,
    ),
    joined: { table: 'cluster', column: 'isic_code', id: clusterId },
  };
}
