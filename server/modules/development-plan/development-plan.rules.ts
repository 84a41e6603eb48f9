import { DEFAULT_OVERSIGHT_SETTINGS } from '../../config/oversight-settings';
import { termEndAfterYears } from '../../kernel/calendar';
import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { type DaySpan, overlaps } from '../authority/term';
import { PlanStatus } from './development-plan.entity';

/** The decisions that move a plan along its lifecycle, one mutation each. */
export enum PlanAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  SUSPEND = 'SUSPEND',
  RESUME = 'RESUME',
  COMPLETE = 'COMPLETE',
}

/**
 * R11 (house rule): the transition table. For each status, the decisions it allows and the status each
 * leads to; anything not listed is INVALID_TRANSITION.
 *   PROPOSED → APPROVED | REJECTED, APPROVED → SUSPENDED → APPROVED, APPROVED → COMPLETED.
 * REJECTED and COMPLETED are final. Keying by decision, not only by target status, keeps "resume" from
 * approving a proposal and "approve" from resuming a suspended plan (which would skip the budget).
 */
export const PLAN_TRANSITIONS: Readonly<Record<PlanStatus, Readonly<Partial<Record<PlanAction, PlanStatus>>>>> = {
  [PlanStatus.PROPOSED]: { [PlanAction.APPROVE]: PlanStatus.APPROVED, [PlanAction.REJECT]: PlanStatus.REJECTED },
  [PlanStatus.APPROVED]: { [PlanAction.SUSPEND]: PlanStatus.SUSPENDED, [PlanAction.COMPLETE]: PlanStatus.COMPLETED },
  [PlanStatus.SUSPENDED]: { [PlanAction.RESUME]: PlanStatus.APPROVED },
  [PlanStatus.REJECTED]: {},
  [PlanStatus.COMPLETED]: {},
};

const ACTION_WORDING: Record<PlanAction, string> = {
  [PlanAction.APPROVE]: 'approved',
  [PlanAction.REJECT]: 'rejected',
  [PlanAction.SUSPEND]: 'suspended',
  [PlanAction.RESUME]: 'resumed',
  [PlanAction.COMPLETE]: 'completed',
};

/** The status a decision leads to from `from`, or null when the table does not allow it. */
export function nextPlanStatus(from: PlanStatus, action: PlanAction): PlanStatus | null {
  return PLAN_TRANSITIONS[from][action] ?? null;
}

/** R11 (house rule): a plan moves only along the transition table. */
export function canMovePlan(from: PlanStatus, action: PlanAction): RuleResult {
  return nextPlanStatus(from, action)
    ? null
    : violation(ErrorCode.INVALID_TRANSITION, `A ${from} plan cannot be ${ACTION_WORDING[action]}.`, 'House rule', ['input', 'planId']);
}

/** A plan's term: its last day is not before its first. */
export function planTermIsValid(startsOn: string, endsOn: string): RuleResult {
  return endsOn >= startsOn
    ? null
    : violation(ErrorCode.VALIDATION, "The plan's last day may not be before its first day.", null, ['input', 'endsOn']);
}

/** Longest plan term, in years, unless the deployment sets PLAN_MAX_TERM_YEARS. */
export const DEFAULT_PLAN_MAX_TERM_YEARS = DEFAULT_OVERSIGHT_SETTINGS.planMaxTermYears;

/**
 * House rule: a plan runs at most `maxYears` years. Its executor owes a report for every quarter of
 * the term (Art. 4-1), so the bound also bounds the obligations one approval creates (4 a year). A
 * rule violation rather than malformed input: each date is well formed on its own, and the limit is a
 * deployment's setting.
 */
export function planTermWithinLimit(startsOn: string, endsOn: string, maxYears: number, field: string[] = ['input', 'endsOn']): RuleResult {
  const latest = termEndAfterYears(startsOn, maxYears);
  return endsOn <= latest
    ? null
    : violation(
        ErrorCode.VALIDATION,
        `A plan runs at most ${maxYears} years: one starting ${startsOn} ends by ${latest}.`,
        'House rule',
        field,
      );
}

/** Indicators of one plan have distinct names (compared without case or surrounding spaces). */
export function indicatorNamesAreDistinct(names: readonly string[]): RuleResult {
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    const key = name.trim().toLocaleLowerCase('en');
    if (seen.has(key)) {
      return violation(ErrorCode.VALIDATION, `The plan already has an indicator named "${name.trim()}".`, null, [
        'input',
        'indicators',
        String(index),
        'name',
      ]);
    }
    seen.add(key);
  }
  return null;
}

/**
 * House rule (R3 seen from the plan's side): the cluster's supervisor may not execute one of its plans
 * over dates they supervise it, so no one oversees their own work.
 */
export function executorIsNotSupervisor(planTerm: DaySpan, executorSupervisionTerms: readonly DaySpan[]): RuleResult {
  return executorSupervisionTerms.some((term) => overlaps(planTerm, term))
    ? violation(ErrorCode.CONFLICT_OF_INTEREST, "The executor is the cluster's supervisor over some of the plan's dates.", 'House rule', [
        'input',
        'executorId',
      ])
    : null;
}

/**
 * A resolution a plan carries out is one the cluster's responsible working groups adopted (Art. 3), and
 * if it is about a cluster, about the plan's cluster.
 */
export function resolutionFitsPlan(
  resolution: { workingGroupId: string; clusterId: string | null },
  planClusterId: string,
  responsibleGroupIds: readonly string[],
  field: string[],
): RuleResult {
  if (!responsibleGroupIds.includes(resolution.workingGroupId)) {
    return violation(
      ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
      "The resolution was adopted by a working group that is not responsible for the plan's cluster.",
      'Art. 3',
      field,
    );
  }
  if (resolution.clusterId !== null && resolution.clusterId !== planClusterId) {
    return violation(ErrorCode.VALIDATION, 'The resolution is about another cluster.', 'Art. 2', field);
  }
  return null;
}

/** A decision about a plan is dated between its proposal and today. */
export function decisionDateIsValid(decidedOn: string, proposedOn: string, today: string): RuleResult {
  if (decidedOn > today) return violation(ErrorCode.VALIDATION, 'A decision cannot be dated in the future.', null, ['input', 'decidedOn']);
  if (decidedOn < proposedOn) {
    return violation(ErrorCode.VALIDATION, 'A decision cannot be dated before the plan was proposed.', null, ['input', 'decidedOn']);
  }
  return null;
}

/** A plan is approved before its term is over: approving a plan that has already ended decides nothing. */
export function termNotOverAtApproval(decidedOn: string, endsOn: string): RuleResult {
  return decidedOn <= endsOn
    ? null
    : violation(ErrorCode.VALIDATION, "The plan's term ended before the decision; propose a new plan instead.", 'House rule', [
        'input',
        'decidedOn',
      ]);
}

/**
 * First day the executor owes quarterly reports for (Art. 4-1): the executor of an *approved* plan
 * reports, so quarters of the term that ended before the approval are not owed.
 */
export function reportingStartsOn(startsOn: string, decidedOn: string): string {
  return decidedOn > startsOn ? decidedOn : startsOn;
}

/** A plan is completed on a day between its approval and today. */
export function completionDateIsValid(completedOn: string, decidedOn: string | null | undefined, today: string): RuleResult {
  if (completedOn > today) {
    return violation(ErrorCode.VALIDATION, 'A plan cannot be completed on a future day.', null, ['input', 'completedOn']);
  }
  if (decidedOn && completedOn < decidedOn) {
    return violation(ErrorCode.VALIDATION, 'A plan cannot be completed before it was approved.', null, ['input', 'completedOn']);
  }
  return null;
}
