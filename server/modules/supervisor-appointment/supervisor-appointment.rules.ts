import { oneYearTermEnd } from '../../kernel/calendar';
import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { type DaySpan, overlaps } from '../authority/term';
import { Qualification } from '../person/person.entity';

/** R3 (Art. 3): a supervisor is appointed for one year exactly: `endsOn` = `startsOn` + 1 year − 1 day. */
export function termIsOneYear(startsOn: string, endsOn: string | null | undefined): RuleResult {
  const expected = oneYearTermEnd(startsOn);
  if (endsOn == null || endsOn === expected) return null;
  return violation(
    ErrorCode.VALIDATION,
    `A supervisor is appointed for one year: a term starting ${startsOn} ends ${expected}.`,
    'Art. 3',
    ['input', 'endsOn'],
  );
}

/** R3 (Art. 3): the supervisor has recorded scientific and specialist competence in cluster development. */
export function supervisorIsQualified(qualifications: readonly Qualification[]): RuleResult {
  return qualifications.includes(Qualification.CLUSTER_DEVELOPMENT_EXPERTISE)
    ? null
    : violation(ErrorCode.SUPERVISOR_NOT_QUALIFIED, 'The supervisor has no recorded expertise in cluster development.', 'Art. 3', [
        'input',
        'supervisorId',
      ]);
}

/** R3 (Art. 3): at most one appointment in force per cluster on any day. */
export function noOverlappingAppointment(term: DaySpan, appointmentsOfCluster: readonly DaySpan[]): RuleResult {
  return appointmentsOfCluster.some((existing) => overlaps(term, existing))
    ? violation(ErrorCode.SUPERVISOR_ALREADY_APPOINTED, 'The cluster already has a supervisor appointed for some of these dates.', 'Art. 3')
    : null;
}

/**
 * House rule: a supervisor may not oversee their own work: not the cluster's development agent, nor
 * an executor of one of its plans, over the same dates.
 */
export function noConflictOfInterest(term: DaySpan, agentTerms: readonly DaySpan[], executedPlanTerms: readonly DaySpan[]): RuleResult {
  if (agentTerms.some((agentTerm) => overlaps(term, agentTerm))) {
    return violation(ErrorCode.CONFLICT_OF_INTEREST, "The supervisor is the cluster's development agent over these dates.", 'House rule', [
      'input',
      'supervisorId',
    ]);
  }
  if (executedPlanTerms.some((planTerm) => overlaps(term, planTerm))) {
    return violation(ErrorCode.CONFLICT_OF_INTEREST, 'The supervisor executes a plan of this cluster over these dates.', 'House rule', [
      'input',
      'supervisorId',
    ]);
  }
  return null;
}

/**
 * R3 (Art. 3): a decree is the act of the head in office: it is recorded by them, dated no later
 * than today, while they hold the seat both on the decree's date and on the day it is recorded.
 */
export function decreeIsCurrent(decreeDate: string, today: string): RuleResult {
  return decreeDate > today
    ? violation(ErrorCode.VALIDATION, 'A decree cannot be dated in the future.', 'Art. 3', ['input', 'decreeDate'])
    : null;
}

/** An appointment can be revoked once, on a day within its term. */
export function canRevoke(term: DaySpan, revokedOn: string | null | undefined, lastDayInOffice: string): RuleResult {
  if (revokedOn) return violation(ErrorCode.INVALID_TRANSITION, 'The appointment has already been revoked.', 'Art. 3');
  if (lastDayInOffice < term.startsOn || lastDayInOffice > term.lastDay) {
    return violation(ErrorCode.VALIDATION, 'The last day in office must fall within the term of the appointment.', 'Art. 3', [
      'input',
      'lastDayInOffice',
    ]);
  }
  return null;
}
