import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addDays, quarterEnd, quarterLabel } from '../../server/kernel/calendar';
import { decodeGlobalId, encodeGlobalId } from '../../server/kernel/global-id';
import { normalizePersian } from '../../server/kernel/persian-text';
import { AgentContract } from '../../server/modules/agent-contract/agent-contract.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person, Qualification } from '../../server/modules/person/person.entity';
import { ReportingObligation } from '../../server/modules/reporting/reporting.entity';
import { quartersOverlapping } from '../../server/modules/reporting/reporting.obligations';
import { SupervisorAppointment } from '../../server/modules/supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroup } from '../../server/modules/working-group/working-group.entity';
import { demoCluster, type DemoRow } from '../setup/demo-rows';
import { expectAccepted, expectRefused, mutate, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

const SIGN = `mutation Sign($input: SignAgentContractInput!) {
  result: signAgentContract(input: $input) {
    contract {
      id contractNumber startsOn endsOn terminatedOn inForce
      agent { email } agency { code } cluster { name }
      reportingObligations(first: 50) { totalCount nodes { period { label endsOn } kind dueOn obligor { email } cluster { name } } }
    }
    ${USER_ERRORS}
  }
}`;
const END = `mutation End($input: EndAgentContractInput!) {
  result: endAgentContract(input: $input) {
    contract { id terminatedOn terminationReason endsOn reportingObligations(first: 50) { totalCount nodes { period { label } } } }
    ${USER_ERRORS}
  }
}`;

const DEMO = 'demo.cluster-oversight.ir';
const HEAD_KHORASAN = `head.khorasan@${DEMO}`;
const SECRETARIAT_KHORASAN = `secretariat.khorasan@${DEMO}`;
const CENTRAL_SECRETARIAT = `secretariat@${DEMO}`;
const HEAD_TEHRAN = `head.tehran@${DEMO}`;
const MEMBER_KHORASAN = `member.isipo.khorasan@${DEMO}`;
const AGENT_KHALILI = `agent.khalili@${DEMO}`;

let app: TestApp;
let ids: Record<string, string>;
let contractSerial = 0;

/** The demo's pottery cluster (Razavi Khorasan, no contract yet). */
let pottery: DemoRow;

async function demoIds(): Promise<Record<string, string>> {
  const em = app.orm.em.fork();
  pottery = await demoCluster(app, '2393');
  const person = async (email: string) => encodeGlobalId('Person', (await em.findOneOrFail(Person, { email })).id);
  const agency = async (code: string) => encodeGlobalId('ExecutiveAgency', (await em.findOneOrFail(ExecutiveAgency, { code })).id);
  return {
    pottery: pottery.id,
    saffron: (await demoCluster(app, '1079')).id,
    isipo: await agency('ISIPO'),
    tpo: await agency('TPO'),
    ghasemi: await person(`agent.ghasemi@${DEMO}`),
    nazari: await person(`agent.nazari@${DEMO}`),
    soltani: await person(`executor.soltani@${DEMO}`),
  };
}

function contractFor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  contractSerial += 1;
  return {
    clusterId: ids.pottery,
    agentId: ids.ghasemi,
    agencyId: ids.isipo,
    contractNumber: `TEST-AC-${contractSerial}`,
    startsOn: '2025-09-01',
    endsOn: '2026-08-31',
    ...overrides,
  };
}

async function contractCount(cluster: string): Promise<number> {
  return app.orm.em.fork().count(AgentContract, { cluster });
}

beforeAll(async () => {
  app = await startTestApp();
  ids = await demoIds();
});
afterAll(() => app?.close());

describe('signAgentContract (R2, Art. 3)', () => {
  it("refuses anyone but the head or secretariat of one of the cluster's responsible working groups", async () => {
    for (const viewer of [HEAD_TEHRAN, MEMBER_KHORASAN, AGENT_KHALILI]) {
      await expectRefused(app, SIGN, contractFor(), viewer, { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Art. 3' });
    }
  });

  it('refuses a contract signed with an agency other than ISIPO', async () => {
    const error = await expectRefused(app, SIGN, contractFor({ agencyId: ids.tpo }), HEAD_KHORASAN, {
      code: 'AGENT_CONTRACT_AUTHORITY',
      article: 'Art. 3',
    });
    expect(error.field).toEqual(['input', 'agencyId']);
  });

  it('refuses an agent without the recorded development agent qualification', async () => {
    const error = await expectRefused(app, SIGN, contractFor({ agentId: ids.soltani }), HEAD_KHORASAN, {
      code: 'AGENT_NOT_QUALIFIED',
      article: 'Art. 3',
    });
    expect(error.field).toEqual(['input', 'agentId']);
  });

  it('refuses a term that ends before it starts', async () => {
    const error = await expectRefused(app, SIGN, contractFor({ startsOn: '2025-09-01', endsOn: '2025-08-31' }), HEAD_KHORASAN, {
      code: 'VALIDATION',
      article: 'Art. 3',
    });
    expect(error.field).toEqual(['input', 'endsOn']);
  });

  it('refuses a second contract for dates the cluster already has an agent under contract', async () => {
    // The saffron cluster's agent is under contract from 2024-01-15 to 2027-01-14.
    await expectRefused(app, SIGN, contractFor({ clusterId: ids.saffron, startsOn: '2027-01-14', endsOn: '2028-01-13' }), HEAD_KHORASAN, {
      code: 'AGENT_ALREADY_CONTRACTED',
      article: 'Art. 3',
    });
  });

  it("refuses the cluster's own supervisor as its agent over the same dates (house rule)", async () => {
    // Given a person qualified both ways who is the pottery cluster's supervisor in 2026.
    const em = app.orm.em.fork();
    const expert = em.create(Person, {
      fullNameFa: 'نسیم کاظمی',
      fullNameLatin: 'Nasim Kazemi',
      searchName: normalizePersian('نسیم کاظمی'),
      email: 'nasim.kazemi@agent-contract.test',
      qualifications: [Qualification.DEVELOPMENT_AGENT, Qualification.CLUSTER_DEVELOPMENT_EXPERTISE],
    });
    em.create(SupervisorAppointment, {
      cluster: pottery.uuid,
      supervisor: expert,
      workingGroup: await em.findOneOrFail(WorkingGroup, { province: { code: 'IR-09' } }),
      appointedBy: await em.findOneOrFail(Person, { email: HEAD_KHORASAN }),
      decreeNumber: 'TEST-AC-COI',
      decreeDate: '2025-12-20',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    await em.flush();
    const expertId = encodeGlobalId('Person', expert.id);
    const error = await expectRefused(app, SIGN, contractFor({ agentId: expertId }), HEAD_KHORASAN, {
      code: 'CONFLICT_OF_INTEREST',
      article: 'House rule',
    });
    expect(error.field).toEqual(['input', 'agentId']);
  });

  it('refuses a contract number already recorded, an unknown cluster, and ids of the wrong type', async () => {
    const error = await expectRefused(app, SIGN, contractFor({ contractNumber: 'ISIPO-CD-1402-0311' }), HEAD_KHORASAN, {
      code: 'CONFLICT',
    });
    expect(error.field).toEqual(['input', 'contractNumber']);
    await expectRefused(
      app,
      SIGN,
      contractFor({ clusterId: encodeGlobalId('Cluster', '00000000-0000-4000-8000-000000000000') }),
      HEAD_KHORASAN,
      {
        code: 'NOT_FOUND',
      },
    );
    const response = await app.graphql(SIGN, { input: contractFor({ agencyId: ids.pottery }) }, { as: HEAD_KHORASAN });
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records the contract with its audit event and one reporting obligation per quarter of the term', async () => {
    const input = contractFor({ startsOn: '2025-09-01', endsOn: '2026-08-31' });
    const payload = await expectAccepted<{ contract: Record<string, any> }>(app, SIGN, input, SECRETARIAT_KHORASAN, 'signAgentContract');
    expect(payload.contract).toMatchObject({
      contractNumber: input.contractNumber,
      startsOn: '2025-09-01',
      endsOn: '2026-08-31',
      terminatedOn: null,
      inForce: false,
      agent: { email: `agent.ghasemi@${DEMO}` },
      agency: { code: 'ISIPO' },
      cluster: { name: pottery.name },
    });

    // The term touches 1404-Q2 (from 2025-09-01) to 1405-Q2 (to 2026-08-31): five quarters.
    const quarters = quartersOverlapping('2025-09-01', '2026-08-31');
    expect(quarters.map(quarterLabel)).toEqual(['1404-Q2', '1404-Q3', '1404-Q4', '1405-Q1', '1405-Q2']);
    const obligations = payload.contract.reportingObligations;
    expect(obligations.totalCount).toBe(quarters.length);
    expect(obligations.nodes.map((node: { period: { label: string } }) => node.period.label).sort()).toEqual(quarters.map(quarterLabel));
    for (const node of obligations.nodes) {
      expect(node).toMatchObject({
        kind: 'AGENT',
        obligor: { email: `agent.ghasemi@${DEMO}` },
        cluster: { name: pottery.name },
      });
      const quarter = quarters.find((candidate) => quarterLabel(candidate) === node.period.label)!;
      expect(node.period.endsOn).toBe(quarterEnd(quarter));
      expect(node.dueOn).toBe(addDays(quarterEnd(quarter), 15));
    }
    expect(obligations.nodes.find((node: { period: { label: string } }) => node.period.label === '1404-Q2').dueOn).toBe('2025-10-07');

    const trail = await app.graphql<{ auditEvents: { nodes: Array<{ action: string; actor: { email: string } }> } }>(
      `query Trail($id: ID!) { auditEvents(filter: { targetIds: [$id] }) { nodes { action actor { email } } } }`,
      { id: payload.contract.id },
    );
    expect(trail.body.data?.auditEvents.nodes).toEqual([{ action: 'signAgentContract', actor: { email: SECRETARIAT_KHORASAN } }]);
  });

  it('lets exactly one of two overlapping contracts sent at the same moment through', async () => {
    const cluster = pottery.uuid;
    const contractsBefore = await contractCount(cluster);
    const obligationsBefore = await app.orm.em.fork().count(ReportingObligation, { cluster });
    const [first, second] = await Promise.all([
      mutate(app, SIGN, contractFor({ startsOn: '2030-01-01', endsOn: '2030-12-31' }), HEAD_KHORASAN),
      mutate(app, SIGN, contractFor({ startsOn: '2030-06-01', endsOn: '2031-05-31', agentId: ids.nazari }), CENTRAL_SECRETARIAT),
    ]);
    const codes = [first, second].map((payload) => payload.userErrors.map((error) => error.code));
    expect(codes.filter((list) => list.length === 0)).toHaveLength(1);
    expect(codes.flat()).toEqual(['AGENT_ALREADY_CONTRACTED']);
    expect(await contractCount(cluster)).toBe(contractsBefore + 1);
    const winner = first.userErrors.length === 0 ? ['2030-01-01', '2030-12-31'] : ['2030-06-01', '2031-05-31'];
    expect(await app.orm.em.fork().count(ReportingObligation, { cluster })).toBe(
      obligationsBefore + quartersOverlapping(winner[0], winner[1]).length,
    );
  });
});

describe('endAgentContract (Art. 3, Art. 4-1)', () => {
  let contractId: string;

  beforeAll(async () => {
    const payload = await mutate<{ contract: { id: string } }>(
      app,
      SIGN,
      contractFor({ clusterId: ids.pottery, agentId: ids.nazari, startsOn: '2027-01-01', endsOn: '2028-06-30' }),
      HEAD_KHORASAN,
    );
    expect(payload.userErrors).toEqual([]);
    contractId = payload.contract.id;
  });

  const ending = (overrides: Record<string, unknown> = {}) => ({
    contractId,
    lastDayInForce: '2027-04-30',
    reason: 'The agent resigned to join a private consultancy.',
    ...overrides,
  });

  it("refuses anyone but the head or secretariat of one of the cluster's responsible working groups", async () => {
    await expectRefused(app, END, ending(), HEAD_TEHRAN, { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Art. 3' });
    await expectRefused(app, END, ending(), `agent.nazari@${DEMO}`, { code: 'NOT_RESPONSIBLE_WORKING_GROUP' });
  });

  it('refuses a last day outside the term, and an unknown contract', async () => {
    const before = await expectRefused(app, END, ending({ lastDayInForce: '2026-12-31' }), HEAD_KHORASAN, { code: 'VALIDATION' });
    expect(before.field).toEqual(['input', 'lastDayInForce']);
    await expectRefused(app, END, ending({ lastDayInForce: '2028-07-01' }), HEAD_KHORASAN, { code: 'VALIDATION' });
    await expectRefused(
      app,
      END,
      ending({ contractId: encodeGlobalId('AgentContract', '00000000-0000-4000-8000-000000000000') }),
      HEAD_KHORASAN,
      {
        code: 'NOT_FOUND',
      },
    );
  });

  it('ends the contract once, withdraws the reports of quarters that begin after its last day, and frees the dates', async () => {
    // 2027-01-01 … 2028-06-30 touches 1405-Q4 to 1407-Q2: seven quarters.
    expect(quartersOverlapping('2027-01-01', '2028-06-30').map(quarterLabel)).toEqual([
      '1405-Q4',
      '1406-Q1',
      '1406-Q2',
      '1406-Q3',
      '1406-Q4',
      '1407-Q1',
      '1407-Q2',
    ]);
    expect(await app.orm.em.fork().count(ReportingObligation, { agentContract: decodeGlobalId(contractId)!.id })).toBe(7);
    const payload = await expectAccepted<{ contract: Record<string, any> }>(app, END, ending(), SECRETARIAT_KHORASAN, 'endAgentContract');
    // 2027-04-30 falls in 1406-Q1 (2027-03-21 … 2027-06-21): that quarter is still owed, later ones are not.
    expect(payload.contract).toMatchObject({
      terminatedOn: '2027-04-30',
      terminationReason: 'The agent resigned to join a private consultancy.',
      endsOn: '2028-06-30',
    });
    expect(payload.contract.reportingObligations.totalCount).toBe(2);
    expect(payload.contract.reportingObligations.nodes.map((node: { period: { label: string } }) => node.period.label).sort()).toEqual([
      '1405-Q4',
      '1406-Q1',
    ]);

    const trail = await app.graphql<{
      auditEvents: { nodes: Array<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }> };
    }>(
      `query Trail($id: ID!) { auditEvents(filter: { targetIds: [$id], actions: ["endAgentContract"] }) { nodes { action before after } } }`,
      { id: contractId },
    );
    const event = trail.body.data?.auditEvents.nodes[0];
    expect(event?.before).toMatchObject({ terminatedOn: null });
    expect(event?.after).toMatchObject({ terminatedOn: '2027-04-30' });

    await expectRefused(app, END, ending({ lastDayInForce: '2027-03-31' }), HEAD_KHORASAN, {
      code: 'INVALID_TRANSITION',
      article: 'Art. 3',
    });

    // The days after the last day in force are free for the next agent.
    await expectAccepted(app, SIGN, contractFor({ startsOn: '2027-05-01', endsOn: '2028-04-30' }), HEAD_KHORASAN, 'signAgentContract');
  });
});
