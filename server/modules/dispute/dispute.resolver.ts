import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../../context';
import { checkListSize, compact, idsOfType, orderInput } from '../../kernel/list-inputs';
import { ForwardPageArgs, PageArgs, paginate } from '../../kernel/pagination';
import { Cluster } from '../cluster/cluster.entity';
import { DisputeConnection, DisputePartyConnection, DisputeStepConnection } from '../connections';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { relations } from '../relations';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Dispute, DisputeParty, DisputeState, DisputeStep } from './dispute.entity';

@InputType({ description: 'Conditions on disputes; all given conditions must hold.' })
export class DisputeFilter {
  @Field(() => [ID], { nullable: true, description: 'Cluster ids.' })
  clusterIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "ISO 3166-2 codes of the clusters' provinces." })
  provinceCodes?: string[] | null;

  @Field(() => [DisputeState], { nullable: true, description: 'States.' })
  states?: DisputeState[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the working groups hearing them.' })
  forumIds?: string[] | null;
}

export enum DisputeOrderField {
  RAISED_ON = 'RAISED_ON',
  SUBJECT = 'SUBJECT',
}
registerEnumType(DisputeOrderField, { name: 'DisputeOrderField', description: 'Fields disputes can be sorted on.' });

const disputeOrder = orderInput('DisputeOrder', DisputeOrderField, DisputeOrderField.RAISED_ON, {
  RAISED_ON: (direction) => ({ raisedOn: direction }),
  SUBJECT: (direction) => ({ subject: direction }),
});

@Resolver(() => Dispute)
export class DisputeResolver {
  @Query(() => DisputeConnection, { description: 'Disagreements between elements of cluster development (Art. 4-5).' })
  disputes(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DisputeFilter, { nullable: true, description: 'Conditions on disputes.' }) filter: DisputeFilter | null,
    @Arg('orderBy', () => disputeOrder.OrderInput, { nullable: true, description: 'Order (default RAISED_ON ASC).' })
    orderBy: InstanceType<typeof disputeOrder.OrderInput> | null,
    @Ctx() ctx: Context,
  ) {
    const clusterIds = idsOfType(filter?.clusterIds, 'Cluster', 'filter.clusterIds');
    const provinceCodes = checkListSize(filter?.provinceCodes, 'filter.provinceCodes');
    const where = compact({
      cluster: clusterIds || provinceCodes
        ? compact({ id: clusterIds ? { $in: clusterIds } : undefined, province: provinceCodes ? { code: { $in: provinceCodes } } : undefined })
        : undefined,
      state: filter?.states ? { $in: checkListSize(filter.states, 'filter.states') } : undefined,
      forum: filter?.forumIds ? { $in: idsOfType(filter.forumIds, 'WorkingGroup', 'filter.forumIds') } : undefined,
    });
    return paginate(ctx.em, Dispute, where, disputeOrder.toOrder(orderBy), page);
  }

  @FieldResolver(() => Cluster, { description: 'The cluster the dispute concerns.' })
  cluster(@Root() dispute: Dispute, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Cluster, dispute.cluster);
  }

  @FieldResolver(() => Person, { description: 'Who raised it.' })
  raisedBy(@Root() dispute: Dispute, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, dispute.raisedBy);
  }

  @FieldResolver(() => WorkingGroup, { description: 'The working group hearing it now: provincial first, central once escalated (Art. 4-5).' })
  forum(@Root() dispute: Dispute, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, dispute.forum);
  }

  @FieldResolver(() => DisputePartyConnection, { description: 'The parties.' })
  parties(@Root() dispute: Dispute, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page(relations.disputeParties, dispute.id, page);
  }

  @FieldResolver(() => DisputeStepConnection, { description: 'Every step, in order, with actor, time and decision.' })
  steps(@Root() dispute: Dispute, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page(relations.disputeSteps, dispute.id, page);
  }
}

@Resolver(() => DisputeParty)
export class DisputePartyResolver {
  @FieldResolver(() => Dispute, { description: 'The dispute.' })
  dispute(@Root() party: DisputeParty, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Dispute, party.dispute);
  }

  @FieldResolver(() => ExecutiveAgency, { nullable: true, description: 'The party, when it is an agency.' })
  agency(@Root() party: DisputeParty, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ExecutiveAgency, party.agency);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The party, when it is a person.' })
  person(@Root() party: DisputeParty, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, party.person);
  }
}

@Resolver(() => DisputeStep)
export class DisputeStepResolver {
  @FieldResolver(() => Dispute, { description: 'The dispute.' })
  dispute(@Root() step: DisputeStep, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Dispute, step.dispute);
  }

  @FieldResolver(() => WorkingGroup, { description: 'The working group that took the step or decided.' })
  workingGroup(@Root() step: DisputeStep, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, step.workingGroup);
  }

  @FieldResolver(() => Person, { description: 'Who took the step.' })
  actor(@Root() step: DisputeStep, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, step.actor);
  }
}
