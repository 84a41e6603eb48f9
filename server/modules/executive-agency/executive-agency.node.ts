import { registerEnumType } from 'type-graphql';
import { describeList, equalsFilter, orderBy, valuesFilter } from '../../kernel/read/list-description';
import { childrenOf, describeNode } from '../../kernel/read/node-description';
import { ExecutiveAgencyConnection } from '../connections';
import { relations } from '../relations';

export enum ExecutiveAgencyOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
}
registerEnumType(ExecutiveAgencyOrderField, { name: 'ExecutiveAgencyOrderField', description: 'Fields agencies can be sorted on.' });

export const executiveAgencyNode = describeNode('ExecutiveAgency', {
  resolutions: childrenOf(relations.agencyResolutions),
  developmentPlans: childrenOf(relations.agencyPlans),
  agentContracts: childrenOf(relations.agencyContracts),
  assessments: childrenOf(relations.agencyAssessments),
});

export const executiveAgencyList = describeList({
  type: 'ExecutiveAgency',
  connection: ExecutiveAgencyConnection,
  query: { name: 'executiveAgencies', description: 'Executive agencies that take part in cluster development.' },
  filter: {
    name: 'ExecutiveAgencyFilter',
    description: 'Conditions on executive agencies; all given conditions must hold.',
    argument: 'Conditions on agencies.',
    fields: {
      codes: valuesFilter(() => [String], 'Agency codes, e.g. ["ISIPO"].', (t) => `${t}."code"`),
      contractsDevelopmentAgents: equalsFilter(
        () => Boolean,
        'Only the agency that contracts development agents (true), or the others (false).',
        (t) => `${t}."contracts_development_agents"`,
        'boolean',
      ),
    },
  },
  order: {
    name: 'ExecutiveAgencyOrder',
    enum: ExecutiveAgencyOrderField,
    default: ExecutiveAgencyOrderField.CODE,
    argument: 'Order (default CODE ASC).',
    orderings: {
      CODE: orderBy('text', (t) => `${t}."code"`),
      NAME: orderBy('text', (t) => `${t}."name"`),
    },
  },
});
