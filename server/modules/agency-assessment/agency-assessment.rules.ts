import { parseQuarterLabel, quarterStart } from '../../kernel/calendar';
import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';

/**
 * R9 (Art. 4-4): an opinion on performance in a quarter needs the quarter to have begun. A quarter in
 * progress may be assessed: working groups meet during the quarter and may judge the performance so
 * far (the same boundary as quarterly reports, R5).
 */
export function assessedQuarterHasBegun(period: string, today: string): RuleResult {
  const quarter = parseQuarterLabel(period);
  if (quarter && quarterStart(quarter) <= today) return null;
  return violation(
    ErrorCode.PERIOD_NOT_STARTED,
    `The quarter ${period} has not begun yet; an agency's performance can be assessed from the quarter's first day.`,
    'Art. 4-4',
    ['input', 'period'],
  );
}

/** R9 (Art. 4-4): one assessment per working group, agency and quarter. */
export function notAssessedYet(alreadyAssessed: boolean, period: string): RuleResult {
  return alreadyAssessed
    ? violation(ErrorCode.CONFLICT, `The working group has already assessed this agency for ${period}.`, 'Art. 4-4', ['input', 'period'])
    : null;
}
