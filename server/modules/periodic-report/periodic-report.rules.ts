import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { PeriodicReportStatus } from './periodic-report.entity';

/** A periodic report covers a quarter that is over: not one that has not begun, nor the current one. */
export function quarterHasEnded(periodStartsOn: string, periodEndsOn: string, today: string): RuleResult {
  if (today < periodStartsOn) {
    return violation(ErrorCode.PERIOD_NOT_STARTED, `The quarter begins on ${periodStartsOn}; it cannot be reported on yet.`, 'Closing', [
      'input',
      'period',
    ]);
  }
  if (today <= periodEndsOn) {
    return violation(
      ErrorCode.VALIDATION,
      `The quarter runs until ${periodEndsOn}; its report can be issued once it has ended.`,
      'Closing',
      ['input', 'period'],
    );
  }
  return null;
}

/** R10 (closing): an issued report is frozen; it is issued once. */
export function notYetIssued(status: PeriodicReportStatus | null): RuleResult {
  return status === PeriodicReportStatus.ISSUED
    ? violation(ErrorCode.INVALID_TRANSITION, 'The periodic report for this quarter has already been issued; it is frozen.', 'Closing', [
        'input',
        'period',
      ])
    : null;
}
