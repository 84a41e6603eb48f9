import { ErrorCode } from '../../kernel/errors';
import { defineModule, inProvince } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { SupervisorAppointment } from './supervisor-appointment.entity';
import { supervisorAppointmentList, supervisorAppointmentNode } from './supervisor-appointment.node';
import { supervisorAppointmentResolvers } from './supervisor-appointment.resolver';

export const supervisorAppointmentModule = defineModule({
  name: 'supervisor-appointment',
  entities: [SupervisorAppointment],
  resolvers: supervisorAppointmentResolvers,
  nodes: [supervisorAppointmentNode],
  lists: [supervisorAppointmentList],
  scope: {
    SupervisorAppointment: inProvince('cluster.province'),
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    supervisor_appointment_no_overlap: () =>
      violation(
        ErrorCode.SUPERVISOR_ALREADY_APPOINTED,
        'The cluster already has a supervisor appointed for some of these dates.',
        'Art. 3',
      ),
  },
});
