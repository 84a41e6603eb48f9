import { checkListSize } from '../../kernel/list-inputs';
import { connectionType } from '../../kernel/pagination';
import { type Grouping, measure, periodGrouping, valueGrouping } from '../../kernel/read/aggregate-description';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, computed, describeNode, periodColumn, referenceBy } from '../../kernel/read/node-description';
import { PeriodLabelScalar } from '../../kernel/scalars';
import { byCluster, byClusterProvince } from '../cluster/cluster.groupings';
import { byAgency } from '../executive-agency/executive-agency.groupings';
import { ObligationKind, ObligationStatus } from './reporting.entity';
import { IndicatorActual, ProgressReport, ReportBottleneck, ReportingObligation } from './reporting.entity';
import { obligationStatusConditionSql, obligationStatusSql } from './reporting.rules';

/** Relay connection types of the module's node types. */
export const ReportingObligationConnection = connectionType(ReportingObligation, 'ReportingObligation', 'reporting obligation');
export const ProgressReportConnection = connectionType(ProgressReport, 'ProgressReport', 'progress report');
export const ReportBottleneckConnection = connectionType(ReportBottleneck, 'ReportBottleneck', 'report bottleneck');
export const IndicatorActualConnection = connectionType(IndicatorActual, 'IndicatorActual', 'indicator actual');

const periodOf = periodColumn('period');

export const reportingObligationNode = describeNode(ReportingObligation, {
  status: computed((alias, env) => obligationStatusSql(alias, env.today)),
  period: periodOf,
  reports: childrenOf(
    ProgressReport,
    { parentColumn: 'obligation_id', order: 't."revision" desc' },
    'Reports sent for this obligation, latest revision first.',
  ),
});

export const progressReportNode = describeNode(ProgressReport, {
  period: periodOf,
  supersededBy: referenceBy(
    'ProgressReport',
    (alias) => `(select s."id" from "progress_report" s where s."supersedes_id" = ${alias}."id")`,
  ),
  bottlenecks: childrenOf(
    ReportBottleneck,
    { parentColumn: 'report_id', order: 't."category"' },
    'Reasons and bottlenecks that prevented progress.',
  ),
  indicatorActuals: childrenOf(
    IndicatorActual,
    { parentColumn: 'report_id', order: 't."created_at"' },
    "Actual values of the plan's indicators.",
  ),
});

/** The province of the obligation's cluster. */
const clusterProvince = filter.provinceOfCluster((t) => `${t}."cluster_id"`);

export const reportingObligationList = describeList({
  type: 'ReportingObligation',
  query: { name: 'reportingObligations', description: 'Quarterly reports owed by agents and plan executors (Art. 4-1).' },
  filter: {
    on: 'reporting obligations',
    argument: 'Conditions on obligations.',
    fields: {
      clusterIds: filter.ids('Cluster', 'Cluster ids.', (t) => `${t}."cluster_id"`),
      ...filter.province(clusterProvince, "the clusters' provinces"),
      planIds: filter.ids('DevelopmentPlan', 'Plan ids.', (t) => `${t}."plan_id"`),
      obligorIds: filter.ids('Person', 'Person ids of the obligors.', (t) => `${t}."obligor_id"`),
      kind: filter.equals(
        () => ObligationKind,
        'Agent or plan-executor obligations.',
        (t) => `${t}."kind"`,
        'text',
      ),
      periods: filter.values(
        () => [PeriodLabelScalar],
        'Quarters, e.g. ["1403-Q4", "1404-Q1"].',
        (t) => `${t}."period"`,
      ),
      period: filter.periodRange('Quarters owed, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }.', (t) => `${t}."period"`),
      statuses: filter.custom(
        () => [ObligationStatus],
        'Statuses as of today.',
        (statuses: ObligationStatus[], t, { env }, path) => {
          const chosen = checkListSize(statuses, path)!;
          return chosen.length > 0
            ? chosen.map((status) => `(${obligationStatusConditionSql(status, t, env.today)})`).join(' or ')
            : 'false';
        },
      ),
    },
  },
  order: {
    on: 'reporting obligations',
    default: 'PERIOD',
    nested: 't."period" desc',
    orderings: {
      PERIOD: orderBy('text', (t) => `${t}."period"`),
      DUE_ON: orderBy('date', (t) => `${t}."due_on"`),
    },
  },
  aggregates: {
    query: 'reportingObligationAggregates',
    description:
      'Reporting obligations grouped by province, cluster, agency, obligor kind, status or quarter (or the cross of two); ' +
      'e.g. clusters with two or more overdue obligations. Takes the filter of `reportingObligations`; counts only what the viewer may read.',
    groupings: obligationGroupings(),
    measures: {
      daysLate: measure(
        'integer',
        'Days after the due date the first report arrived, for reports sent late.',
        (t) => `(case when ${t}."submitted_late" then ${t}."submitted_on" - ${t}."due_on" end)`,
      ),
    },
  },
});

/**
 * The agency an obligation is reported to account for: the plan's responsible agency, or the
 * contracting agency of the agent's contract (docs/domain.md §7).
 */
export function obligationAgencyId(t: string): string {
  return (
    `coalesce((select gp."responsible_agency_id" from "development_plan" gp where gp."id" = ${t}."plan_id"), ` +
    `(select ga."agency_id" from "agent_contract" ga where ga."id" = ${t}."agent_contract_id"))`
  );
}

/** The keys obligations are grouped by, in aggregates and in reporting compliance. */
export function obligationGroupings(): Record<string, Grouping> {
  return {
    province: byClusterProvince((t) => `${t}."cluster_id"`),
    cluster: byCluster('The cluster the report is owed for.', (t) => `${t}."cluster_id"`),
    agency: byAgency("The plan's responsible agency, or the agent contract's contracting agency.", obligationAgencyId),
    obligorKind: valueGrouping(
      () => ObligationKind,
      'Agent or plan-executor obligations.',
      (t) => `${t}."kind"`,
    ),
    status: valueGrouping(
      () => ObligationStatus,
      'Status as of today.',
      (t, env) => `(${obligationStatusSql(t, env.today)})`,
    ),
    quarter: periodGrouping('The quarter reported on.', (t) => `${t}."period"`),
  };
}

const reportClusterOf = (t: string) => `${t}."cluster_id"`;

/** The latest revision of a report: no later revision supersedes it (R5, Art. 4-1). */
const latestRevision = (t: string) => `not exists (select 1 from "progress_report" lr where lr."supersedes_id" = ${t}."id")`;

export const progressReportList = describeList({
  type: 'ProgressReport',
  query: { name: 'progressReports', description: 'Quarterly progress reports (Art. 4-1).' },
  filter: {
    on: 'progress reports',
    argument: 'Conditions on reports.',
    fields: {
      clusterIds: filter.ids('Cluster', 'Cluster ids.', reportClusterOf),
      ...filter.province(filter.provinceOfCluster(reportClusterOf), "the clusters' provinces"),
      planIds: filter.ids('DevelopmentPlan', 'Plan ids.', (t) => `${t}."plan_id"`),
      periods: filter.values(
        () => [PeriodLabelScalar],
        'Quarters reported on.',
        (t) => `${t}."period"`,
      ),
      period: filter.periodRange('Quarters reported on, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }.', (t) => `${t}."period"`),
      madeProgress: filter.equals(
        () => Boolean,
        'Only reports of progress (true) or of no progress with bottlenecks (false).',
        (t) => `${t}."made_progress"`,
        'boolean',
      ),
      late: filter.equals(
        () => Boolean,
        'Only late (true) or timely (false) reports.',
        (t) => `${t}."late"`,
        'boolean',
      ),
      latestRevisionOnly: filter.custom<boolean>(
        () => Boolean,
        'Only the latest revision of each report (true, default) or every revision (false).',
        (only, t) => (only ? latestRevision(t) : 'true'),
      ),
    },
  },
  // The default of `latestRevisionOnly`: unless the filter itself sets it, only latest revisions are
  // listed. Inside `and`, `or` and `not` the field is a plain condition; the default is the list's.
  baseCondition: (filter, t) => (filter?.latestRevisionOnly == null ? latestRevision(t) : 'true'),
  order: {
    on: 'progress reports',
    default: 'SUBMITTED_ON',
    nested: 't."submitted_on" desc',
    orderings: {
      SUBMITTED_ON: orderBy('date', (t) => `${t}."submitted_on"`),
      PERIOD: orderBy('text', (t) => `${t}."period"`),
    },
  },
  aggregates: {
    query: 'progressReportAggregates',
    description:
      'Progress reports (latest revisions unless the filter says otherwise) grouped by province, cluster, agency, quarter, ' +
      'progress or lateness (or the cross of two). Takes the filter of `progressReports`; counts only what the viewer may read.',
    groupings: {
      province: byClusterProvince(reportClusterOf),
      cluster: byCluster('The cluster reported on.', reportClusterOf),
      agency: byAgency(
        "The plan's responsible agency, or the agent contract's contracting agency.",
        (t) => `(select ${obligationAgencyId('go')} from "reporting_obligation" go where go."id" = ${t}."obligation_id")`,
      ),
      quarter: periodGrouping('The quarter reported on.', (t) => `${t}."period"`),
      madeProgress: valueGrouping(
        () => Boolean,
        'Progress made (true) or not, with bottlenecks (false).',
        (t) => `${t}."made_progress"`,
      ),
      late: valueGrouping(
        () => Boolean,
        'Sent after the due date.',
        (t) => `${t}."late"`,
      ),
    },
    measures: {
      percentComplete: measure('decimal', 'Percent complete stated by reports of progress.', (t) => `${t}."percent_complete"`),
    },
  },
});
