import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { normalizePersian } from '../../server/kernel/persian-text';
import { AgentContract } from '../../server/modules/agent-contract/agent-contract.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person, Qualification } from '../../server/modules/person/person.entity';
import { SupervisorAppointment } from '../../server/modules/supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroup } from '../../server/modules/working-group/working-group.entity';
import { DEMO_TODAY } from '../setup/constants';
import { demoCluster, type DemoRow } from '../setup/demo-rows';
import { expectAccepted, expectRefused, mutate, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

const APPOINT = `mutation Appoint($input: AppointSupervisorInput!) {
  result: appointSupervisor(input: $input) { appointment { id startsOn endsOn decreeNumber supervisor { email } appointedBy { email } workingGroup { name } cluster { name } } ${USER_ERRORS} }
}`;
const REVOKE = `mutation Revoke($input: RevokeSupervisorAppointmentInput!) {
  result: revokeSupervisorAppointment(input: $input) { appointment { id revokedOn revocationReason inForce } ${USER_ERRORS} }
}`;

const HEAD_KHORASAN = 'head.khorasan@demo.cluster-oversight.ir';
const SECRETARIAT_KHORASAN = 'secretariat.khorasan@demo.cluster-oversight.ir';
const HEAD_TEHRAN = 'head.tehran@demo.cluster-oversight.ir';

let app: TestApp;
let ids: Record<string, string>;
let decree = 0;

/** The demo's pottery cluster (Razavi Khorasan, no supervisor yet). */
let pottery: DemoRow;

/** Global ids of the demo objects the tests use. */
async function demoIds(): Promise<Record<string, string>> {
  const em = app.orm.em.fork();
  pottery = await demoCluster(app, '2393');
  const person = async (email: string) => encodeGlobalId('Person', (await em.findOneOrFail(Person, { email })).id);
  const group = async (code: string) => encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { province: { code } })).id);
  return {
    pottery: pottery.id,
    saffron: (await demoCluster(app, '1079')).id,
    khorasan: await group('IR-09'),
    tehran: await group('IR-23'),
    farahani: await person('supervisor.farahani@demo.cluster-oversight.ir'),
    zamani: await person('supervisor.zamani@demo.cluster-oversight.ir'),
    soltani: await person('executor.soltani@demo.cluster-oversight.ir'),
  };
}

function decreeFor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  decree += 1;
  return {
    clusterId: ids.pottery,
    supervisorId: ids.farahani,
    workingGroupId: ids.khorasan,
    decreeNumber: `TEST-SUP-${decree}`,
    decreeDate: DEMO_TODAY,
    startsOn: '2025-09-01',
    ...overrides,
  };
}

beforeAll(async () => {
  app = await startTestApp();
  ids = await demoIds();
});
afterAll(() => app?.close());

describe('appointSupervisor (R3, Art. 3)', () => {
  it('refuses a decree by someone who is not the head of the working group', async () => {
    await expectRefused(app, APPOINT, decreeFor(), SECRETARIAT_KHORASAN, { code: 'NOT_WORKING_GROUP_HEAD', article: 'Art. 3' });
  });

  it('refuses a decree in the name of a working group that is not responsible for the cluster', async () => {
    await expectRefused(app, APPOINT, decreeFor({ workingGroupId: ids.tehran }), HEAD_TEHRAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });
  });

  it('refuses a supervisor without recorded cluster-development expertise', async () => {
    await expectRefused(app, APPOINT, decreeFor({ supervisorId: ids.soltani }), HEAD_KHORASAN, {
      code: 'SUPERVISOR_NOT_QUALIFIED',
      article: 'Art. 3',
    });
  });

  it('refuses any term but one year exactly', async () => {
    const error = await expectRefused(app, APPOINT, decreeFor({ endsOn: '2026-09-01' }), HEAD_KHORASAN, {
      code: 'VALIDATION',
      article: 'Art. 3',
    });
    expect(error.field).toEqual(['input', 'endsOn']);
    expect(error.message).toContain('2026-08-31');
  });

  it('refuses a second supervisor for dates the cluster already has one', async () => {
    await expectRefused(app, APPOINT, decreeFor({ clusterId: ids.saffron, startsOn: DEMO_TODAY }), HEAD_KHORASAN, {
      code: 'SUPERVISOR_ALREADY_APPOINTED',
      article: 'Art. 3',
    });
  });

  it("refuses the cluster's own development agent as its supervisor (house rule)", async () => {
    // Given an expert who is also under contract as the pottery cluster's agent.
    const em = app.orm.em.fork();
    const expert = em.create(Person, {
      fullNameFa: 'نسیم کاظمی',
      fullNameLatin: 'Nasim Kazemi',
      searchName: normalizePersian('نسیم کاظمی'),
      email: 'nasim.kazemi@test.ir',
      qualifications: [Qualification.DEVELOPMENT_AGENT, Qualification.CLUSTER_DEVELOPMENT_EXPERTISE],
    });
    em.create(AgentContract, {
      contractNumber: 'TEST-CONFLICT-1',
      cluster: pottery.uuid,
      agent: expert,
      agency: await em.findOneOrFail(ExecutiveAgency, { code: 'ISIPO' }),
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
    });
    await em.flush();
    const error = await expectRefused(app, APPOINT, decreeFor({ supervisorId: encodeGlobalId('Person', expert.id) }), HEAD_KHORASAN, {
      code: 'CONFLICT_OF_INTEREST',
      article: 'House rule',
    });
    expect(error.field).toEqual(['input', 'supervisorId']);
  });

  it('refuses an unknown cluster, and rejects an id of another type as malformed input', async () => {
    await expectRefused(
      app,
      APPOINT,
      decreeFor({ clusterId: encodeGlobalId('Cluster', '00000000-0000-4000-8000-000000000000') }),
      HEAD_KHORASAN,
      {
        code: 'NOT_FOUND',
      },
    );
    const response = await app.graphql(APPOINT, { input: decreeFor({ clusterId: ids.farahani }) }, { as: HEAD_KHORASAN });
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records the decree of the head, for one year, with its audit event', async () => {
    const payload = await expectAccepted<{ appointment: Record<string, unknown> }>(
      app,
      APPOINT,
      decreeFor(),
      HEAD_KHORASAN,
      'appointSupervisor',
    );
    expect(payload.appointment).toMatchObject({
      startsOn: '2025-09-01',
      endsOn: '2026-08-31',
      supervisor: { email: 'supervisor.farahani@demo.cluster-oversight.ir' },
      appointedBy: { email: HEAD_KHORASAN },
      cluster: { name: pottery.name },
    });
    const trail = await app.graphql<{
      auditEvents: { nodes: Array<{ action: string; actor: { email: string }; after: Record<string, unknown> }> };
    }>(`query Trail($id: ID!) { auditEvents(filter: { targetIds: [$id] }) { nodes { action actor { email } after } } }`, {
      id: payload.appointment.id,
    });
    expect(trail.body.data?.auditEvents.nodes).toHaveLength(1);
    expect(trail.body.data?.auditEvents.nodes[0]).toMatchObject({ action: 'appointSupervisor', actor: { email: HEAD_KHORASAN } });
    expect(trail.body.data?.auditEvents.nodes[0].after).toMatchObject({ startsOn: '2025-09-01', endsOn: '2026-08-31' });

    // and the head can revoke it, once.
    const revoke = {
      appointmentId: payload.appointment.id,
      lastDayInOffice: '2025-12-31',
      reason: 'The supervisor moved to the ministry.',
    };
    const revoked = await expectAccepted<{ appointment: Record<string, unknown> }>(
      app,
      REVOKE,
      revoke,
      HEAD_KHORASAN,
      'revokeSupervisorAppointment',
    );
    expect(revoked.appointment).toMatchObject({ revokedOn: '2025-12-31', revocationReason: 'The supervisor moved to the ministry.' });
    await expectRefused(app, REVOKE, revoke, HEAD_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, REVOKE, { ...revoke }, SECRETARIAT_KHORASAN, { code: 'NOT_WORKING_GROUP_HEAD' });
  });

  it('lets exactly one of two overlapping decrees sent at the same moment through', async () => {
    const em = app.orm.em.fork();
    const before = await em.count(SupervisorAppointment, { cluster: pottery.uuid });
    const [first, second] = await Promise.all([
      mutate(app, APPOINT, decreeFor({ startsOn: '2027-01-01' }), HEAD_KHORASAN),
      mutate(app, APPOINT, decreeFor({ startsOn: '2027-02-01', supervisorId: ids.zamani }), HEAD_KHORASAN),
    ]);
    const codes = [first, second].map((payload) => payload.userErrors.map((error) => error.code));
    expect(codes.filter((list) => list.length === 0)).toHaveLength(1);
    expect(codes.flat()).toEqual(['SUPERVISOR_ALREADY_APPOINTED']);
    expect(await app.orm.em.fork().count(SupervisorAppointment, { cluster: pottery.uuid })).toBe(before + 1);
  });
});

describe('a decree is the act of the head in office', () => {
  it('refuses a former head who backdates a decree to their term', async () => {
    // Given the Isfahan group's former head, whose seat ended on 2024-04-30
    const em = app.orm.em.fork();
    const stone = (await demoCluster(app, '2396')).id;
    const isfahan = encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { province: { code: 'IR-10' } })).id);
    // When they date a decree within their former term, Then it is refused as not the head's act
    await expectRefused(
      app,
      APPOINT,
      decreeFor({ clusterId: stone, workingGroupId: isfahan, supervisorId: ids.zamani, decreeDate: '2024-04-01', startsOn: '2027-01-01' }),
      'former.head.isfahan@demo.cluster-oversight.ir',
      { code: 'NOT_WORKING_GROUP_HEAD', article: 'Art. 3' },
    );
  });

  it('refuses a decree dated in the future', async () => {
    const error = await expectRefused(app, APPOINT, decreeFor({ decreeDate: '2025-12-01', startsOn: '2026-01-01' }), HEAD_KHORASAN, {
      code: 'VALIDATION',
      article: 'Art. 3',
    });
    expect(error.field).toEqual(['input', 'decreeDate']);
  });
});
