import type { ListDescription } from '../kernel/read/list-description';
import { agentContractList } from './agent-contract/agent-contract.node';
import { clusterList } from './cluster/cluster.node';
import { agencyAssessmentList } from './agency-assessment/agency-assessment.node';
import { apiKeyList } from './api-key/api-key.node';
import { auditEventList } from './audit/audit.node';
import { budgetAdjustmentList } from './budget-adjustment/budget-adjustment.node';
import { periodicReportList } from './periodic-report/periodic-report.node';
import { executiveAgencyList } from './executive-agency/executive-agency.node';
import { personList } from './person/person.node';
import { provinceList } from './province/province.node';
import { progressReportList, reportingObligationList } from './reporting/reporting.node';
import { resolutionList } from './resolution/resolution.node';
import { supervisorAppointmentList } from './supervisor-appointment/supervisor-appointment.node';
import { workingGroupList } from './working-group/working-group.node';
import { developmentPlanList } from './development-plan/development-plan.node';
import { disputeList } from './dispute/dispute.node';
import { supervisorReviewList } from './supervisor-review/supervisor-review.node';

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
  personList,
  executiveAgencyList,
  agentContractList,
  supervisorAppointmentList,
  resolutionList,
  developmentPlanList,
  progressReportList,
  supervisorReviewList,
  disputeList,
];
