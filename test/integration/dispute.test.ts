import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { normalizePersian } from '../../server/kernel/persian-text';
import { Cluster, ClusterStatus } from '../../server/modules/cluster/cluster.entity';
import { Dispute, DisputeStep } from '../../server/modules/dispute/dispute.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person } from '../../server/modules/person/person.entity';
import { Province } from '../../server/modules/province/province.entity';
import { WorkingGroup, WorkingGroupLevel } from '../../server/modules/working-group/working-group.entity';
import { DEMO_TODAY } from '../setup/constants';
import { demoCluster } from '../setup/demo-rows';
import { expectAccepted, expectRefused, mutate, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

const DISPUTE_FIELDS = `id state subject raisedOn finalDecision resolvedOn settled
  forum { name level } raisedBy { email } cluster { name }
  parties { nodes { agency { code } person { email } } }
  steps { nodes { fromState toState occurredAt decision workingGroup { name level } actor { email } } }`;
const RAISE = `mutation Raise($input: RaiseDisputeInput!) { result: raiseDispute(input: $input) { dispute { ${DISPUTE_FIELDS} } ${USER_ERRORS} } }`;
const OUTCOME = `mutation Outcome($input: RecordProvincialOutcomeInput!) { result: recordProvincialOutcome(input: $input) { dispute { ${DISPUTE_FIELDS} } ${USER_ERRORS} } }`;
const ESCALATE = `mutation Escalate($input: EscalateDisputeInput!) { result: escalateDispute(input: $input) { dispute { ${DISPUTE_FIELDS} } ${USER_ERRORS} } }`;
const DECIDE = `mutation Decide($input: DecideDisputeInput!) { result: decideDispute(input: $input) { dispute { ${DISPUTE_FIELDS} } ${USER_ERRORS} } }`;

const DOMAIN = 'demo.cluster-oversight.ir';
const HEAD_ISFAHAN = `head.isfahan@${DOMAIN}`;
const SECRETARIAT_ISFAHAN = `secretariat.isfahan@${DOMAIN}`;
const HEAD_TEHRAN = `head.tehran@${DOMAIN}`;
const SECRETARIAT_TEHRAN = `secretariat.tehran@${DOMAIN}`;
const HEAD_KHORASAN = `head.khorasan@${DOMAIN}`;
const MEMBER_KHORASAN = `member.isipo.khorasan@${DOMAIN}`;
const MEMBER_ISFAHAN = `member.edbi.isfahan@${DOMAIN}`;
const HEAD_CENTRAL = `head.central@${DOMAIN}`;
const SECRETARIAT_CENTRAL = `secretariat@${DOMAIN}`;
const AGENT_NAZARI = `agent.nazari@${DOMAIN}`;
const SUPERVISOR_ZAMANI = `supervisor.zamani@${DOMAIN}`;
const EXECUTOR_YAZDANI = `executor.yazdani@${DOMAIN}`;
const EXECUTOR_ROSTAMI = `executor.rostami@${DOMAIN}`;
const EXECUTOR_SOLTANI = `executor.soltani@${DOMAIN}`;

interface StepShape {
  fromState: string | null;
  toState: string;
  occurredAt: string;
  decision: string | null;
  workingGroup: { name: string; level: string };
  actor: { email: string };
}
interface DisputeShape extends Record<string, unknown> {
  id: string;
  state: string;
  finalDecision: string | null;
  resolvedOn: string | null;
  settled: boolean;
  forum: { name: string; level: string };
  parties: { nodes: Array<{ agency: { code: string } | null; person: { email: string } | null }> };
  steps: { nodes: StepShape[] };
}

let app: TestApp;
let ids: Record<string, string>;

async function demoIds(): Promise<Record<string, string>> {
  const em = app.orm.em.fork();
  const person = async (email: string) => encodeGlobalId('Person', (await em.findOneOrFail(Person, { email })).id);
  const agency = async (code: string) => encodeGlobalId('ExecutiveAgency', (await em.findOneOrFail(ExecutiveAgency, { code })).id);
  const group = async (code: string) => encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { province: { code } })).id);
  const saffronDispute = await em.findOneOrFail(Dispute, { subject: 'Collateral required for the saffron export credit line' });
  return {
    jewellery: (await demoCluster(app, '3211')).id,
    carpet: (await demoCluster(app, '1393')).id,
    pottery: (await demoCluster(app, '2393')).id,
    tehran: await group('IR-23'),
    isfahan: await group('IR-10'),
    khorasan: await group('IR-09'),
    central: encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL })).id),
    tpo: await agency('TPO'),
    isipo: await agency('ISIPO'),
    mimt: await agency('MIMT'),
    nazari: await person(AGENT_NAZARI),
    rostami: await person(EXECUTOR_ROSTAMI),
    soltani: await person(EXECUTOR_SOLTANI),
    secretariatIsfahan: await person(SECRETARIAT_ISFAHAN),
    saffronDispute: encodeGlobalId('Dispute', saffronDispute.id),
  };
}

/** A dispute about the Isfahan carpet cluster between TPO and its agent, lodged at Isfahan. */
function carpetDispute(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clusterId: ids.carpet,
    forumWorkingGroupId: ids.isfahan,
    subject: 'Who pays for the export quality certificates',
    description: 'TPO holds that certification is an agent programme cost; the agent holds that TPO funds export promotion.',
    parties: [{ agencyId: ids.tpo }, { personId: ids.nazari }],
    ...overrides,
  };
}

/** A dispute about the Tehran jewellery cluster between MIMT and a plan executor, lodged at Tehran. */
function jewelleryDispute(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clusterId: ids.jewellery,
    forumWorkingGroupId: ids.tehran,
    subject: 'Workshop licences for the design centre tenants',
    description: 'The executor asks for a single licence for the centre; the ministry office wants one per workshop.',
    parties: [{ agencyId: ids.mimt }, { personId: ids.rostami }],
    ...overrides,
  };
}

async function raise(input: Record<string, unknown>, as: string): Promise<DisputeShape> {
  const payload = await expectAccepted<{ dispute: DisputeShape }>(app, RAISE, input, as, 'raiseDispute');
  return payload.dispute;
}

beforeAll(async () => {
  app = await startTestApp();
  ids = await demoIds();
});
afterAll(() => app?.close());

describe('the full path of a dispute (R7, Art. 4-5)', () => {
  it('goes OPEN_PROVINCIAL → NO_AGREEMENT → ESCALATED → RESOLVED_CENTRAL, recording every step with its audit event', async () => {
    // Given a dispute the agent lodges at the Isfahan working group.
    const raised = await raise(carpetDispute(), AGENT_NAZARI);
    expect(raised).toMatchObject({
      state: 'OPEN_PROVINCIAL',
      raisedOn: DEMO_TODAY,
      settled: false,
      finalDecision: null,
      forum: { level: 'PROVINCIAL', name: 'Isfahan Province Export Development Working Group' },
      raisedBy: { email: AGENT_NAZARI },
    });
    expect(raised.parties.nodes).toHaveLength(2);
    expect(raised.parties.nodes).toEqual(
      expect.arrayContaining([
        { agency: { code: 'TPO' }, person: null },
        { agency: null, person: { email: AGENT_NAZARI } },
      ]),
    );
    expect(raised.steps.nodes).toHaveLength(1);
    expect(raised.steps.nodes[0]).toMatchObject({
      fromState: null,
      toState: 'OPEN_PROVINCIAL',
      decision: null,
      actor: { email: AGENT_NAZARI },
    });

    // When the provincial working group cannot reconcile the parties,
    const noAgreement = await expectAccepted<{ dispute: DisputeShape }>(
      app,
      OUTCOME,
      { disputeId: raised.id, outcome: 'NO_AGREEMENT', decision: 'The positions could not be reconciled at the province.' },
      HEAD_ISFAHAN,
      'recordProvincialOutcome',
    );
    expect(noAgreement.dispute).toMatchObject({
      state: 'NO_AGREEMENT',
      settled: false,
      finalDecision: null,
      forum: { level: 'PROVINCIAL' },
    });

    // the central working group cannot decide it before it is escalated,
    await expectRefused(app, DECIDE, { disputeId: raised.id, decision: 'Too early.' }, HEAD_CENTRAL, {
      code: 'INVALID_TRANSITION',
      article: 'Art. 4-5',
    });

    // a party escalates it to the centre,
    const escalated = await expectAccepted<{ dispute: DisputeShape }>(
      app,
      ESCALATE,
      { disputeId: raised.id, reason: 'The question concerns every carpet cluster, not only Isfahan.' },
      AGENT_NAZARI,
      'escalateDispute',
    );
    expect(escalated.dispute).toMatchObject({ state: 'ESCALATED', forum: { level: 'CENTRAL' }, resolvedOn: null });

    // once only,
    await expectRefused(app, ESCALATE, { disputeId: raised.id, reason: 'Again.' }, AGENT_NAZARI, {
      code: 'ESCALATION_NOT_ALLOWED',
      article: 'Art. 4-5',
    });
    // the province can no longer record an outcome, and only the central group decides it now.
    await expectRefused(app, OUTCOME, { disputeId: raised.id, outcome: 'RESOLVED', decision: 'Late.' }, HEAD_ISFAHAN, {
      code: 'INVALID_TRANSITION',
      article: 'Art. 4-5',
    });
    await expectRefused(app, DECIDE, { disputeId: raised.id, decision: 'The province decides.' }, HEAD_ISFAHAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });

    // Then the central working group decides, finally.
    const decision = 'TPO funds the certificates for the first two years; the agent programme thereafter.';
    const decided = await expectAccepted<{ dispute: DisputeShape }>(
      app,
      DECIDE,
      { disputeId: raised.id, decision },
      SECRETARIAT_CENTRAL,
      'decideDispute',
    );
    expect(decided.dispute).toMatchObject({ state: 'RESOLVED_CENTRAL', settled: true, finalDecision: decision, resolvedOn: DEMO_TODAY });
    const steps = decided.dispute.steps.nodes;
    expect(
      steps.map(({ fromState, toState, workingGroup, actor, decision: text }) => ({
        fromState,
        toState,
        level: workingGroup.level,
        actor: actor.email,
        text,
      })),
    ).toEqual([
      { fromState: null, toState: 'OPEN_PROVINCIAL', level: 'PROVINCIAL', actor: AGENT_NAZARI, text: null },
      {
        fromState: 'OPEN_PROVINCIAL',
        toState: 'NO_AGREEMENT',
        level: 'PROVINCIAL',
        actor: HEAD_ISFAHAN,
        text: 'The positions could not be reconciled at the province.',
      },
      {
        fromState: 'NO_AGREEMENT',
        toState: 'ESCALATED',
        level: 'CENTRAL',
        actor: AGENT_NAZARI,
        text: 'The question concerns every carpet cluster, not only Isfahan.',
      },
      { fromState: 'ESCALATED', toState: 'RESOLVED_CENTRAL', level: 'CENTRAL', actor: SECRETARIAT_CENTRAL, text: decision },
    ]);
    const times = steps.map((step) => Date.parse(step.occurredAt));
    expect(times.every((time, index) => index === 0 || time >= times[index - 1])).toBe(true);

    // The audit trail has one event per step.
    const trail = await app.graphql<{ auditEvents: { nodes: Array<{ action: string; actor: { email: string } }> } }>(
      `query Trail($id: ID!) { auditEvents(filter: { targetIds: [$id] }) { nodes { action actor { email } } } }`,
      { id: raised.id },
    );
    expect(trail.body.data?.auditEvents.nodes.map((event) => event.action).sort()).toEqual([
      'decideDispute',
      'escalateDispute',
      'raiseDispute',
      'recordProvincialOutcome',
    ]);

    // The central decision is final: nothing moves the dispute any more.
    await expectRefused(app, DECIDE, { disputeId: raised.id, decision: 'Second thoughts.' }, HEAD_CENTRAL, {
      code: 'INVALID_TRANSITION',
      article: 'Art. 4-5',
    });
    await expectRefused(app, OUTCOME, { disputeId: raised.id, outcome: 'NO_AGREEMENT', decision: 'Reopen.' }, SECRETARIAT_ISFAHAN, {
      code: 'INVALID_TRANSITION',
    });
    await expectRefused(app, ESCALATE, { disputeId: raised.id, reason: 'Appeal.' }, AGENT_NAZARI, {
      code: 'ESCALATION_NOT_ALLOWED',
      article: 'Art. 4-5',
    });
  });

  it('is resolved at the province, and then settled for good', async () => {
    const raised = await raise(jewelleryDispute(), SECRETARIAT_TEHRAN);
    const decision = 'One licence for the centre, with each workshop registered under it.';
    const resolved = await expectAccepted<{ dispute: DisputeShape }>(
      app,
      OUTCOME,
      { disputeId: raised.id, outcome: 'RESOLVED', decision },
      SECRETARIAT_TEHRAN,
      'recordProvincialOutcome',
    );
    expect(resolved.dispute).toMatchObject({
      state: 'RESOLVED_PROVINCIAL',
      settled: true,
      finalDecision: decision,
      resolvedOn: DEMO_TODAY,
      forum: { level: 'PROVINCIAL' },
    });
    expect(resolved.dispute.steps.nodes.map((step) => [step.fromState, step.toState, step.actor.email, step.decision])).toEqual([
      [null, 'OPEN_PROVINCIAL', SECRETARIAT_TEHRAN, null],
      ['OPEN_PROVINCIAL', 'RESOLVED_PROVINCIAL', SECRETARIAT_TEHRAN, decision],
    ]);

    // Recording an outcome twice, escalating or deciding it at the centre is refused.
    await expectRefused(app, OUTCOME, { disputeId: raised.id, outcome: 'NO_AGREEMENT', decision: 'Changed our mind.' }, HEAD_TEHRAN, {
      code: 'INVALID_TRANSITION',
      article: 'Art. 4-5',
    });
    await expectRefused(app, ESCALATE, { disputeId: raised.id, reason: 'I disagree with the province.' }, EXECUTOR_ROSTAMI, {
      code: 'ESCALATION_NOT_ALLOWED',
      article: 'Art. 4-5',
    });
    await expectRefused(app, DECIDE, { disputeId: raised.id, decision: 'The centre overrules.' }, HEAD_CENTRAL, {
      code: 'INVALID_TRANSITION',
    });
  });

  it('lets exactly one of two outcomes recorded at the same moment through', async () => {
    const raised = await raise(carpetDispute({ subject: 'Sharing of the carpet washing facility' }), SUPERVISOR_ZAMANI);
    const [first, second] = await Promise.all([
      mutate(app, OUTCOME, { disputeId: raised.id, outcome: 'RESOLVED', decision: 'Shared by turns.' }, HEAD_ISFAHAN),
      mutate(app, OUTCOME, { disputeId: raised.id, outcome: 'NO_AGREEMENT', decision: 'No agreement.' }, SECRETARIAT_ISFAHAN),
    ]);
    const codes = [first, second].map((payload) => payload.userErrors.map((error) => error.code));
    expect(codes.filter((list) => list.length === 0)).toHaveLength(1);
    expect(codes.flat()).toEqual(['INVALID_TRANSITION']);
    const em = app.orm.em.fork();
    const dispute = await em.findOneOrFail(Dispute, { subject: 'Sharing of the carpet washing facility' });
    expect(await em.count(DisputeStep, { dispute })).toBe(2);
  });
});

describe('raiseDispute (R7, Art. 4-5)', () => {
  it('refuses the central working group as the first forum', async () => {
    const error = await expectRefused(app, RAISE, carpetDispute({ forumWorkingGroupId: ids.central }), AGENT_NAZARI, {
      code: 'WRONG_FORUM',
      article: 'Art. 4-5',
    });
    expect(error.field).toEqual(['input', 'forumWorkingGroupId']);
  });

  it("refuses another province's working group", async () => {
    await expectRefused(app, RAISE, carpetDispute({ forumWorkingGroupId: ids.tehran }), AGENT_NAZARI, {
      code: 'WRONG_FORUM',
      article: 'Art. 4-5',
    });
  });

  it('refuses a dispute about a cluster whose province has no working group yet, even at the centre', async () => {
    // Given a cluster in Fars, which has no provincial working group.
    const em = app.orm.em.fork();
    const fars = await em.findOneOrFail(Province, { code: 'IR-07' });
    const shiraz = em.create(Cluster, {
      name: 'Shiraz Inlaid Woodwork Cluster',
      nameFa: 'خوشه خاتم‌کاری شیراز',
      searchName: normalizePersian('خوشه خاتم‌کاری شیراز'),
      province: fars,
      isicCode: '1629',
      status: ClusterStatus.ACTIVE,
    });
    await em.flush();
    const shirazId = encodeGlobalId('Cluster', shiraz.id);
    for (const forum of [ids.central, ids.isfahan]) {
      const error = await expectRefused(app, RAISE, carpetDispute({ clusterId: shirazId, forumWorkingGroupId: forum }), HEAD_CENTRAL, {
        code: 'WRONG_FORUM',
        article: 'Art. 4-5',
      });
      expect(error.message).toContain('must be formed');
    }
  });

  it("refuses a caller who is no element of the cluster's development: another cluster's executor, another province's head, another province's member", async () => {
    // (Analysts are read-only and refused every mutation outright: access-matrix.test.ts.)
    for (const outsider of [EXECUTOR_SOLTANI, HEAD_TEHRAN, MEMBER_KHORASAN]) {
      await expectRefused(app, RAISE, carpetDispute(), outsider, { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Art. 4-5' });
    }
  });

  it("refuses another province's secretariat, or another cluster's executor, who names itself a party: naming oneself grants nothing", async () => {
    // Given Isfahan's provincial secretariat and an executor of a Tehran leather plan, neither an element of the Tehran jewellery cluster,
    for (const [outsider, self] of [
      [SECRETARIAT_ISFAHAN, ids.secretariatIsfahan],
      [EXECUTOR_SOLTANI, ids.soltani],
    ] as const) {
      // when each raises a dispute on it naming itself a party, then it is refused and no row of any table changes.
      const error = await expectRefused(
        app,
        RAISE,
        jewelleryDispute({ subject: 'Hallmark fees', parties: [{ personId: self }, { agencyId: ids.isipo }] }),
        outsider,
        {
          code: 'NOT_RESPONSIBLE_WORKING_GROUP',
          article: 'Art. 4-5',
        },
      );
      expect(error.message).toContain('Being named a party grants nothing');
    }
  });

  it('refuses the executor of a plan that is only proposed: proposing a plan naming oneself its executor makes no element of the cluster', async () => {
    // Soltani's pottery plan in Mashhad is PROPOSED, not approved.
    await expectRefused(
      app,
      RAISE,
      {
        ...jewelleryDispute(),
        clusterId: ids.pottery,
        forumWorkingGroupId: ids.khorasan,
        parties: [{ personId: ids.soltani }, { agencyId: ids.isipo }],
      },
      EXECUTOR_SOLTANI,
      { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Art. 4-5' },
    );
  });

  it("lets an executor of one of the cluster's plans and a member of its provincial working group raise it, the former on a past day given", async () => {
    const raised = await raise(
      jewelleryDispute({ subject: 'Hallmark fees', parties: [{ personId: ids.soltani }, { agencyId: ids.isipo }], raisedOn: '2025-08-01' }),
      EXECUTOR_ROSTAMI,
    );
    expect(raised).toMatchObject({ state: 'OPEN_PROVINCIAL', raisedOn: '2025-08-01', raisedBy: { email: EXECUTOR_ROSTAMI } });
    const byMember = await raise(carpetDispute({ subject: 'Export credit for small workshops' }), MEMBER_ISFAHAN);
    expect(byMember).toMatchObject({ state: 'OPEN_PROVINCIAL', raisedBy: { email: MEMBER_ISFAHAN } });
  });

  it('refuses a future day, and parties that are not exactly one of an agency and a person, or repeated', async () => {
    const future = await expectRefused(app, RAISE, carpetDispute({ raisedOn: '2025-08-16' }), AGENT_NAZARI, {
      code: 'VALIDATION',
      article: 'House rule',
    });
    expect(future.field).toEqual(['input', 'raisedOn']);
    const both = await expectRefused(
      app,
      RAISE,
      carpetDispute({ parties: [{ agencyId: ids.tpo, personId: ids.nazari }, { agencyId: ids.isipo }] }),
      AGENT_NAZARI,
      {
        code: 'VALIDATION',
        article: 'Art. 4-5',
      },
    );
    expect(both.field).toEqual(['input', 'parties', '0']);
    await expectRefused(app, RAISE, carpetDispute({ parties: [{ agencyId: ids.tpo }, {}] }), AGENT_NAZARI, { code: 'VALIDATION' });
    await expectRefused(app, RAISE, carpetDispute({ parties: [{ agencyId: ids.tpo }, { agencyId: ids.tpo }] }), AGENT_NAZARI, {
      code: 'VALIDATION',
    });
  });

  it('refuses unknown objects, and rejects malformed input (party count, id types) as BAD_USER_INPUT', async () => {
    const unknownPerson = encodeGlobalId('Person', '00000000-0000-4000-8000-000000000000');
    await expectRefused(app, RAISE, carpetDispute({ parties: [{ agencyId: ids.tpo }, { personId: unknownPerson }] }), AGENT_NAZARI, {
      code: 'NOT_FOUND',
    });
    await expectRefused(
      app,
      RAISE,
      carpetDispute({ clusterId: encodeGlobalId('Cluster', '00000000-0000-4000-8000-000000000000') }),
      AGENT_NAZARI,
      {
        code: 'NOT_FOUND',
      },
    );
    const malformed = [
      carpetDispute({ parties: [{ agencyId: ids.tpo }] }),
      carpetDispute({ parties: Array.from({ length: 11 }, () => ({ agencyId: ids.tpo })) }),
      carpetDispute({ forumWorkingGroupId: ids.carpet }),
      carpetDispute({ parties: [{ agencyId: ids.nazari }, { personId: ids.nazari }] }),
      carpetDispute({ subject: '   ' }),
    ];
    for (const input of malformed) {
      const response = await app.graphql(RAISE, { input }, { as: AGENT_NAZARI });
      expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('recordProvincialOutcome, escalateDispute and decideDispute: who may act (R4, R7)', () => {
  it('lets only the head or secretariat of the provincial working group hearing it record the outcome', async () => {
    // The demo saffron dispute is open at the Razavi Khorasan working group.
    for (const caller of [HEAD_TEHRAN, HEAD_CENTRAL, MEMBER_KHORASAN, EXECUTOR_YAZDANI]) {
      await expectRefused(app, OUTCOME, { disputeId: ids.saffronDispute, outcome: 'RESOLVED', decision: 'Resolved elsewhere.' }, caller, {
        code: 'NOT_RESPONSIBLE_WORKING_GROUP',
        article: 'Art. 3',
      });
    }
  });

  it('refuses to escalate or decide a dispute still open at the province', async () => {
    await expectRefused(app, ESCALATE, { disputeId: ids.saffronDispute, reason: 'The province is too slow.' }, EXECUTOR_YAZDANI, {
      code: 'ESCALATION_NOT_ALLOWED',
      article: 'Art. 4-5',
    });
    await expectRefused(app, DECIDE, { disputeId: ids.saffronDispute, decision: 'Decided at the centre.' }, HEAD_CENTRAL, {
      code: 'INVALID_TRANSITION',
      article: 'Art. 4-5',
    });
  });

  it('lets only a party or the provincial head or secretariat escalate, and only the central head or secretariat decide', async () => {
    const raised = await raise(carpetDispute({ subject: 'Dye-house wastewater permit' }), HEAD_ISFAHAN);
    await expectAccepted(
      app,
      OUTCOME,
      { disputeId: raised.id, outcome: 'NO_AGREEMENT', decision: 'No agreement.' },
      SECRETARIAT_ISFAHAN,
      'recordProvincialOutcome',
    );
    for (const outsider of [EXECUTOR_SOLTANI, HEAD_TEHRAN, HEAD_CENTRAL]) {
      await expectRefused(app, ESCALATE, { disputeId: raised.id, reason: 'Escalate.' }, outsider, {
        code: 'NOT_RESPONSIBLE_WORKING_GROUP',
        article: 'Art. 4-5',
      });
    }
    const escalated = await expectAccepted<{ dispute: DisputeShape }>(
      app,
      ESCALATE,
      { disputeId: raised.id, reason: 'Needs the centre.' },
      HEAD_ISFAHAN,
      'escalateDispute',
    );
    expect(escalated.dispute.forum.level).toBe('CENTRAL');
    for (const caller of [HEAD_ISFAHAN, HEAD_KHORASAN, AGENT_NAZARI, `member.tpo@${DOMAIN}`]) {
      await expectRefused(app, DECIDE, { disputeId: raised.id, decision: 'Decided.' }, caller, {
        code: 'NOT_RESPONSIBLE_WORKING_GROUP',
        article: 'Art. 3',
      });
    }
    await expectAccepted(
      app,
      DECIDE,
      { disputeId: raised.id, decision: 'The permit is issued with a treatment deadline.' },
      HEAD_CENTRAL,
      'decideDispute',
    );
  });

  it('refuses an unknown dispute, and an id of another type as malformed input', async () => {
    await expectRefused(
      app,
      DECIDE,
      { disputeId: encodeGlobalId('Dispute', '00000000-0000-4000-8000-000000000000'), decision: 'Decided.' },
      HEAD_CENTRAL,
      {
        code: 'NOT_FOUND',
      },
    );
    const response = await app.graphql(ESCALATE, { input: { disputeId: ids.carpet, reason: 'Escalate.' } }, { as: AGENT_NAZARI });
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
