import { describe, expect, it } from 'vitest';

import { Qualification } from '../../server/modules/person/person.entity';
import {
  canRevoke,
  decreeIsCurrent,
  noConflictOfInterest,
  noOverlappingAppointment,
  supervisorIsQualified,
  termIsOneYear,
} from '../../server/modules/supervisor-appointment/supervisor-appointment.rules';

const TERM = { startsOn: '2025-09-01', lastDay: '2026-08-31' };

describe('supervisor appointment rules (R3, Art. 3)', () => {
  it('accepts only a one-year term, or none given', () => {
    expect(termIsOneYear('2025-09-01', '2026-08-31')).toBeNull();
    expect(termIsOneYear('2025-09-01', null)).toBeNull();
    expect(termIsOneYear('2024-02-29', '2025-02-27')).toBeNull();
    expect(termIsOneYear('2025-09-01', '2026-09-01')).toMatchObject({ code: 'VALIDATION', article: 'Art. 3', field: ['input', 'endsOn'] });
    expect(termIsOneYear('2025-09-01', '2026-02-28')?.code).toBe('VALIDATION');
  });

  it('requires recorded cluster-development expertise', () => {
    expect(supervisorIsQualified([Qualification.CLUSTER_DEVELOPMENT_EXPERTISE])).toBeNull();
    expect(supervisorIsQualified([Qualification.DEVELOPMENT_AGENT])?.code).toBe('SUPERVISOR_NOT_QUALIFIED');
    expect(supervisorIsQualified([])?.code).toBe('SUPERVISOR_NOT_QUALIFIED');
  });

  it('refuses a second appointment in force on any same day', () => {
    expect(noOverlappingAppointment(TERM, [{ startsOn: '2024-09-01', lastDay: '2025-08-31' }])).toBeNull();
    expect(noOverlappingAppointment(TERM, [{ startsOn: '2026-03-01', lastDay: '2027-02-28' }])?.code).toBe('SUPERVISOR_ALREADY_APPOINTED');
  });

  it("refuses the cluster's agent or a plan executor over the same dates (house rule)", () => {
    expect(noConflictOfInterest(TERM, [], [])).toBeNull();
    expect(noConflictOfInterest(TERM, [{ startsOn: '2023-01-01', lastDay: '2025-08-31' }], [])).toBeNull();
    expect(noConflictOfInterest(TERM, [{ startsOn: '2023-01-01', lastDay: '2025-09-01' }], [])).toMatchObject({
      code: 'CONFLICT_OF_INTEREST',
      article: 'House rule',
    });
    expect(noConflictOfInterest(TERM, [], [{ startsOn: '2026-08-31', lastDay: '2027-01-01' }])?.code).toBe('CONFLICT_OF_INTEREST');
  });

  it('accepts a decree dated today or earlier, never later', () => {
    expect(decreeIsCurrent('2025-08-15', '2025-08-15')).toBeNull();
    expect(decreeIsCurrent('2024-01-01', '2025-08-15')).toBeNull();
    expect(decreeIsCurrent('2025-08-16', '2025-08-15')).toMatchObject({ code: 'VALIDATION', field: ['input', 'decreeDate'] });
  });

  it('revokes once, on a day within the term', () => {
    expect(canRevoke(TERM, null, '2025-09-01')).toBeNull();
    expect(canRevoke(TERM, null, '2026-08-31')).toBeNull();
    expect(canRevoke(TERM, '2025-12-31', '2026-01-31')?.code).toBe('INVALID_TRANSITION');
    expect(canRevoke(TERM, null, '2025-08-31')?.code).toBe('VALIDATION');
    expect(canRevoke(TERM, null, '2026-09-01')?.code).toBe('VALIDATION');
  });
});
