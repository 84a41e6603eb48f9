import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root, registerEnumType, Info } from 'type-graphql';
import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { clusterCondition, compact, idsOfType, orderInput } from '../../kernel/list-inputs';
import { ForwardPageArgs, PageArgs } from '../../kernel/pagination';
import { DateScalar } from '../../kernel/scalars';
import { Cluster } from '../cluster/cluster.entity';
import { AgentContractConnection, ReportingObligationConnection } from '../connections';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { relations } from '../relations';
import { AgentContract, contractsInForceOn } from './agent-contract.entity';
import { EndAgentContractInput, SignAgentContractInput } from './agent-contract.inputs';
import { endAgentContract, signAgentContract } from './agent-contract.service';
import { listInScope, pageInScope } from '../access/row-scope';

const SignAgentContractPayload = payloadType('SignAgentContract', 'contract', AgentContract, 'The new contract.');
const EndAgentContractPayload = payloadType('EndAgentContract', 'contract', AgentContract, 'The ended contract.');

@InputType({ description: 'Conditions on agent contracts; all given conditions must hold.' })
export class AgentContractFilter {
  @Field(() => [ID], { nullable: true, description: 'Cluster ids.' })
  clusterIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Person ids of the agents.' })
  agentIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-2 codes of the clusters\' provinces.' })
  provinceCodes?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only contracts in force on this day.' })
  inForceOn?: string | null;
}

export enum AgentContractOrderField {
  STARTS_ON = 'STARTS_ON',
  ENDS_ON = 'ENDS_ON',
  CONTRACT_NUMBER = 'CONTRACT_NUMBER',
}
registerEnumType(AgentContractOrderField, { name: 'AgentContractOrderField', description: 'Fields agent contracts can be sorted on.' });

const contractOrder = orderInput('AgentContractOrder', AgentContractOrderField, AgentContractOrderField.STARTS_ON, {
  STARTS_ON: (direction) => ({ startsOn: direction }),
  ENDS_ON: (direction) => ({ endsOn: direction }),
  CONTRACT_NUMBER: (direction) => ({ contractNumber: direction }),
});

@Resolver(() => AgentContract)
export class AgentContractResolver {
  @Mutation(() => SignAgentContractPayload, {
    description:
      "Records ISIPO's contract with a development agent for a cluster and the quarterly reports it makes owed; by the head or secretariat of a responsible working group (Art. 3, Art. 4-1).",
  })
  signAgentContract(@Arg('input', () => SignAgentContractInput, { description: 'The contract.' }) input: SignAgentContractInput, @Ctx() ctx: Context) {
    return signAgentContract(ctx, input);
  }

  @Mutation(() => EndAgentContractPayload, {
    description:
      'Ends an agent contract before its term; reports of quarters beginning after its last day are withdrawn. By the head or secretariat of a responsible working group (Art. 3).',
  })
  endAgentContract(@Arg('input', () => EndAgentContractInput, { description: 'The ending.' }) input: EndAgentContractInput, @Ctx() ctx: Context) {
    return endAgentContract(ctx, input);
  }

  @Query(() => AgentContractConnection, { description: "Development agents' contracts with ISIPO, past and present (Art. 3)." })
  agentContracts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AgentContractFilter, { nullable: true, description: 'Conditions on contracts.' }) filter: AgentContractFilter | null,
    @Arg('orderBy', () => contractOrder.OrderInput, { nullable: true, description: 'Order (default STARTS_ON ASC).' })
    orderBy: InstanceType<typeof contractOrder.OrderInput> | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const where = compact({
      cluster: clusterCondition(filter),
      agent: filter?.agentIds ? { $in: idsOfType(filter.agentIds, 'Person', 'filter.agentIds') } : undefined,
      $and: filter?.inForceOn ? [contractsInForceOn(filter.inForceOn)] : undefined,
    });
    return listInScope(ctx, info, AgentContract, where, contractOrder.toOrder(orderBy), page);
  }

  @FieldResolver(() => Cluster, { description: 'The cluster whose programme the agent runs.' })
  cluster(@Root() contract: AgentContract, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Cluster, contract.cluster);
  }

  @FieldResolver(() => Person, { description: 'The development agent.' })
  agent(@Root() contract: AgentContract, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, contract.agent);
  }

  @FieldResolver(() => ExecutiveAgency, { description: 'The contracting agency (ISIPO).' })
  agency(@Root() contract: AgentContract, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ExecutiveAgency, contract.agency);
  }

  @FieldResolver(() => Boolean, { description: 'True when the contract is in force today.' })
  inForce(@Root() contract: AgentContract, @Ctx() ctx: Context): boolean {
    const today = ctx.clock.today();
    return contract.startsOn <= today && contract.lastDayInForce >= today;
  }

  @FieldResolver(() => ReportingObligationConnection, { description: 'Quarterly reports owed under this contract.' })
  reportingObligations(@Root() contract: AgentContract, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.contractObligations, contract.id, page);
  }
}
