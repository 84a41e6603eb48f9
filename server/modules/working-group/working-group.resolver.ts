import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { Province } from '../province/province.entity';
import { MembershipRole, WorkingGroup, WorkingGroupMembership } from './working-group.entity';
import {
  AddWorkingGroupMemberInput,
  AppointWorkingGroupHeadInput,
  EndWorkingGroupMembershipInput,
  FormProvincialWorkingGroupInput,
} from './working-group.inputs';
import {
  addWorkingGroupMember,
  appointWorkingGroupHead,
  endWorkingGroupMembership,
  formProvincialWorkingGroup,
} from './working-group.service';

const FormProvincialWorkingGroupPayload = payloadType('FormProvincialWorkingGroup', 'workingGroup', WorkingGroup, 'The new working group.');
const AppointWorkingGroupHeadPayload = payloadType('AppointWorkingGroupHead', 'membership', WorkingGroupMembership, "The new head's seat.");
const AddWorkingGroupMemberPayload = payloadType('AddWorkingGroupMember', 'membership', WorkingGroupMembership, 'The new seat.');
const EndWorkingGroupMembershipPayload = payloadType('EndWorkingGroupMembership', 'membership', WorkingGroupMembership, 'The ended seat.');

/** The head in office on `today` of each working group, in one statement. */
function currentHeads(ctx: Context) {
  return ctx.loaders.loader<string, WorkingGroupMembership | null>('workingGroupHead', async (groupIds) => {
    const today = ctx.clock.today();
    const heads = await ctx.em.find(WorkingGroupMembership, {
      workingGroup: { $in: [...groupIds] },
      role: MembershipRole.HEAD,
      startsOn: { $lte: today },
      $or: [{ endsOn: null }, { endsOn: { $gte: today } }],
    });
    return groupIds.map((id) => heads.find((head) => head.workingGroup.id === id) ?? null);
  });
}

@Resolver(() => WorkingGroup)
export class WorkingGroupResolver {
  @Mutation(() => FormProvincialWorkingGroupPayload, {
    description:
      "Forms a province's export development working group, at most one per province (Art. 3); by the system administrator or the central secretariat.",
  })
  formProvincialWorkingGroup(
    @Arg('input', () => FormProvincialWorkingGroupInput, { description: 'The working group.' }) input: FormProvincialWorkingGroupInput,
    @Ctx() ctx: Context,
  ) {
    return formProvincialWorkingGroup(ctx, input);
  }

  @Mutation(() => AppointWorkingGroupHeadPayload, {
    description:
      "Appoints the head of a working group; the sitting head's seat ends the day before (Art. 3: one head at a time). By the system administrator or the central secretariat.",
  })
  appointWorkingGroupHead(
    @Arg('input', () => AppointWorkingGroupHeadInput, { description: 'The new head.' }) input: AppointWorkingGroupHeadInput,
    @Ctx() ctx: Context,
  ) {
    return appointWorkingGroupHead(ctx, input);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'Province of a provincial working group; null for the central one.' })
  province(@Root() group: WorkingGroup, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Province, group.province);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Head in office today; issues supervisor decrees (Art. 3).' })
  async head(@Root() group: WorkingGroup, @Ctx() ctx: Context) {
    const membership = await currentHeads(ctx).load(group.id);
    return membership ? ctx.loaders.reference(Person, membership.person) : null;
  }

  @FieldResolver(() => WorkingGroupMembership, { nullable: true, description: "The head's seat (with its term) in office today." })
  headMembership(@Root() group: WorkingGroup, @Ctx() ctx: Context) {
    return currentHeads(ctx).load(group.id);
  }
}

@Resolver(() => WorkingGroupMembership)
export class WorkingGroupMembershipResolver {
  @Mutation(() => AddWorkingGroupMemberPayload, {
    description:
      'Gives a person a seat in the secretariat or as a member introduced by an executive agency (Art. 3). By the system administrator or the central secretariat; for a provincial group, also by its head.',
  })
  addWorkingGroupMember(
    @Arg('input', () => AddWorkingGroupMemberInput, { description: 'The seat.' }) input: AddWorkingGroupMemberInput,
    @Ctx() ctx: Context,
  ) {
    return addWorkingGroupMember(ctx, input);
  }

  @Mutation(() => EndWorkingGroupMembershipPayload, {
    description:
      "Ends a seat in a working group. Heads' seats and central seats by the system administrator or the central secretariat; a provincial group's secretariat and members also by its head.",
  })
  endWorkingGroupMembership(
    @Arg('input', () => EndWorkingGroupMembershipInput, { description: 'The seat and its last day.' })
    input: EndWorkingGroupMembershipInput,
    @Ctx() ctx: Context,
  ) {
    return endWorkingGroupMembership(ctx, input);
  }

  @FieldResolver(() => WorkingGroup, { description: 'The working group.' })
  workingGroup(@Root() membership: WorkingGroupMembership, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, membership.workingGroup);
  }

  @FieldResolver(() => Person, { description: 'The person holding the seat.' })
  person(@Root() membership: WorkingGroupMembership, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, membership.person);
  }

  @FieldResolver(() => ExecutiveAgency, { nullable: true, description: 'Agency that introduced the member (Art. 3).' })
  nominatingAgency(@Root() membership: WorkingGroupMembership, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ExecutiveAgency, membership.nominatingAgency);
  }
}
