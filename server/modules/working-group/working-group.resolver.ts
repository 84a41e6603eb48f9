import type { Context } from '../../context';
import { fieldResolvers, mutationResolver, reference } from '../../kernel/resolver-factories';
import { termInForceOnFilter } from '../authority/term';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { Province } from '../province/province.entity';
import { MembershipRole, SEAT_TERM, WorkingGroup, WorkingGroupMembership } from './working-group.entity';
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

const WorkingGroupMutations = mutationResolver('WorkingGroupMutations', {
  formProvincialWorkingGroup: {
    description: `
      Forms a province's export development working group, at most one per province (Art. 3); by the system administrator or the central
      secretariat.`,
    input: [FormProvincialWorkingGroupInput, 'The working group.'],
    payload: ['workingGroup', WorkingGroup, 'The new working group.'],
    run: formProvincialWorkingGroup,
  },
  appointWorkingGroupHead: {
    description: `
      Appoints the head of a working group; the sitting head's seat ends the day before (Art. 3: one head at a time). By the system
      administrator or the central secretariat.`,
    input: [AppointWorkingGroupHeadInput, 'The new head.'],
    payload: ['membership', WorkingGroupMembership, "The new head's seat."],
    run: appointWorkingGroupHead,
  },
  addWorkingGroupMember: {
    description: `
      Gives a person a seat in the secretariat or as a member introduced by an executive agency (Art. 3). By the system administrator or the
      central secretariat; for a provincial group, also by its head.`,
    input: [AddWorkingGroupMemberInput, 'The seat.'],
    payload: ['membership', WorkingGroupMembership, 'The new seat.'],
    run: addWorkingGroupMember,
  },
  endWorkingGroupMembership: {
    description: `
      Ends a seat in a working group. Heads' seats and central seats by the system administrator or the central secretariat; a provincial
      group's secretariat and members also by its head.`,
    input: [EndWorkingGroupMembershipInput, 'The seat and its last day.'],
    payload: ['membership', WorkingGroupMembership, 'The ended seat.'],
    run: endWorkingGroupMembership,
  },
});

/** The head in office on `today` of each working group, in one statement. */
function currentHeads(ctx: Context) {
  return ctx.loaders.loader<string, WorkingGroupMembership | null>('workingGroupHead', async (groupIds) => {
    const today = ctx.clock.today();
    const heads = await ctx.em.find(WorkingGroupMembership, {
      workingGroup: { $in: [...groupIds] },
      role: MembershipRole.HEAD,
      ...termInForceOnFilter(SEAT_TERM, today),
    });
    return groupIds.map((id) => heads.find((head) => head.workingGroup.id === id) ?? null);
  });
}

const WorkingGroupFields = fieldResolvers(WorkingGroup, {
  province: reference(Province, 'Province of a provincial working group; null for the central one.', { nullable: true }),
  head: {
    type: () => Person,
    nullable: true,
    description: 'Head in office today; issues supervisor decrees (Art. 3).',
    async resolve(group: WorkingGroup, ctx: Context) {
      const membership = await currentHeads(ctx).load(group.id);
      return membership ? ctx.loaders.reference(Person, membership.person) : null;
    },
  },
  headMembership: {
    type: () => WorkingGroupMembership,
    nullable: true,
    description: "The head's seat (with its term) in office today.",
    resolve: (group: WorkingGroup, ctx: Context) => currentHeads(ctx).load(group.id),
  },
});

const WorkingGroupMembershipFields = fieldResolvers(WorkingGroupMembership, {
  workingGroup: reference(WorkingGroup, 'The working group.'),
  person: reference(Person, 'The person holding the seat.'),
  nominatingAgency: reference(ExecutiveAgency, 'Agency that introduced the member (Art. 3).', { nullable: true }),
});

export const workingGroupResolvers = [WorkingGroupMutations, WorkingGroupFields, WorkingGroupMembershipFields];
