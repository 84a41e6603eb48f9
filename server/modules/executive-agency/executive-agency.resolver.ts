import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, InputType, Mutation, Query, Resolver, Root, registerEnumType, Info } from 'type-graphql';
import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { checkListSize, compact, orderInput } from '../../kernel/list-inputs';
import { ForwardPageArgs, PageArgs } from '../../kernel/pagination';
import {
  AgencyAssessmentConnection,
  AgentContractConnection,
  DevelopmentPlanConnection,
  ExecutiveAgencyConnection,
  ResolutionConnection,
} from '../connections';
import { relations } from '../relations';
import { ExecutiveAgency } from './executive-agency.entity';
import { RegisterExecutiveAgencyInput } from './executive-agency.inputs';
import { registerExecutiveAgency } from './executive-agency.service';
import { listInScope, pageInScope } from '../access/row-scope';

const RegisterExecutiveAgencyPayload = payloadType('RegisterExecutiveAgency', 'agency', ExecutiveAgency, 'The registered agency.');

@InputType({ description: 'Conditions on executive agencies; all given conditions must hold.' })
export class ExecutiveAgencyFilter {
  @Field(() => [String], { nullable: true, description: 'Agency codes, e.g. ["ISIPO"].' })
  codes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the agency that contracts development agents (true), or the others (false).' })
  contractsDevelopmentAgents?: boolean | null;
}

export enum ExecutiveAgencyOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
}
registerEnumType(ExecutiveAgencyOrderField, { name: 'ExecutiveAgencyOrderField', description: 'Fields agencies can be sorted on.' });

const agencyOrder = orderInput('ExecutiveAgencyOrder', ExecutiveAgencyOrderField, ExecutiveAgencyOrderField.CODE, {
  CODE: (direction) => ({ code: direction }),
  NAME: (direction) => ({ name: direction }),
});

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

  @Query(() => ExecutiveAgencyConnection, { description: 'Executive agencies that take part in cluster development.' })
  executiveAgencies(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ExecutiveAgencyFilter, { nullable: true, description: 'Conditions on agencies.' }) filter: ExecutiveAgencyFilter | null,
    @Arg('orderBy', () => agencyOrder.OrderInput, { nullable: true, description: 'Order (default CODE ASC).' })
    orderBy: InstanceType<typeof agencyOrder.OrderInput> | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const where = compact({
      code: filter?.codes ? { $in: checkListSize(filter.codes, 'filter.codes') } : undefined,
      contractsDevelopmentAgents: filter?.contractsDevelopmentAgents ?? undefined,
    });
    return listInScope(ctx, info, ExecutiveAgency, where, agencyOrder.toOrder(orderBy), page);
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
