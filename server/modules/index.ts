import type { ClassType } from 'type-graphql';

import type { ModuleManifest, ScopeRule } from '../kernel/module';
import { agencyAssessmentModule } from './agency-assessment/agency-assessment.module';
import { agentContractModule } from './agent-contract/agent-contract.module';
import { apiKeyModule } from './api-key/api-key.module';
import { auditModule } from './audit/audit.module';
import { budgetAdjustmentModule } from './budget-adjustment/budget-adjustment.module';
import { clusterModule } from './cluster/cluster.module';
import { developmentPlanModule } from './development-plan/development-plan.module';
import { disputeModule } from './dispute/dispute.module';
import { executiveAgencyModule } from './executive-agency/executive-agency.module';
import { idempotencyModule } from './idempotency/idempotency.module';
import { nodeModule } from './node/node.module';
import { periodModule } from './period/period.module';
import { periodicReportModule } from './periodic-report/periodic-report.module';
import { personModule } from './person/person.module';
import { provinceModule } from './province/province.module';
import { reportingModule } from './reporting/reporting.module';
import { resolutionModule } from './resolution/resolution.module';
import { supervisorAppointmentModule } from './supervisor-appointment/supervisor-appointment.module';
import { supervisorReviewModule } from './supervisor-review/supervisor-review.module';
import { workingGroupModule } from './working-group/working-group.module';

/**
 * Every module of the application: the one list to extend when a module or a node type is added.
 * The ORM's entities, the schema's resolvers, the read engine's node and list descriptions and the
 * row scope of every type are all read from here (each module's `<module>.module.ts` manifest).
 */
export const modules: readonly ModuleManifest[] = [
  provinceModule,
  periodModule,
  executiveAgencyModule,
  personModule,
  workingGroupModule,
  clusterModule,
  agentContractModule,
  supervisorAppointmentModule,
  resolutionModule,
  developmentPlanModule,
  reportingModule,
  supervisorReviewModule,
  disputeModule,
  budgetAdjustmentModule,
  agencyAssessmentModule,
  periodicReportModule,
  auditModule,
  apiKeyModule,
  nodeModule,
  idempotencyModule,
];

export const entities: readonly ClassType[] = modules.flatMap((module) => module.entities ?? []);
export const resolvers: readonly ClassType[] = modules.flatMap((module) => module.resolvers ?? []);
export const nodeDescriptions = modules.flatMap((module) => module.nodes ?? []);
export const listDescriptions = modules.flatMap((module) => module.lists ?? []);
export const scopeRules: Readonly<Record<string, ScopeRule>> = Object.assign({}, ...modules.map((module) => module.scope ?? {}));
