import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { Period } from '../../kernel/period';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Resolution, ResolutionTarget } from './resolution.entity';
import { AdoptResolutionInput, LinkPlanToResolutionInput, UnlinkPlanFromResolutionInput } from './resolution.inputs';
import { adoptResolution, linkPlanToResolution, unlinkPlanFromResolution } from './resolution.service';

const AdoptResolutionPayload = payloadType('AdoptResolution', 'resolution', Resolution, 'The adopted resolution.');
const LinkPlanToResolutionPayload = payloadType('LinkPlanToResolution', 'plan', DevelopmentPlan, 'The plan, now linked to the resolution.');
const UnlinkPlanFromResolutionPayload = payloadType(
  'UnlinkPlanFromResolution',
  'plan',
  DevelopmentPlan,
  'The plan, no longer linked to the resolution.',
);

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Mutation(() => AdoptResolutionPayload, {
    description:
      'Records a resolution of a working group; one about a cluster only by a responsible working group of that cluster (Art. 1, Art. 2, Art. 3).',
  })
  adoptResolution(
    @Arg('input', () => AdoptResolutionInput, { description: 'The resolution.' }) input: AdoptResolutionInput,
    @Ctx() ctx: Context,
  ) {
    return adoptResolution(ctx, input);
  }

  @Mutation(() => LinkPlanToResolutionPayload, {
    description:
      "Records that a plan carries out a resolution; by the head or secretariat of the resolution's working group, which must be responsible for the plan's cluster.",
  })
  linkPlanToResolution(
    @Arg('input', () => LinkPlanToResolutionInput, { description: 'The plan and the resolution.' }) input: LinkPlanToResolutionInput,
    @Ctx() ctx: Context,
  ) {
    return linkPlanToResolution(ctx, input);
  }

  @Mutation(() => UnlinkPlanFromResolutionPayload, {
    description: "Withdraws the record that a plan carries out a resolution; by the head or secretariat of the resolution's working group.",
  })
  unlinkPlanFromResolution(
    @Arg('input', () => UnlinkPlanFromResolutionInput, { description: 'The plan and the resolution.' })
    input: UnlinkPlanFromResolutionInput,
    @Ctx() ctx: Context,
  ) {
    return unlinkPlanFromResolution(ctx, input);
  }

  @FieldResolver(() => WorkingGroup, { description: 'The working group that adopted it.' })
  workingGroup(@Root() resolution: Resolution, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, resolution.workingGroup);
  }

  @FieldResolver(() => Cluster, { nullable: true, description: 'The cluster the resolution is about, if one.' })
  cluster(@Root() resolution: Resolution, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Cluster, resolution.cluster);
  }

  @FieldResolver(() => ExecutiveAgency, { description: 'The executive agency responsible for carrying it out (Art. 1).' })
  responsibleAgency(@Root() resolution: Resolution, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ExecutiveAgency, resolution.responsibleAgency);
  }
}

@Resolver(() => ResolutionTarget)
export class ResolutionTargetResolver {
  @FieldResolver(() => Resolution, { description: 'The resolution that set the target.' })
  resolution(@Root() target: ResolutionTarget, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Resolution, target.resolution);
  }

  @FieldResolver(() => Period, { description: 'Quarter by which the target is due.' })
  dueQuarter(@Root() target: ResolutionTarget): Period {
    return Period.fromLabel(target.dueQuarter);
  }
}
