import { fieldResolvers, mutationResolver, reference } from '../../kernel/resolver-factories';
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

const DevelopmentPlanMutations = mutationResolver('DevelopmentPlanMutations', {
  proposePlan: {
    description: `
      Puts a development plan or project to the working groups; by its executor, or by the head or secretariat of a responsible working
      group (Art. 2).`,
    input: [ProposePlanInput, 'The proposal.'],
    payload: ['plan', DevelopmentPlan, 'The proposed plan.'],
    run: proposePlan,
  },
  approvePlan: {
    description: `
      Approves a proposed plan and sets its approved budget, which never changes afterwards; the executor then owes quarterly reports (R11,
      Art. 4-1).`,
    input: [ApprovePlanInput, 'The approval.'],
    payload: ['plan', DevelopmentPlan, 'The approved plan.'],
    run: approvePlan,
  },
  rejectPlan: {
    description: `
      Rejects a proposed plan; only a responsible working group may (R11, Art. 3).`,
    input: [RejectPlanInput, 'The rejection.'],
    payload: ['plan', DevelopmentPlan, 'The rejected plan.'],
    run: rejectPlan,
  },
  suspendPlan: {
    description: `
      Suspends an approved plan; only a responsible working group may (R11, Art. 3).`,
    input: [SuspendPlanInput, 'The suspension.'],
    payload: ['plan', DevelopmentPlan, 'The suspended plan.'],
    run: suspendPlan,
  },
  resumePlan: {
    description: `
      Lets a suspended plan go on; only a responsible working group may (R11, Art. 3).`,
    input: [ResumePlanInput, 'The resumption.'],
    payload: ['plan', DevelopmentPlan, 'The plan, approved again.'],
    run: resumePlan,
  },
  completePlan: {
    description: `
      Records that an approved plan is completed; reports of later quarters are no longer owed (R11, Art. 4-1).`,
    input: [CompletePlanInput, 'The completion.'],
    payload: ['plan', DevelopmentPlan, 'The completed plan.'],
    run: completePlan,
  },
});

const DevelopmentPlanFields = fieldResolvers(DevelopmentPlan, {
  cluster: reference(Cluster, 'The cluster the plan develops.'),
  executor: reference(Person, 'The executor, who owes quarterly reports once the plan is approved (Art. 4-1).'),
  responsibleAgency: reference(ExecutiveAgency, 'The executive agency responsible for the plan.'),
  decidedBy: reference(WorkingGroup, 'The working group that approved or rejected the plan.', { nullable: true }),
});

const PlanIndicatorFields = fieldResolvers(PlanIndicator, {
  plan: reference(DevelopmentPlan, 'The plan.'),
});

export const developmentPlanResolvers = [DevelopmentPlanMutations, DevelopmentPlanFields, PlanIndicatorFields];
