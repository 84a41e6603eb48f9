import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root, registerEnumType, Info } from 'type-graphql';
import { payloadType } from '../../kernel/mutation';
import type { Context } from '../../context';
import { clusterCondition, compact, idsOfType, orderInput } from '../../kernel/list-inputs';
import { ForwardPageArgs, PageArgs } from '../../kernel/pagination';
import { DateScalar } from '../../kernel/scalars';
import { Cluster } from '../cluster/cluster.entity';
import { SupervisorAppointmentConnection, SupervisorReviewConnection } from '../connections';
import { Person } from '../person/person.entity';
import { relations } from '../relations';
import { WorkingGroup } from '../working-group/working-group.entity';
import { appointmentsInForceOn, SupervisorAppointment } from './supervisor-appointment.entity';
import { AppointSupervisorInput, RevokeSupervisorAppointmentInput } from './supervisor-appointment.inputs';
import { appointSupervisor, revokeSupervisorAppointment } from './supervisor-appointment.service';
import { listInScope, pageInScope } from '../access/row-scope';

const AppointSupervisorPayload = payloadType('AppointSupervisor', 'appointment', SupervisorAppointment, 'The new appointment.');
const RevokeSupervisorAppointmentPayload = payloadType('RevokeSupervisorAppointment', 'appointment', SupervisorAppointment, 'The revoked appointment.');

@InputType({ description: 'Conditions on supervisor appointments; all given conditions must hold.' })
export class SupervisorAppointmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Cluster ids.' })
  clusterIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Person ids of the supervisors.' })
  supervisorIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the appointing working groups.' })
  workingGroupIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-2 codes of the clusters\' provinces.' })
  provinceCodes?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only appointments in force on this day.' })
  inForceOn?: string | null;
}

export enum SupervisorAppointmentOrderField {
  STARTS_ON = 'STARTS_ON',
  DECREE_DATE = 'DECREE_DATE',
}
registerEnumType(SupervisorAppointmentOrderField, {
  name: 'SupervisorAppointmentOrderField',
  description: 'Fields supervisor appointments can be sorted on.',
});

const appointmentOrder = orderInput('SupervisorAppointmentOrder', SupervisorAppointmentOrderField, SupervisorAppointmentOrderField.STARTS_ON, {
  STARTS_ON: (direction) => ({ startsOn: direction }),
  DECREE_DATE: (direction) => ({ decreeDate: direction }),
});

@Resolver(() => SupervisorAppointment)
export class SupervisorAppointmentResolver {
  @Mutation(() => AppointSupervisorPayload, {
    description: "Issues the decree appointing a supervisor to a cluster for one year; only the head of a responsible working group may (Art. 3).",
  })
  appointSupervisor(@Arg('input', () => AppointSupervisorInput, { description: 'The decree.' }) input: AppointSupervisorInput, @Ctx() ctx: Context) {
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

  @Query(() => SupervisorAppointmentConnection, { description: 'Supervisor decrees, past and present (Art. 3).' })
  supervisorAppointments(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SupervisorAppointmentFilter, { nullable: true, description: 'Conditions on appointments.' })
    filter: SupervisorAppointmentFilter | null,
    @Arg('orderBy', () => appointmentOrder.OrderInput, { nullable: true, description: 'Order (default STARTS_ON ASC).' })
    orderBy: InstanceType<typeof appointmentOrder.OrderInput> | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const where = compact({
      cluster: clusterCondition(filter),
      supervisor: filter?.supervisorIds ? { $in: idsOfType(filter.supervisorIds, 'Person', 'filter.supervisorIds') } : undefined,
      workingGroup: filter?.workingGroupIds ? { $in: idsOfType(filter.workingGroupIds, 'WorkingGroup', 'filter.workingGroupIds') } : undefined,
      $and: filter?.inForceOn ? [appointmentsInForceOn(filter.inForceOn)] : undefined,
    });
    return listInScope(ctx, info, SupervisorAppointment, where, appointmentOrder.toOrder(orderBy), page);
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
    const today = ctx.clock.today();
    return appointment.startsOn <= today && appointment.lastDayInForce >= today;
  }

  @FieldResolver(() => SupervisorReviewConnection, { description: 'Reviews submitted under this appointment.' })
  reviews(@Root() appointment: SupervisorAppointment, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.appointmentReviews, appointment.id, page);
  }
}
