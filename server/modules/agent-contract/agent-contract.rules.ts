import { termEndAfterYears } from '../../kernel/calendar';
import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { type DaySpan, overlaps } from '../authority/term';
import { Qualification } from '../person/person.entity';

/** A contract's term runs forwards: its last day is not before its first. */
export function termIsOrdered(startsOn: string, endsOn: string): RuleResult {
  return endsOn >= startsOn
    ? null
    : violation(ErrorCode.VALIDATION, 'The contract cannot end before it starts.', 'Art. 3', ['input', 'endsOn']);
}

/** Longest agent contract, in years. */
export const AGENT_CONTRACT_MAX_TERM_YEARS = 10;

/**
 * House rule: a contract runs at most AGENT_CONTRACT_MAX_TERM_YEARS years. The agent owes a report for
 * every quarter in force (Art. 4-1), so this also bounds the obligations one signature creates.
 */
export function termWithinLimit(startsOn: string, endsOn: string): RuleResult {
  const latest = termEndAfterYears(startsOn, AGENT_CONTRACT_MAX_TERM_YEARS);
  return endsOn <= latest
    ? null
    : violation(
        ErrorCode.VALIDATION,
        `A contract runs at most ${AGENT_CONTRACT_MAX_TERM_YEARS} years: one starting ${startsOn} ends by ${latest}.`,
        'House rule',
        ['input', 'endsOn'],
      );
}

/** R2 (Art. 3): development agents are contracted by ISIPO, the agency that contracts them, and by no other. */
export function agencyContractsAgents(agency: { contractsDevelopmentAgents: boolean }): RuleResult {
  return agency.contractsDevelopmentAgents
    ? null
    : violation(
        ErrorCode.AGENT_CONTRACT_AUTHORITY,
        'Development agents are contracted by the Small Industries and Industrial Parks Organization (ISIPO) only.',
        'Art. 3',
        ['input', 'agencyId'],
      );
}

/** R2 (Art. 3): the agent meets the qualifications for the role, as recorded. */
export function agentIsQualified(qualifications: readonly Qualification[]): RuleResult {
  return qualifications.includes(Qualification.DEVELOPMENT_AGENT)
    ? null
    : violation(ErrorCode.AGENT_NOT_QUALIFIED, 'The person has no recorded development agent qualification.', 'Art. 3', [
        'input',
        'agentId',
      ]);
}

/** R2 (Art. 3): at most one agent contract in force per cluster on any day. */
export function noOverlappingContract(term: DaySpan, contractsOfCluster: readonly DaySpan[]): RuleResult {
  return contractsOfCluster.some((existing) => overlaps(term, existing))
    ? violation(ErrorCode.AGENT_ALREADY_CONTRACTED, 'The cluster already has an agent contract in force for some of these dates.', 'Art. 3')
    : null;
}

/**
 * House rule, the mirror of the supervisor's: an agent may not be the cluster's supervisor over the
 * same dates, or they would oversee their own work.
 */
export function agentIsNotSupervisor(term: DaySpan, supervisorTerms: readonly DaySpan[]): RuleResult {
  return supervisorTerms.some((supervisorTerm) => overlaps(term, supervisorTerm))
    ? violation(ErrorCode.CONFLICT_OF_INTEREST, "The agent is the cluster's supervisor over these dates.", 'House rule', [
        'input',
        'agentId',
      ])
    : null;
}

/** A contract can be ended early once, on a day within its term. */
export function canEndContract(term: DaySpan, terminatedOn: string | null | undefined, lastDayInForce: string): RuleResult {
  if (terminatedOn) return violation(ErrorCode.INVALID_TRANSITION, 'The contract has already been ended.', 'Art. 3');
  if (lastDayInForce < term.startsOn || lastDayInForce > term.lastDay) {
    return violation(ErrorCode.VALIDATION, 'The last day in force must fall within the term of the contract.', 'Art. 3', [
      'input',
      'lastDayInForce',
    ]);
  }
  return null;
}

/** Contract numbers are unique across all contracts (the database's unique constraint backs this up). */
export function contractNumberIsFree(taken: boolean): RuleResult {
  return taken
    ? violation(ErrorCode.CONFLICT, 'A contract with this number is already recorded.', null, ['input', 'contractNumber'])
    : null;
}
