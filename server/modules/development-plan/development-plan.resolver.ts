import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { DevelopmentPlan, PlanIndicator } from './development-plan.entity';
import {
  ApprovePlanInput,
  CompletePlanInput,
  ProposePlanInput,
  RejectPlanInput,
  ResumePlanInput,
  SuspendPlanInput,
} from './development-plan.inputs';
import { approvePlan, completePlan, proposePlan, rejectPlan, resumePlan, suspendPlan } from './development-plan.service';

const ProposePlanPayload = payloadType('ProposePlan', 'plan', DevelopmentPlan, 'The proposed plan.');
const ApprovePlanPayload = payloadType('ApprovePlan', 'plan', DevelopmentPlan, 'The approved plan.');
const RejectPlanPayload = payloadType('RejectPlan', 'plan', DevelopmentPlan, 'The rejected plan.');
const SuspendPlanPayload = payloadType('SuspendPlan', 'plan', DevelopmentPlan, 'The suspended plan.');
const ResumePlanPayload = payloadType('ResumePlan', 'plan', DevelopmentPlan, 'The plan, approved again.');
const CompletePlanPayload = payloadType('CompletePlan', 'plan', DevelopmentPlan, 'The completed plan.');

@Resolver(() => DevelopmentPlan)
export class DevelopmentPlanResolver {
  @Mutation(() => ProposePlanPayload, {
    description:
      'Puts a development plan or project to the working groups; by its executor, or by the head or secretariat of a responsible working group (Art. 2).',
  })
  proposePlan(@Arg('input', () => ProposePlanInput, { description: 'The proposal.' }) input: ProposePlanInput, @Ctx() ctx: Context) {
    return proposePlan(ctx, input);
  }

  @Mutation(() => ApprovePlanPayload, {
    description:
      'Approves a proposed plan and sets its approved budget, which never changes afterwards; the executor then owes quarterly reports (R11, Art. 4-1).',
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
}

@Resolver(() => PlanIndicator)
export class PlanIndicatorResolver {
  @FieldResolver(() => DevelopmentPlan, { description: 'The plan.' })
  plan(@Root() indicator: PlanIndicator, @Ctx() ctx: Context) {
    return ctx.loaders.reference(DevelopmentPlan, indicator.plan);
  }
}
