import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { Qualification, SystemRole } from './person.entity';

/**
 * House rule: the registry (people, their qualifications, agencies, working groups and their heads) is
 * kept by the system administrator and the central secretariat at the TPO.
 */
export function isRegistrar(roles: Iterable<SystemRole>): boolean {
  for (const role of roles) if (role === SystemRole.ADMIN || role === SystemRole.CENTRAL_SECRETARIAT) return true;
  return false;
}

/** House rule: only an administrator makes another administrator; the other roles any registrar may grant. */
export function mayGrantRoles(viewerRoles: Iterable<SystemRole>, granted: readonly SystemRole[]): boolean {
  if (!isRegistrar(viewerRoles)) return false;
  return !granted.includes(SystemRole.ADMIN) || [...viewerRoles].includes(SystemRole.ADMIN);
}

/** House rule: an e-mail address signs in one person only (compared in lower case). */
export function emailIsFree(taken: boolean): RuleResult {
  return taken
    ? violation(ErrorCode.CONFLICT, 'A person with this e-mail address is already registered.', 'House rule', ['input', 'email'])
    : null;
}

/** A qualification is recorded once. */
export function canRecordQualification(current: readonly Qualification[], qualification: Qualification): RuleResult {
  return current.includes(qualification)
    ? violation(ErrorCode.CONFLICT, 'This qualification is already recorded for the person.', 'Art. 3', ['input', 'qualification'])
    : null;
}

/**
 * A qualification can be withdrawn only when recorded, and (house rule) not while a contract or an
 * appointment that required it (R2, R3) is in force or yet to start: end that first.
 */
export function canWithdrawQualification(
  current: readonly Qualification[],
  qualification: Qualification,
  termsRelyingOnIt: number,
): RuleResult {
  if (!current.includes(qualification)) {
    return violation(ErrorCode.CONFLICT, 'The person has no such recorded qualification.', 'Art. 3', ['input', 'qualification']);
  }
  if (termsRelyingOnIt > 0) {
    return violation(
      ErrorCode.CONFLICT,
      qualification === Qualification.DEVELOPMENT_AGENT
        ? 'The person is under an agent contract that is in force or yet to start; end it before withdrawing the qualification.'
        : 'The person holds a supervisor appointment that is in force or yet to start; revoke it before withdrawing the qualification.',
      'House rule',
      ['input', 'qualification'],
    );
  }
  return null;
}
