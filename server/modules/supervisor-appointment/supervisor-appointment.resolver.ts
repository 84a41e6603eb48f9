import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { inForceOn, termOf } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from './supervisor-appointment.entity';
import { AppointSupervisorInput, RevokeSupervisorAppointmentInput } from './supervisor-appointment.inputs';
import { appointSupervisor, revokeSupervisorAppointment } from './supervisor-appointment.service';

const AppointSupervisorPayload = payloadType('AppointSupervisor', 'appointment', SupervisorAppointment, 'The new appointment.');
const RevokeSupervisorAppointmentPayload = payloadType(
  'RevokeSupervisorAppointment',
  'appointment',
  SupervisorAppointment,
  'The revoked appointment.',
);

@Resolver(() => SupervisorAppointment)
export class SupervisorAppointmentResolver {
  @Mutation(() => AppointSupervisorPayload, {
    description:
      'Issues the decree appointing a supervisor to a cluster for one year; only the head of a responsible working group may (Art. 3).',
  })
  appointSupervisor(
    @Arg('input', () => AppointSupervisorInput, { description: 'The decree.' }) input: AppointSupervisorInput,
    @Ctx() ctx: Context,
  ) {
    return appointSupervisor(ctx, input);
  }

  @Mutation(() => RevokeSupervisorAppointmentPayload, {
    description: 'Ends a supervisor appointment before its term; only the head of a responsible working group may (Art. 3).',
  })
  revokeSupervisorAppointment(
    @Arg('input', () => RevokeSupervisorAppointmentInput, { description: 'The revocation.' }) input: RevokeSupervisorAppointmentInput,
    @Ctx() ctx: Context,
  ) {
    return revokeSupervisorAppointment(ctx, input);
  }

  @FieldResolver(() => Cluster, { description: 'The supervised cluster.' })
  cluster(@Root() appointment: SupervisorAppointment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Cluster, appointment.cluster);
  }

  @FieldResolver(() => Person, { description: 'The supervisor.' })
  supervisor(@Root() appointment: SupervisorAppointment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, appointment.supervisor);
  }

  @FieldResolver(() => WorkingGroup, { description: 'The working group whose head issued the decree.' })
  workingGroup(@Root() appointment: SupervisorAppointment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, appointment.workingGroup);
  }

  @FieldResolver(() => Person, { description: 'The head of the working group who signed the decree.' })
  appointedBy(@Root() appointment: SupervisorAppointment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, appointment.appointedBy);
  }

  @FieldResolver(() => Boolean, { description: 'True when the appointment is in force today.' })
  inForce(@Root() appointment: SupervisorAppointment, @Ctx() ctx: Context): boolean {
    return inForceOn(termOf(SUPERVISOR_APPOINTMENT_TERM, appointment), ctx.clock.today());
  }
}
