import type { ListDescription } from '../kernel/read/list-description';
import { agencyAssessmentList } from './agency-assessment/agency-assessment.node';
import { apiKeyList } from './api-key/api-key.node';
import { auditEventList } from './audit/audit.node';
import { budgetAdjustmentList } from './budget-adjustment/budget-adjustment.node';
import { periodicReportList } from './periodic-report/periodic-report.node';
import { provinceList } from './province/province.node';

/** The lists whose filters, orderings and root queries are generated from their descriptions. */
export const listDescriptions: readonly ListDescription[] = [
  provinceList,
  budgetAdjustmentList,
  agencyAssessmentList,
  periodicReportList,
  auditEventList,
  apiKeyList,
];
