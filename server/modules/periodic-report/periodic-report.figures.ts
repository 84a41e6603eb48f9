import type { ScaledDecimal } from '../../kernel/decimal';
import { percentOf } from '../../kernel/money';
import { ObligationStatus } from '../reporting/reporting.entity';
import { gapOf, isBehindTarget, type ObligationDates, obligationStatus } from '../reporting/reporting.rules';

/** Where a fact belongs: the province of its cluster. */
export interface InProvince {
  provinceCode: string;
  provinceName: string;
}

/** Everything a periodic report counts, read from the database for one quarter as of one day. */
export interface FigureInputs {
  period: string;
  periodStartsOn: string;
  periodEndsOn: string;
  /** The day the figures are taken (the day of issue). */
  asOf: string;
  /** The quarter's reporting obligations. */
  obligations: readonly (InProvince & ObligationDates)[];
  /** Every revision of the quarter's progress reports. */
  reports: readonly (InProvince & { revision: number })[];
  /** The quarter's supervisor reviews. */
  reviews: readonly InProvince[];
  /** Plans with an approved budget (approved, suspended or completed), amounts in rials. */
  plans: readonly (InProvince & { approvedBudget: bigint; currentBudget: bigint })[];
  /** Indicators of those plans with their latest actual stated for a quarter up to the reported one. */
  indicators: readonly (InProvince & { target: ScaledDecimal; latestActual: ScaledDecimal | null; higherIsBetter: boolean })[];
  /** Disputes lodged up to `asOf`. */
  disputesLodged: number;
}

type StatusCounts = Record<ObligationStatus, number>;

function emptyCounts(): StatusCounts {
  return Object.fromEntries(Object.values(ObligationStatus).map((status) => [status, 0])) as StatusCounts;
}

/** On-time and submitted rates over the obligations still owed (waived ones left out), as percent strings. */
function rates(counts: StatusCounts, total: number) {
  const owed = BigInt(total - counts.WAIVED);
  return {
    onTimeRatePercent: owed > 0n ? percentOf(BigInt(counts.SUBMITTED_ON_TIME), owed) : null,
    submittedRatePercent: owed > 0n ? percentOf(BigInt(counts.SUBMITTED_ON_TIME + counts.SUBMITTED_LATE), owed) : null,
  };
}

/**
 * R10 (closing): the compliance and gap figures of a periodic report, as plain JSON (amounts as
 * decimal strings). Obligation statuses are taken as of `asOf`; the keys of the demo data's reports
 * are kept, with the province breakdown beside them. Provinces are listed by code.
 */
export function compilePeriodicFigures(inputs: FigureInputs): Record<string, unknown> {
  const provinces = new Map<string, string>();
  for (const row of [...inputs.obligations, ...inputs.reports, ...inputs.reviews, ...inputs.plans, ...inputs.indicators]) {
    provinces.set(row.provinceCode, row.provinceName);
  }
  const statuses = inputs.obligations.map((obligation) => ({
    provinceCode: obligation.provinceCode,
    status: obligationStatus(obligation, inputs.asOf),
  }));
  const behind = inputs.indicators.map((indicator) => ({
    provinceCode: indicator.provinceCode,
    hasActual: indicator.latestActual !== null,
    behind: isBehindTarget(gapOf(indicator.target, indicator.latestActual, indicator.higherIsBetter)),
  }));

  const summarise = (inProvince: (row: { provinceCode: string }) => boolean) => {
    const counts = emptyCounts();
    for (const row of statuses.filter(inProvince)) counts[row.status] += 1;
    const plans = inputs.plans.filter(inProvince);
    const reports = inputs.reports.filter(inProvince);
    const indicators = behind.filter(inProvince);
    return {
      obligations: { total: statuses.filter(inProvince).length, byStatus: counts },
      reportsReceived: reports.filter((report) => report.revision === 1).length,
      revisionsReceived: reports.filter((report) => report.revision > 1).length,
      supervisorReviews: inputs.reviews.filter(inProvince).length,
      plans: {
        withApprovedBudget: plans.length,
        approvedBudgetTotal: plans.reduce((total, plan) => total + plan.approvedBudget, 0n).toString(),
        currentBudgetTotal: plans.reduce((total, plan) => total + plan.currentBudget, 0n).toString(),
      },
      indicators: {
        total: indicators.length,
        withActual: indicators.filter((indicator) => indicator.hasActual).length,
        behindTarget: indicators.filter((indicator) => indicator.behind).length,
      },
    };
  };

  const overall = summarise(() => true);
  return {
    period: inputs.period,
    periodStartsOn: inputs.periodStartsOn,
    periodEndsOn: inputs.periodEndsOn,
    asOf: inputs.asOf,
    ...overall,
    ...rates(overall.obligations.byStatus, overall.obligations.total),
    disputesLodged: inputs.disputesLodged,
    byProvince: [...provinces.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, name]) => {
        const figures = summarise((row) => row.provinceCode === code);
        const counts = figures.obligations.byStatus;
        return {
          provinceCode: code,
          provinceName: name,
          obligations: figures.obligations.total,
          pending: counts.PENDING,
          due: counts.DUE,
          onTime: counts.SUBMITTED_ON_TIME,
          late: counts.SUBMITTED_LATE,
          overdue: counts.OVERDUE,
          waived: counts.WAIVED,
          ...rates(counts, figures.obligations.total),
          reportsReceived: figures.reportsReceived,
          revisionsReceived: figures.revisionsReceived,
          supervisorReviews: figures.supervisorReviews,
          approvedBudgetTotal: figures.plans.approvedBudgetTotal,
          currentBudgetTotal: figures.plans.currentBudgetTotal,
          indicatorsBehindTarget: figures.indicators.behindTarget,
        };
      }),
  };
}
