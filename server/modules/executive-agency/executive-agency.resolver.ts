import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { ExecutiveAgency } from './executive-agency.entity';
import { RegisterExecutiveAgencyInput } from './executive-agency.inputs';
import { registerExecutiveAgency } from './executive-agency.service';

const RegisterExecutiveAgencyPayload = payloadType('RegisterExecutiveAgency', 'agency', ExecutiveAgency, 'The registered agency.');

@Resolver(() => ExecutiveAgency)
export class ExecutiveAgencyResolver {
  @Mutation(() => RegisterExecutiveAgencyPayload, {
    description:
      'Registers an executive agency; by the system administrator or the central secretariat. It never contracts development agents (only ISIPO does, Art. 3).',
  })
  registerExecutiveAgency(
    @Arg('input', () => RegisterExecutiveAgencyInput, { description: 'The agency.' }) input: RegisterExecutiveAgencyInput,
    @Ctx() ctx: Context,
  ) {
    return registerExecutiveAgency(ctx, input);
  }
}
