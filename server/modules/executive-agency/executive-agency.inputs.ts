import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({
  description: 'An executive agency to register. It never contracts development agents: that is ISIPO, reference data (Art. 3).',
})
export class RegisterExecutiveAgencyInput {
  @Field(() => String, { description: 'Short code, 2–32 letters, digits or dashes, starting with a letter; stored in upper case, unique.' })
  @Matches(/^[A-Za-z][A-Za-z0-9-]{1,31}$/)
  code!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Length(1, 200)
  @Matches(/\S/)
  name!: string;

  @Field(() => String, { description: 'Name in Persian, as written.' })
  @Length(1, 200)
  @Matches(/\S/)
  nameFa!: string;
}
