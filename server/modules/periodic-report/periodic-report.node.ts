import { describeNode, periodColumn } from '../../kernel/read/node-description';

export const periodicReportNode = describeNode('PeriodicReport', {
  period: periodColumn('period'),
});
