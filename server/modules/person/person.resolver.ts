import { Ctx, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context';
import { mutationResolver } from '../../kernel/resolver-factories';
import { Person } from './person.entity';
import { PersonQualificationInput, RegisterPersonInput } from './person.inputs';
import { recordQualification, registerPerson, withdrawQualification } from './person.service';

const PersonMutations = mutationResolver('PersonMutations', {
  registerPerson: {
    description: `
      Registers a person who acts in the system; by the system administrator or the central secretariat (house rule).`,
    input: [RegisterPersonInput, 'The person.'],
    payload: ['person', Person, 'The registered person.'],
    run: registerPerson,
  },
  recordQualification: {
    description: `
      Records a person's qualification (Art. 3); by the system administrator or the central secretariat.`,
    input: [PersonQualificationInput, 'The person and the qualification.'],
    payload: ['person', Person, 'The person with the qualification recorded.'],
    run: recordQualification,
  },
  withdrawQualification: {
    description: `
      Withdraws a person's recorded qualification, unless a contract or appointment that required it is in force or yet to start; by the
      system administrator or the central secretariat.`,
    input: [PersonQualificationInput, 'The person and the qualification.'],
    payload: ['person', Person, 'The person with the qualification withdrawn.'],
    run: withdrawQualification,
  },
});

@Resolver(() => Person)
class ViewerResolver {
  @Query(() => Person, { description: 'The person the request is made for (from the bearer token).' })
  viewer(@Ctx() ctx: Context): Person {
    return ctx.viewer.person;
  }
}

export const personResolvers = [PersonMutations, ViewerResolver];
