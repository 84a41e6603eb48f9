import { connectionType } from '../../kernel/pagination';
import { measure, nodeGrouping, periodGrouping } from '../../kernel/read/aggregate-description';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import type { ComputeEnvironment } from '../../kernel/read/node-description';
import { childrenOf, describeNode, periodColumn } from '../../kernel/read/node-description';
import { PeriodLabelScalar } from '../../kernel/scalars';
import { BudgetAdjustment } from '../budget-adjustment/budget-adjustment.entity';
import { byCluster, byClusterProvince, byClusterSector } from '../cluster/cluster.groupings';
import { Person } from '../person/person.entity';
import { PlanAssessment, SupervisorReview } from './supervisor-review.entity';

/** Relay connection types of the module's node types. */
export const SupervisorReviewConnection = connectionType(SupervisorReview, 'SupervisorReview', 'supervisor review');
export const PlanAssessmentConnection = connectionType(PlanAssessment, 'PlanAssessment', 'plan assessment');

export const supervisorReviewNode = describeNode(SupervisorReview, {
  period: periodColumn('period'),
  planAssessments: childrenOf(PlanAssessment, { parentColumn: 'review_id', order: 't."created_at"' }, 'Assessment of each reviewed plan.'),
  budgetAdjustments: childrenOf(
    BudgetAdjustment,
    { parentColumn: 'basis_review_id', order: 't."decided_on"' },
    'Budget adjustments decided on the strength of this review.',
  ),
});

const clusterOf = (t: string) => `${t}."cluster_id"`;

export const supervisorReviewList = describeList({
  type: 'SupervisorReview',
  query: { name: 'supervisorReviews', description: "Supervisors' reviews of performance and economic return (Art. 4-3)." },
  filter: {
    on: 'supervisor reviews',
    argument: 'Conditions on reviews.',
    fields: {
      clusterIds: filter.ids('Cluster', 'Cluster ids.', clusterOf),
      ...filter.province(filter.provinceOfCluster(clusterOf), "the clusters' provinces"),
      supervisorIds: filter.ids('Person', 'Person ids of the supervisors.', (t) => `${t}."supervisor_id"`),
      periods: filter.values(
        () => [PeriodLabelScalar],
        'Quarters reviewed.',
        (t) => `${t}."period"`,
      ),
      period: filter.periodRange('Quarters reviewed, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }.', (t) => `${t}."period"`),
    },
  },
  order: {
    on: 'reviews',
    default: 'REVIEWED_ON',
    nested: 't."reviewed_on" desc',
    orderings: {
      REVIEWED_ON: orderBy('date', (t) => `${t}."reviewed_on"`),
      PERIOD: orderBy('text', (t) => `${t}."period"`),
    },
  },
  aggregates: {
    query: 'supervisorReviewAggregates',
    description:
      "Supervisors' reviews grouped by province, sector, cluster, supervisor or quarter (or the cross of two), with the plans' " +
      'scores and economic return. Takes the filter of `supervisorReviews`; counts only what the viewer may read.',
    groupings: {
      province: byClusterProvince(clusterOf),
      isicCode: byClusterSector(clusterOf),
      cluster: byCluster('The reviewed cluster.', clusterOf),
      supervisor: nodeGrouping(
        () => Person,
        { name: 'Person', table: 'person', sortColumn: 'full_name_latin' },
        'The supervisor.',
        (t) => `${t}."supervisor_id"`,
      ),
      quarter: periodGrouping('The quarter reviewed.', (t) => `${t}."period"`),
    },
    measures: {
      performanceScore: measure('decimal', "Average performance score (0–100) of the review's plan assessments.", (t, env) =>
        assessments(t, env, 'avg(ga."performance_score")::numeric'),
      ),
      exportValue: measure('money', 'Export value stated by the review, over its plans, in rials.', (t, env) =>
        assessments(t, env, 'sum(ga."export_value")'),
      ),
      jobsCreated: measure('integer', 'Jobs created stated by the review, over its plans.', (t, env) =>
        assessments(t, env, 'sum(ga."jobs_created")'),
      ),
      investment: measure('money', 'Investment stated by the review, over its plans, in rials.', (t, env) =>
        assessments(t, env, 'sum(ga."investment")'),
      ),
    },
  },
});

/** An aggregate of the plan assessments of the review aliased `t` that the viewer may read. */
function assessments(t: string, env: ComputeEnvironment, aggregate: string): string {
  const scope = env.scope('PlanAssessment', 'ga');
  return `(select ${aggregate} from "plan_assessment" ga where ga."review_id" = ${t}."id"${scope ? ` and ${scope}` : ''})`;
}
