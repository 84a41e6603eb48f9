import type { EntityManager } from '@mikro-orm/postgresql';

import type { Context } from '../../context';
import { addDays } from '../../kernel/calendar';
import { forbidden } from '../../kernel/errors';
import { load, loadOptional } from '../../kernel/load';
import { type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { enforce } from '../../kernel/rules';
import { seatsOn } from '../authority/authority';
import { headsProvincialGroup } from '../authority/authority.rules';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { requireRegistrar } from '../person/person.access';
import { Person } from '../person/person.entity';
import { isRegistrar } from '../person/person.rules';
import { Province } from '../province/province.entity';
import { MembershipRole, WorkingGroup, WorkingGroupLevel, WorkingGroupMembership } from './working-group.entity';
import type {
  AddWorkingGroupMemberInput,
  AppointWorkingGroupHeadInput,
  EndWorkingGroupMembershipInput,
  FormProvincialWorkingGroupInput,
} from './working-group.inputs';
import * as rules from './working-group.rules';

function seatTerm(membership: WorkingGroupMembership): rules.SeatTerm {
  return {
    id: membership.id,
    personId: membership.person.id,
    role: membership.role,
    startsOn: membership.startsOn,
    endsOn: membership.endsOn ?? null,
  };
}

/** A new seat, open-ended from its first day: a seat is ended later, by `endWorkingGroupMembership`. */
function openSeat(
  em: EntityManager,
  seat: { workingGroup: WorkingGroup; person: Person; nominatingAgency: ExecutiveAgency | null; role: MembershipRole; startsOn: string },
): WorkingGroupMembership {
  return em.create(WorkingGroupMembership, { ...seat, endsOn: null });
}

const CENTRAL_SEATS = 'manage the seats of the central working group';

/** Forms a province's export development working group (Art. 3); by the administrator or the central secretariat. */
export function formProvincialWorkingGroup(ctx: Context, input: FormProvincialWorkingGroupInput): Promise<Payload<WorkingGroup>> {
  requireRegistrar(ctx.viewer, 'form working groups');
  return runMutation(ctx, 'formProvincialWorkingGroup', async (em) => {
    const province = await load(em, Province, input.provinceId, 'input.provinceId');
    // Two formations at once both pass this check; working_group_province_id_unique refuses the second.
    enforce(rules.provinceHasNoWorkingGroup((await em.count(WorkingGroup, { province: province.id })) > 0));
    const group = em.create(WorkingGroup, {
      level: WorkingGroupLevel.PROVINCIAL,
      province,
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
  return runMutation(ctx, 'appointWorkingGroupHead', async (em) => {
    // The group is locked so that successions of one group happen one after the other;
    // working_group_membership_one_head is the backstop.
    const group = await load(em, WorkingGroup, input.workingGroupId, 'input.workingGroupId', { lock: true });
    const person = await load(em, Person, input.personId, 'input.personId');
    // An empty id, like an absent one, names no agency.
    const agency = await loadOptional(em, ExecutiveAgency, input.nominatingAgencyId || null, 'input.nominatingAgencyId');
    const heads = await em.find(WorkingGroupMembership, { workingGroup: group.id, role: MembershipRole.HEAD });
    const headSeats = heads.map(seatTerm);
    const ending = rules.headSeatToEnd(input.startsOn, headSeats);
    enforce(rules.oneHeadAtATime(person.id, input.startsOn, headSeats, ending?.id ?? null));
    const endingSeat = ending ? heads.find((head) => head.id === ending.id) : undefined;
    if (endingSeat) {
      endingSeat.endsOn = addDays(input.startsOn, -1);
      // The sitting head's seat must be closed before the new one is inserted, or the exclusion
      // constraint would see two open seats.
      await em.flush();
    }
    return {
      target: openSeat(em, { workingGroup: group, person, nominatingAgency: agency, role: MembershipRole.HEAD, startsOn: input.startsOn }),
    };
  });
}

/**
 * Gives a person a seat in a working group's secretariat, or as a member introduced by an executive
 * agency (Art. 3). By the administrator or the central secretariat; for a provincial group, also by its head.
 */
export function addWorkingGroupMember(ctx: Context, input: AddWorkingGroupMemberInput): Promise<Payload<WorkingGroupMembership>> {
  const registrar = isRegistrar(ctx.viewer.systemRoles);
  return runMutation(ctx, 'addWorkingGroupMember', async (em) => {
    const group = await load(em, WorkingGroup, input.workingGroupId, 'input.workingGroupId', { lock: true });
    if (!registrar) {
      // Only a system role gives a right over the central group: no seat can, so FORBIDDEN.
      if (group.level === WorkingGroupLevel.CENTRAL)
        throw forbidden(`Only the system administrator or the central secretariat may ${CENTRAL_SEATS}.`);
      enforce(headsProvincialGroup(group.id, await seatsOn(em, ctx.viewer.person.id, ctx.clock.today())));
    }
    const person = await load(em, Person, input.personId, 'input.personId');
    const agency = await loadOptional(em, ExecutiveAgency, input.nominatingAgencyId || null, 'input.nominatingAgencyId');
    enforce(rules.memberIsNominated(input.role, agency?.id ?? null));
    const seats = await em.find(WorkingGroupMembership, { workingGroup: group.id, person: person.id });
    enforce(rules.noDuplicateSeat(person.id, input.role, input.startsOn, seats.map(seatTerm)));
    return { target: openSeat(em, { workingGroup: group, person, nominatingAgency: agency, role: input.role, startsOn: input.startsOn }) };
  });
}

/**
 * Ends a seat in a working group. A head's seat, and any seat of the central group, by the administrator
 * or the central secretariat; the secretariat and members of a provincial group also by its head.
 */
export function endWorkingGroupMembership(ctx: Context, input: EndWorkingGroupMembershipInput): Promise<Payload<WorkingGroupMembership>> {
  const registrar = isRegistrar(ctx.viewer.systemRoles);
  return runMutation(ctx, 'endWorkingGroupMembership', async (em) => {
    const membership = await load(em, WorkingGroupMembership, input.membershipId, 'input.membershipId', {
      lock: true,
      what: 'working group seat',
    });
    const before = snapshot(membership);
    if (!registrar) {
      const group = await em.findOneOrFail(WorkingGroup, membership.workingGroup.id);
      if (membership.role === MembershipRole.HEAD)
        throw forbidden('Only the system administrator or the central secretariat may end the seat of a head.');
      if (group.level === WorkingGroupLevel.CENTRAL)
        throw forbidden(`Only the system administrator or the central secretariat may ${CENTRAL_SEATS}.`);
      enforce(headsProvincialGroup(group.id, await seatsOn(em, ctx.viewer.person.id, ctx.clock.today())));
    }
    enforce(rules.canEndSeat({ startsOn: membership.startsOn, endsOn: membership.endsOn ?? null }, input.endsOn));
    membership.endsOn = input.endsOn;
    return { target: membership, before };
  });
}
