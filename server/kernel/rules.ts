import { ErrorCode, UserError } from './errors';

/** The article of the regulation a rule comes from, or `house rule` for ours (docs/domain.md section 3). */
export type Article = 'Art. 2' | 'Art. 3' | 'Art. 4-1' | 'Art. 4-3' | 'Art. 4-4' | 'Art. 4-5' | 'Preamble' | 'Closing' | 'House rule';

/** A rule's verdict: null when the rule holds, the user error otherwise. Rules never do I/O. */
export type RuleResult = UserError | null;

export function violation(code: ErrorCode, message: string, article: Article | null = null, field?: string[]): UserError {
  return Object.assign(new UserError(), { code, message, article, field: field ?? null });
}

/** Thrown inside a mutation to abort its transaction and answer with `userErrors`. */
export class RuleViolation extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((error) => `${error.code}: ${error.message}`).join('; '));
    this.name = 'RuleViolation';
  }
}

/** Stops the mutation at the first rule that does not hold. */
export function enforce(...results: RuleResult[]): void {
  const failed = results.filter((result): result is UserError => result !== null);
  if (failed.length > 0) throw new RuleViolation([failed[0]]);
}

/** Stops the mutation with every rule that does not hold (for independent checks of one input). */
export function enforceAll(...results: RuleResult[]): void {
  const failed = results.filter((result): result is UserError => result !== null);
  if (failed.length > 0) throw new RuleViolation(failed);
}

/** A referenced object that does not exist (or that the caller may not see). */
export function notFound(what: string, field: string): UserError {
  return violation(ErrorCode.NOT_FOUND, `No ${what} with this id.`, null, ['input', ...field.split('.')]);
}

/**
 * `enforce` for a rule that needs a record: stops the mutation with the rule's verdict, and tells the
 * compiler that `record` is there for the code after it. A rule that passes without its record is a
 * fault in the rule, not in the request.
 */
export function enforcePresent<T>(record: T | null | undefined, verdict: RuleResult): asserts record is T {
  enforce(verdict);
  if (record == null) throw new Error('A rule passed without the record it depends on.');
}
