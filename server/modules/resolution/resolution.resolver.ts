import { fieldResolvers, mutationResolver, periodLabel, reference } from '../../kernel/resolver-factories';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Resolution, ResolutionTarget } from './resolution.entity';
import { AdoptResolutionInput, LinkPlanToResolutionInput, UnlinkPlanFromResolutionInput } from './resolution.inputs';
import { adoptResolution, linkPlanToResolution, unlinkPlanFromResolution } from './resolution.service';

const ResolutionMutations = mutationResolver('ResolutionMutations', {
  adoptResolution: {
    description: `
      Records a resolution of a working group; one about a cluster only by a responsible working group of that cluster (Art. 1, Art. 2, Art.
      3).`,
    input: [AdoptResolutionInput, 'The resolution.'],
    payload: ['resolution', Resolution, 'The adopted resolution.'],
    run: adoptResolution,
  },
  linkPlanToResolution: {
    description: `
      Records that a plan carries out a resolution; by the head or secretariat of the resolution's working group, which must be responsible
      for the plan's cluster.`,
    input: [LinkPlanToResolutionInput, 'The plan and the resolution.'],
    payload: ['plan', DevelopmentPlan, 'The plan, now linked to the resolution.'],
    run: linkPlanToResolution,
  },
  unlinkPlanFromResolution: {
    description: `
      Withdraws the record that a plan carries out a resolution; by the head or secretariat of the resolution's working group.`,
    input: [UnlinkPlanFromResolutionInput, 'The plan and the resolution.'],
    payload: ['plan', DevelopmentPlan, 'The plan, no longer linked to the resolution.'],
    run: unlinkPlanFromResolution,
  },
});

const ResolutionFields = fieldResolvers(Resolution, {
  workingGroup: reference(WorkingGroup, 'The working group that adopted it.'),
  cluster: reference(Cluster, 'The cluster the resolution is about, if one.', { nullable: true }),
  responsibleAgency: reference(ExecutiveAgency, 'The executive agency responsible for carrying it out (Art. 1).'),
});

const ResolutionTargetFields = fieldResolvers(ResolutionTarget, {
  resolution: reference(Resolution, 'The resolution that set the target.'),
  dueQuarter: periodLabel('Quarter by which the target is due.'),
});

export const resolutionResolvers = [ResolutionMutations, ResolutionFields, ResolutionTargetFields];
