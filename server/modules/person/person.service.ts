import type { EntityManager } from '@mikro-orm/postgresql';

import type { Context } from '../../context';
import { forbidden } from '../../kernel/errors';
import { load } from '../../kernel/load';
import { type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { normalizePersian } from '../../kernel/persian-text';
import { enforce } from '../../kernel/rules';
import { AGENT_CONTRACT_TERM, AgentContract } from '../agent-contract/agent-contract.entity';
import { termNotOverByFilter } from '../authority/term';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { requireRegistrar } from './person.access';
import { Person, Qualification } from './person.entity';
import type { PersonQualificationInput, RegisterPersonInput } from './person.inputs';
import { canRecordQualification, canWithdrawQualification, emailIsFree, mayGrantRoles } from './person.rules';

/** Registers a person; by the system administrator or the central secretariat (house rule). */
export function registerPerson(ctx: Context, input: RegisterPersonInput): Promise<Payload<Person>> {
  requireRegistrar(ctx.viewer, 'register people');
  const systemRoles = [...new Set(input.systemRoles ?? [])];
  if (!mayGrantRoles(ctx.viewer.systemRoles, systemRoles)) throw forbidden('Only a system administrator may grant the ADMIN role.');
  const qualifications = [...new Set(input.qualifications ?? [])];
  const email = input.email.trim().toLowerCase();
  return runMutation(ctx, 'registerPerson', async (em) => {
    // Two registrations of one address at once both pass this check; person_email_unique refuses the second.
    enforce(emailIsFree((await em.count(Person, { email })) > 0));
    const fullNameFa = input.fullNameFa.trim();
    const person = em.create(Person, {
      fullNameFa,
      fullNameLatin: input.fullNameLatin.trim(),
      searchName: normalizePersian(fullNameFa),
      email,
      phone: input.phone?.trim() || null,
      qualifications,
      systemRoles,
    });
    return { target: person };
  });
}

/** Records a qualification of a person (Art. 3); by the system administrator or the central secretariat. */
export function recordQualification(ctx: Context, input: PersonQualificationInput): Promise<Payload<Person>> {
  requireRegistrar(ctx.viewer, 'record qualifications');
  return runMutation(ctx, 'recordQualification', async (em) => {
    const person = await lockedPerson(em, input.personId);
    const before = snapshot(person);
    enforce(canRecordQualification(person.qualifications, input.qualification));
    person.qualifications = [...person.qualifications, input.qualification];
    return { target: person, before };
  });
}

/**
 * Withdraws a recorded qualification; refused while a contract or appointment that required it is in
 * force or yet to start (house rule). By the system administrator or the central secretariat.
 */
export function withdrawQualification(ctx: Context, input: PersonQualificationInput): Promise<Payload<Person>> {
  requireRegistrar(ctx.viewer, 'withdraw qualifications');
  return runMutation(ctx, 'withdrawQualification', async (em) => {
    const person = await lockedPerson(em, input.personId);
    const before = snapshot(person);
    const today = ctx.clock.today();
    const relying =
      input.qualification === Qualification.DEVELOPMENT_AGENT
        ? await em.count(AgentContract, {
            agent: person.id,
            ...termNotOverByFilter(AGENT_CONTRACT_TERM, today),
          })
        : await em.count(SupervisorAppointment, {
            supervisor: person.id,
            ...termNotOverByFilter(SUPERVISOR_APPOINTMENT_TERM, today),
          });
    enforce(canWithdrawQualification(person.qualifications, input.qualification, relying));
    person.qualifications = person.qualifications.filter((qualification) => qualification !== input.qualification);
    return { target: person, before };
  });
}

/** The person, locked so that simultaneous changes to their qualifications do not overwrite each other. */
function lockedPerson(em: EntityManager, personGlobalId: string): Promise<Person> {
  return load(em, Person, personGlobalId, 'input.personId', { lock: true });
}
