import { describe, expect, it } from 'vitest';

import { quarterEnd, quarterStart } from '../../server/kernel/calendar';
import { decimalOf } from '../../server/kernel/decimal';
import { ObligationStatus } from '../../server/modules/reporting/reporting.entity';
import { quartersOverlapping } from '../../server/modules/reporting/reporting.obligations';
import {
  achievementRateOf,
  canWaive,
  DEFAULT_GRACE_DAYS,
  gapOf,
  isBehindTarget,
  isLate,
  isObligor,
  notWaived,
  notYetReported,
  obligationStatus,
  periodHasBegun,
  recipientWorkingGroupOf,
  type ReportContent,
  reportContentIsComplete,
  reportDueOn,
} from '../../server/modules/reporting/reporting.rules';
import { WorkingGroupLevel } from '../../server/modules/working-group/working-group.entity';

describe('reportDueOn (R5: last day of the quarter plus the grace period)', () => {
  it('gives 15 days by default, across the Solar Hijri new year', () => {
    expect(DEFAULT_GRACE_DAYS).toBe(15);
    // 1403 is a leap year: 1403-Q4 ends on 30 Esfand = 2025-03-20.
    expect(quarterEnd({ year: 1403, quarter: 4 })).toBe('2025-03-20');
    expect(reportDueOn('2025-03-20', DEFAULT_GRACE_DAYS)).toBe('2025-04-04');
    expect(reportDueOn(quarterEnd({ year: 1404, quarter: 1 }), DEFAULT_GRACE_DAYS)).toBe('2025-07-06');
  });

  it('follows a configured grace period', () => {
    expect(reportDueOn('2025-03-20', 0)).toBe('2025-03-20');
    expect(reportDueOn('2025-03-20', 30)).toBe('2025-04-19');
    expect(reportDueOn('2024-12-20', 45)).toBe('2025-02-03');
  });
});

describe('obligationStatus (R5, against the day asked about)', () => {
  const q4 = { periodEndsOn: '2025-03-20', dueOn: '2025-04-04' };

  it.each([
    ['2025-01-01', ObligationStatus.PENDING],
    ['2025-03-20', ObligationStatus.PENDING],
    ['2025-03-21', ObligationStatus.DUE],
    ['2025-04-04', ObligationStatus.DUE],
    ['2025-04-05', ObligationStatus.OVERDUE],
  ])('on %s an unreported 1403-Q4 obligation is %s', (today, status) => {
    expect(obligationStatus(q4, today)).toBe(status);
  });

  it('a report by the due date is on time, after it late, whatever the day asked about', () => {
    expect(obligationStatus({ ...q4, submittedOn: '2025-04-04' }, '2026-01-01')).toBe(ObligationStatus.SUBMITTED_ON_TIME);
    expect(obligationStatus({ ...q4, submittedOn: '2025-03-01' }, '2025-03-02')).toBe(ObligationStatus.SUBMITTED_ON_TIME);
    expect(obligationStatus({ ...q4, submittedOn: '2025-04-05' }, '2025-04-05')).toBe(ObligationStatus.SUBMITTED_LATE);
  });

  it('a waiver wins over everything', () => {
    expect(obligationStatus({ ...q4, waivedOn: '2025-04-10' }, '2025-05-01')).toBe(ObligationStatus.WAIVED);
  });
});

describe('quartersOverlapping', () => {
  it('lists every quarter with a day in the term, across the new year', () => {
    expect(quartersOverlapping('2025-03-20', '2025-03-21')).toEqual([
      { year: 1403, quarter: 4 },
      { year: 1404, quarter: 1 },
    ]);
    expect(quartersOverlapping(quarterStart({ year: 1404, quarter: 1 }), '2025-06-21')).toEqual([{ year: 1404, quarter: 1 }]);
  });
});

describe('isObligor (R5 → NOT_OBLIGOR, Art. 4-1)', () => {
  it('lets the obligor through and no one else', () => {
    expect(isObligor('p1', 'p1')).toBeNull();
    expect(isObligor('p1', 'p2')).toMatchObject({ code: 'NOT_OBLIGOR', article: 'Art. 4-1' });
  });
});

describe('periodHasBegun (R5 → PERIOD_NOT_STARTED, Art. 4-1)', () => {
  it('allows a report from the first day of the quarter, never before', () => {
    expect(periodHasBegun('2025-03-21', '2025-03-21')).toBeNull();
    expect(periodHasBegun('2025-03-21', '2025-06-30')).toBeNull();
    expect(periodHasBegun('2025-03-21', '2025-03-20')).toMatchObject({ code: 'PERIOD_NOT_STARTED', article: 'Art. 4-1' });
  });
});

describe('notYetReported (R5 → REPORT_ALREADY_SUBMITTED) and notWaived (INVALID_TRANSITION)', () => {
  it('allows one report per obligation', () => {
    expect(notYetReported(0)).toBeNull();
    expect(notYetReported(1)).toMatchObject({ code: 'REPORT_ALREADY_SUBMITTED', article: 'Art. 4-1' });
  });

  it('refuses a report on a waived obligation', () => {
    expect(notWaived(null)).toBeNull();
    expect(notWaived('2025-04-01')).toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});

describe('reportContentIsComplete (R5, Art. 4-1)', () => {
  const indicators = new Set(['i1', 'i2']);
  const progress: ReportContent = { madeProgress: true, percentComplete: '42.5', bottleneckCount: 0, indicatorIds: ['i1'] };
  const noProgress: ReportContent = { madeProgress: false, percentComplete: null, bottleneckCount: 1, indicatorIds: [] };

  it('accepts a report of progress and a report of no progress with a bottleneck', () => {
    expect(reportContentIsComplete(progress, indicators)).toBeNull();
    expect(reportContentIsComplete({ ...progress, percentComplete: '0', indicatorIds: [] }, indicators)).toBeNull();
    expect(reportContentIsComplete({ ...progress, percentComplete: '100.00' }, indicators)).toBeNull();
    expect(reportContentIsComplete(noProgress, indicators)).toBeNull();
    // Progress with obstacles met along the way is still progress.
    expect(reportContentIsComplete({ ...progress, bottleneckCount: 2 }, indicators)).toBeNull();
  });

  it('requires a bottleneck when no progress was made → BOTTLENECKS_REQUIRED', () => {
    expect(reportContentIsComplete({ ...noProgress, bottleneckCount: 0 }, indicators)).toMatchObject({
      code: 'BOTTLENECKS_REQUIRED',
      article: 'Art. 4-1',
      field: ['input', 'bottlenecks'],
    });
  });

  it.each<[string | null, string]>([
    [null, 'missing'],
    ['100.01', 'above 100'],
    ['-1', 'negative'],
    ['12.345', 'three decimals'],
  ])('refuses a percent complete that is %j (%s) → VALIDATION', (percentComplete) => {
    expect(reportContentIsComplete({ ...progress, percentComplete }, indicators)).toMatchObject({
      code: 'VALIDATION',
      field: ['input', 'percentComplete'],
    });
  });

  it('refuses a percent complete on a report of no progress', () => {
    expect(reportContentIsComplete({ ...noProgress, percentComplete: '10' }, indicators)).toMatchObject({ code: 'VALIDATION' });
  });

  it("refuses actuals of indicators outside the obligation's plan, or given twice → VALIDATION", () => {
    expect(reportContentIsComplete({ ...progress, indicatorIds: ['i1', 'other'] }, indicators)).toMatchObject({
      code: 'VALIDATION',
      field: ['input', 'indicatorActuals', '1', 'indicatorId'],
    });
    expect(reportContentIsComplete({ ...progress, indicatorIds: ['i1'] }, new Set())).toMatchObject({ code: 'VALIDATION' });
    expect(reportContentIsComplete({ ...progress, indicatorIds: ['i2', 'i1', 'i2'] }, indicators)).toMatchObject({
      code: 'VALIDATION',
      field: ['input', 'indicatorActuals', '2', 'indicatorId'],
    });
  });
});

describe('isLate and recipients (R5)', () => {
  it('is late only after the due date', () => {
    expect(isLate('2025-04-04', '2025-04-04')).toBe(false);
    expect(isLate('2025-04-05', '2025-04-04')).toBe(true);
  });

  it('goes to the provincial working group, or the central one where the province has none', () => {
    const central = { id: 'c', level: WorkingGroupLevel.CENTRAL };
    const provincial = { id: 'p', level: WorkingGroupLevel.PROVINCIAL };
    expect(recipientWorkingGroupOf([central, provincial])).toBe(provincial);
    expect(recipientWorkingGroupOf([central])).toBe(central);
  });
});

describe('canWaive (R5 with R4)', () => {
  it('waives an obligation with no report, once', () => {
    expect(canWaive({ submittedOn: null, waivedOn: null }, 0)).toBeNull();
    expect(canWaive({ submittedOn: '2025-04-01', waivedOn: null }, 1)).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(canWaive({ submittedOn: null, waivedOn: '2025-04-01' }, 0)).toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});

describe('gapOf (R10, preamble)', () => {
  it('is target − actual when higher is better', () => {
    expect(gapOf(decimalOf('600000000000'), decimalOf('450000000000.5'), true)).toBe(decimalOf('149999999999.5'));
    expect(gapOf(decimalOf('60'), decimalOf('75'), true)).toBe(decimalOf('-15'));
  });

  it('is actual − target when lower is better', () => {
    expect(gapOf(decimalOf('35'), decimalOf('40.25'), false)).toBe(decimalOf('5.25'));
    expect(gapOf(decimalOf('18'), decimalOf('12'), false)).toBe(decimalOf('-6'));
  });

  it('is null without an actual', () => {
    expect(gapOf(decimalOf('1'), null, true)).toBeNull();
  });

  it('counts an indicator as behind target only with a positive gap', () => {
    expect(isBehindTarget(decimalOf('0.0001'))).toBe(true);
    expect(isBehindTarget(0n)).toBe(false);
    expect(isBehindTarget(decimalOf('-3'))).toBe(false);
    expect(isBehindTarget(null)).toBe(false);
  });
});

describe('achievementRateOf (R10, docs/domain.md §7)', () => {
  const rate = (target: string, actual: string | null, higherIsBetter: boolean) => {
    const value = achievementRateOf(decimalOf(target), actual === null ? null : decimalOf(actual), higherIsBetter);
    return value === null ? null : value;
  };

  it('is actual ÷ target when higher is better', () => {
    expect(rate('40000', '9076', true)).toBe(decimalOf('0.2269'));
    expect(rate('60', '75', true)).toBe(decimalOf('1.25'));
  });

  it('is (2 × target − actual) ÷ target when lower is better: 1 at the target, above when better', () => {
    expect(rate('18', '28', false)).toBe(decimalOf('0.4444'));
    expect(rate('18', '18', false)).toBe(decimalOf('1'));
    expect(rate('20', '10', false)).toBe(decimalOf('1.5'));
    expect(rate('10', '35', false)).toBe(decimalOf('-1.5'));
  });

  it('rounds half away from zero to 4 places, as PostgreSQL does', () => {
    expect(rate('3', '2', true)).toBe(decimalOf('0.6667'));
    expect(rate('8', '0.0005', true)).toBe(decimalOf('0.0001'));
    expect(rate('8', '-0.0005', true)).toBe(decimalOf('-0.0001'));
  });

  it('is null without an actual or with a target of 0', () => {
    expect(rate('100', null, true)).toBeNull();
    expect(rate('0', '5', true)).toBeNull();
  });
});
