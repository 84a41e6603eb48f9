import { connectionType } from '../../kernel/pagination';
import { measure, valueGrouping } from '../../kernel/read/aggregate-description';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, describeNode, listOf, referenceBy, type SqlEnvironment } from '../../kernel/read/node-description';
import { AGENT_CONTRACT_TERM, AgentContract } from '../agent-contract/agent-contract.entity';
import { termInForceOnSql } from '../authority/term';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Dispute } from '../dispute/dispute.entity';
import { byProvince } from '../province/province.groupings';
import { ProgressReport, ReportingObligation } from '../reporting/reporting.entity';
import { Resolution } from '../resolution/resolution.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { SupervisorReview } from '../supervisor-review/supervisor-review.entity';
import { ClusterStatus } from './cluster.entity';
import { Cluster } from './cluster.entity';

/** Relay connection types of the module's node types. */
export const ClusterConnection = connectionType(Cluster, 'Cluster', 'cluster');

/** The agent contract of the cluster aliased `alias` in force today (at most one: an exclusion constraint). */
const contractInForce = (column: string) => (alias: string, env: SqlEnvironment) =>
  `(select c."${column}" from "agent_contract" c where c."cluster_id" = ${alias}."id" and ${termInForceOnSql('c', AGENT_CONTRACT_TERM, env.today)} limit 1)`;

/** The supervisor appointment of the cluster aliased `alias` in force today (at most one). */
const appointmentInForce = (column: string) => (alias: string, env: SqlEnvironment) =>
  `(select a."${column}" from "supervisor_appointment" a where a."cluster_id" = ${alias}."id" and ${termInForceOnSql('a', SUPERVISOR_APPOINTMENT_TERM, env.today)} limit 1)`;

export const clusterNode = describeNode(Cluster, {
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
  agentContracts: childrenOf(AgentContract, 'All agent contracts of the cluster, latest first.'),
  supervisorAppointments: childrenOf(SupervisorAppointment, 'All supervisor appointments of the cluster, latest first.'),
  plans: childrenOf(DevelopmentPlan, 'Development plans and projects of the cluster, latest first.'),
  resolutions: childrenOf(Resolution, 'Resolutions about the cluster, latest first.'),
  reportingObligations: childrenOf(ReportingObligation, 'Quarterly reports owed for the cluster, latest quarter first.'),
  progressReports: childrenOf(ProgressReport, { listDefault: true }, 'Progress reports for the cluster, latest first.'),
  reviews: childrenOf(SupervisorReview, "Supervisors' reviews of the cluster, latest first."),
  disputes: childrenOf(Dispute, 'Disputes about the cluster, latest first.'),
});

export const clusterList = describeList({
  type: 'Cluster',
  query: { name: 'clusters', description: 'Export-oriented business clusters in every province.' },
  filter: {
    on: 'clusters',
    argument: 'Conditions on clusters.',
    fields: {
      ...filter.province((t) => `${t}."province_id"`, {
        codes: 'ISO 3166-2 codes of the provinces, e.g. ["IR-10"].',
        ids: 'Province ids.',
      }),
      isicCodes: filter.values(
        () => [String],
        'Four-digit ISIC classes of the sector.',
        (t) => `${t}."isic_code"`,
      ),
      statuses: filter.values(
        () => [ClusterStatus],
        'Stages in the programme.',
        (t) => `${t}."status"`,
      ),
      search: filter.search('Part of the Persian or English name', [(t) => `${t}."search_name"`], [(t) => `${t}."name"`]),
    },
  },
  order: {
    on: 'clusters',
    default: 'NAME',
    nested: 't."name"',
    orderings: {
      NAME: orderBy('text', (t) => `${t}."name"`),
      PROVINCE_CODE: orderBy('text', (t) => `(select op."code" from "province" op where op."id" = ${t}."province_id")`),
      ISIC_CODE: orderBy('text', (t) => `${t}."isic_code"`),
      CREATED_AT: orderBy('timestamptz', (t) => `${t}."created_at"`),
    },
  },
  aggregates: {
    query: 'clusterAggregates',
    description:
      "Clusters grouped by province, sector or status (or the cross of two): how many, and their plans' budgets, exact. " +
      'Takes the filter of `clusters`; counts only what the viewer may read.',
    groupings: {
      province: byProvince("The cluster's province.", (t) => `${t}."province_id"`),
      isicCode: valueGrouping(
        () => String,
        'Four-digit ISIC class of the sector.',
        (t) => `${t}."isic_code"`,
      ),
      status: valueGrouping(
        () => ClusterStatus,
        'Stage in the programme.',
        (t) => `${t}."status"`,
      ),
    },
    measures: {
      plans: measure('integer', 'Development plans of the cluster, in any state.', (t, env) =>
        plansOf(t, env.scope('DevelopmentPlan', 'gp'), 'count(*)'),
      ),
      approvedBudget: measure(
        'money',
        "Approved budgets of the cluster's approved plans (their amount at approval), in rials; 0 when none.",
        (t, env) => plansOf(t, env.scope('DevelopmentPlan', 'gp'), 'coalesce(sum(gp."approved_budget"), 0)'),
      ),
      currentBudget: measure(
        'money',
        "Current budgets of the cluster's approved plans (after adjustments), in rials; 0 when none.",
        (t, env) => plansOf(t, env.scope('DevelopmentPlan', 'gp'), 'coalesce(sum(gp."current_budget"), 0)'),
      ),
    },
  },
});

/** An aggregate of the plans of the cluster aliased `t` that the viewer may read. */
function plansOf(t: string, scope: string | null, aggregate: string): string {
  return `(select ${aggregate} from "development_plan" gp where gp."cluster_id" = ${t}."id"${scope ? ` and ${scope}` : ''})`;
}
