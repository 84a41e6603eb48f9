import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import {
  adoptionDateIsValid,
  linkState,
  resolutionNumberIsFree,
  targetsDueAfterAdoption,
} from '../../server/modules/resolution/resolution.rules';

describe('resolution rules', () => {
  it('numbers are unique within the working group', () => {
    expect(resolutionNumberIsFree('TEH-1404-01', ['TEH-1404-02'])).toBeNull();
    expect(resolutionNumberIsFree('TEH-1404-01', ['TEH-1404-01'])).toMatchObject({ code: 'CONFLICT', field: ['input', 'number'] });
  });

  it('a resolution is not dated in the future', () => {
    expect(adoptionDateIsValid('2025-08-15', '2025-08-15')).toBeNull();
    expect(adoptionDateIsValid('2025-08-16', '2025-08-15')?.code).toBe('VALIDATION');
  });

  it('targets are due in a quarter that had not ended at adoption', () => {
    // 1404-Q1 ends 2025-06-21; 1404-Q2 runs 2025-06-22 … 2025-09-22.
    expect(targetsDueAfterAdoption('2025-06-21', ['1404-Q1', '1405-Q1'])).toBeNull();
    expect(targetsDueAfterAdoption('2025-06-22', ['1404-Q2', '1404-Q1'])).toMatchObject({
      code: 'VALIDATION',
      field: ['input', 'targets', '1', 'dueQuarter'],
    });
  });

  it('a plan is linked once, and only a link can be withdrawn', () => {
    expect(linkState(false, 'link')).toBeNull();
    expect(linkState(true, 'link')?.code).toBe('CONFLICT');
    expect(linkState(true, 'unlink')).toBeNull();
    expect(linkState(false, 'unlink')?.code).toBe('NOT_FOUND');
  });
});
