/**
 * "In force on a day" is said three ways (server/modules/authority/term.ts): the pure `inForceOn`, the
 * SQL condition behind the lists' `inForceOn` filters, and the MikroORM filter the services use. Given
 * contracts, appointments and seats in PostgreSQL, when each is asked about the days around its
 * boundaries (the day before it starts, its first day, its last day in force, the day after, and the
 * scheduled end of a term ended early), then all three give the answer the regulation's reading gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addDays } from '../../server/kernel/calendar';
import { encodeGlobalId } from '../../server/kernel/global-id';
import { AGENT_CONTRACT_TERM, AgentContract } from '../../server/modules/agent-contract/agent-contract.entity';
import { inForceOn, termInForceOnFilter, termInForceOnSql, termOf } from '../../server/modules/authority/term';
import { Cluster } from '../../server/modules/cluster/cluster.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person, Qualification } from '../../server/modules/person/person.entity';
import {
  SUPERVISOR_APPOINTMENT_TERM,
  SupervisorAppointment,
} from '../../server/modules/supervisor-appointment/supervisor-appointment.entity';
import { MembershipRole, SEAT_TERM, WorkingGroup, WorkingGroupMembership } from '../../server/modules/working-group/working-group.entity';
import { buildCluster, buildPerson } from '../setup/builders';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

let app: TestApp;
let clusterId: string;
let contracts: { running: AgentContract; terminated: AgentContract };
let appointments: { running: SupervisorAppointment; revoked: SupervisorAppointment };
let seats: { open: WorkingGroupMembership; ended: WorkingGroupMembership };

beforeAll(async () => {
  app = await startTestApp();
  const em = app.orm.em.fork();
  // A cluster of its own, in a province of its own: no exclusion constraint sees another term.
  const built = await buildCluster(app);
  const cluster = await em.findOneOrFail(Cluster, built.uuid);
  const agent = await em.findOneOrFail(
    Person,
    (await buildPerson(app, { label: 'agent', qualifications: [Qualification.DEVELOPMENT_AGENT] })).uuid,
  );
  const supervisor = await em.findOneOrFail(Person, (await buildPerson(app, { label: 'supervisor' })).uuid);
  const head = await em.findOneOrFail(Person, built.group.head.uuid);
  const isipo = await em.findOneOrFail(ExecutiveAgency, { code: 'ISIPO' });
  const group = await em.findOneOrFail(WorkingGroup, built.group.uuid);
  const contract = (contractNumber: string, startsOn: string, endsOn: string, terminatedOn: string | null) =>
    em.create(AgentContract, {
      contractNumber,
      cluster,
      agent,
      agency: isipo,
      startsOn,
      endsOn,
      terminatedOn,
      terminationReason: terminatedOn ? 'Ended early.' : null,
    });
  const appointment = (decreeNumber: string, startsOn: string, endsOn: string, revokedOn: string | null) =>
    em.create(SupervisorAppointment, {
      cluster,
      supervisor,
      workingGroup: group,
      appointedBy: head,
      decreeNumber,
      decreeDate: startsOn,
      startsOn,
      endsOn,
      revokedOn,
      revocationReason: revokedOn ? 'Revoked.' : null,
    });
  const seat = (startsOn: string, endsOn: string | null) =>
    em.create(WorkingGroupMembership, {
      workingGroup: group,
      person: agent,
      nominatingAgency: isipo,
      role: MembershipRole.MEMBER,
      startsOn,
      endsOn,
    });
  contracts = {
    running: contract('TERM-1', '2030-03-21', '2031-03-20', null),
    terminated: contract('TERM-2', '2031-03-21', '2032-03-19', '2031-09-22'),
  };
  appointments = {
    running: appointment('TERM-1', '2033-01-01', '2033-12-31', null),
    revoked: appointment('TERM-2', '2034-01-01', '2034-12-31', '2034-06-30'),
  };
  seats = { ended: seat('2035-01-01', '2035-06-30'), open: seat('2036-01-01', null) };
  await em.flush();
  clusterId = encodeGlobalId('Cluster', cluster.id);
});
afterAll(() => app?.close());

/** The days a term is asked about, each with whether it is in force then. */
function boundaryDays(startsOn: string, lastDay: string | null, scheduledEnd: string | null): Array<[string, boolean]> {
  const days: Array<[string, boolean]> = [
    [addDays(startsOn, -1), false],
    [startsOn, true],
  ];
  if (lastDay === null) return [...days, ['2099-12-31', true]];
  days.push([lastDay, true], [addDays(lastDay, 1), false]);
  if (scheduledEnd && scheduledEnd !== lastDay) days.push([scheduledEnd, false]);
  return days;
}

/** Ids of the rows the list query `field` returns for the cluster on `day`, through the SQL condition. */
async function listedOn(field: 'agentContracts' | 'supervisorAppointments', day: string): Promise<string[]> {
  const response = await app.graphql<Record<string, { nodes: Array<{ id: string }> }>>(
    `query InForce($cluster: ID!, $day: Date!) { list: ${field}(first: 100, filter: { clusterIds: [$cluster], inForceOn: $day }) { nodes { id } } }`,
    { cluster: clusterId, day },
    { as: ANALYST },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.list.nodes.map((node) => node.id);
}

describe('in force on a day: the pure function, the SQL condition and the ORM filter agree', () => {
  it('for agent contracts, running and terminated early', async () => {
    const em = app.orm.em.fork();
    for (const contract of Object.values(contracts)) {
      const term = termOf(AGENT_CONTRACT_TERM, contract);
      for (const [day, expected] of boundaryDays(contract.startsOn, contract.lastDayInForce, contract.endsOn)) {
        const where = `${contract.contractNumber} on ${day}`;
        expect(inForceOn(term, day), where).toBe(expected);
        expect((await listedOn('agentContracts', day)).includes(encodeGlobalId('AgentContract', contract.id)), where).toBe(expected);
        expect(await em.count(AgentContract, { id: contract.id, ...termInForceOnFilter(AGENT_CONTRACT_TERM, day) }), where).toBe(
          expected ? 1 : 0,
        );
      }
    }
  });

  it('for supervisor appointments, running and revoked', async () => {
    const em = app.orm.em.fork();
    for (const appointment of Object.values(appointments)) {
      const term = termOf(SUPERVISOR_APPOINTMENT_TERM, appointment);
      for (const [day, expected] of boundaryDays(appointment.startsOn, appointment.lastDayInForce, appointment.endsOn)) {
        const where = `${appointment.decreeNumber} on ${day}`;
        expect(inForceOn(term, day), where).toBe(expected);
        expect(
          (await listedOn('supervisorAppointments', day)).includes(encodeGlobalId('SupervisorAppointment', appointment.id)),
          where,
        ).toBe(expected);
        expect(
          await em.count(SupervisorAppointment, { id: appointment.id, ...termInForceOnFilter(SUPERVISOR_APPOINTMENT_TERM, day) }),
          where,
        ).toBe(expected ? 1 : 0);
      }
    }
  });

  it('for working group seats, ended and open-ended', async () => {
    const em = app.orm.em.fork();
    const connection = em.getConnection();
    for (const seat of Object.values(seats)) {
      const term = termOf(SEAT_TERM, seat);
      for (const [day, expected] of boundaryDays(seat.startsOn, seat.endsOn ?? null, null)) {
        const where = `seat from ${seat.startsOn} on ${day}`;
        expect(inForceOn(term, day), where).toBe(expected);
        const rows = await connection.execute<Array<{ id: string }>>(
          `select t."id" from "working_group_membership" t where t."id" = ? and ${termInForceOnSql('t', SEAT_TERM, '?::date')}`,
          // The condition names the day once per comparison: starts_on, then ends_on twice.
          [seat.id, day, day, day],
        );
        expect(rows.length, where).toBe(expected ? 1 : 0);
        expect(await em.count(WorkingGroupMembership, { id: seat.id, ...termInForceOnFilter(SEAT_TERM, day) }), where).toBe(
          expected ? 1 : 0,
        );
      }
    }
  });
});
