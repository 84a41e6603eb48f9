import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';

/** Agency codes are unique (compared in upper case); the database's unique constraint backs this up. */
export function agencyCodeIsFree(taken: boolean): RuleResult {
  return taken
    ? violation(ErrorCode.CONFLICT, 'An executive agency with this code is already registered.', 'House rule', ['input', 'code'])
    : null;
}
