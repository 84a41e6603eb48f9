import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../context';
import { addDays } from '../../kernel/calendar';
import { forbidden } from '../../kernel/errors';
import { inputId, runMutation, snapshot, type Payload } from '../../kernel/mutation';
import { enforce, notFound } from '../../kernel/rules';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { requireRegistrar } from '../person/person.access';
import { Person } from '../person/person.entity';
import { isRegistrar } from '../person/person.rules';
import { Province } from '../province/province.entity';
import { seatsOn } from './working-group.access';
import { MembershipRole, WorkingGroup, WorkingGroupLevel, WorkingGroupMembership } from './working-group.entity';
import type {
  AddWorkingGroupMemberInput,
  AppointWorkingGroupHeadInput,
  EndWorkingGroupMembershipInput,
  FormProvincialWorkingGroupInput,
} from './working-group.inputs';
import {
  canEndSeat,
  headSeatToEnd,
  headsProvincialGroup,
  memberIsNominated,
  noDuplicateSeat,
  oneHeadAtATime,
  provinceHasNoWorkingGroup,
  type SeatTerm,
} from './working-group.rules';

function seatTerm(membership: WorkingGroupMembership): SeatTerm {
  return {
    id: membership.id,
    personId: membership.person.id,
    role: membership.role,
    startsOn: membership.startsOn,
    endsOn: membership.endsOn ?? null,
  };
}

const CENTRAL_SEATS = 'manage the seats of the central working group';

/** Forms a province's export development working group (Art. 3); by the administrator or the central secretariat. */
export function formProvincialWorkingGroup(ctx: Context, input: FormProvincialWorkingGroupInput): Promise<Payload<WorkingGroup>> {
  requireRegistrar(ctx.viewer, 'form working groups');
  const provinceId = inputId(input.provinceId, 'Province', 'input.provinceId');
  return runMutation(ctx, 'formProvincialWorkingGroup', async (em) => {
    const province = await em.findOne(Province, provinceId);
    enforce(province ? null : notFound('province', 'provinceId'));
    // Two formations at once both pass this check; working_group_province_id_unique refuses the second.
    enforce(provinceHasNoWorkingGroup((await em.count(WorkingGroup, { province: provinceId })) > 0));
    const group = em.create(WorkingGroup, {
      level: WorkingGroupLevel.PROVINCIAL,
      province: province!,
      name: input.name.trim(),
      nameFa: input.nameFa.trim(),
    });
    return { target: group };
  });
}

/**
 * Appoints the head of a working group from `startsOn` (Art. 3: one head at a time); the sitting head's
 * open seat ends the day before. By the administrator or the central secretariat.
 */
export function appointWorkingGroupHead(ctx: Context, input: AppointWorkingGroupHeadInput): Promise<Payload<WorkingGroupMembership>> {
  requireRegistrar(ctx.viewer, 'appoint working group heads');
  const workingGroupId = inputId(input.workingGroupId, 'WorkingGroup', 'input.workingGroupId');
  const personId = inputId(input.personId, 'Person', 'input.personId');
  const agencyId = input.nominatingAgencyId ? inputId(input.nominatingAgencyId, 'ExecutiveAgency', 'input.nominatingAgencyId') : null;
  return runMutation(ctx, 'appointWorkingGroupHead', async (em) => {
    // The group is locked so that successions of one group happen one after the other;
    // working_group_membership_one_head is the backstop.
    const group = await em.findOne(WorkingGroup, workingGroupId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const person = await em.findOne(Person, personId);
    const agency = agencyId ? await em.findOne(ExecutiveAgency, agencyId) : null;
    enforce(
      group ? null : notFound('working group', 'workingGroupId'),
      person ? null : notFound('person', 'personId'),
      !agencyId || agency ? null : notFound('executive agency', 'nominatingAgencyId'),
    );
    const heads = await em.find(WorkingGroupMembership, { workingGroup: workingGroupId, role: MembershipRole.HEAD });
    const headSeats = heads.map(seatTerm);
    const ending = headSeatToEnd(input.startsOn, headSeats);
    enforce(oneHeadAtATime(personId, input.startsOn, headSeats, ending?.id ?? null));
    if (ending) {
      heads.find((head) => head.id === ending.id)!.endsOn = addDays(input.startsOn, -1);
      // The sitting head's seat must be closed before the new one is inserted, or the exclusion
      // constraint would see two open seats.
      await em.flush();
    }
    const membership = em.create(WorkingGroupMembership, {
      workingGroup: group!,
      person: person!,
      nominatingAgency: agency ?? null,
      role: MembershipRole.HEAD,
      startsOn: input.startsOn,
      endsOn: null,
    });
    return { target: membership };
  });
}

/**
 * Gives a person a seat in a working group's secretariat, or as a member introduced by an executive
 * agency (Art. 3). By the administrator or the central secretariat; for a provincial group, also by its head.
 */
export function addWorkingGroupMember(ctx: Context, input: AddWorkingGroupMemberInput): Promise<Payload<WorkingGroupMembership>> {
  const workingGroupId = inputId(input.workingGroupId, 'WorkingGroup', 'input.workingGroupId');
  const personId = inputId(input.personId, 'Person', 'input.personId');
  const agencyId = input.nominatingAgencyId ? inputId(input.nominatingAgencyId, 'ExecutiveAgency', 'input.nominatingAgencyId') : null;
  const registrar = isRegistrar(ctx.viewer.systemRoles);
  return runMutation(ctx, 'addWorkingGroupMember', async (em) => {
    const group = await em.findOne(WorkingGroup, workingGroupId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const person = await em.findOne(Person, personId);
    const agency = agencyId ? await em.findOne(ExecutiveAgency, agencyId) : null;
    enforce(group ? null : notFound('working group', 'workingGroupId'));
    if (!registrar) {
      // Only a system role gives a right over the central group: no seat can, so FORBIDDEN.
      if (group!.level === WorkingGroupLevel.CENTRAL) throw forbidden(`Only the system administrator or the central secretariat may ${CENTRAL_SEATS}.`);
      enforce(headsProvincialGroup(workingGroupId, await seatsOn(em, ctx.viewer.person.id, ctx.clock.today())));
    }
    enforce(
      person ? null : notFound('person', 'personId'),
      !agencyId || agency ? null : notFound('executive agency', 'nominatingAgencyId'),
    );
    enforce(memberIsNominated(input.role, agencyId));
    const seats = await em.find(WorkingGroupMembership, { workingGroup: workingGroupId, person: personId });
    enforce(noDuplicateSeat(personId, input.role, input.startsOn, seats.map(seatTerm)));
    const membership = em.create(WorkingGroupMembership, {
      workingGroup: group!,
      person: person!,
      nominatingAgency: agency ?? null,
      role: input.role,
      startsOn: input.startsOn,
      endsOn: null,
    });
    return { target: membership };
  });
}

/**
 * Ends a seat in a working group. A head's seat, and any seat of the central group, by the administrator
 * or the central secretariat; the secretariat and members of a provincial group also by its head.
 */
export function endWorkingGroupMembership(ctx: Context, input: EndWorkingGroupMembershipInput): Promise<Payload<WorkingGroupMembership>> {
  const membershipId = inputId(input.membershipId, 'WorkingGroupMembership', 'input.membershipId');
  const registrar = isRegistrar(ctx.viewer.systemRoles);
  return runMutation(ctx, 'endWorkingGroupMembership', async (em) => {
    const membership = await em.findOne(WorkingGroupMembership, membershipId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    enforce(membership ? null : notFound('working group seat', 'membershipId'));
    const before = snapshot(membership!);
    if (!registrar) {
      const group = await em.findOneOrFail(WorkingGroup, membership!.workingGroup.id);
      if (membership!.role === MembershipRole.HEAD) throw forbidden('Only the system administrator or the central secretariat may end the seat of a head.');
      if (group.level === WorkingGroupLevel.CENTRAL) throw forbidden(`Only the system administrator or the central secretariat may ${CENTRAL_SEATS}.`);
      enforce(headsProvincialGroup(group.id, await seatsOn(em, ctx.viewer.person.id, ctx.clock.today())));
    }
    enforce(canEndSeat({ startsOn: membership!.startsOn, endsOn: membership!.endsOn ?? null }, input.endsOn));
    membership!.endsOn = input.endsOn;
    return { target: membership!, before };
  });
}
