import type { RelationSpec } from '../kernel/loaders';
import { AgencyAssessment } from './agency-assessment/agency-assessment.entity';
import { AgentContract } from './agent-contract/agent-contract.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { BudgetAdjustment } from './budget-adjustment/budget-adjustment.entity';
import { Cluster } from './cluster/cluster.entity';
import { DevelopmentPlan, PlanIndicator } from './development-plan/development-plan.entity';
import { Dispute, DisputeParty, DisputeStep } from './dispute/dispute.entity';
import { PeriodicReport } from './periodic-report/periodic-report.entity';
import { IndicatorActual, ProgressReport, ReportBottleneck, ReportingObligation } from './reporting/reporting.entity';
import { Resolution, ResolutionTarget } from './resolution/resolution.entity';
import { SupervisorAppointment } from './supervisor-appointment/supervisor-appointment.entity';
import { PlanAssessment, SupervisorReview } from './supervisor-review/supervisor-review.entity';
import { WorkingGroupMembership } from './working-group/working-group.entity';

/**
 * Every one-to-many and many-to-many relationship the API walks, read per parent in one statement
 * (kernel/loaders.ts). The SQL fragments are constants of the code, never client input.
 */
function children<T extends object>(
  name: string,
  entity: RelationSpec<T>['entity'],
  parentColumn: string,
  order: string,
  condition?: string,
): RelationSpec<T> {
  return { name, entity, parentColumn, order, condition };
}

/** Reports that a later revision has corrected are history: lists show the latest revision. */
const LATEST_REVISION = 'not exists (select 1 from "progress_report" later where later."supersedes_id" = t."id")';

export const relations = {
  provinceClusters: children('provinceClusters', Cluster, 'province_id', 't."name"'),
  workingGroupMemberships: children('workingGroupMemberships', WorkingGroupMembership, 'working_group_id', 't."role", t."starts_on" desc'),
  personMemberships: children('personMemberships', WorkingGroupMembership, 'person_id', 't."starts_on" desc'),
  workingGroupResolutions: children('workingGroupResolutions', Resolution, 'working_group_id', 't."adopted_on" desc'),
  workingGroupPlans: children('workingGroupPlans', DevelopmentPlan, 'decided_by_id', 't."decided_on" desc'),
  workingGroupAppointments: children('workingGroupAppointments', SupervisorAppointment, 'working_group_id', 't."starts_on" desc'),
  workingGroupDisputes: children('workingGroupDisputes', Dispute, 'forum_id', 't."raised_on" desc'),
  workingGroupBudgetAdjustments: children('workingGroupBudgetAdjustments', BudgetAdjustment, 'working_group_id', 't."decided_on" desc'),
  workingGroupAssessments: children('workingGroupAssessments', AgencyAssessment, 'working_group_id', 't."period" desc'),
  workingGroupPeriodicReports: children('workingGroupPeriodicReports', PeriodicReport, 'working_group_id', 't."period" desc'),
  agencyResolutions: children('agencyResolutions', Resolution, 'responsible_agency_id', 't."adopted_on" desc'),
  agencyPlans: children('agencyPlans', DevelopmentPlan, 'responsible_agency_id', 't."proposed_on" desc'),
  agencyContracts: children('agencyContracts', AgentContract, 'agency_id', 't."starts_on" desc'),
  agencyAssessments: children('agencyAssessments', AgencyAssessment, 'agency_id', 't."period" desc'),
  personAgentContracts: children('personAgentContracts', AgentContract, 'agent_id', 't."starts_on" desc'),
  personAppointments: children('personAppointments', SupervisorAppointment, 'supervisor_id', 't."starts_on" desc'),
  personExecutedPlans: children('personExecutedPlans', DevelopmentPlan, 'executor_id', 't."proposed_on" desc'),
  personReportsSubmitted: children('personReportsSubmitted', ProgressReport, 'submitted_by_id', 't."submitted_on" desc', LATEST_REVISION),
  personReportsReceived: children('personReportsReceived', ProgressReport, 'recipient_supervisor_id', 't."submitted_on" desc', LATEST_REVISION),
  personReviews: children('personReviews', SupervisorReview, 'supervisor_id', 't."reviewed_on" desc'),
  personObligations: children('personObligations', ReportingObligation, 'obligor_id', 't."period" desc'),
  clusterAgentContracts: children('clusterAgentContracts', AgentContract, 'cluster_id', 't."starts_on" desc'),
  clusterAppointments: children('clusterAppointments', SupervisorAppointment, 'cluster_id', 't."starts_on" desc'),
  clusterPlans: children('clusterPlans', DevelopmentPlan, 'cluster_id', 't."proposed_on" desc'),
  clusterResolutions: children('clusterResolutions', Resolution, 'cluster_id', 't."adopted_on" desc'),
  clusterObligations: children('clusterObligations', ReportingObligation, 'cluster_id', 't."period" desc'),
  clusterReports: children('clusterReports', ProgressReport, 'cluster_id', 't."submitted_on" desc', LATEST_REVISION),
  clusterReviews: children('clusterReviews', SupervisorReview, 'cluster_id', 't."reviewed_on" desc'),
  clusterDisputes: children('clusterDisputes', Dispute, 'cluster_id', 't."raised_on" desc'),
  appointmentReviews: children('appointmentReviews', SupervisorReview, 'appointment_id', 't."reviewed_on" desc'),
  contractObligations: children('contractObligations', ReportingObligation, 'agent_contract_id', 't."period" desc'),
  resolutionTargets: children('resolutionTargets', ResolutionTarget, 'resolution_id', 't."due_quarter", t."indicator"'),
  resolutionPlans: {
    name: 'resolutionPlans',
    entity: DevelopmentPlan,
    through: { table: 'plan_resolution', parentColumn: 'resolution_id', childColumn: 'plan_id' },
    order: 't."proposed_on" desc',
  } as RelationSpec<DevelopmentPlan>,
  planResolutions: {
    name: 'planResolutions',
    entity: Resolution,
    through: { table: 'plan_resolution', parentColumn: 'plan_id', childColumn: 'resolution_id' },
    order: 't."adopted_on" desc',
  } as RelationSpec<Resolution>,
  planIndicators: children('planIndicators', PlanIndicator, 'plan_id', 't."name"'),
  planObligations: children('planObligations', ReportingObligation, 'plan_id', 't."period" desc'),
  planReports: children('planReports', ProgressReport, 'plan_id', 't."submitted_on" desc', LATEST_REVISION),
  planAssessments: children('planAssessments', PlanAssessment, 'plan_id', 't."created_at" desc'),
  planBudgetAdjustments: children('planBudgetAdjustments', BudgetAdjustment, 'plan_id', 't."decided_on", t."created_at"'),
  indicatorActuals: children('indicatorActuals', IndicatorActual, 'indicator_id', 't."created_at" desc'),
  obligationReports: children('obligationReports', ProgressReport, 'obligation_id', 't."revision" desc'),
  reportBottlenecks: children('reportBottlenecks', ReportBottleneck, 'report_id', 't."category"'),
  reportIndicatorActuals: children('reportIndicatorActuals', IndicatorActual, 'report_id', 't."created_at"'),
  reviewAssessments: children('reviewAssessments', PlanAssessment, 'review_id', 't."created_at"'),
  reviewBudgetAdjustments: children('reviewBudgetAdjustments', BudgetAdjustment, 'basis_review_id', 't."decided_on"'),
  disputeParties: children('disputeParties', DisputeParty, 'dispute_id', 't."created_at"'),
  disputeSteps: children('disputeSteps', DisputeStep, 'dispute_id', 't."occurred_at"'),
  targetAuditEvents: children('targetAuditEvents', AuditEvent, 'target_id', 't."occurred_at" desc'),
};
