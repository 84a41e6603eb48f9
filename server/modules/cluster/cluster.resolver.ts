import type { Context } from '../../context';
import { fieldResolvers, mutationResolver, reference } from '../../kernel/resolver-factories';
import { AGENT_CONTRACT_TERM, AgentContract } from '../agent-contract/agent-contract.entity';
import { termInForceOnFilter } from '../authority/term';
import { Person } from '../person/person.entity';
import { Province } from '../province/province.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroup, WorkingGroupLevel } from '../working-group/working-group.entity';
import { Cluster } from './cluster.entity';
import { ChangeClusterStatusInput, RegisterClusterInput } from './cluster.inputs';
import { changeClusterStatus, registerCluster } from './cluster.service';

const ClusterMutations = mutationResolver('ClusterMutations', {
  registerCluster: {
    description: `
      Registers an export-oriented business cluster; by the system administrator, the central secretariat, or the head or secretariat of the
      province's or the central working group.`,
    input: [RegisterClusterInput, 'The cluster.'],
    payload: ['cluster', Cluster, 'The registered cluster.'],
    run: registerCluster,
  },
  changeClusterStatus: {
    description: `
      Moves a cluster to another stage of the programme (IDENTIFIED → ACTIVE → GRADUATED, or DISCONTINUED before graduating, which may
      resume); same people as \`registerCluster\`.`,
    input: [ChangeClusterStatusInput, 'The cluster and its new stage.'],
    payload: ['cluster', Cluster, 'The cluster in its new stage.'],
    run: changeClusterStatus,
  },
});

/** The development agent contract in force today of each cluster, in one statement. */
function currentAgentContract(cluster: Cluster, ctx: Context) {
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

/** The supervisor appointment in force today of each cluster, in one statement. */
function currentSupervisorAppointment(cluster: Cluster, ctx: Context) {
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

const ClusterFields = fieldResolvers(Cluster, {
  province: reference(Province, 'Province the cluster is in.'),
  responsibleWorkingGroups: {
    type: () => [WorkingGroup],
    description: "The cluster's responsible working groups: its province's working group (when formed) and the central one.",
    resolve: (cluster: Cluster, ctx: Context) =>
      ctx.loaders
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
        .load(cluster.province.id),
  },
  currentAgentContract: {
    type: () => AgentContract,
    nullable: true,
    description: 'The development agent contract in force today, if any.',
    resolve: currentAgentContract,
  },
  currentSupervisorAppointment: {
    type: () => SupervisorAppointment,
    nullable: true,
    description: 'The supervisor appointment in force today, if any.',
    resolve: currentSupervisorAppointment,
  },
  currentAgent: {
    type: () => Person,
    nullable: true,
    description: 'The development agent under contract today, if any.',
    async resolve(cluster: Cluster, ctx: Context) {
      const contract = await currentAgentContract(cluster, ctx);
      return contract ? ctx.loaders.reference(Person, contract.agent) : null;
    },
  },
  currentSupervisor: {
    type: () => Person,
    nullable: true,
    description: 'The supervisor in office today, if any.',
    async resolve(cluster: Cluster, ctx: Context) {
      const appointment = await currentSupervisorAppointment(cluster, ctx);
      return appointment ? ctx.loaders.reference(Person, appointment.supervisor) : null;
    },
  },
});

export const clusterResolvers = [ClusterMutations, ClusterFields];
