import { childrenOf, computed, describeNode, periodColumn, referenceBy } from '../../kernel/read/node-description';
import { relations } from '../relations';

const periodOf = periodColumn('period');

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
