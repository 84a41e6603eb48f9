import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { Person } from './person.entity';
import { PersonQualificationInput, RegisterPersonInput } from './person.inputs';
import { recordQualification, registerPerson, withdrawQualification } from './person.service';

const RegisterPersonPayload = payloadType('RegisterPerson', 'person', Person, 'The registered person.');
const RecordQualificationPayload = payloadType('RecordQualification', 'person', Person, 'The person with the qualification recorded.');
const WithdrawQualificationPayload = payloadType('WithdrawQualification', 'person', Person, 'The person with the qualification withdrawn.');

@Resolver(() => Person)
export class PersonResolver {
  @Mutation(() => RegisterPersonPayload, {
    description: 'Registers a person who acts in the system; by the system administrator or the central secretariat (house rule).',
  })
  registerPerson(@Arg('input', () => RegisterPersonInput, { description: 'The person.' }) input: RegisterPersonInput, @Ctx() ctx: Context) {
    return registerPerson(ctx, input);
  }

  @Mutation(() => RecordQualificationPayload, {
    description: "Records a person's qualification (Art. 3); by the system administrator or the central secretariat.",
  })
  recordQualification(
    @Arg('input', () => PersonQualificationInput, { description: 'The person and the qualification.' }) input: PersonQualificationInput,
    @Ctx() ctx: Context,
  ) {
    return recordQualification(ctx, input);
  }

  @Mutation(() => WithdrawQualificationPayload, {
    description:
      "Withdraws a person's recorded qualification, unless a contract or appointment that required it is in force or yet to start; by the system administrator or the central secretariat.",
  })
  withdrawQualification(
    @Arg('input', () => PersonQualificationInput, { description: 'The person and the qualification.' }) input: PersonQualificationInput,
    @Ctx() ctx: Context,
  ) {
    return withdrawQualification(ctx, input);
  }

  @Query(() => Person, { description: 'The person the request is made for (from the bearer token).' })
  viewer(@Ctx() ctx: Context): Person {
    return ctx.viewer.person;
  }
}
