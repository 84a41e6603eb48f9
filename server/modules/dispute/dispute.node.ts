import { childrenOf, computed, describeNode } from '../../kernel/read/node-description';
import { relations } from '../relations';
import { isSettled } from './dispute.rules';
import { registerEnumType } from 'type-graphql';
import { describeList, idsFilter, orderBy, provinceCodesFilter, provinceOfCluster, valuesFilter } from '../../kernel/read/list-description';
import { DisputeConnection } from '../connections';
import { DisputeState } from './dispute.entity';

export const disputeNode = describeNode('Dispute', {
  settled: computed((alias) => `${alias}."state"`, (state) => isSettled(state as DisputeState)),
  parties: childrenOf(relations.disputeParties),
  steps: childrenOf(relations.disputeSteps),
});

export enum DisputeOrderField {
  RAISED_ON = 'RAISED_ON',
  SUBJECT = 'SUBJECT',
}
registerEnumType(DisputeOrderField, { name: 'DisputeOrderField', description: 'Fields disputes can be sorted on.' });

const clusterOf = (t: string) => `${t}."cluster_id"`;
const stateOf = (t: string) => `${t}."state"`;

export const disputeList = describeList({
  type: 'Dispute',
  connection: DisputeConnection,
  query: { name: 'disputes', description: 'Disagreements between elements of cluster development (Art. 4-5).' },
  filter: {
    name: 'DisputeFilter',
    description: 'Conditions on disputes; all given conditions must hold.',
    argument: 'Conditions on disputes.',
    fields: {
      clusterIds: idsFilter('Cluster', 'Cluster ids.', clusterOf),
      provinceIds: idsFilter('Province', "Ids of the clusters' provinces.", provinceOfCluster(clusterOf)),
      provinceCodes: provinceCodesFilter("ISO 3166-2 codes of the clusters' provinces.", provinceOfCluster(clusterOf)),
      statuses: valuesFilter(() => [DisputeState], 'States.', stateOf),
      states: valuesFilter(() => [DisputeState], 'States.', stateOf, { deprecationReason: 'Use `statuses`.' }),
      forumIds: idsFilter('WorkingGroup', 'Ids of the working groups hearing them.', (t) => `${t}."forum_id"`),
    },
  },
  order: {
    name: 'DisputeOrder',
    enum: DisputeOrderField,
    default: DisputeOrderField.RAISED_ON,
    argument: 'Order (default RAISED_ON ASC).',
    orderings: {
      RAISED_ON: orderBy('date', (t) => `${t}."raised_on"`),
      SUBJECT: orderBy('text', (t) => `${t}."subject"`),
    },
  },
});
