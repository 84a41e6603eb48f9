import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { AGENT_CONTRACT_TERM, AgentContract } from '../agent-contract/agent-contract.entity';
import { termInForceOnFilter } from '../authority/term';
import { Person } from '../person/person.entity';
import { Province } from '../province/province.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroup, WorkingGroupLevel } from '../working-group/working-group.entity';
import { Cluster } from './cluster.entity';
import { ChangeClusterStatusInput, RegisterClusterInput } from './cluster.inputs';
import { changeClusterStatus, registerCluster } from './cluster.service';

const RegisterClusterPayload = payloadType('RegisterCluster', 'cluster', Cluster, 'The registered cluster.');
const ChangeClusterStatusPayload = payloadType('ChangeClusterStatus', 'cluster', Cluster, 'The cluster in its new stage.');

@Resolver(() => Cluster)
export class ClusterResolver {
  @Mutation(() => RegisterClusterPayload, {
    description:
      "Registers an export-oriented business cluster; by the system administrator, the central secretariat, or the head or secretariat of the province's or the central working group.",
  })
  registerCluster(
    @Arg('input', () => RegisterClusterInput, { description: 'The cluster.' }) input: RegisterClusterInput,
    @Ctx() ctx: Context,
  ) {
    return registerCluster(ctx, input);
  }

  @Mutation(() => ChangeClusterStatusPayload, {
    description:
      'Moves a cluster to another stage of the programme (IDENTIFIED → ACTIVE → GRADUATED, or DISCONTINUED before graduating, which may resume); same people as `registerCluster`.',
  })
  changeClusterStatus(
    @Arg('input', () => ChangeClusterStatusInput, { description: 'The cluster and its new stage.' }) input: ChangeClusterStatusInput,
    @Ctx() ctx: Context,
  ) {
    return changeClusterStatus(ctx, input);
  }

  @FieldResolver(() => Province, { description: 'Province the cluster is in.' })
  province(@Root() cluster: Cluster, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Province, cluster.province);
  }

  @FieldResolver(() => [WorkingGroup], {
    description: "The cluster's responsible working groups: its province's working group (when formed) and the central one.",
  })
  responsibleWorkingGroups(@Root() cluster: Cluster, @Ctx() ctx: Context) {
    return ctx.loaders
      .loader<string, WorkingGroup[]>('responsibleWorkingGroups', async (provinceIds) => {
        const groups = await ctx.em.find(
          WorkingGroup,
          {
            $or: [{ level: WorkingGroupLevel.CENTRAL }, { province: { $in: [...provinceIds] } }],
          },
          { orderBy: { level: 'asc' } },
        );
        return provinceIds.map((id) => groups.filter((group) => group.level === WorkingGroupLevel.CENTRAL || group.province?.id === id));
      })
      .load(cluster.province.id);
  }

  @FieldResolver(() => AgentContract, { nullable: true, description: 'The development agent contract in force today, if any.' })
  currentAgentContract(@Root() cluster: Cluster, @Ctx() ctx: Context) {
    return ctx.loaders
      .loader<string, AgentContract | null>('currentAgentContract', async (clusterIds) => {
        const contracts = await ctx.em.find(AgentContract, {
          cluster: { $in: [...clusterIds] },
          ...termInForceOnFilter(AGENT_CONTRACT_TERM, ctx.clock.today()),
        });
        return clusterIds.map((id) => contracts.find((contract) => contract.cluster.id === id) ?? null);
      })
      .load(cluster.id);
  }

  @FieldResolver(() => SupervisorAppointment, { nullable: true, description: 'The supervisor appointment in force today, if any.' })
  currentSupervisorAppointment(@Root() cluster: Cluster, @Ctx() ctx: Context) {
    return ctx.loaders
      .loader<string, SupervisorAppointment | null>('currentSupervisorAppointment', async (clusterIds) => {
        const appointments = await ctx.em.find(SupervisorAppointment, {
          cluster: { $in: [...clusterIds] },
          ...termInForceOnFilter(SUPERVISOR_APPOINTMENT_TERM, ctx.clock.today()),
        });
        return clusterIds.map((id) => appointments.find((appointment) => appointment.cluster.id === id) ?? null);
      })
      .load(cluster.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The development agent under contract today, if any.' })
  async currentAgent(@Root() cluster: Cluster, @Ctx() ctx: Context) {
    const contract = await this.currentAgentContract(cluster, ctx);
    return contract ? ctx.loaders.reference(Person, contract.agent) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The supervisor in office today, if any.' })
  async currentSupervisor(@Root() cluster: Cluster, @Ctx() ctx: Context) {
    const appointment = await this.currentSupervisorAppointment(cluster, ctx);
    return appointment ? ctx.loaders.reference(Person, appointment.supervisor) : null;
  }
}
