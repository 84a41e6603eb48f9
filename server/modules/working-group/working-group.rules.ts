import { ErrorCode } from '../../kernel/errors';
import { violation, type RuleResult } from '../../kernel/rules';
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
