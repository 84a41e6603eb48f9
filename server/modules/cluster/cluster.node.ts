import { childrenOf, describeNode, listOf, referenceBy, type SqlEnvironment } from '../../kernel/read/node-description';
import { relations } from '../relations';

/** The agent contract of the cluster aliased `alias` in force today (at most one: an exclusion constraint). */
const contractInForce = (column: string) => (alias: string, env: SqlEnvironment) =>
  `(select c."${column}" from "agent_contract" c where c."cluster_id" = ${alias}."id" and c."starts_on" <= ${env.today} ` +
  `and (c."terminated_on" >= ${env.today} or (c."terminated_on" is null and c."ends_on" >= ${env.today})) limit 1)`;

/** The supervisor appointment of the cluster aliased `alias` in force today (at most one). */
const appointmentInForce = (column: string) => (alias: string, env: SqlEnvironment) =>
  `(select a."${column}" from "supervisor_appointment" a where a."cluster_id" = ${alias}."id" and a."starts_on" <= ${env.today} ` +
  `and (a."revoked_on" >= ${env.today} or (a."revoked_on" is null and a."ends_on" >= ${env.today})) limit 1)`;

export const clusterNode = describeNode('Cluster', {
  currentAgentContract: referenceBy('AgentContract', contractInForce('id')),
  currentAgent: referenceBy('Person', contractInForce('agent_id')),
  currentSupervisorAppointment: referenceBy('SupervisorAppointment', appointmentInForce('id')),
  currentSupervisor: referenceBy('Person', appointmentInForce('supervisor_id')),
  // The central working group and that of the cluster's province, central first (the resolver's order by level).
  responsibleWorkingGroups: listOf(
    'WorkingGroup',
    (group, cluster) => `${group}."level" = 'CENTRAL' or ${group}."province_id" = ${cluster}."province_id"`,
    't."level"',
  ),
  agentContracts: childrenOf(relations.clusterAgentContracts),
  supervisorAppointments: childrenOf(relations.clusterAppointments),
  plans: childrenOf(relations.clusterPlans),
  resolutions: childrenOf(relations.clusterResolutions),
  reportingObligations: childrenOf(relations.clusterObligations),
  progressReports: childrenOf(relations.clusterReports),
  reviews: childrenOf(relations.clusterReviews),
  disputes: childrenOf(relations.clusterDisputes),
});
