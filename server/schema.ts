import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { listQueryResolvers } from './kernel/read/list-resolvers';
import { installReadEngine } from './kernel/read/read-engine';
import type { Context } from './context';
import { readRequestOf } from './modules/access/row-scope';
import { listDescriptions } from './modules/list-descriptions';
import { nodeDescriptions } from './modules/node-descriptions';
import { guardInputText } from './kernel/input-hygiene';
import { AgencyAssessmentResolver } from './modules/agency-assessment/agency-assessment.resolver';
import { ApiKeyResolver } from './modules/api-key/api-key.resolver';
import { AgentContractResolver } from './modules/agent-contract/agent-contract.resolver';
import { AuditEventResolver } from './modules/audit/audit.resolver';
import { BudgetAdjustmentResolver } from './modules/budget-adjustment/budget-adjustment.resolver';
import { ClusterResolver } from './modules/cluster/cluster.resolver';
import { DevelopmentPlanResolver, PlanIndicatorResolver } from './modules/development-plan/development-plan.resolver';
import { DisputePartyResolver, DisputeResolver, DisputeStepResolver } from './modules/dispute/dispute.resolver';
import { ExecutiveAgencyResolver } from './modules/executive-agency/executive-agency.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { PeriodicReportResolver } from './modules/periodic-report/periodic-report.resolver';
import { PersonResolver } from './modules/person/person.resolver';
import { ProvinceResolver } from './modules/province/province.resolver';
import {
  IndicatorActualResolver,
  PlanIndicatorGapResolver,
  ProgressReportResolver,
  ReportBottleneckResolver,
  ReportingObligationResolver,
  ResolutionTargetGapResolver,
} from './modules/reporting/reporting.resolver';
import { ResolutionResolver, ResolutionTargetResolver } from './modules/resolution/resolution.resolver';
import { SupervisorAppointmentResolver } from './modules/supervisor-appointment/supervisor-appointment.resolver';
import { PlanAssessmentResolver, SupervisorReviewResolver } from './modules/supervisor-review/supervisor-review.resolver';
import { WorkingGroupMembershipResolver, WorkingGroupResolver } from './modules/working-group/working-group.resolver';

export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ProvinceResolver,
  ExecutiveAgencyResolver,
  PersonResolver,
  WorkingGroupResolver,
  WorkingGroupMembershipResolver,
  ClusterResolver,
  AgentContractResolver,
  SupervisorAppointmentResolver,
  ResolutionResolver,
  ResolutionTargetResolver,
  DevelopmentPlanResolver,
  PlanIndicatorResolver,
  ReportingObligationResolver,
  ProgressReportResolver,
  ReportBottleneckResolver,
  IndicatorActualResolver,
  PlanIndicatorGapResolver,
  ResolutionTargetGapResolver,
  SupervisorReviewResolver,
  PlanAssessmentResolver,
  DisputeResolver,
  DisputePartyResolver,
  DisputeStepResolver,
  BudgetAdjustmentResolver,
  AgencyAssessmentResolver,
  PeriodicReportResolver,
  AuditEventResolver,
  ApiKeyResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the decorated classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers, ...listQueryResolvers<Context>(listDescriptions, readRequestOf)] as unknown as NonEmptyArray<Function>,
    // Shape checks of inputs (class-validator) fail as BAD_USER_INPUT before any resolver runs.
    validate: { forbidUnknownValues: false },
  }).then((schema) => {
    // TypeGraphQL has no option for the root types' descriptions; they document the SDK too.
    const query = schema.getQueryType();
    const mutation = schema.getMutationType();
    if (query) query.description = 'Reads: lists across provinces, relationships, any object by id.';
    if (mutation) mutation.description = 'Business actions of the regulation; each returns the changed object and `userErrors`.';
    // Every argument of every field, present and future, is checked for NUL, lone surrogates, bidi
    // overrides and control characters before its resolver runs (kernel/input-hygiene.ts).
    return installReadEngine(guardInputText(schema), nodeDescriptions);
  });
  return built;
}

/** The SDL as committed in `schema/schema.graphql`: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
