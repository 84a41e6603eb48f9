import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { MembershipRole } from './working-group.entity';

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
