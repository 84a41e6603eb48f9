import { Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { TextField } from '../../kernel/text-fields';

@InputType({
  description: 'An executive agency to register. It never contracts development agents: that is ISIPO, reference data (Art. 3).',
})
export class RegisterExecutiveAgencyInput {
  @Field(() => String, { description: 'Short code, 2–32 letters, digits or dashes, starting with a letter; stored in upper case, unique.' })
  @Matches(/^[A-Za-z][A-Za-z0-9-]{1,31}$/)
  code!: string;

  @TextField('Name in English.', 200)
  name!: string;

  @TextField('Name in Persian, as written.', 200)
  nameFa!: string;
}
