import { registerEnumType } from 'type-graphql';
import { arrayContainsFilter, customFilter, describeList, orderBy, searchFilter } from '../../kernel/read/list-description';
import { childrenOf, describeNode } from '../../kernel/read/node-description';
import { PersonConnection } from '../connections';
import { relations } from '../relations';
import { Qualification, SystemRole } from './person.entity';

export enum PersonOrderField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
}
registerEnumType(PersonOrderField, { name: 'PersonOrderField', description: 'Fields people can be sorted on.' });

export const personNode = describeNode('Person', {
  memberships: childrenOf(relations.personMemberships),
  agentContracts: childrenOf(relations.personAgentContracts),
  supervisorAppointments: childrenOf(relations.personAppointments),
  executedPlans: childrenOf(relations.personExecutedPlans),
  reportingObligations: childrenOf(relations.personObligations),
  reportsSubmitted: childrenOf(relations.personReportsSubmitted),
  reportsReceived: childrenOf(relations.personReportsReceived),
  reviews: childrenOf(relations.personReviews),
});

export const personList = describeList({
  type: 'Person',
  connection: PersonConnection,
  query: { name: 'people', description: 'People who act in the oversight system.' },
  filter: {
    name: 'PersonFilter',
    description: 'Conditions on people; all given conditions must hold.',
    argument: 'Conditions on people.',
    fields: {
      search: searchFilter(
        'Part of the Persian or Latin name; Arabic and Persian letters and digits compare equal.',
        [(t) => `${t}."search_name"`],
        [(t) => `${t}."full_name_latin"`],
      ),
      // Addresses are stored in lower case (a check constraint); an empty address sets no condition.
      email: customFilter(() => String, 'Exact e-mail address (case-insensitive).', (email: string, t, { params }) =>
        email === '' ? 'true' : `${t}."email" = ${params.bind(email.trim().toLowerCase())}`,
      ),
      qualification: arrayContainsFilter(() => Qualification, 'Only people with this recorded qualification.', (t) => `${t}."qualifications"`),
      systemRole: arrayContainsFilter(() => SystemRole, 'Only people whose account has this role.', (t) => `${t}."system_roles"`),
    },
  },
  order: {
    name: 'PersonOrder',
    enum: PersonOrderField,
    default: PersonOrderField.NAME,
    argument: 'Order (default NAME ASC).',
    orderings: {
      NAME: orderBy('text', (t) => `${t}."full_name_latin"`),
      EMAIL: orderBy('text', (t) => `${t}."email"`),
    },
  },
});
