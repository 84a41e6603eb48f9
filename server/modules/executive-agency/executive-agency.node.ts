import { connectionType } from '../../kernel/pagination';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, describeNode } from '../../kernel/read/node-description';
import { AgencyAssessment } from '../agency-assessment/agency-assessment.entity';
import { AgentContract } from '../agent-contract/agent-contract.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Resolution } from '../resolution/resolution.entity';
import { ExecutiveAgency } from './executive-agency.entity';

/** Relay connection types of the module's node types. */
export const ExecutiveAgencyConnection = connectionType(ExecutiveAgency, 'ExecutiveAgency', 'executive agency');

export const executiveAgencyNode = describeNode(ExecutiveAgency, {
  resolutions: childrenOf(
    Resolution,
    { parentColumn: 'responsible_agency_id' },
    'Resolutions this agency is responsible for carrying out.',
  ),
  developmentPlans: childrenOf(DevelopmentPlan, { parentColumn: 'responsible_agency_id' }, 'Plans this agency is responsible for.'),
  agentContracts: childrenOf(
    AgentContract,
    { parentColumn: 'agency_id' },
    'Development agent contracts signed by this agency (ISIPO only).',
  ),
  assessments: childrenOf(AgencyAssessment, { parentColumn: 'agency_id' }, "Working groups' assessments of this agency's performance."),
});

export const executiveAgencyList = describeList({
  type: 'ExecutiveAgency',
  query: { name: 'executiveAgencies', description: 'Executive agencies that take part in cluster development.' },
  filter: {
    on: 'executive agencies',
    argument: 'Conditions on agencies.',
    fields: {
      search: filter.search(
        'Part of the Persian or English name or the code',
        [(t) => `${t}."search_name"`],
        [(t) => `${t}."name"`, (t) => `${t}."code"`],
      ),
      codes: filter.values(
        () => [String],
        'Agency codes, e.g. ["ISIPO"].',
        (t) => `${t}."code"`,
      ),
      contractsDevelopmentAgents: filter.equals(
        () => Boolean,
        'Only the agency that contracts development agents (true), or the others (false).',
        (t) => `${t}."contracts_development_agents"`,
        'boolean',
      ),
    },
  },
  order: {
    on: 'agencies',
    default: 'CODE',
    orderings: {
      CODE: orderBy('text', (t) => `${t}."code"`),
      NAME: orderBy('text', (t) => `${t}."name"`),
    },
  },
});
