import { ErrorCode } from '../../kernel/errors';
import { defineModule, NATIONAL } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { PeriodicReport } from './periodic-report.entity';
import { periodicReportList, periodicReportNode } from './periodic-report.node';
import { periodicReportResolvers } from './periodic-report.resolver';

export const periodicReportModule = defineModule({
  name: 'periodic-report',
  entities: [PeriodicReport],
  resolvers: periodicReportResolvers,
  nodes: [periodicReportNode],
  lists: [periodicReportList],
  scope: {
    PeriodicReport: NATIONAL,
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    periodic_report_unique: () =>
      violation(ErrorCode.INVALID_TRANSITION, 'The periodic report for this quarter was issued at the same moment.', 'Closing'),
  },
});
