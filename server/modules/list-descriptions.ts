import type { ListDescription } from '../kernel/read/list-description';
import { clusterList } from './cluster/cluster.node';
import { agencyAssessmentList } from './agency-assessment/agency-assessment.node';
import { apiKeyList } from './api-key/api-key.node';
import { auditEventList } from './audit/audit.node';
import { budgetAdjustmentList } from './budget-adjustment/budget-adjustment.node';
import { periodicReportList } from './periodic-report/periodic-report.node';
import { provinceList } from './province/province.node';
import { reportingObligationList } from './reporting/reporting.node';
import { workingGroupList } from './working-group/working-group.node';

/** The lists whose filters, orderings and root queries are generated from their descriptions. */
export const listDescriptions: readonly ListDescription[] = [
  provinceList,
  workingGroupList,
  clusterList,
  reportingObligationList,
  budgetAdjustmentList,
  agencyAssessmentList,
  periodicReportList,
  auditEventList,
  apiKeyList,
];
