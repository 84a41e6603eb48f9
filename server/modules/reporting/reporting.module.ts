import { ErrorCode } from '../../kernel/errors';
import { defineModule, inProvince } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { ReportingComplianceResolver } from './reporting.compliance';
import { IndicatorActual, ProgressReport, ReportBottleneck, ReportingObligation } from './reporting.entity';
import { progressReportList, progressReportNode, reportingObligationList, reportingObligationNode } from './reporting.node';
import { reportingResolvers } from './reporting.resolver';

export const reportingModule = defineModule({
  name: 'reporting',
  entities: [IndicatorActual, ProgressReport, ReportBottleneck, ReportingObligation],
  resolvers: [ReportingComplianceResolver, ...reportingResolvers],
  nodes: [progressReportNode, reportingObligationNode],
  lists: [progressReportList, reportingObligationList],
  scope: {
    IndicatorActual: inProvince('report.cluster.province'),
    ProgressReport: inProvince('cluster.province'),
    ReportBottleneck: inProvince('report.cluster.province'),
    ReportingObligation: inProvince('cluster.province'),
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    progress_report_revision_unique: () =>
      violation(
        ErrorCode.REPORT_ALREADY_SUBMITTED,
        'A report with this revision number was sent for the obligation at the same moment.',
        'Art. 4-1',
      ),
  },
});
