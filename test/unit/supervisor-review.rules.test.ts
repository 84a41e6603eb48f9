import { describe, expect, it } from 'vitest';

import { PlanStatus } from '../../server/modules/development-plan/development-plan.entity';
import {
  type AssessedPlan,
  assessedPlansAreReviewable,
  hasRecommendations,
  isCurrentSupervisor,
  meaningfulRecommendations,
  reviewDateIsNotFuture,
  reviewedPeriodHasBegun,
} from '../../server/modules/supervisor-review/supervisor-review.rules';

describe('isCurrentSupervisor (R6 → NOT_CURRENT_SUPERVISOR, Art. 4-3)', () => {
  it('lets only the supervisor in force on the review date through', () => {
    expect(isCurrentSupervisor('s1', 's1', '2025-08-15')).toBeNull();
    expect(isCurrentSupervisor('s1', 's2', '2025-08-15')).toMatchObject({ code: 'NOT_CURRENT_SUPERVISOR', article: 'Art. 4-3' });
    const none = isCurrentSupervisor(null, 's2', '2025-08-15');
    expect(none).toMatchObject({ code: 'NOT_CURRENT_SUPERVISOR' });
    expect(none?.message).toContain('no supervisor');
  });
});

describe('hasRecommendations (R6 → RECOMMENDATIONS_REQUIRED, Art. 4-3)', () => {
  it('needs at least one recommendation that is not blank', () => {
    expect(hasRecommendations(['Split the tender'])).toBeNull();
    expect(hasRecommendations(['  ', 'Split the tender'])).toBeNull();
    expect(hasRecommendations([])).toMatchObject({
      code: 'RECOMMENDATIONS_REQUIRED',
      article: 'Art. 4-3',
      field: ['input', 'recommendations'],
    });
    expect(hasRecommendations(['', ' \t\n'])).toMatchObject({ code: 'RECOMMENDATIONS_REQUIRED' });
  });

  it('records the recommendations trimmed, blank ones left out', () => {
    expect(meaningfulRecommendations([' a ', '', 'b'])).toEqual(['a', 'b']);
  });
});

describe('review dates', () => {
  it('are not after today', () => {
    expect(reviewDateIsNotFuture('2025-08-15', '2025-08-15')).toBeNull();
    expect(reviewDateIsNotFuture('2025-08-16', '2025-08-15')).toMatchObject({ code: 'VALIDATION', field: ['input', 'reviewedOn'] });
  });

  it('look back at a quarter that has begun', () => {
    expect(reviewedPeriodHasBegun('2025-06-22', '2025-06-22')).toBeNull();
    expect(reviewedPeriodHasBegun('2025-09-23', '2025-08-15')).toMatchObject({ code: 'PERIOD_NOT_STARTED', article: 'Art. 4-3' });
  });
});

describe('assessedPlansAreReviewable (R6, Art. 4-3)', () => {
  const plans = new Map<string, AssessedPlan>([
    ['approved', { id: 'approved', clusterId: 'c1', status: PlanStatus.APPROVED }],
    ['suspended', { id: 'suspended', clusterId: 'c1', status: PlanStatus.SUSPENDED }],
    ['completed', { id: 'completed', clusterId: 'c1', status: PlanStatus.COMPLETED }],
    ['proposed', { id: 'proposed', clusterId: 'c1', status: PlanStatus.PROPOSED }],
    ['rejected', { id: 'rejected', clusterId: 'c1', status: PlanStatus.REJECTED }],
    ['elsewhere', { id: 'elsewhere', clusterId: 'c2', status: PlanStatus.APPROVED }],
  ]);

  it('accepts approved, suspended and completed plans of the cluster', () => {
    expect(assessedPlansAreReviewable('c1', ['approved', 'suspended', 'completed'], plans)).toBeNull();
  });

  it.each(['proposed', 'rejected'])('refuses a %s plan → PLAN_NOT_APPROVED', (planId) => {
    expect(assessedPlansAreReviewable('c1', ['approved', planId], plans)).toMatchObject({
      code: 'PLAN_NOT_APPROVED',
      article: 'Art. 4-3',
      field: ['input', 'planAssessments', '1', 'planId'],
    });
  });

  it("refuses another cluster's plan, a plan assessed twice, and an unknown plan", () => {
    expect(assessedPlansAreReviewable('c1', ['elsewhere'], plans)).toMatchObject({ code: 'VALIDATION' });
    expect(assessedPlansAreReviewable('c1', ['approved', 'approved'], plans)).toMatchObject({
      code: 'VALIDATION',
      field: ['input', 'planAssessments', '1', 'planId'],
    });
    expect(assessedPlansAreReviewable('c1', ['missing'], plans)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
