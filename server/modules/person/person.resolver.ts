import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { ForwardPageArgs } from '../../kernel/pagination';
import {
  AgentContractConnection,
  DevelopmentPlanConnection,
  ProgressReportConnection,
  ReportingObligationConnection,
  SupervisorAppointmentConnection,
  SupervisorReviewConnection,
  WorkingGroupMembershipConnection,
} from '../connections';
import { relations } from '../relations';
import { Person } from './person.entity';
import { PersonQualificationInput, RegisterPersonInput } from './person.inputs';
import { recordQualification, registerPerson, withdrawQualification } from './person.service';
import { pageInScope } from '../access/row-scope';

const RegisterPersonPayload = payloadType('RegisterPerson', 'person', Person, 'The registered person.');
const RecordQualificationPayload = payloadType('RecordQualification', 'person', Person, 'The person with the qualification recorded.');
const WithdrawQualificationPayload = payloadType('WithdrawQualification', 'person', Person, 'The person with the qualification withdrawn.');

@Resolver(() => Person)
export class PersonResolver {
  @Mutation(() => RegisterPersonPayload, {
    description: 'Registers a person who acts in the system; by the system administrator or the central secretariat (house rule).',
  })
  registerPerson(@Arg('input', () => RegisterPersonInput, { description: 'The person.' }) input: RegisterPersonInput, @Ctx() ctx: Context) {
    return registerPerson(ctx, input);
  }

  @Mutation(() => RecordQualificationPayload, {
    description: "Records a person's qualification (Art. 3); by the system administrator or the central secretariat.",
  })
  recordQualification(
    @Arg('input', () => PersonQualificationInput, { description: 'The person and the qualification.' }) input: PersonQualificationInput,
    @Ctx() ctx: Context,
  ) {
    return recordQualification(ctx, input);
  }

  @Mutation(() => WithdrawQualificationPayload, {
    description:
      "Withdraws a person's recorded qualification, unless a contract or appointment that required it is in force or yet to start; by the system administrator or the central secretariat.",
  })
  withdrawQualification(
    @Arg('input', () => PersonQualificationInput, { description: 'The person and the qualification.' }) input: PersonQualificationInput,
    @Ctx() ctx: Context,
  ) {
    return withdrawQualification(ctx, input);
  }

  @Query(() => Person, { description: 'The person the request is made for (from the bearer token).' })
  viewer(@Ctx() ctx: Context): Person {
    return ctx.viewer.person;
  }

  @FieldResolver(() => WorkingGroupMembershipConnection, { description: 'Seats in working groups, latest first.' })
  memberships(@Root() person: Person, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.personMemberships, person.id, page);
  }

  @FieldResolver(() => AgentContractConnection, { description: 'Contracts as a development agent, latest first.' })
  agentContracts(@Root() person: Person, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.personAgentContracts, person.id, page);
  }

  @FieldResolver(() => SupervisorAppointmentConnection, { description: 'Appointments as a supervisor, latest first.' })
  supervisorAppointments(@Root() person: Person, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.personAppointments, person.id, page);
  }

  @FieldResolver(() => DevelopmentPlanConnection, { description: 'Plans this person executes.' })
  executedPlans(@Root() person: Person, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.personExecutedPlans, person.id, page);
  }

  @FieldResolver(() => ReportingObligationConnection, { description: 'Quarterly reports this person owes or owed.' })
  reportingObligations(@Root() person: Person, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.personObligations, person.id, page);
  }

  @FieldResolver(() => ProgressReportConnection, { description: 'Progress reports this person submitted.' })
  reportsSubmitted(@Root() person: Person, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.personReportsSubmitted, person.id, page);
  }

  @FieldResolver(() => ProgressReportConnection, { description: 'Progress reports delivered to this person as supervisor in office.' })
  reportsReceived(@Root() person: Person, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.personReportsReceived, person.id, page);
  }

  @FieldResolver(() => SupervisorReviewConnection, { description: 'Reviews this person submitted as supervisor.' })
  reviews(@Root() person: Person, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.personReviews, person.id, page);
  }
}
