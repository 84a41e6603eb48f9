import { ErrorCode } from '../../kernel/errors';
import { defineModule, inProvince } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { Cluster } from './cluster.entity';
import { clusterList, clusterNode } from './cluster.node';
import { clusterResolvers } from './cluster.resolver';

export const clusterModule = defineModule({
  name: 'cluster',
  entities: [Cluster],
  resolvers: clusterResolvers,
  nodes: [clusterNode],
  lists: [clusterList],
  scope: {
    Cluster: inProvince('province'),
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    cluster_province_search_name_unique: () =>
      violation(ErrorCode.CONFLICT, 'The province already has a cluster with this Persian name.', 'House rule', ['input', 'nameFa']),
  },
});
