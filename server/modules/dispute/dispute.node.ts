import { connectionType } from '../../kernel/pagination';
import { measure, periodGrouping, quarterOfDaySql, valueGrouping } from '../../kernel/read/aggregate-description';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, computed, describeNode } from '../../kernel/read/node-description';
import { byCluster, byClusterProvince, byClusterSector } from '../cluster/cluster.groupings';
import { byWorkingGroup } from '../working-group/working-group.groupings';
import { DisputeState } from './dispute.entity';
import { Dispute, DisputeParty, DisputeStep } from './dispute.entity';
import { isSettled } from './dispute.rules';

/** Relay connection types of the module's node types. */
export const DisputeConnection = connectionType(Dispute, 'Dispute', 'dispute');
export const DisputePartyConnection = connectionType(DisputeParty, 'DisputeParty', 'dispute party');
export const DisputeStepConnection = connectionType(DisputeStep, 'DisputeStep', 'dispute step');

export const disputeNode = describeNode(Dispute, {
  settled: computed(
    (alias) => `${alias}."state"`,
    (state) => isSettled(state as DisputeState),
  ),
  parties: childrenOf(DisputeParty, { parentColumn: 'dispute_id', order: 't."created_at"' }, 'The parties.'),
  steps: childrenOf(
    DisputeStep,
    { parentColumn: 'dispute_id', order: 't."occurred_at"' },
    'Every step, in order, with actor, time and decision.',
  ),
});

const clusterOf = (t: string) => `${t}."cluster_id"`;
const stateOf = (t: string) => `${t}."state"`;

export const disputeList = describeList({
  type: 'Dispute',
  query: { name: 'disputes', description: 'Disagreements between elements of cluster development (Art. 4-5).' },
  filter: {
    on: 'disputes',
    argument: 'Conditions on disputes.',
    fields: {
      clusterIds: filter.ids('Cluster', 'Cluster ids.', clusterOf),
      ...filter.province(filter.provinceOfCluster(clusterOf), "the clusters' provinces"),
      statuses: filter.values(() => [DisputeState], 'States.', stateOf),
      states: filter.values(() => [DisputeState], 'States.', stateOf, { deprecationReason: 'Use `statuses`.' }),
      forumIds: filter.ids('WorkingGroup', 'Ids of the working groups hearing them.', (t) => `${t}."forum_id"`),
    },
  },
  order: {
    on: 'disputes',
    default: 'RAISED_ON',
    nested: 't."raised_on" desc',
    orderings: {
      RAISED_ON: orderBy('date', (t) => `${t}."raised_on"`),
      SUBJECT: orderBy('text', (t) => `${t}."subject"`),
    },
  },
  aggregates: {
    query: 'disputeAggregates',
    description:
      'Disputes grouped by province, sector, cluster, state, forum or quarter raised (or the cross of two). ' +
      'Takes the filter of `disputes`; counts only what the viewer may read.',
    groupings: {
      province: byClusterProvince(clusterOf),
      isicCode: byClusterSector(clusterOf),
      cluster: byCluster('The cluster in dispute.', clusterOf),
      status: valueGrouping(() => DisputeState, 'State (Art. 4-5).', stateOf),
      forum: byWorkingGroup('The working group hearing the dispute.', (t) => `${t}."forum_id"`),
      quarter: periodGrouping('Quarter the dispute was raised in.', (t) => quarterOfDaySql(`${t}."raised_on"`)),
    },
    measures: {
      daysToResolve: measure(
        'integer',
        'Days from raising to the final decision, for resolved disputes.',
        (t) => `(${t}."resolved_on" - ${t}."raised_on")`,
      ),
    },
  },
});
