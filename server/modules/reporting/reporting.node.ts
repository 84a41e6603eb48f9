import { registerEnumType } from 'type-graphql';
import { Period } from '../../kernel/period';
import { customFilter, describeList, equalsFilter, idsFilter, orderBy, provinceCodesFilter, provinceOfCluster, valuesFilter } from '../../kernel/read/list-description';
import { childrenOf, computed, describeNode, referenceBy } from '../../kernel/read/node-description';
import { PeriodLabelScalar } from '../../kernel/scalars';
import { ProgressReportConnection } from '../connections';
import { relations } from '../relations';

/** A quarter label column as the `Period` object. */
const periodOf = computed((alias) => `${alias}."period"`, (label) => Period.fromLabel(String(label)));

export const reportingObligationNode = describeNode('ReportingObligation', {
  // The same order of tests as `obligationStatus` in reporting.rules.ts.
  status: computed(
    (alias, env) =>
      `case when ${alias}."waived_on" is not null then 'WAIVED' ` +
      `when ${alias}."submitted_on" is not null then (case when ${alias}."submitted_on" <= ${alias}."due_on" then 'SUBMITTED_ON_TIME' else 'SUBMITTED_LATE' end) ` +
      `when ${env.today} <= ${alias}."period_ends_on" then 'PENDING' when ${env.today} <= ${alias}."due_on" then 'DUE' else 'OVERDUE' end`,
  ),
  period: periodOf,
  reports: childrenOf(relations.obligationReports),
});

export const progressReportNode = describeNode('ProgressReport', {
  period: periodOf,
  supersededBy: referenceBy('ProgressReport', (alias) => `(select s."id" from "progress_report" s where s."supersedes_id" = ${alias}."id")`),
  bottlenecks: childrenOf(relations.reportBottlenecks),
  indicatorActuals: childrenOf(relations.reportIndicatorActuals),
});

export enum ProgressReportOrderField {
  SUBMITTED_ON = 'SUBMITTED_ON',
  PERIOD = 'PERIOD',
}
registerEnumType(ProgressReportOrderField, { name: 'ProgressReportOrderField', description: 'Fields progress reports can be sorted on.' });

const reportClusterOf = (t: string) => `${t}."cluster_id"`;

/** The latest revision of a report: no later revision supersedes it (R5, Art. 4-1). */
const latestRevision = (t: string) => `not exists (select 1 from "progress_report" lr where lr."supersedes_id" = ${t}."id")`;

export const progressReportList = describeList({
  type: 'ProgressReport',
  connection: ProgressReportConnection,
  query: { name: 'progressReports', description: 'Quarterly progress reports (Art. 4-1).' },
  filter: {
    name: 'ProgressReportFilter',
    description: 'Conditions on progress reports; all given conditions must hold.',
    argument: 'Conditions on reports.',
    fields: {
      clusterIds: idsFilter('Cluster', 'Cluster ids.', reportClusterOf),
      provinceIds: idsFilter('Province', "Ids of the clusters' provinces.", provinceOfCluster(reportClusterOf)),
      provinceCodes: provinceCodesFilter("ISO 3166-2 codes of the clusters' provinces.", provinceOfCluster(reportClusterOf)),
      planIds: idsFilter('DevelopmentPlan', 'Plan ids.', (t) => `${t}."plan_id"`),
      periods: valuesFilter(() => [PeriodLabelScalar], 'Quarters reported on.', (t) => `${t}."period"`),
      madeProgress: equalsFilter(() => Boolean, 'Only reports of progress (true) or of no progress with bottlenecks (false).', (t) => `${t}."made_progress"`, 'boolean'),
      late: equalsFilter(() => Boolean, 'Only late (true) or timely (false) reports.', (t) => `${t}."late"`, 'boolean'),
      latestRevisionOnly: customFilter<boolean>(
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
    name: 'ProgressReportOrder',
    enum: ProgressReportOrderField,
    default: ProgressReportOrderField.SUBMITTED_ON,
    argument: 'Order (default SUBMITTED_ON ASC).',
    orderings: {
      SUBMITTED_ON: orderBy('date', (t) => `${t}."submitted_on"`),
      PERIOD: orderBy('text', (t) => `${t}."period"`),
    },
  },
});
