import { defineModule, inProvince } from '../../kernel/module';
import { Cluster } from './cluster.entity';
import { clusterList, clusterNode } from './cluster.node';
import { ClusterResolver } from './cluster.resolver';

export const clusterModule = defineModule({
  name: 'cluster',
  entities: [Cluster],
  resolvers: [ClusterResolver],
  nodes: [clusterNode],
  lists: [clusterList],
  scope: {
    Cluster: inProvince('province'),
  },
});
