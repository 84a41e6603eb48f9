import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { actsForGroup, type Seat } from '../authority/authority.rules';
import type { SystemRole } from '../person/person.entity';
import { isRegistrar } from '../person/person.rules';
import { WorkingGroupLevel } from '../working-group/working-group.entity';
import { DisputeState } from './dispute.entity';

const { OPEN_PROVINCIAL, RESOLVED_PROVINCIAL, NO_AGREEMENT, ESCALATED, RESOLVED_CENTRAL } = DisputeState;

/** The state a dispute is lodged in: before the provincial working group (Art. 4-5). */
export const INITIAL_DISPUTE_STATE = OPEN_PROVINCIAL;

/**
 * R7 (Art. 4-5): every move the state machine allows, and no other. The provincial working group
 * resolves or records no agreement; only no agreement can go to the centre; the centre's decision is
 * final. RESOLVED_PROVINCIAL and RESOLVED_CENTRAL are terminal.
 */
export const DISPUTE_TRANSITIONS: Readonly<Record<DisputeState, readonly DisputeState[]>> = {
  [OPEN_PROVINCIAL]: [RESOLVED_PROVINCIAL, NO_AGREEMENT],
  [RESOLVED_PROVINCIAL]: [],
  [NO_AGREEMENT]: [ESCALATED],
  [ESCALATED]: [RESOLVED_CENTRAL],
  [RESOLVED_CENTRAL]: [],
};

/** A dispute in this state is settled and can move no further. */
export function isSettled(state: DisputeState): boolean {
  return DISPUTE_TRANSITIONS[state].length === 0;
}

/** R7 (Art. 4-5): the move is in the transition table. */
export function canMove(from: DisputeState, to: DisputeState): RuleResult {
  if (DISPUTE_TRANSITIONS[from].includes(to)) return null;
  const why =
    from === RESOLVED_CENTRAL
      ? 'the decision of the central working group is final'
      : from === RESOLVED_PROVINCIAL
        ? 'it was resolved by the provincial working group'
        : `from ${from} it can only move to ${DISPUTE_TRANSITIONS[from].join(' or ')}`;
  return violation(ErrorCode.INVALID_TRANSITION, `A dispute cannot move from ${from} to ${to}: ${why}.`, 'Art. 4-5');
}

/**
 * R7 (Art. 4-5): escalation to the central working group only after the provincial one recorded no
 * agreement. From every other state it is ESCALATION_NOT_ALLOWED (not INVALID_TRANSITION), so the
 * caller learns why: not yet heard, already settled, or already at the centre.
 */
export function escalationAllowed(state: DisputeState): RuleResult {
  if (state === NO_AGREEMENT) return null;
  const why: Record<Exclude<DisputeState, typeof NO_AGREEMENT>, string> = {
    [OPEN_PROVINCIAL]: 'the provincial working group has not yet recorded that no agreement was reached',
    [RESOLVED_PROVINCIAL]: 'the provincial working group resolved it',
    [ESCALATED]: 'it has already been escalated to the central working group',
    [RESOLVED_CENTRAL]: 'the central working group has decided it, and its decision is final',
  };
  return violation(
    ErrorCode.ESCALATION_NOT_ALLOWED,
    `The dispute cannot be escalated: ${why[state]}. Only a dispute without agreement at the province goes to the centre.`,
    'Art. 4-5',
  );
}

/** The working group a dispute is lodged at, as the rules see it. */
export interface ForumFacts {
  id: string;
  level: WorkingGroupLevel;
}

/**
 * R7 (Art. 4-5): a dispute is first raised in the working group of the cluster's province
 * (`provincialGroupId`, null when the province has none), never at the centre nor in another province. When the province has no working group yet there is no forum
 * to lodge it at: it must be formed first (the centre does not stand in for it).
 */
export function lodgedAtProvincialForum(forum: ForumFacts, provincialGroupId: string | null): RuleResult {
  const field = ['input', 'forumWorkingGroupId'];
  if (provincialGroupId === null) {
    return violation(
      ErrorCode.WRONG_FORUM,
      "The cluster's province has no working group yet: it must be formed before a dispute can be raised there; disputes are never raised first at the centre.",
      'Art. 4-5',
      field,
    );
  }
  if (forum.level === WorkingGroupLevel.CENTRAL) {
    return violation(
      ErrorCode.WRONG_FORUM,
      "A dispute is first raised in the working group of the cluster's province; the central working group hears it only after escalation.",
      'Art. 4-5',
      field,
    );
  }
  if (forum.id !== provincialGroupId) {
    return violation(
      ErrorCode.WRONG_FORUM,
      "A dispute is raised in the working group of the cluster's own province, not of another province.",
      'Art. 4-5',
      field,
    );
  }
  return null;
}

/** A party as given: exactly one of an agency and a person. */
export interface PartyFacts {
  agencyId?: string | null;
  personId?: string | null;
}

/** R7 (Art. 4-5): each party is an agency or a person (exactly one), and no party is named twice. */
export function partiesAreWellFormed(parties: readonly PartyFacts[]): RuleResult {
  for (const [index, party] of parties.entries()) {
    if (Boolean(party.agencyId) === Boolean(party.personId)) {
      return violation(
        ErrorCode.VALIDATION,
        'Each party is either an executive agency or a person: give exactly one of `agencyId` and `personId`.',
        'Art. 4-5',
        ['input', 'parties', String(index)],
      );
    }
  }
  const keys = parties.map((party) => (party.agencyId ? `agency:${party.agencyId}` : `person:${party.personId}`));
  const repeated = keys.findIndex((key, index) => keys.indexOf(key) !== index);
  if (repeated >= 0) {
    return violation(ErrorCode.VALIDATION, 'The same party is named twice; a dispute is between distinct parties.', 'Art. 4-5', [
      'input',
      'parties',
      String(repeated),
    ]);
  }
  return null;
}

/** House rule: a dispute is not recorded as raised on a day that has not come yet. */
export function raisedOnIsNotInFuture(raisedOn: string, today: string): RuleResult {
  return raisedOn <= today
    ? null
    : violation(ErrorCode.VALIDATION, `A dispute cannot be raised on a future day (today is ${today}).`, 'House rule', [
        'input',
        'raisedOn',
      ]);
}

/** Who the cluster's elements are on the day a dispute is raised, and who the caller is. */
export interface RaiserFacts {
  actorId: string;
  /** The caller's system roles: the central secretariat and the administrator act nationally. */
  systemRoles: readonly SystemRole[];
  /** Development agents of the cluster under a contract in force. */
  agentIds: readonly string[];
  /** Supervisors of the cluster under an appointment in force. */
  supervisorIds: readonly string[];
  /**
   * Executors of the cluster's plans that a working group approved (approved, suspended or completed:
   * Art. 4-1's "executors of approved development plans"). Not of proposals: anyone may propose a plan
   * naming themself its executor, which must not make them an element of the cluster.
   */
  executorIds: readonly string[];
  /** The cluster's responsible working groups: its province's group and the central one. */
  responsibleGroupIds: readonly string[];
  /** The caller's seats on the day, in any working group. */
  seats: readonly Seat[];
}

/**
 * R7 (Art. 4-5): a dispute is "a disagreement between the elements of cluster development", so only an
 * element of THIS cluster on the day raises it: its development agent under contract, its supervisor in
 * force, an executor of one of its approved plans, or anyone seated (head, secretariat or member) in one of its
 * responsible working groups; or the central secretariat or the administrator. The parties are not
 * consulted: they are whatever the caller writes, so naming oneself a party grants nothing (otherwise
 * any signed-in person could write into any province). Anyone else gets NOT_RESPONSIBLE_WORKING_GROUP
 * as a user error (not a top-level FORBIDDEN): it depends on the data, like the other jurisdiction rules.
 */
export function mayRaise(facts: RaiserFacts): RuleResult {
  const { actorId } = facts;
  if (
    isRegistrar(facts.systemRoles) ||
    facts.agentIds.includes(actorId) ||
    facts.supervisorIds.includes(actorId) ||
    facts.executorIds.includes(actorId) ||
    facts.seats.some((seat) => facts.responsibleGroupIds.includes(seat.workingGroupId))
  ) {
    return null;
  }
  return violation(
    ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
    "Only an element of the cluster's development may raise a dispute about it: its development agent or supervisor in force, an executor of one of its approved plans, a head, secretariat or member of its province's or the central working group, or the central secretariat. Being named a party grants nothing.",
    'Art. 4-5',
  );
}

/**
 * R4 (Art. 3) for disputes: the working group hearing the dispute at this stage (the provincial one for
 * its outcome, the central one for the final decision) acts through its head or its secretariat.
 */
export function actsForHearingGroup(hearingGroupId: string, level: WorkingGroupLevel, seats: readonly Seat[]): RuleResult {
  if (actsForGroup(hearingGroupId, seats)) return null;
  const which = level === WorkingGroupLevel.CENTRAL ? 'the central working group' : 'the provincial working group hearing the dispute';
  return violation(ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP, `Only the head or the secretariat of ${which} may do this.`, 'Art. 3');
}

/**
 * R7 (Art. 4-5): escalation is asked for by a person who is a party, or by the head or secretariat of
 * the provincial working group that could not reach agreement.
 */
export function mayEscalate(
  actorId: string,
  partyPersonIds: readonly string[],
  provincialGroupId: string,
  seats: readonly Seat[],
): RuleResult {
  if (partyPersonIds.includes(actorId) || actsForGroup(provincialGroupId, seats)) return null;
  return violation(
    ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
    'Only a party to the dispute, or the head or secretariat of the provincial working group that heard it, may escalate it.',
    'Art. 4-5',
  );
}
