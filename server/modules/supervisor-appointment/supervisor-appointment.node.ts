import { connectionType } from '../../kernel/pagination';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, computed, describeNode } from '../../kernel/read/node-description';
import { DateScalar } from '../../kernel/scalars';
import { termInForceOnSql } from '../authority/term';
import { SupervisorReview } from '../supervisor-review/supervisor-review.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from './supervisor-appointment.entity';

/** Relay connection types of the module's node types. */
export const SupervisorAppointmentConnection = connectionType(SupervisorAppointment, 'SupervisorAppointment', 'supervisor appointment');

export const supervisorAppointmentNode = describeNode(SupervisorAppointment, {
  // In force from its first day to its revocation or end, both included (authority/term.ts).
  // A null revocation date makes SQL answer null rather than false; the field is a plain yes or no.
  inForce: computed((alias, env) => `coalesce((${termInForceOnSql(alias, SUPERVISOR_APPOINTMENT_TERM, env.today)}), false)`),
  reviews: childrenOf(SupervisorReview, { parentColumn: 'appointment_id' }, 'Reviews submitted under this appointment.'),
});

/** The province of the appointment's cluster. */
const provinceOfCluster = (t: string) => `(select fc."province_id" from "cluster" fc where fc."id" = ${t}."cluster_id")`;

export const supervisorAppointmentList = describeList({
  type: 'SupervisorAppointment',
  query: { name: 'supervisorAppointments', description: 'Supervisor decrees, past and present (Art. 3).' },
  filter: {
    on: 'supervisor appointments',
    argument: 'Conditions on appointments.',
    fields: {
      clusterIds: filter.ids('Cluster', 'Cluster ids.', (t) => `${t}."cluster_id"`),
      supervisorIds: filter.ids('Person', 'Person ids of the supervisors.', (t) => `${t}."supervisor_id"`),
      workingGroupIds: filter.ids('WorkingGroup', 'Ids of the appointing working groups.', (t) => `${t}."working_group_id"`),
      ...filter.province(provinceOfCluster, "the clusters' provinces"),
      // Art. 3: in force from the first day of the term to the revocation, or else its end, both included.
      inForceOn: filter.custom(
        () => DateScalar,
        'Only appointments in force on this day.',
        (day: string, t, { params }) => termInForceOnSql(t, SUPERVISOR_APPOINTMENT_TERM, `${params.bind(day)}::date`),
      ),
    },
  },
  order: {
    on: 'supervisor appointments',
    default: 'STARTS_ON',
    nested: 't."starts_on" desc',
    orderings: {
      STARTS_ON: orderBy('date', (t) => `${t}."starts_on"`),
      DECREE_DATE: orderBy('date', (t) => `${t}."decree_date"`),
    },
  },
});
