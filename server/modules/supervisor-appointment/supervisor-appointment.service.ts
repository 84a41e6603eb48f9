import type { Context } from '../../context';
import { oneYearTermEnd } from '../../kernel/calendar';
import { load } from '../../kernel/load';
import { type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { enforce } from '../../kernel/rules';
import { AGENT_CONTRACT_TERM, AgentContract } from '../agent-contract/agent-contract.entity';
import { responsibleWorkingGroups, seatsOn } from '../authority/authority';
import { groupIsResponsible, isHeadOf } from '../authority/authority.rules';
import { type DaySpan, spanInForce } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan, PlanStatus } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from './supervisor-appointment.entity';
import type { AppointSupervisorInput, RevokeSupervisorAppointmentInput } from './supervisor-appointment.inputs';
import * as rules from './supervisor-appointment.rules';

/** R3 (Art. 3): the decree of the head of a responsible working group appointing a supervisor for one year. */
export function appointSupervisor(ctx: Context, input: AppointSupervisorInput): Promise<Payload<SupervisorAppointment>> {
  return runMutation(ctx, 'appointSupervisor', async (em) => {
    const cluster = await load(em, Cluster, input.clusterId, 'input.clusterId');
    const supervisor = await load(em, Person, input.supervisorId, 'input.supervisorId');
    const workingGroup = await load(em, WorkingGroup, input.workingGroupId, 'input.workingGroupId');
    enforce(rules.termIsOneYear(input.startsOn, input.endsOn));
    const term: DaySpan = { startsOn: input.startsOn, lastDay: oneYearTermEnd(input.startsOn) };

    // The decree is the head's act: they must hold the seat on the day it is signed and on the day
    // it is recorded, so a former head cannot issue one by backdating it.
    const today = ctx.clock.today();
    enforce(rules.decreeIsCurrent(input.decreeDate, today));
    const groups = await responsibleWorkingGroups(em, cluster);
    const seatsWhenSigned = await seatsOn(em, ctx.viewer.person.id, input.decreeDate);
    const seatsToday = await seatsOn(em, ctx.viewer.person.id, today);
    enforce(
      groupIsResponsible(
        workingGroup.id,
        groups.map((group) => group.id),
      ),
      isHeadOf(workingGroup.id, seatsWhenSigned),
      isHeadOf(workingGroup.id, seatsToday),
    );
    enforce(rules.supervisorIsQualified(supervisor.qualifications));

    // Two decrees for the same dates sent at once both pass this check; the exclusion constraint
    // then refuses the second insert, which runMutation turns into SUPERVISOR_ALREADY_APPOINTED.
    const appointments = await em.find(SupervisorAppointment, { cluster: cluster.id });
    const contracts = await em.find(AgentContract, { cluster: cluster.id, agent: supervisor.id });
    const plans = await em.find(DevelopmentPlan, { cluster: cluster.id, executor: supervisor.id, status: { $ne: PlanStatus.REJECTED } });
    enforce(
      rules.noOverlappingAppointment(
        term,
        appointments.map((appointment) => spanInForce(SUPERVISOR_APPOINTMENT_TERM, appointment)),
      ),
      rules.noConflictOfInterest(
        term,
        contracts.map((contract) => spanInForce(AGENT_CONTRACT_TERM, contract)),
        plans.map((plan) => ({ startsOn: plan.startsOn, lastDay: plan.endsOn })),
      ),
    );

    const appointment = em.create(SupervisorAppointment, {
      cluster,
      supervisor,
      workingGroup,
      appointedBy: em.getReference(Person, ctx.viewer.person.id),
      decreeNumber: input.decreeNumber.trim(),
      decreeDate: input.decreeDate,
      startsOn: term.startsOn,
      endsOn: term.lastDay,
    });
    return { target: appointment };
  });
}

/** Ends an appointment early, by the head of a responsible working group (Art. 3). */
export function revokeSupervisorAppointment(
  ctx: Context,
  input: RevokeSupervisorAppointmentInput,
): Promise<Payload<SupervisorAppointment>> {
  return runMutation(ctx, 'revokeSupervisorAppointment', async (em) => {
    const appointment = await load(em, SupervisorAppointment, input.appointmentId, 'input.appointmentId', { populate: ['cluster'] });
    const before = snapshot(appointment);
    const groups = await responsibleWorkingGroups(em, appointment.cluster);
    const seats = await seatsOn(em, ctx.viewer.person.id, ctx.clock.today());
    const heads = groups.filter((group) => isHeadOf(group.id, seats) === null);
    enforce(heads.length > 0 ? null : isHeadOf(appointment.workingGroup.id, seats));
    enforce(rules.canRevoke({ startsOn: appointment.startsOn, lastDay: appointment.endsOn }, appointment.revokedOn, input.lastDayInOffice));
    appointment.revokedOn = input.lastDayInOffice;
    appointment.revocationReason = input.reason.trim();
    return { target: appointment, before };
  });
}
