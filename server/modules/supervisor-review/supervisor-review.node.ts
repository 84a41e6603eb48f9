import { childrenOf, describeNode, periodColumn } from '../../kernel/read/node-description';
import { registerEnumType } from 'type-graphql';
import { describeList, idsFilter, orderBy, provinceCodesFilter, provinceOfCluster, valuesFilter, periodRangeFilter } from '../../kernel/read/list-description';
import { PeriodLabelScalar } from '../../kernel/scalars';
import { BudgetAdjustment } from '../budget-adjustment/budget-adjustment.entity';
import { PlanAssessment, SupervisorReview } from './supervisor-review.entity';
import { connectionType } from '../../kernel/pagination';

/** Relay connection types of the module's node types. */
export const SupervisorReviewConnection = connectionType(SupervisorReview, 'SupervisorReview', 'supervisor review');
export const PlanAssessmentConnection = connectionType(PlanAssessment, 'PlanAssessment', 'plan assessment');

export const supervisorReviewNode = describeNode(SupervisorReview, {
  period: periodColumn('period'),
  planAssessments: childrenOf(PlanAssessment, { parentColumn: 'review_id', order: 't."created_at"' }, 'Assessment of each reviewed plan.'),
  budgetAdjustments: childrenOf(BudgetAdjustment, { parentColumn: 'basis_review_id', order: 't."decided_on"' }, 'Budget adjustments decided on the strength of this review.'),
});

export enum SupervisorReviewOrderField {
  REVIEWED_ON = 'REVIEWED_ON',
  PERIOD = 'PERIOD',
}
registerEnumType(SupervisorReviewOrderField, { name: 'SupervisorReviewOrderField', description: 'Fields reviews can be sorted on.' });

const clusterOf = (t: string) => `${t}."cluster_id"`;

export const supervisorReviewList = describeList({
  type: 'SupervisorReview',
  connection: SupervisorReviewConnection,
  query: { name: 'supervisorReviews', description: "Supervisors' reviews of performance and economic return (Art. 4-3)." },
  filter: {
    name: 'SupervisorReviewFilter',
    description: 'Conditions on supervisor reviews; all given conditions must hold.',
    argument: 'Conditions on reviews.',
    fields: {
      clusterIds: idsFilter('Cluster', 'Cluster ids.', clusterOf),
      provinceIds: idsFilter('Province', "Ids of the clusters' provinces.", provinceOfCluster(clusterOf)),
      provinceCodes: provinceCodesFilter("ISO 3166-2 codes of the clusters' provinces.", provinceOfCluster(clusterOf)),
      supervisorIds: idsFilter('Person', 'Person ids of the supervisors.', (t) => `${t}."supervisor_id"`),
      periods: valuesFilter(() => [PeriodLabelScalar], 'Quarters reviewed.', (t) => `${t}."period"`),
      period: periodRangeFilter('Quarters reviewed, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }.', (t) => `${t}."period"`),
    },
  },
  order: {
    name: 'SupervisorReviewOrder',
    enum: SupervisorReviewOrderField,
    default: SupervisorReviewOrderField.REVIEWED_ON,
    argument: 'Order (default REVIEWED_ON ASC).',
    orderings: {
      REVIEWED_ON: orderBy('date', (t) => `${t}."reviewed_on"`),
      PERIOD: orderBy('text', (t) => `${t}."period"`),
    },
  },
});
