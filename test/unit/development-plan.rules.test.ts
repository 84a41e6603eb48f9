import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { PlanStatus } from '../../server/modules/development-plan/development-plan.entity';
import {
  canMovePlan,
  completionDateIsValid,
  decisionDateIsValid,
  executorIsNotSupervisor,
  indicatorNamesAreDistinct,
  nextPlanStatus,
  PLAN_TRANSITIONS,
  PlanAction,
  planTermIsValid,
  planTermWithinLimit,
  reportingStartsOn,
  resolutionFitsPlan,
  termNotOverAtApproval,
} from '../../server/modules/development-plan/development-plan.rules';

const { PROPOSED, APPROVED, REJECTED, SUSPENDED, COMPLETED } = PlanStatus;
const { APPROVE, REJECT, SUSPEND, RESUME, COMPLETE } = PlanAction;

/** R11 as written in docs/domain.md, independently of the table in the code: decision, from, to. */
const EXPECTED: ReadonlyArray<readonly [PlanAction, PlanStatus, PlanStatus]> = [
  [APPROVE, PROPOSED, APPROVED],
  [REJECT, PROPOSED, REJECTED],
  [SUSPEND, APPROVED, SUSPENDED],
  [RESUME, SUSPENDED, APPROVED],
  [COMPLETE, APPROVED, COMPLETED],
];
const STATUSES = Object.values(PlanStatus);
const ACTIONS = Object.values(PlanAction);

describe('R11 plan lifecycle (house rule)', () => {
  it('has a row for every status', () => {
    expect(Object.keys(PLAN_TRANSITIONS).sort()).toEqual([...STATUSES].sort());
  });

  it('allows exactly the moves PROPOSED → APPROVED | REJECTED, APPROVED → SUSPENDED → APPROVED, APPROVED → COMPLETED', () => {
    const edges = STATUSES.flatMap((from) => Object.values(PLAN_TRANSITIONS[from]).map((to) => `${from}>${to}`)).sort();
    expect(edges).toEqual(EXPECTED.map(([, from, to]) => `${from}>${to}`).sort());
  });

  const cases = STATUSES.flatMap((from) => ACTIONS.map((action) => [from, action] as const));
  it.each(cases)('from %s, %s', (from, action) => {
    const expected = EXPECTED.find(([expectedAction, expectedFrom]) => expectedAction === action && expectedFrom === from);
    if (expected) {
      expect(canMovePlan(from, action)).toBeNull();
      expect(nextPlanStatus(from, action)).toBe(expected[2]);
    } else {
      expect(nextPlanStatus(from, action)).toBeNull();
      const result = canMovePlan(from, action);
      expect(result).toMatchObject({ code: 'INVALID_TRANSITION', article: 'House rule', field: ['input', 'planId'] });
      expect(result?.message).toContain(from);
    }
  });

  it('REJECTED and COMPLETED are final', () => {
    for (const action of ACTIONS) {
      expect(canMovePlan(REJECTED, action)?.code).toBe('INVALID_TRANSITION');
      expect(canMovePlan(COMPLETED, action)?.code).toBe('INVALID_TRANSITION');
    }
  });

  it('resuming never approves a proposal, and approving never resumes a suspended plan', () => {
    expect(canMovePlan(PROPOSED, RESUME)?.code).toBe('INVALID_TRANSITION');
    expect(canMovePlan(SUSPENDED, APPROVE)?.code).toBe('INVALID_TRANSITION');
  });
});

describe('plan data', () => {
  it('a term may be one day but not end before it starts', () => {
    expect(planTermIsValid('2025-09-01', '2025-09-01')).toBeNull();
    expect(planTermIsValid('2025-09-01', '2025-08-31')).toMatchObject({ code: 'VALIDATION', field: ['input', 'endsOn'] });
  });

  it('indicator names are distinct, ignoring case and surrounding spaces', () => {
    expect(indicatorNamesAreDistinct(['Export value', 'Jobs'])).toBeNull();
    expect(indicatorNamesAreDistinct(['Export value', 'Jobs', ' export VALUE '])).toMatchObject({
      code: 'VALIDATION',
      field: ['input', 'indicators', '2', 'name'],
    });
  });

  it("the executor may not be the cluster's supervisor over the plan's dates", () => {
    const plan = { startsOn: '2025-09-01', lastDay: '2026-08-31' };
    expect(executorIsNotSupervisor(plan, [{ startsOn: '2024-09-01', lastDay: '2025-08-31' }])).toBeNull();
    expect(executorIsNotSupervisor(plan, [{ startsOn: '2024-09-02', lastDay: '2025-09-01' }])).toMatchObject({
      code: 'CONFLICT_OF_INTEREST',
      article: 'House rule',
    });
  });

  it("a resolution fits a plan when adopted by a responsible group, about no cluster or the plan's", () => {
    const field = ['input', 'resolutionId'];
    expect(resolutionFitsPlan({ workingGroupId: 'central', clusterId: null }, 'c1', ['tehran', 'central'], field)).toBeNull();
    expect(resolutionFitsPlan({ workingGroupId: 'tehran', clusterId: 'c1' }, 'c1', ['tehran', 'central'], field)).toBeNull();
    expect(resolutionFitsPlan({ workingGroupId: 'isfahan', clusterId: null }, 'c1', ['tehran', 'central'], field)).toMatchObject({
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      field,
    });
    expect(resolutionFitsPlan({ workingGroupId: 'central', clusterId: 'c2' }, 'c1', ['tehran', 'central'], field)).toMatchObject({
      code: 'VALIDATION',
      article: 'Art. 2',
    });
  });
});

describe('decision dates', () => {
  it('a decision falls between the proposal and today', () => {
    expect(decisionDateIsValid('2025-08-15', '2025-05-10', '2025-08-15')).toBeNull();
    expect(decisionDateIsValid('2025-05-10', '2025-05-10', '2025-08-15')).toBeNull();
    expect(decisionDateIsValid('2025-08-16', '2025-05-10', '2025-08-15')?.code).toBe('VALIDATION');
    expect(decisionDateIsValid('2025-05-09', '2025-05-10', '2025-08-15')?.code).toBe('VALIDATION');
  });

  it('a plan whose term is over cannot be approved', () => {
    expect(termNotOverAtApproval('2026-09-30', '2026-09-30')).toBeNull();
    expect(termNotOverAtApproval('2026-10-01', '2026-09-30')).toMatchObject({ code: 'VALIDATION', article: 'House rule' });
  });

  it('reports are owed from the later of the start and the approval', () => {
    expect(reportingStartsOn('2025-10-01', '2025-08-15')).toBe('2025-10-01');
    expect(reportingStartsOn('2024-10-01', '2025-08-15')).toBe('2025-08-15');
  });

  it('completion falls between the approval and today', () => {
    expect(completionDateIsValid('2025-08-15', '2024-01-15', '2025-08-15')).toBeNull();
    expect(completionDateIsValid('2025-08-16', '2024-01-15', '2025-08-15')).toMatchObject({
      code: 'VALIDATION',
      field: ['input', 'completedOn'],
    });
    expect(completionDateIsValid('2024-01-14', '2024-01-15', '2025-08-15')?.code).toBe('VALIDATION');
  });
});

describe('planTermWithinLimit (house rule: at most PLAN_MAX_TERM_YEARS)', () => {
  it('allows exactly the limit and refuses one day more, with the latest end in the message', () => {
    expect(planTermWithinLimit('2025-10-01', '2035-09-30', 10)).toBeNull();
    const refused = planTermWithinLimit('2025-10-01', '2035-10-01', 10);
    expect(refused).toMatchObject({ code: 'VALIDATION', article: 'House rule', field: ['input', 'endsOn'] });
    expect(refused!.message).toContain('2035-09-30');
  });

  it('clamps 29 February, follows a lowered setting, and names the field it is given', () => {
    expect(planTermWithinLimit('2024-02-29', '2026-02-27', 2)).toBeNull();
    expect(planTermWithinLimit('2024-02-29', '2026-02-28', 2)).not.toBeNull();
    expect(planTermWithinLimit('2025-01-01', '2025-12-31', 1)).toBeNull();
    expect(planTermWithinLimit('2025-01-01', '2030-12-31', 3, ['input', 'planId'])).toMatchObject({ field: ['input', 'planId'] });
  });
});
