import { Length, Matches } from 'class-validator';
import { Field } from 'type-graphql';

import { LongText } from './text-hygiene';

/**
 * A required string input field that must hold something other than white space and at most
 * `maxLength` characters: the GraphQL field, its description and its checks, stated once. `long`
 * marks it as long text (line breaks and tabs allowed; text-hygiene.ts).
 */
function requiredText(description: string, maxLength: number, long: boolean): PropertyDecorator {
  return (prototype, property) => {
    // In the order the stacked decorators `@Field @LongText @Length @Matches` were applied (bottom up).
    Matches(/\S/)(prototype, property as string);
    Length(1, maxLength)(prototype, property as string);
    if (long) LongText()(prototype, property);
    Field(() => String, { description })(prototype, property);
  };
}

/** A required single-line text field of at most `maxLength` characters, not blank. */
export function TextField(description: string, maxLength: number): PropertyDecorator {
  return requiredText(description, maxLength, false);
}

/** A required long text field (line breaks allowed) of at most `maxLength` characters, not blank. */
export function LongTextField(description: string, maxLength: number): PropertyDecorator {
  return requiredText(description, maxLength, true);
}
