import { defineModule, inProvince } from '../../kernel/module';
import { SupervisorAppointment } from './supervisor-appointment.entity';
import { supervisorAppointmentList, supervisorAppointmentNode } from './supervisor-appointment.node';
import { SupervisorAppointmentResolver } from './supervisor-appointment.resolver';

export const supervisorAppointmentModule = defineModule({
  name: 'supervisor-appointment',
  entities: [SupervisorAppointment],
  resolvers: [SupervisorAppointmentResolver],
  nodes: [supervisorAppointmentNode],
  lists: [supervisorAppointmentList],
  scope: {
    SupervisorAppointment: inProvince('cluster.province'),
  },
});
