import type { Context } from '../../context';
import { fieldResolvers, flag, mutationResolver, reference } from '../../kernel/resolver-factories';
import { inForceOn, termOf } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from './supervisor-appointment.entity';
import { AppointSupervisorInput, RevokeSupervisorAppointmentInput } from './supervisor-appointment.inputs';
import { appointSupervisor, revokeSupervisorAppointment } from './supervisor-appointment.service';

const SupervisorAppointmentMutations = mutationResolver('SupervisorAppointmentMutations', {
  appointSupervisor: {
    description: `
      Issues the decree appointing a supervisor to a cluster for one year; only the head of a responsible working group may (Art. 3).`,
    input: [AppointSupervisorInput, 'The decree.'],
    payload: ['appointment', SupervisorAppointment, 'The new appointment.'],
    run: appointSupervisor,
  },
  revokeSupervisorAppointment: {
    description: `
      Ends a supervisor appointment before its term; only the head of a responsible working group may (Art. 3).`,
    input: [RevokeSupervisorAppointmentInput, 'The revocation.'],
    payload: ['appointment', SupervisorAppointment, 'The revoked appointment.'],
    run: revokeSupervisorAppointment,
  },
});

const SupervisorAppointmentFields = fieldResolvers(SupervisorAppointment, {
  cluster: reference(Cluster, 'The supervised cluster.'),
  supervisor: reference(Person, 'The supervisor.'),
  workingGroup: reference(WorkingGroup, 'The working group whose head issued the decree.'),
  appointedBy: reference(Person, 'The head of the working group who signed the decree.'),
  inForce: flag('True when the appointment is in force today.', (appointment: SupervisorAppointment, ctx: Context) =>
    inForceOn(termOf(SUPERVISOR_APPOINTMENT_TERM, appointment), ctx.clock.today()),
  ),
});

export const supervisorAppointmentResolvers = [SupervisorAppointmentMutations, SupervisorAppointmentFields];
