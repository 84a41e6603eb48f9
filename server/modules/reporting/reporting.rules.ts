import { DEFAULT_OVERSIGHT_SETTINGS } from '../../config/oversight-settings';
import { addDays } from '../../kernel/calendar';
import { DECIMAL_ONE, decimalPlacesOf, parseDecimal, type ScaledDecimal } from '../../kernel/decimal';
import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { WorkingGroupLevel } from '../working-group/working-group.entity';
import { ObligationStatus } from './reporting.entity';

/** Default grace period after a quarter's last day before a report is late (Art. 4-1, house rule). */
export const DEFAULT_GRACE_DAYS = DEFAULT_OVERSIGHT_SETTINGS.reportGraceDays;

/** Due date of a quarterly report: the quarter's last day plus the grace period (R5). */
export function reportDueOn(periodEndsOn: string, graceDays: number): string {
  return addDays(periodEndsOn, graceDays);
}

export interface ObligationDates {
  periodEndsOn: string;
  dueOn: string;
  submittedOn?: string | null;
  waivedOn?: string | null;
}

/** Where an obligation stands on `today` (R5). */
export function obligationStatus(obligation: ObligationDates, today: string): ObligationStatus {
  if (obligation.waivedOn) return ObligationStatus.WAIVED;
  if (obligation.submittedOn) {
    return obligation.submittedOn <= obligation.dueOn ? ObligationStatus.SUBMITTED_ON_TIME : ObligationStatus.SUBMITTED_LATE;
  }
  if (today <= obligation.periodEndsOn) return ObligationStatus.PENDING;
  return today <= obligation.dueOn ? ObligationStatus.DUE : ObligationStatus.OVERDUE;
}

/** The same statuses as database conditions, so that lists filter and count them in SQL. */
export function obligationStatusCondition(status: ObligationStatus, today: string): Record<string, unknown> {
  switch (status) {
    case ObligationStatus.WAIVED:
      return { waivedOn: { $ne: null } };
    case ObligationStatus.SUBMITTED_ON_TIME:
      return { waivedOn: null, submittedLate: false };
    case ObligationStatus.SUBMITTED_LATE:
      return { waivedOn: null, submittedLate: true };
    case ObligationStatus.PENDING:
      return { waivedOn: null, submittedOn: null, periodEndsOn: { $gte: today } };
    case ObligationStatus.DUE:
      return { waivedOn: null, submittedOn: null, periodEndsOn: { $lt: today }, dueOn: { $gte: today } };
    case ObligationStatus.OVERDUE:
      return { waivedOn: null, submittedOn: null, dueOn: { $lt: today } };
  }
}

/**
 * The same statuses in SQL, on the obligation row aliased `alias` with `today` a SQL date literal:
 * the status as a value (for reads) and each status as a condition (for lists and counts).
 */
export function obligationStatusSql(alias: string, today: string): string {
  return (
    `case when ${alias}."waived_on" is not null then 'WAIVED' ` +
    `when ${alias}."submitted_on" is not null then (case when ${alias}."submitted_on" <= ${alias}."due_on" then 'SUBMITTED_ON_TIME' else 'SUBMITTED_LATE' end) ` +
    `when ${today} <= ${alias}."period_ends_on" then 'PENDING' when ${today} <= ${alias}."due_on" then 'DUE' else 'OVERDUE' end`
  );
}

export function obligationStatusConditionSql(status: ObligationStatus, alias: string, today: string): string {
  const open = `${alias}."waived_on" is null and ${alias}."submitted_on" is null`;
  switch (status) {
    case ObligationStatus.WAIVED:
      return `${alias}."waived_on" is not null`;
    case ObligationStatus.SUBMITTED_ON_TIME:
      return `${alias}."waived_on" is null and ${alias}."submitted_late" = false`;
    case ObligationStatus.SUBMITTED_LATE:
      return `${alias}."waived_on" is null and ${alias}."submitted_late" = true`;
    case ObligationStatus.PENDING:
      return `${open} and ${alias}."period_ends_on" >= ${today}`;
    case ObligationStatus.DUE:
      return `${open} and ${alias}."period_ends_on" < ${today} and ${alias}."due_on" >= ${today}`;
    case ObligationStatus.OVERDUE:
      return `${open} and ${alias}."due_on" < ${today}`;
  }
}

// ---------------------------------------------------------------------------------------------
// R5 (Art. 4-1): submitting, revising and waiving quarterly reports
// ---------------------------------------------------------------------------------------------

/** R5: only the obligor (the agent or the plan executor who owes the report) may send it. */
export function isObligor(obligorId: string, actorId: string): RuleResult {
  return obligorId === actorId
    ? null
    : violation(ErrorCode.NOT_OBLIGOR, 'Only the agent or plan executor who owes this report may send it.', 'Art. 4-1', [
        'input',
        'obligationId',
      ]);
}

/** R5: never a report for a quarter that has not begun. */
export function periodHasBegun(periodStartsOn: string, today: string): RuleResult {
  return today >= periodStartsOn
    ? null
    : violation(
        ErrorCode.PERIOD_NOT_STARTED,
        `The quarter begins on ${periodStartsOn}; it cannot be reported on before then.`,
        'Art. 4-1',
        ['input', 'obligationId'],
      );
}

/** R5: one report per obligation; a correction goes through `reviseProgressReport` as a new revision. */
export function notYetReported(reportsSent: number): RuleResult {
  return reportsSent === 0
    ? null
    : violation(
        ErrorCode.REPORT_ALREADY_SUBMITTED,
        'A report was already sent for this obligation; send a correction as a revision of it.',
        'Art. 4-1',
        ['input', 'obligationId'],
      );
}

/** A waived obligation is no longer owed, so it cannot be reported on. */
export function notWaived(waivedOn: string | null | undefined): RuleResult {
  return waivedOn
    ? violation(ErrorCode.INVALID_TRANSITION, `The obligation was waived on ${waivedOn}; no report is owed for it.`, 'Art. 4-1', [
        'input',
        'obligationId',
      ])
    : null;
}

/** The content of a report or of a revision, as given. */
export interface ReportContent {
  madeProgress: boolean;
  /** Decimal string, when given. */
  percentComplete?: string | null;
  bottleneckCount: number;
  /** Ids of the indicators the report states actuals for (duplicates included). */
  indicatorIds: readonly string[];
}

/**
 * R5: a report states progress (percent complete, 0–100 with at most two decimals, the database's
 * `numeric(5, 2)`) or, when no progress was made, gives at least one reason with a bottleneck
 * category; actuals are only for indicators of the obligation's plan, each stated once.
 */
export function reportContentIsComplete(content: ReportContent, planIndicatorIds: ReadonlySet<string>): RuleResult {
  if (!content.madeProgress && content.bottleneckCount === 0) {
    return violation(
      ErrorCode.BOTTLENECKS_REQUIRED,
      'A report of no progress must give at least one reason, with its bottleneck category.',
      'Art. 4-1',
      ['input', 'bottlenecks'],
    );
  }
  if (content.madeProgress) {
    const percent = content.percentComplete == null ? null : parseDecimal(content.percentComplete);
    if (percent === null) {
      return violation(ErrorCode.VALIDATION, 'A report of progress must give the percent complete.', 'Art. 4-1', [
        'input',
        'percentComplete',
      ]);
    }
    if (percent < 0n || percent > 100n * DECIMAL_ONE || decimalPlacesOf(percent) > 2) {
      return violation(ErrorCode.VALIDATION, 'The percent complete must lie between 0 and 100, with at most two decimals.', 'Art. 4-1', [
        'input',
        'percentComplete',
      ]);
    }
  } else if (content.percentComplete != null) {
    return violation(ErrorCode.VALIDATION, 'A report of no progress gives no percent complete.', 'Art. 4-1', ['input', 'percentComplete']);
  }
  const foreign = content.indicatorIds.findIndex((id) => !planIndicatorIds.has(id));
  if (foreign >= 0) {
    return violation(
      ErrorCode.VALIDATION,
      planIndicatorIds.size === 0
        ? 'This obligation has no plan, so it has no indicators to report actuals for.'
        : "Actuals may only be given for the indicators of the obligation's plan.",
      'Art. 4-1',
      ['input', 'indicatorActuals', String(foreign), 'indicatorId'],
    );
  }
  const repeated = content.indicatorIds.findIndex((id, index) => content.indicatorIds.indexOf(id) !== index);
  if (repeated >= 0) {
    return violation(ErrorCode.VALIDATION, 'Each indicator may be given only once in a report.', 'Art. 4-1', [
      'input',
      'indicatorActuals',
      String(repeated),
      'indicatorId',
    ]);
  }
  return null;
}

/** Whether a report sent on `submittedOn` is late for an obligation due on `dueOn` (R5). */
export function isLate(submittedOn: string, dueOn: string): boolean {
  return submittedOn > dueOn;
}

/** A working group as far as recipients are concerned. */
export interface RecipientGroup {
  id: string;
  level: WorkingGroupLevel;
}

/**
 * R5: a report goes to the cluster's provincial working group; where the province has none, the
 * central working group receives it instead (it is the only other responsible group).
 */
export function recipientWorkingGroupOf<T extends RecipientGroup>(responsibleGroups: readonly T[]): T {
  const provincial = responsibleGroups.find((group) => group.level === WorkingGroupLevel.PROVINCIAL);
  const central = responsibleGroups.find((group) => group.level === WorkingGroupLevel.CENTRAL);
  const recipient = provincial ?? central;
  if (!recipient) throw new Error('The central working group is missing.');
  return recipient;
}

/** R5 with R4: an obligation may be waived only while no report has been sent for it, and only once. */
export function canWaive(obligation: { submittedOn?: string | null; waivedOn?: string | null }, reportsSent: number): RuleResult {
  if (obligation.waivedOn) {
    return violation(ErrorCode.INVALID_TRANSITION, `The obligation was already waived on ${obligation.waivedOn}.`, 'Art. 4-1', [
      'input',
      'obligationId',
    ]);
  }
  if (obligation.submittedOn || reportsSent > 0) {
    return violation(
      ErrorCode.INVALID_TRANSITION,
      'A report was already sent for this obligation; it can no longer be waived.',
      'Art. 4-1',
      ['input', 'obligationId'],
    );
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// R10 (preamble): gap between performance and target
// ---------------------------------------------------------------------------------------------

/**
 * The gap between an actual and its target, positive when the actual falls short: target − actual
 * when a higher value is better, actual − target otherwise; null without an actual.
 */
export function gapOf(target: ScaledDecimal, actual: ScaledDecimal | null, higherIsBetter: boolean): ScaledDecimal | null {
  if (actual === null) return null;
  return higherIsBetter ? target - actual : actual - target;
}

/**
 * Achievement rate of an indicator or target (R10, docs/domain.md §7), comparable across units: actual ÷
 * target when higher is better, (2 × target − actual) ÷ target when lower is better (1 at the target,
 * above 1 when better); rounded half away from zero to 4 places, as PostgreSQL's `round` does. Null
 * without an actual or with a target of 0.
 */
export function achievementRateOf(target: ScaledDecimal, actual: ScaledDecimal | null, higherIsBetter: boolean): ScaledDecimal | null {
  if (actual === null || target === 0n) return null;
  const achieved = higherIsBetter ? actual : 2n * target - actual;
  // Both are scaled by 10^4, so the quotient scaled by 10^4 is achieved × 10^4 ÷ target.
  const numerator = achieved * DECIMAL_ONE;
  const negative = numerator < 0n !== target < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = target < 0n ? -target : target;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/**
 * The same rate in SQL, from the target column and the actual (a numeric or text SQL expression)
 * of the row aliased `alias` (`targetColumn`, `higher_is_better`).
 */
export function achievementRateSql(alias: string, targetColumn: string, actual: string): string {
  const target = `${alias}."${targetColumn}"`;
  return (
    `(select case when ar.v is null or ${target} = 0 then null when ${alias}."higher_is_better" then round(ar.v / ${target}, 4) ` +
    `else round((2 * ${target} - ar.v) / ${target}, 4) end from (select (${actual})::numeric as v) ar)`
  );
}

/** An indicator is behind its target when its latest actual leaves a positive gap. */
export function isBehindTarget(gap: ScaledDecimal | null): boolean {
  return gap !== null && gap > 0n;
}
