import { describe, expect, it } from 'vitest';

import { decimalOf } from '../../server/kernel/decimal';
import { PeriodicReportStatus } from '../../server/modules/periodic-report/periodic-report.entity';
import { compilePeriodicFigures, type FigureInputs } from '../../server/modules/periodic-report/periodic-report.figures';
import { notYetIssued, quarterHasEnded } from '../../server/modules/periodic-report/periodic-report.rules';

describe('quarterHasEnded (closing)', () => {
  // 1404-Q1 runs 2025-03-21 … 2025-06-21.
  it('refuses a quarter that has not begun → PERIOD_NOT_STARTED', () => {
    expect(quarterHasEnded('2025-03-21', '2025-06-21', '2025-03-20')).toMatchObject({ code: 'PERIOD_NOT_STARTED', article: 'Closing' });
  });

  it('refuses the current quarter → VALIDATION', () => {
    expect(quarterHasEnded('2025-03-21', '2025-06-21', '2025-03-21')).toMatchObject({ code: 'VALIDATION' });
    expect(quarterHasEnded('2025-03-21', '2025-06-21', '2025-06-21')).toMatchObject({ code: 'VALIDATION' });
  });

  it('accepts a quarter from the day after its end', () => {
    expect(quarterHasEnded('2025-03-21', '2025-06-21', '2025-06-22')).toBeNull();
  });
});

describe('notYetIssued (closing → INVALID_TRANSITION)', () => {
  it('issues a draft or a new report, never an issued one', () => {
    expect(notYetIssued(null)).toBeNull();
    expect(notYetIssued(PeriodicReportStatus.DRAFT)).toBeNull();
    expect(notYetIssued(PeriodicReportStatus.ISSUED)).toMatchObject({ code: 'INVALID_TRANSITION', article: 'Closing' });
  });
});

describe('compilePeriodicFigures (R10)', () => {
  const tehran = { provinceCode: 'IR-23', provinceName: 'Tehran' };
  const isfahan = { provinceCode: 'IR-10', provinceName: 'Isfahan' };
  const q = { periodEndsOn: '2025-06-21', dueOn: '2025-07-06' };
  const inputs: FigureInputs = {
    period: '1404-Q1',
    periodStartsOn: '2025-03-21',
    periodEndsOn: '2025-06-21',
    asOf: '2025-07-10',
    obligations: [
      { ...tehran, ...q, submittedOn: '2025-06-30' },
      { ...tehran, ...q, submittedOn: '2025-07-08' },
      { ...tehran, ...q },
      { ...isfahan, ...q, waivedOn: '2025-06-25' },
      { ...isfahan, ...q, submittedOn: '2025-07-01' },
    ],
    reports: [
      { ...tehran, revision: 1 },
      { ...tehran, revision: 1 },
      { ...tehran, revision: 2 },
      { ...isfahan, revision: 1 },
    ],
    reviews: [isfahan],
    plans: [
      { ...tehran, approvedBudget: 120_000_000_000n, currentBudget: 130_800_000_000n },
      { ...isfahan, approvedBudget: 9_223_372_036_854_775_000n, currentBudget: 9_223_372_036_854_775_000n },
    ],
    indicators: [
      { ...tehran, target: decimalOf('600'), latestActual: decimalOf('450'), higherIsBetter: true },
      { ...tehran, target: decimalOf('35'), latestActual: decimalOf('30'), higherIsBetter: false },
      { ...isfahan, target: decimalOf('18'), latestActual: decimalOf('18.0001'), higherIsBetter: false },
      { ...isfahan, target: decimalOf('10'), latestActual: null, higherIsBetter: true },
    ],
    disputesLodged: 3,
  };

  it('counts obligations by status as of the day of issue, reports, reviews, budgets and indicators behind target', () => {
    const figures = compilePeriodicFigures(inputs);
    expect(figures).toMatchObject({
      period: '1404-Q1',
      asOf: '2025-07-10',
      obligations: {
        total: 5,
        byStatus: { PENDING: 0, DUE: 0, SUBMITTED_ON_TIME: 2, SUBMITTED_LATE: 1, OVERDUE: 1, WAIVED: 1 },
      },
      // 2 on time of 4 owed (the waived one is not owed).
      onTimeRatePercent: '50.00',
      submittedRatePercent: '75.00',
      reportsReceived: 3,
      revisionsReceived: 1,
      supervisorReviews: 1,
      plans: { withApprovedBudget: 2, approvedBudgetTotal: '9223372156854775000', currentBudgetTotal: '9223372167654775000' },
      indicators: { total: 4, withActual: 3, behindTarget: 2 },
      disputesLodged: 3,
    });
    expect(figures.byProvince).toEqual([
      {
        provinceCode: 'IR-10',
        provinceName: 'Isfahan',
        obligations: 2,
        pending: 0,
        due: 0,
        onTime: 1,
        late: 0,
        overdue: 0,
        waived: 1,
        onTimeRatePercent: '100.00',
        submittedRatePercent: '100.00',
        reportsReceived: 1,
        revisionsReceived: 0,
        supervisorReviews: 1,
        approvedBudgetTotal: '9223372036854775000',
        currentBudgetTotal: '9223372036854775000',
        indicatorsBehindTarget: 1,
      },
      {
        provinceCode: 'IR-23',
        provinceName: 'Tehran',
        obligations: 3,
        pending: 0,
        due: 0,
        onTime: 1,
        late: 1,
        overdue: 1,
        waived: 0,
        onTimeRatePercent: '33.33',
        submittedRatePercent: '66.67',
        reportsReceived: 2,
        revisionsReceived: 1,
        supervisorReviews: 0,
        approvedBudgetTotal: '120000000000',
        currentBudgetTotal: '130800000000',
        indicatorsBehindTarget: 1,
      },
    ]);
    // Plain JSON: it survives a round trip unchanged (no bigint, no Date).
    expect(JSON.parse(JSON.stringify(figures))).toEqual(figures);
  });

  it('gives DUE rather than OVERDUE within the grace period, and no rate when nothing is owed', () => {
    const figures = compilePeriodicFigures({
      ...inputs,
      asOf: '2025-07-01',
      obligations: [
        { ...tehran, ...q },
        { ...isfahan, ...q, waivedOn: '2025-06-25' },
      ],
    });
    expect(figures.obligations).toMatchObject({ byStatus: { DUE: 1, OVERDUE: 0, WAIVED: 1 } });
    const none = compilePeriodicFigures({ ...inputs, obligations: [] });
    expect(none.onTimeRatePercent).toBeNull();
  });
});
