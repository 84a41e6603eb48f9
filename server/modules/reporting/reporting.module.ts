import { ReportingComplianceResolver } from './reporting.compliance';
import { defineModule, inProvince } from '../../kernel/module';
import { IndicatorActual, ProgressReport, ReportBottleneck, ReportingObligation } from './reporting.entity';
import { progressReportList, progressReportNode, reportingObligationList, reportingObligationNode } from './reporting.node';
import { IndicatorActualResolver, PlanIndicatorGapResolver, ProgressReportResolver, ReportBottleneckResolver, ReportingObligationResolver, ResolutionTargetGapResolver } from './reporting.resolver';

export const reportingModule = defineModule({
  name: 'reporting',
  entities: [IndicatorActual, ProgressReport, ReportBottleneck, ReportingObligation],
  resolvers: [IndicatorActualResolver, ReportingComplianceResolver, PlanIndicatorGapResolver, ProgressReportResolver, ReportBottleneckResolver, ReportingObligationResolver, ResolutionTargetGapResolver],
  nodes: [progressReportNode, reportingObligationNode],
  lists: [progressReportList, reportingObligationList],
  scope: {
    IndicatorActual: inProvince('report.cluster.province'),
    ProgressReport: inProvince('cluster.province'),
    ReportBottleneck: inProvince('report.cluster.province'),
    ReportingObligation: inProvince('cluster.province'),
  },
});
