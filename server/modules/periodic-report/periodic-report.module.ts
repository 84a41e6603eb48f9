import { defineModule, NATIONAL } from '../../kernel/module';
import { PeriodicReport } from './periodic-report.entity';
import { periodicReportList, periodicReportNode } from './periodic-report.node';
import { PeriodicReportResolver } from './periodic-report.resolver';

export const periodicReportModule = defineModule({
  name: 'periodic-report',
  entities: [PeriodicReport],
  resolvers: [PeriodicReportResolver],
  nodes: [periodicReportNode],
  lists: [periodicReportList],
  scope: {
    PeriodicReport: NATIONAL,
  },
});
