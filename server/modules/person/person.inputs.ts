import { ArrayMaxSize, IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { TextField } from '../../kernel/text-fields';
import { Qualification, SystemRole } from './person.entity';

@InputType({ description: 'A person to register in the oversight system.' })
export class RegisterPersonInput {
  @TextField('Full name in Persian, as written.', 200)
  fullNameFa!: string;

  @TextField('Full name in Latin letters.', 200)
  fullNameLatin!: string;

  @Field(() => String, { description: 'E-mail address, used to sign in; stored in lower case and unique.' })
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @Field(() => String, { nullable: true, description: 'Telephone number: digits, spaces, `+`, `-` and parentheses.' })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 ()-]{2,31}$/)
  phone?: string | null;

  @Field(() => [Qualification], { nullable: true, description: 'Qualifications to record at once (Art. 3).' })
  @IsOptional()
  @ArrayMaxSize(10)
  qualifications?: Qualification[] | null;

  @Field(() => [SystemRole], { nullable: true, description: 'Roles to grant to the account; only an administrator grants ADMIN.' })
  @IsOptional()
  @ArrayMaxSize(10)
  systemRoles?: SystemRole[] | null;
}

@InputType({ description: 'A qualification to record for, or withdraw from, a person.' })
export class PersonQualificationInput {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => Qualification, { description: 'The qualification.' })
  qualification!: Qualification;
}
