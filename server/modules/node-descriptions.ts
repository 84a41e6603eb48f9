import type { NodeDescription } from '../kernel/read/node-description';
import { agencyAssessmentNode } from './agency-assessment/agency-assessment.node';
import { agentContractNode } from './agent-contract/agent-contract.node';
import { auditEventNode } from './audit/audit.node';
import { budgetAdjustmentNode } from './budget-adjustment/budget-adjustment.node';
import { clusterNode } from './cluster/cluster.node';
import { developmentPlanNode, planIndicatorNode } from './development-plan/development-plan.node';
import { disputeNode } from './dispute/dispute.node';
import { executiveAgencyNode } from './executive-agency/executive-agency.node';
import { periodicReportNode } from './periodic-report/periodic-report.node';
import { personNode } from './person/person.node';
import { provinceNode } from './province/province.node';
import { progressReportNode, reportingObligationNode } from './reporting/reporting.node';
import { resolutionNode, resolutionTargetNode } from './resolution/resolution.node';
import { supervisorAppointmentNode } from './supervisor-appointment/supervisor-appointment.node';
import { supervisorReviewNode } from './supervisor-review/supervisor-review.node';
import { workingGroupNode } from './working-group/working-group.node';

/**
 * The node descriptions the read engine answers from (kernel/read). A type or field not described
 * here and not a plain column or reference is still read by its resolver.
 */
export const nodeDescriptions: readonly NodeDescription[] = [
  provinceNode,
  personNode,
  workingGroupNode,
  clusterNode,
  developmentPlanNode,
  planIndicatorNode,
  reportingObligationNode,
  progressReportNode,
  executiveAgencyNode,
  agentContractNode,
  supervisorAppointmentNode,
  resolutionNode,
  resolutionTargetNode,
  supervisorReviewNode,
  disputeNode,
  budgetAdjustmentNode,
  agencyAssessmentNode,
  periodicReportNode,
  auditEventNode,
];
