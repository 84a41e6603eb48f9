import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root, registerEnumType, Info } from 'type-graphql';
import type { Context } from '../../context';
import { checkListSize, compact, idsOfType, orderInput } from '../../kernel/list-inputs';
import { payloadType } from '../../kernel/mutation';
import { ForwardPageArgs, PageArgs } from '../../kernel/pagination';
import { Cluster } from '../cluster/cluster.entity';
import {
  BudgetAdjustmentConnection,
  DevelopmentPlanConnection,
  IndicatorActualConnection,
  PlanAssessmentConnection,
  PlanIndicatorConnection,
  ProgressReportConnection,
  ReportingObligationConnection,
  ResolutionConnection,
} from '../connections';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { relations } from '../relations';
import { WorkingGroup } from '../working-group/working-group.entity';
import { DevelopmentPlan, PlanIndicator, PlanKind, PlanStatus } from './development-plan.entity';
import { ApprovePlanInput, CompletePlanInput, ProposePlanInput, RejectPlanInput, ResumePlanInput, SuspendPlanInput } from './development-plan.inputs';
import { approvePlan, completePlan, proposePlan, rejectPlan, resumePlan, suspendPlan } from './development-plan.service';
import { listInScope, pageInScope } from '../access/row-scope';

const ProposePlanPayload = payloadType('ProposePlan', 'plan', DevelopmentPlan, 'The proposed plan.');
const ApprovePlanPayload = payloadType('ApprovePlan', 'plan', DevelopmentPlan, 'The approved plan.');
const RejectPlanPayload = payloadType('RejectPlan', 'plan', DevelopmentPlan, 'The rejected plan.');
const SuspendPlanPayload = payloadType('SuspendPlan', 'plan', DevelopmentPlan, 'The suspended plan.');
const ResumePlanPayload = payloadType('ResumePlan', 'plan', DevelopmentPlan, 'The plan, approved again.');
const CompletePlanPayload = payloadType('CompletePlan', 'plan', DevelopmentPlan, 'The completed plan.');

@InputType({ description: 'Conditions on development plans; all given conditions must hold.' })
export class DevelopmentPlanFilter {
  @Field(() => [ID], { nullable: true, description: 'Cluster ids.' })
  clusterIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "ISO 3166-2 codes of the clusters' provinces." })
  provinceCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Four-digit ISIC classes of the clusters' sectors." })
  isicCodes?: string[] | null;

  @Field(() => [PlanStatus], { nullable: true, description: 'Lifecycle states.' })
  statuses?: PlanStatus[] | null;

  @Field(() => PlanKind, { nullable: true, description: 'Plans or projects.' })
  kind?: PlanKind | null;

  @Field(() => [ID], { nullable: true, description: 'Person ids of the executors.' })
  executorIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the responsible agencies.' })
  responsibleAgencyIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the working groups that decided them.' })
  decidedByIds?: string[] | null;
}

export enum DevelopmentPlanOrderField {
  PROPOSED_ON = 'PROPOSED_ON',
  DECIDED_ON = 'DECIDED_ON',
  TITLE = 'TITLE',
  APPROVED_BUDGET = 'APPROVED_BUDGET',
  CURRENT_BUDGET = 'CURRENT_BUDGET',
}
registerEnumType(DevelopmentPlanOrderField, { name: 'DevelopmentPlanOrderField', description: 'Fields plans can be sorted on.' });

const planOrder = orderInput('DevelopmentPlanOrder', DevelopmentPlanOrderField, DevelopmentPlanOrderField.PROPOSED_ON, {
  PROPOSED_ON: (direction) => ({ proposedOn: direction }),
  DECIDED_ON: (direction) => ({ decidedOn: `${direction} nulls last` }),
  TITLE: (direction) => ({ title: direction }),
  APPROVED_BUDGET: (direction) => ({ approvedBudget: `${direction} nulls last` }),
  CURRENT_BUDGET: (direction) => ({ currentBudget: `${direction} nulls last` }),
});

function planWhere(filter: DevelopmentPlanFilter | null) {
  const clusterIds = idsOfType(filter?.clusterIds, 'Cluster', 'filter.clusterIds');
  const provinceCodes = checkListSize(filter?.provinceCodes, 'filter.provinceCodes');
  const isicCodes = checkListSize(filter?.isicCodes, 'filter.isicCodes');
  return compact({
    cluster: clusterIds || provinceCodes || isicCodes
      ? compact({
          id: clusterIds ? { $in: clusterIds } : undefined,
          province: provinceCodes ? { code: { $in: provinceCodes } } : undefined,
          isicCode: isicCodes ? { $in: isicCodes } : undefined,
        })
      : undefined,
    status: filter?.statuses ? { $in: checkListSize(filter.statuses, 'filter.statuses') } : undefined,
    kind: filter?.kind ?? undefined,
    executor: filter?.executorIds ? { $in: idsOfType(filter.executorIds, 'Person', 'filter.executorIds') } : undefined,
    responsibleAgency: filter?.responsibleAgencyIds
      ? { $in: idsOfType(filter.responsibleAgencyIds, 'ExecutiveAgency', 'filter.responsibleAgencyIds') }
      : undefined,
    decidedBy: filter?.decidedByIds ? { $in: idsOfType(filter.decidedByIds, 'WorkingGroup', 'filter.decidedByIds') } : undefined,
  });
}

@Resolver(() => DevelopmentPlan)
export class DevelopmentPlanResolver {
  @Mutation(() => ProposePlanPayload, {
    description: "Puts a development plan or project to the working groups; by its executor, or by the head or secretariat of a responsible working group (Art. 2).",
  })
  proposePlan(@Arg('input', () => ProposePlanInput, { description: 'The proposal.' }) input: ProposePlanInput, @Ctx() ctx: Context) {
    return proposePlan(ctx, input);
  }

  @Mutation(() => ApprovePlanPayload, {
    description: 'Approves a proposed plan and sets its approved budget, which never changes afterwards; the executor then owes quarterly reports (R11, Art. 4-1).',
  })
  approvePlan(@Arg('input', () => ApprovePlanInput, { description: 'The approval.' }) input: ApprovePlanInput, @Ctx() ctx: Context) {
    return approvePlan(ctx, input);
  }

  @Mutation(() => RejectPlanPayload, { description: 'Rejects a proposed plan; only a responsible working group may (R11, Art. 3).' })
  rejectPlan(@Arg('input', () => RejectPlanInput, { description: 'The rejection.' }) input: RejectPlanInput, @Ctx() ctx: Context) {
    return rejectPlan(ctx, input);
  }

  @Mutation(() => SuspendPlanPayload, { description: 'Suspends an approved plan; only a responsible working group may (R11, Art. 3).' })
  suspendPlan(@Arg('input', () => SuspendPlanInput, { description: 'The suspension.' }) input: SuspendPlanInput, @Ctx() ctx: Context) {
    return suspendPlan(ctx, input);
  }

  @Mutation(() => ResumePlanPayload, { description: 'Lets a suspended plan go on; only a responsible working group may (R11, Art. 3).' })
  resumePlan(@Arg('input', () => ResumePlanInput, { description: 'The resumption.' }) input: ResumePlanInput, @Ctx() ctx: Context) {
    return resumePlan(ctx, input);
  }

  @Mutation(() => CompletePlanPayload, {
    description: 'Records that an approved plan is completed; reports of later quarters are no longer owed (R11, Art. 4-1).',
  })
  completePlan(@Arg('input', () => CompletePlanInput, { description: 'The completion.' }) input: CompletePlanInput, @Ctx() ctx: Context) {
    return completePlan(ctx, input);
  }

  @Query(() => DevelopmentPlanConnection, { description: 'Cluster development plans and projects, proposed or approved (Art. 2).' })
  developmentPlans(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DevelopmentPlanFilter, { nullable: true, description: 'Conditions on plans.' }) filter: DevelopmentPlanFilter | null,
    @Arg('orderBy', () => planOrder.OrderInput, { nullable: true, description: 'Order (default PROPOSED_ON ASC).' })
    orderBy: InstanceType<typeof planOrder.OrderInput> | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return listInScope(ctx, info, DevelopmentPlan, planWhere(filter), planOrder.toOrder(orderBy), page);
  }

  @FieldResolver(() => Cluster, { description: 'The cluster the plan develops.' })
  cluster(@Root() plan: DevelopmentPlan, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Cluster, plan.cluster);
  }

  @FieldResolver(() => Person, { description: 'The executor, who owes quarterly reports once the plan is approved (Art. 4-1).' })
  executor(@Root() plan: DevelopmentPlan, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, plan.executor);
  }

  @FieldResolver(() => ExecutiveAgency, { description: 'The executive agency responsible for the plan.' })
  responsibleAgency(@Root() plan: DevelopmentPlan, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ExecutiveAgency, plan.responsibleAgency);
  }

  @FieldResolver(() => WorkingGroup, { nullable: true, description: 'The working group that approved or rejected the plan.' })
  decidedBy(@Root() plan: DevelopmentPlan, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, plan.decidedBy);
  }

  @FieldResolver(() => PlanIndicatorConnection, { description: 'Indicators by which the plan measures progress.' })
  indicators(@Root() plan: DevelopmentPlan, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.planIndicators, plan.id, page);
  }

  @FieldResolver(() => ResolutionConnection, { description: 'Resolutions the plan carries out.' })
  resolutions(@Root() plan: DevelopmentPlan, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.planResolutions, plan.id, page);
  }

  @FieldResolver(() => ReportingObligationConnection, { description: 'Quarterly reports owed by the executor for this plan.' })
  reportingObligations(@Root() plan: DevelopmentPlan, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.planObligations, plan.id, page);
  }

  @FieldResolver(() => ProgressReportConnection, { description: 'Progress reports on this plan, latest first.' })
  progressReports(@Root() plan: DevelopmentPlan, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.planReports, plan.id, page);
  }

  @FieldResolver(() => PlanAssessmentConnection, { description: "Supervisors' assessments of this plan, latest first." })
  assessments(@Root() plan: DevelopmentPlan, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.planAssessments, plan.id, page);
  }

  @FieldResolver(() => BudgetAdjustmentConnection, { description: 'Budget adjustments, in the order they were decided.' })
  budgetAdjustments(@Root() plan: DevelopmentPlan, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.planBudgetAdjustments, plan.id, page);
  }
}

@Resolver(() => PlanIndicator)
export class PlanIndicatorResolver {
  @FieldResolver(() => DevelopmentPlan, { description: 'The plan.' })
  plan(@Root() indicator: PlanIndicator, @Ctx() ctx: Context) {
    return ctx.loaders.reference(DevelopmentPlan, indicator.plan);
  }

  @FieldResolver(() => IndicatorActualConnection, { description: 'Actual values stated in progress reports, latest first.' })
  actuals(@Root() indicator: PlanIndicator, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.indicatorActuals, indicator.id, page);
  }
}
