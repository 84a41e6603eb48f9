import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { ForwardPageArgs } from '../../kernel/pagination';
import {
  AgencyAssessmentConnection,
  AgentContractConnection,
  DevelopmentPlanConnection,
  ResolutionConnection,
} from '../connections';
import { relations } from '../relations';
import { ExecutiveAgency } from './executive-agency.entity';
import { RegisterExecutiveAgencyInput } from './executive-agency.inputs';
import { registerExecutiveAgency } from './executive-agency.service';
import { pageInScope } from '../access/row-scope';

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

  @FieldResolver(() => ResolutionConnection, { description: 'Resolutions this agency is responsible for carrying out.' })
  resolutions(@Root() agency: ExecutiveAgency, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.agencyResolutions, agency.id, page);
  }

  @FieldResolver(() => DevelopmentPlanConnection, { description: 'Plans this agency is responsible for.' })
  developmentPlans(@Root() agency: ExecutiveAgency, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.agencyPlans, agency.id, page);
  }

  @FieldResolver(() => AgentContractConnection, { description: 'Development agent contracts signed by this agency (ISIPO only).' })
  agentContracts(@Root() agency: ExecutiveAgency, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.agencyContracts, agency.id, page);
  }

  @FieldResolver(() => AgencyAssessmentConnection, { description: "Working groups' assessments of this agency's performance." })
  assessments(@Root() agency: ExecutiveAgency, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.agencyAssessments, agency.id, page);
  }
}
