import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import {
  adjustmentDateIsValid,
  adjustmentFollowsPerformance,
  budgetStaysInBand,
  planIsApproved,
  reviewAssessedPlan,
} from '../../server/modules/budget-adjustment/budget-adjustment.rules';
import { PlanStatus } from '../../server/modules/development-plan/development-plan.entity';

describe('R8 budget band (Art. 4-4): 90%–110% of the approved budget, exact to the rial', () => {
  const approved = 120_000_000_000n;

  it('accepts exactly 90% and exactly 110%', () => {
    expect(budgetStaysInBand(approved, 108_000_000_000n)).toBeNull();
    expect(budgetStaysInBand(approved, 132_000_000_000n)).toBeNull();
    expect(budgetStaysInBand(approved, approved)).toBeNull();
  });

  it('refuses one rial below 90% and one rial above 110%', () => {
    expect(budgetStaysInBand(approved, 107_999_999_999n)).toMatchObject({
      code: 'BUDGET_CAP_EXCEEDED',
      article: 'Art. 4-4',
      field: ['input', 'amount'],
    });
    expect(budgetStaysInBand(approved, 132_000_000_001n)).toMatchObject({ code: 'BUDGET_CAP_EXCEEDED', article: 'Art. 4-4' });
  });

  it('is exact where 90% and 110% are not whole rials', () => {
    // approved 1001: 90% = 900.9 → lowest 901; 110% = 1101.1 → highest 1101.
    expect(budgetStaysInBand(1001n, 901n)).toBeNull();
    expect(budgetStaysInBand(1001n, 900n)?.code).toBe('BUDGET_CAP_EXCEEDED');
    expect(budgetStaysInBand(1001n, 1101n)).toBeNull();
    expect(budgetStaysInBand(1001n, 1102n)?.code).toBe('BUDGET_CAP_EXCEEDED');
    expect(budgetStaysInBand(1001n, 1102n)?.message).toContain('between 901 and 1101');
  });

  it('stays exact beyond 2^53 rials', () => {
    const huge = 9_007_199_254_740_993_000n; // not representable as a double
    expect(budgetStaysInBand(huge, (huge * 110n) / 100n)).toBeNull();
    expect(budgetStaysInBand(huge, (huge * 110n) / 100n + 1n)?.code).toBe('BUDGET_CAP_EXCEEDED');
    expect(budgetStaysInBand(huge, (huge * 90n) / 100n)).toBeNull();
    expect(budgetStaysInBand(huge, (huge * 90n) / 100n - 1n)?.code).toBe('BUDGET_CAP_EXCEEDED');
  });

  it('checks the cumulative change: three +3% steps fit, a fourth does not', () => {
    let current = approved;
    const step = (approved * 3n) / 100n;
    for (let i = 0; i < 3; i += 1) {
      expect(budgetStaysInBand(approved, current + step)).toBeNull();
      current += step;
    }
    expect(current).toBe((approved * 109n) / 100n);
    expect(budgetStaysInBand(approved, current + step)?.code).toBe('BUDGET_CAP_EXCEEDED');
  });
});

describe('R8 direction follows performance (Art. 4-4)', () => {
  it('an increase needs a score of 60 or more', () => {
    expect(adjustmentFollowsPerformance(1n, 60)).toBeNull();
    expect(adjustmentFollowsPerformance(1n, 100)).toBeNull();
    expect(adjustmentFollowsPerformance(1n, 59)).toMatchObject({ code: 'ADJUSTMENT_AGAINST_PERFORMANCE', article: 'Art. 4-4' });
  });

  it('a decrease needs a score below 60', () => {
    expect(adjustmentFollowsPerformance(-1n, 59)).toBeNull();
    expect(adjustmentFollowsPerformance(-1n, 0)).toBeNull();
    expect(adjustmentFollowsPerformance(-1n, 60)).toMatchObject({ code: 'ADJUSTMENT_AGAINST_PERFORMANCE', article: 'Art. 4-4' });
  });
});

describe('R8 plan and review', () => {
  it('only an approved plan', () => {
    expect(planIsApproved(PlanStatus.APPROVED)).toBeNull();
    for (const status of [PlanStatus.PROPOSED, PlanStatus.REJECTED, PlanStatus.SUSPENDED, PlanStatus.COMPLETED]) {
      expect(planIsApproved(status)).toMatchObject({ code: 'PLAN_NOT_APPROVED', article: 'Art. 4-4' });
    }
  });

  it('the cited review assessed the plan, no later than the decision', () => {
    expect(reviewAssessedPlan({ performanceScore: 70, reviewedOn: '2025-08-15' }, '2025-08-15')).toBeNull();
    expect(reviewAssessedPlan(null, '2025-08-15')).toMatchObject({ code: 'REVIEW_REQUIRED', field: ['input', 'basisReviewId'] });
    expect(reviewAssessedPlan({ performanceScore: 70, reviewedOn: '2025-08-16' }, '2025-08-15')?.code).toBe('REVIEW_REQUIRED');
  });

  it('the decision is dated between the approval and today', () => {
    expect(adjustmentDateIsValid('2025-08-15', '2024-01-15', '2025-08-15')).toBeNull();
    expect(adjustmentDateIsValid('2025-08-16', '2024-01-15', '2025-08-15')?.code).toBe('VALIDATION');
    expect(adjustmentDateIsValid('2024-01-14', '2024-01-15', '2025-08-15')?.code).toBe('VALIDATION');
  });
});
