import { connectionType, SortDirection } from '../../kernel/pagination';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { describeNode, periodColumn } from '../../kernel/read/node-description';
import { PeriodLabelScalar } from '../../kernel/scalars';
import { PeriodicReport, PeriodicReportStatus } from './periodic-report.entity';

/** Relay connection types of the module's node types. */
export const PeriodicReportConnection = connectionType(PeriodicReport, 'PeriodicReport', 'periodic report');

export const periodicReportNode = describeNode(PeriodicReport, {
  period: periodColumn('period'),
});

export const periodicReportList = describeList({
  type: 'PeriodicReport',
  query: {
    name: 'periodicReports',
    description: "Secretariats' periodic reports to the authorities, latest quarter first (closing article).",
  },
  filter: {
    on: 'periodic reports',
    argument: 'Conditions on reports.',
    fields: {
      periods: filter.values(
        () => [PeriodLabelScalar],
        'Quarters reported.',
        (t) => `${t}."period"`,
      ),
      period: filter.periodRange('Quarters reported, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }.', (t) => `${t}."period"`),
      statuses: filter.values(
        () => [PeriodicReportStatus],
        'Draft, issued, or both.',
        (t) => `${t}."status"`,
      ),
      status: filter.equals(
        () => PeriodicReportStatus,
        'Draft or issued.',
        (t) => `${t}."status"`,
        'text',
        { deprecationReason: 'Use `statuses`.' },
      ),
    },
  },
  order: {
    on: 'periodic reports',
    default: 'PERIOD',
    defaultDirection: SortDirection.DESC,
    nested: 't."period" desc',
    argument: 'Order (default PERIOD DESC: latest quarter first).',
    orderings: {
      PERIOD: orderBy('text', (t) => `${t}."period"`),
    },
  },
});
