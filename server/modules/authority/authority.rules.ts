/**
 * Authority under Art. 3, as pure rules: who acts for a working group, and for which clusters. The
 * seats a person holds on a day come from `seatsOn` (authority.ts); a cluster's responsible working
 * groups are its province's group and the central one (docs/domain.md, R3, R4).
 */
import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { MembershipRole } from '../working-group/working-group.entity';

/** A seat a person holds in a working group on the day of an action. */
export interface Seat {
  workingGroupId: string;
  role: MembershipRole;
}

/** The person acts for the working group: they are its head or its secretariat (R4). */
export function actsForGroup(workingGroupId: string, seats: readonly Seat[]): boolean {
  return seats.some(
    (seat) => seat.workingGroupId === workingGroupId && (seat.role === MembershipRole.HEAD || seat.role === MembershipRole.SECRETARIAT),
  );
}

/** The person heads the working group. */
function headsGroup(workingGroupId: string, seats: readonly Seat[]): boolean {
  return seats.some((seat) => seat.workingGroupId === workingGroupId && seat.role === MembershipRole.HEAD);
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

/**
 * R4 (Art. 3): only a responsible working group of the cluster decides about it, and only its head or
 * its secretariat may act for it.
 */
export function actsForResponsibleGroup(actingGroupId: string, responsibleGroupIds: readonly string[], seats: readonly Seat[]): RuleResult {
  const responsible = groupIsResponsible(actingGroupId, responsibleGroupIds);
  if (responsible) return responsible;
  return actsForGroup(actingGroupId, seats)
    ? null
    : violation(
        ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
        'Only the head or the secretariat of the working group may act for it.',
        'Art. 3',
        ['input', 'workingGroupId'],
      );
}

/**
 * R4 (Art. 3): a working group acts through its head or its secretariat, whatever it decides about
 * (a resolution about no particular cluster, an opinion of an agency's performance).
 */
export function actsForWorkingGroup(workingGroupId: string, seats: readonly Seat[]): RuleResult {
  return actsForResponsibleGroup(workingGroupId, [workingGroupId], seats);
}

/** Some responsible working group of the cluster counts the person as its head or secretariat. */
export function actsForAnyResponsibleGroup(responsibleGroupIds: readonly string[], seats: readonly Seat[]): RuleResult {
  return responsibleGroupIds.some((groupId) => actsForGroup(groupId, seats))
    ? null
    : violation(
        ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
        "Only the head or secretariat of the cluster's provincial working group or of the central working group may do this.",
        'Art. 3',
      );
}

/** Closing article: the central working group's secretariat (or its head) reports to the authorities. */
export function actsForCentralWorkingGroup(centralGroupId: string, seats: readonly Seat[]): RuleResult {
  return actsForGroup(centralGroupId, seats)
    ? null
    : violation(
        ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
        "Only the central working group's secretariat or its head may issue the periodic report.",
        'Closing',
      );
}

/** R3 (Art. 3): a supervisor decree is issued by the head of the appointing working group, and only by them. */
export function isHeadOf(workingGroupId: string, seats: readonly Seat[]): RuleResult {
  return headsGroup(workingGroupId, seats)
    ? null
    : violation(ErrorCode.NOT_WORKING_GROUP_HEAD, 'Only the head of the working group in office may issue this decree.', 'Art. 3');
}

/**
 * House rule: besides the registrars, the head of a provincial working group manages its secretariat
 * and members (not its head's seat).
 */
export function headsProvincialGroup(workingGroupId: string, seats: readonly Seat[]): RuleResult {
  return headsGroup(workingGroupId, seats)
    ? null
    : violation(
        ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
        "Only the system administrator, the central secretariat or the provincial working group's head may manage its seats.",
        'House rule',
      );
}

/**
 * Who may propose a plan: its executor themself, or the head or secretariat of one of the cluster's
 * responsible working groups proposing on the executor's behalf (Art. 3).
 */
export function mayProposePlan(
  viewerId: string,
  executorId: string,
  responsibleGroupIds: readonly string[],
  seats: readonly Seat[],
): RuleResult {
  if (viewerId === executorId || actsForAnyResponsibleGroup(responsibleGroupIds, seats) === null) return null;
  return violation(
    ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
    "Only the plan's executor, or the head or secretariat of the cluster's provincial or central working group, may propose it.",
    'Art. 3',
    ['input', 'executorId'],
  );
}
