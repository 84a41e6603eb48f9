import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { assessedQuarterHasBegun, notAssessedYet } from '../../server/modules/agency-assessment/agency-assessment.rules';

describe('R9 agency assessments (Art. 4-4)', () => {
  it('the quarter must have begun; a quarter in progress may be assessed', () => {
    // 1404-Q2 begins 2025-06-22; 1404-Q3 begins 2025-09-23.
    expect(assessedQuarterHasBegun('1404-Q2', '2025-06-22')).toBeNull();
    expect(assessedQuarterHasBegun('1404-Q2', '2025-08-15')).toBeNull();
    expect(assessedQuarterHasBegun('1403-Q4', '2025-08-15')).toBeNull();
    expect(assessedQuarterHasBegun('1404-Q2', '2025-06-21')).toMatchObject({ code: 'PERIOD_NOT_STARTED', article: 'Art. 4-4' });
    expect(assessedQuarterHasBegun('1404-Q3', '2025-09-22')?.code).toBe('PERIOD_NOT_STARTED');
    expect(assessedQuarterHasBegun('1404-Q3', '2025-09-23')).toBeNull();
  });

  it('one per working group, agency and quarter', () => {
    expect(notAssessedYet(false, '1404-Q1')).toBeNull();
    expect(notAssessedYet(true, '1404-Q1')).toMatchObject({ code: 'CONFLICT', article: 'Art. 4-4' });
  });
});
