import { connectionType } from '../../kernel/pagination';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, describeNode } from '../../kernel/read/node-description';
import { AgentContract } from '../agent-contract/agent-contract.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { ProgressReport, ReportingObligation } from '../reporting/reporting.entity';
import { SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { SupervisorReview } from '../supervisor-review/supervisor-review.entity';
import { WorkingGroupMembership } from '../working-group/working-group.entity';
import { Qualification, SystemRole } from './person.entity';
import { Person } from './person.entity';

/** Relay connection types of the module's node types. */
export const PersonConnection = connectionType(Person, 'Person', 'person');

export const personNode = describeNode(Person, {
  memberships: childrenOf(
    WorkingGroupMembership,
    { parentColumn: 'person_id', order: 't."starts_on" desc' },
    'Seats in working groups, latest first.',
  ),
  agentContracts: childrenOf(AgentContract, { parentColumn: 'agent_id' }, 'Contracts as a development agent, latest first.'),
  supervisorAppointments: childrenOf(
    SupervisorAppointment,
    { parentColumn: 'supervisor_id' },
    'Appointments as a supervisor, latest first.',
  ),
  executedPlans: childrenOf(DevelopmentPlan, { parentColumn: 'executor_id' }, 'Plans this person executes.'),
  reportingObligations: childrenOf(ReportingObligation, { parentColumn: 'obligor_id' }, 'Quarterly reports this person owes or owed.'),
  reportsSubmitted: childrenOf(
    ProgressReport,
    { parentColumn: 'submitted_by_id', listDefault: true },
    'Progress reports this person submitted.',
  ),
  reportsReceived: childrenOf(
    ProgressReport,
    { parentColumn: 'recipient_supervisor_id', listDefault: true },
    'Progress reports delivered to this person as supervisor in office.',
  ),
  reviews: childrenOf(SupervisorReview, { parentColumn: 'supervisor_id' }, 'Reviews this person submitted as supervisor.'),
});

export const personList = describeList({
  type: 'Person',
  query: { name: 'people', description: 'People who act in the oversight system.' },
  filter: {
    on: 'people',
    argument: 'Conditions on people.',
    fields: {
      search: filter.search('Part of the Persian or Latin name', [(t) => `${t}."search_name"`], [(t) => `${t}."full_name_latin"`]),
      // Addresses are stored in lower case (a check constraint); an empty address sets no condition.
      email: filter.custom(
        () => String,
        'Exact e-mail address (case-insensitive).',
        (email: string, t, { params }) => (email === '' ? 'true' : `${t}."email" = ${params.bind(email.trim().toLowerCase())}`),
      ),
      qualification: filter.arrayContains(
        () => Qualification,
        'Only people with this recorded qualification.',
        (t) => `${t}."qualifications"`,
      ),
      systemRole: filter.arrayContains(
        () => SystemRole,
        'Only people whose account has this role.',
        (t) => `${t}."system_roles"`,
      ),
    },
  },
  order: {
    on: 'people',
    default: 'NAME',
    orderings: {
      NAME: orderBy('text', (t) => `${t}."full_name_latin"`),
      EMAIL: orderBy('text', (t) => `${t}."email"`),
    },
  },
});
