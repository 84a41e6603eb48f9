import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { MembershipRole } from './working-group.entity';

/** A seat a person holds in a working group on the day of an action. */
export interface Seat {
  workingGroupId: string;
  role: MembershipRole;
}

/**
 * R4 (Art. 3): only a responsible working group of the cluster decides about it, and only its head or
 * its secretariat may act for it.
 */
export function actsForResponsibleGroup(actingGroupId: string, responsibleGroupIds: readonly string[], seats: readonly Seat[]): RuleResult {
  if (!responsibleGroupIds.includes(actingGroupId)) {
    return violation(
      ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
      "This working group is not responsible for the cluster: only the province's working group and the central working group are.",
      'Art. 3',
      ['input', 'workingGroupId'],
    );
  }
  const acts = seats.some(
    (seat) => seat.workingGroupId === actingGroupId && (seat.role === MembershipRole.HEAD || seat.role === MembershipRole.SECRETARIAT),
  );
  return acts
    ? null
    : violation(
        ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
        'Only the head or the secretariat of the working group may act for it.',
        'Art. 3',
        ['input', 'workingGroupId'],
      );
}

/** R4 (Art. 3): the acting working group is one of the cluster's responsible groups. */
export function groupIsResponsible(actingGroupId: string, responsibleGroupIds: readonly string[]): RuleResult {
  return responsibleGroupIds.includes(actingGroupId)
    ? null
    : violation(
        ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
        "This working group is not responsible for the cluster: only the province's working group and the central working group are.",
        'Art. 3',
        ['input', 'workingGroupId'],
      );
}

/** R3 (Art. 3): a supervisor decree is issued by the head of the appointing working group, and only by them. */
export function isHeadOf(workingGroupId: string, seats: readonly Seat[]): RuleResult {
  return seats.some((seat) => seat.workingGroupId === workingGroupId && seat.role === MembershipRole.HEAD)
    ? null
    : violation(ErrorCode.NOT_WORKING_GROUP_HEAD, 'Only the head of the working group in office may issue this decree.', 'Art. 3');
}

/** Some responsible working group of the cluster counts the person as its head or secretariat. */
export function actsForAnyResponsibleGroup(responsibleGroupIds: readonly string[], seats: readonly Seat[]): RuleResult {
  const acts = seats.some(
    (seat) =>
      responsibleGroupIds.includes(seat.workingGroupId) && (seat.role === MembershipRole.HEAD || seat.role === MembershipRole.SECRETARIAT),
  );
  return acts
    ? null
    : violation(
        ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
        "Only the head or secretariat of the cluster's provincial working group or of the central working group may do this.",
        'Art. 3',
      );
}

/** A seat with its term, as the registry rules see it. */
export interface SeatTerm {
  id: string;
  personId: string;
  role: MembershipRole;
  startsOn: string;
  endsOn: string | null;
}

/** Art. 3: each province has one export development working group; a second is refused. */
export function provinceHasNoWorkingGroup(exists: boolean): RuleResult {
  return exists
    ? violation(ErrorCode.CONFLICT, 'The province already has its export development working group.', 'Art. 3', ['input', 'provinceId'])
    : null;
}

/**
 * The head's seat that a new head starting on `startsOn` ends: the open seat (no end date) that began
 * before that day. It is ended the day before the new head takes office.
 */
export function headSeatToEnd(startsOn: string, headSeats: readonly SeatTerm[]): SeatTerm | null {
  return headSeats.find((seat) => seat.endsOn == null && seat.startsOn < startsOn) ?? null;
}

/**
 * Art. 3: one head at a time. Once the open seat that `headSeatToEnd` gives is closed, no other head's
 * seat may reach `startsOn` or later; appointing the sitting head again is refused too.
 */
export function oneHeadAtATime(
  personId: string,
  startsOn: string,
  headSeats: readonly SeatTerm[],
  endingSeatId: string | null,
): RuleResult {
  const ending = headSeats.find((seat) => seat.id === endingSeatId);
  if (ending && ending.personId === personId) {
    return violation(ErrorCode.CONFLICT, 'This person is already the head of the working group.', 'Art. 3', ['input', 'personId']);
  }
  const clash = headSeats.some((seat) => seat.id !== endingSeatId && (seat.endsOn == null || seat.endsOn >= startsOn));
  return clash
    ? violation(ErrorCode.CONFLICT, 'The working group already has a head for some of these dates.', 'Art. 3', ['input', 'startsOn'])
    : null;
}

/** Art. 3: the members of a working group are introduced by the executive agencies. */
export function memberIsNominated(role: MembershipRole, nominatingAgencyId: string | null | undefined): RuleResult {
  return role === MembershipRole.MEMBER && !nominatingAgencyId
    ? violation(ErrorCode.VALIDATION, 'A member is introduced by an executive agency: give the nominating agency.', 'Art. 3', [
        'input',
        'nominatingAgencyId',
      ])
    : null;
}

/** House rule: a person holds one seat of a given role in a working group at a time. */
export function noDuplicateSeat(personId: string, role: MembershipRole, startsOn: string, seats: readonly SeatTerm[]): RuleResult {
  const duplicate = seats.some(
    (seat) => seat.personId === personId && seat.role === role && (seat.endsOn == null || seat.endsOn >= startsOn),
  );
  return duplicate
    ? violation(ErrorCode.CONFLICT, 'The person already holds this seat in the working group for some of these dates.', 'House rule', [
        'input',
        'personId',
      ])
    : null;
}

/** A seat is ended once, on a day not before it began. */
export function canEndSeat(seat: { startsOn: string; endsOn: string | null }, endsOn: string): RuleResult {
  if (seat.endsOn != null) return violation(ErrorCode.INVALID_TRANSITION, 'This seat has already ended.', 'House rule');
  return endsOn < seat.startsOn
    ? violation(ErrorCode.VALIDATION, 'A seat cannot end before it began.', 'House rule', ['input', 'endsOn'])
    : null;
}

/**
 * House rule: besides the registrars, the head of a provincial working group manages its secretariat
 * and members (not its head's seat).
 */
export function headsProvincialGroup(workingGroupId: string, seats: readonly Seat[]): RuleResult {
  return seats.some((seat) => seat.workingGroupId === workingGroupId && seat.role === MembershipRole.HEAD)
    ? null
    : violation(
        ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
        "Only the system administrator, the central secretariat or the provincial working group's head may manage its seats.",
        'House rule',
      );
}
