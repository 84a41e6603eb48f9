import { connectionType } from '../../kernel/pagination';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, computed, describeNode } from '../../kernel/read/node-description';
import { DateScalar } from '../../kernel/scalars';
import { termInForceOnSql } from '../authority/term';
import { ReportingObligation } from '../reporting/reporting.entity';
import { AGENT_CONTRACT_TERM, AgentContract } from './agent-contract.entity';

/** Relay connection types of the module's node types. */
export const AgentContractConnection = connectionType(AgentContract, 'AgentContract', 'agent contract');

export const agentContractNode = describeNode(AgentContract, {
  // In force from its first day to its termination or end, both included (authority/term.ts).
  // A null end date makes SQL answer null rather than false; the field is a plain yes or no.
  inForce: computed((alias, env) => `coalesce((${termInForceOnSql(alias, AGENT_CONTRACT_TERM, env.today)}), false)`),
  reportingObligations: childrenOf(ReportingObligation, 'Quarterly reports owed under this contract.'),
});

/** The province of the contract's cluster. */
const provinceOfCluster = (t: string) => `(select fc."province_id" from "cluster" fc where fc."id" = ${t}."cluster_id")`;

export const agentContractList = describeList({
  type: 'AgentContract',
  query: { name: 'agentContracts', description: "Development agents' contracts with ISIPO, past and present (Art. 3)." },
  filter: {
    on: 'agent contracts',
    argument: 'Conditions on contracts.',
    fields: {
      clusterIds: filter.ids('Cluster', 'Cluster ids.', (t) => `${t}."cluster_id"`),
      agentIds: filter.ids('Person', 'Person ids of the agents.', (t) => `${t}."agent_id"`),
      ...filter.province(provinceOfCluster, "the clusters' provinces"),
      // Art. 3: in force from the first day to the termination, or else the end, both included.
      inForceOn: filter.custom(
        () => DateScalar,
        'Only contracts in force on this day.',
        (day: string, t, { params }) => termInForceOnSql(t, AGENT_CONTRACT_TERM, `${params.bind(day)}::date`),
      ),
    },
  },
  order: {
    on: 'agent contracts',
    default: 'STARTS_ON',
    nested: 't."starts_on" desc',
    orderings: {
      STARTS_ON: orderBy('date', (t) => `${t}."starts_on"`),
      ENDS_ON: orderBy('date', (t) => `${t}."ends_on"`),
      CONTRACT_NUMBER: orderBy('text', (t) => `${t}."contract_number"`),
    },
  },
});
