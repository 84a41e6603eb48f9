/**
 * Demo data, clusters and their development agents: six clusters in three provinces, and the agent
 * contracts signed by ISIPO, one of them ended early and taken over by a new agent.
 */
import { quarterStart, termEndAfterYears } from '../../../kernel/calendar';
import { normalizePersian } from '../../../kernel/persian-text';
import { AgentContract } from '../../../modules/agent-contract/agent-contract.entity';
import {
  agencyContractsAgents,
  agentIsQualified,
  noOverlappingContract,
  termIsOrdered,
  termWithinLimit,
} from '../../../modules/agent-contract/agent-contract.rules';
import { Cluster, ClusterStatus } from '../../../modules/cluster/cluster.entity';
import { AGENCY_CODES } from '../reference-data';
import {
  agencyOf,
  byKey,
  clusterOf,
  type DemoContext,
  GROUP_KEYS,
  type GroupKey,
  holds,
  oneOf,
  personOf,
  type ProvincialGroupKey,
} from './context';
import clusterRows from './data/clusters.json';
import { PROVINCIAL_GROUPS } from './groups';
import { personSpecOf } from './people';

interface ClusterSpec {
  key: string;
  group: ProvincialGroupKey;
  name: string;
  nameFa: string;
  isicCode: string;
  mainProducts: string[];
  status: ClusterStatus;
}

/** The clusters as data/clusters.json states them: active unless a row says otherwise. */
export const CLUSTERS: readonly ClusterSpec[] = clusterRows.map((row) => {
  const what = `cluster ${row.key}`;
  const provincialGroups = GROUP_KEYS.filter((key): key is ProvincialGroupKey => key !== 'CENTRAL');
  return {
    ...row,
    group: oneOf(provincialGroups, row.group, what),
    status: row.status === undefined ? ClusterStatus.ACTIVE : oneOf(Object.values(ClusterStatus), row.status, what),
  };
});

export interface ContractSpec {
  key: string;
  cluster: string;
  agent: string;
  contractNumber: string;
  startsOn: string;
  endsOn: string;
  terminatedOn?: string;
  terminationReason?: string;
  /** How fast the programme advances, in percent of the pace the term would give. */
  pace: number;
}

/** The demo's contracts are all signed for three years, within the house limit (AGENT_CONTRACT_MAX_TERM_YEARS). */
const CONTRACT_YEARS = 3;

/** A contract as the table below states it: its last day follows from its start (`CONTRACT_YEARS`). */
type ContractRow = Omit<ContractSpec, 'endsOn'>;

const CONTRACT_ROWS: readonly ContractRow[] = [
  { key: 'K1', cluster: 'C1', agent: 'agentTavakoli', contractNumber: 'ISIPO-CD-1402-0311', startsOn: '2023-10-01', pace: 95 },
  { key: 'K2', cluster: 'C2', agent: 'agentHashemi', contractNumber: 'ISIPO-CD-1403-0102', startsOn: '2024-06-01', pace: 85 },
  // The Isfahan carpet cluster's first contract was ended early; a new agent took over next quarter.
  {
    key: 'K3a',
    cluster: 'C3',
    agent: 'agentGhasemi',
    contractNumber: 'ISIPO-CD-1402-0188',
    startsOn: '2023-07-01',
    terminatedOn: '2024-08-31',
    terminationReason: 'Ended by mutual agreement after the agent moved to another province; ISIPO contracted a new agent from 2024-09-01.',
    pace: 40,
  },
  {
    key: 'K3b',
    cluster: 'C3',
    agent: 'agentNazari',
    contractNumber: 'ISIPO-CD-1403-0240',
    startsOn: quarterStart({ year: 1403, quarter: 3 }),
    pace: 90,
  },
  { key: 'K5', cluster: 'C5', agent: 'agentKhalili', contractNumber: 'ISIPO-CD-1402-0415', startsOn: '2024-01-15', pace: 100 },
];

export const CONTRACTS: readonly ContractSpec[] = CONTRACT_ROWS.map((row) => ({
  ...row,
  endsOn: termEndAfterYears(row.startsOn, CONTRACT_YEARS),
}));

function clusterSpecOf(key: string): ClusterSpec {
  const spec = CLUSTERS.find((c) => c.key === key);
  if (!spec) throw new Error(`Demo data: unknown cluster "${key}"`);
  return spec;
}

/** The provincial working group of a cluster's province. */
export function provincialGroupOf(clusterKey: string): ProvincialGroupKey {
  return clusterSpecOf(clusterKey).group;
}

/** R4 (Art. 3): the working groups responsible for a cluster: the central one and its province's. */
export function responsibleGroupsOf(clusterKey: string): GroupKey[] {
  return ['CENTRAL', provincialGroupOf(clusterKey)];
}

/** A contract's days in force: to its early end when it was ended early. */
export function contractTerm(spec: ContractSpec): { startsOn: string; lastDay: string } {
  return { startsOn: spec.startsOn, lastDay: spec.terminatedOn ?? spec.endsOn };
}

/** Written directly: `registerCluster` records a cluster of today, as IDENTIFIED; the demo's are active. */
export function seedClusters(ctx: DemoContext): void {
  for (const spec of CLUSTERS) {
    ctx.clusters.set(
      spec.key,
      ctx.make(Cluster, {
        name: spec.name,
        nameFa: spec.nameFa,
        searchName: normalizePersian(spec.nameFa),
        province: byKey(ctx.provinces, PROVINCIAL_GROUPS[spec.group].provinceCode, 'province'),
        isicCode: spec.isicCode,
        mainProducts: spec.mainProducts,
        status: spec.status,
      }),
    );
  }
}

/**
 * R2: contracts checked with the rules of `signAgentContract`. Written directly because signing also
 * creates the reporting obligations of the whole term, and the demo's run only to the quarter before
 * today, with their submissions (reporting.ts).
 */
export function seedAgentContracts(ctx: DemoContext): void {
  const contractor = agencyOf(ctx, AGENCY_CODES.ISIPO);
  holds(agencyContractsAgents(contractor), 'agent-contracting agency');
  for (const spec of CONTRACTS) {
    const what = `contract ${spec.key}`;
    holds(termIsOrdered(spec.startsOn, spec.endsOn), what);
    holds(termWithinLimit(spec.startsOn, spec.endsOn), what);
    holds(agentIsQualified(personSpecOf(spec.agent).qualifications), what);
    const others = CONTRACTS.filter((other) => other !== spec && other.cluster === spec.cluster).map(contractTerm);
    holds(noOverlappingContract(contractTerm(spec), others), what);
    ctx.contracts.set(
      spec.key,
      ctx.make(AgentContract, {
        contractNumber: spec.contractNumber,
        cluster: clusterOf(ctx, spec.cluster),
        agent: personOf(ctx, spec.agent),
        agency: contractor,
        startsOn: spec.startsOn,
        endsOn: spec.endsOn,
        terminatedOn: spec.terminatedOn ?? null,
        terminationReason: spec.terminationReason ?? null,
      }),
    );
  }
}
