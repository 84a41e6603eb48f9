import { parseQuarterLabel, quarterEnd } from '../../kernel/calendar';
import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';

/** A resolution's number is unique within its working group. */
export function resolutionNumberIsFree(number: string, numbersOfGroup: readonly string[]): RuleResult {
  return numbersOfGroup.includes(number)
    ? violation(ErrorCode.CONFLICT, `The working group already has a resolution numbered ${number}.`, null, ['input', 'number'])
    : null;
}

/** A resolution is recorded once adopted: its date is not in the future. */
export function adoptionDateIsValid(adoptedOn: string, today: string): RuleResult {
  return adoptedOn <= today
    ? null
    : violation(ErrorCode.VALIDATION, 'A resolution cannot be dated in the future.', null, ['input', 'adoptedOn']);
}

/** A target is due in a quarter that has not ended before the resolution was adopted. */
export function targetsDueAfterAdoption(adoptedOn: string, dueQuarters: readonly string[]): RuleResult {
  for (const [index, label] of dueQuarters.entries()) {
    const quarter = parseQuarterLabel(label);
    if (quarter && quarterEnd(quarter) < adoptedOn) {
      return violation(ErrorCode.VALIDATION, `A target cannot be due in ${label}, which ended before the resolution was adopted.`, null, [
        'input',
        'targets',
        String(index),
        'dueQuarter',
      ]);
    }
  }
  return null;
}

/** A plan is linked to a resolution once; unlinking needs an existing link. */
export function linkState(linked: boolean, wanted: 'link' | 'unlink'): RuleResult {
  if (wanted === 'link' && linked)
    return violation(ErrorCode.CONFLICT, 'The plan is already linked to this resolution.', null, ['input', 'resolutionId']);
  if (wanted === 'unlink' && !linked)
    return violation(ErrorCode.NOT_FOUND, 'The plan is not linked to this resolution.', null, ['input', 'resolutionId']);
  return null;
}
