import { AgencyAssessment } from './agency-assessment/agency-assessment.entity';
import { ApiKey } from './api-key/api-key.entity';
import { AgentContract } from './agent-contract/agent-contract.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { BudgetAdjustment } from './budget-adjustment/budget-adjustment.entity';
import { Cluster } from './cluster/cluster.entity';
import { DevelopmentPlan, PlanIndicator, PlanResolution } from './development-plan/development-plan.entity';
import { Dispute, DisputeParty, DisputeStep } from './dispute/dispute.entity';
import { ExecutiveAgency } from './executive-agency/executive-agency.entity';
import { IdempotencyKey } from './idempotency/idempotency-key.entity';
import { PeriodicReport } from './periodic-report/periodic-report.entity';
import { Person } from './person/person.entity';
import { Province } from './province/province.entity';
import { IndicatorActual, ProgressReport, ReportBottleneck, ReportingObligation } from './reporting/reporting.entity';
import { Resolution, ResolutionTarget } from './resolution/resolution.entity';
import { SupervisorAppointment } from './supervisor-appointment/supervisor-appointment.entity';
import { PlanAssessment, SupervisorReview } from './supervisor-review/supervisor-review.entity';
import { WorkingGroup, WorkingGroupMembership } from './working-group/working-group.entity';

/** Every entity, listed explicitly: discovery never depends on file globs or the transpiler. */
export const entities = [
  Province,
  ExecutiveAgency,
  Person,
  WorkingGroup,
  WorkingGroupMembership,
  Cluster,
  AgentContract,
  SupervisorAppointment,
  Resolution,
  ResolutionTarget,
  DevelopmentPlan,
  PlanIndicator,
  PlanResolution,
  ReportingObligation,
  ProgressReport,
  ReportBottleneck,
  IndicatorActual,
  SupervisorReview,
  PlanAssessment,
  Dispute,
  DisputeParty,
  DisputeStep,
  BudgetAdjustment,
  AgencyAssessment,
  PeriodicReport,
  AuditEvent,
  ApiKey,
  IdempotencyKey,
];
