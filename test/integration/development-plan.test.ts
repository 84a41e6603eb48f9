import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { DevelopmentPlan, PlanStatus } from '../../server/modules/development-plan/development-plan.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person } from '../../server/modules/person/person.entity';
import { ReportingObligation } from '../../server/modules/reporting/reporting.entity';
import { Resolution } from '../../server/modules/resolution/resolution.entity';
import { WorkingGroup, WorkingGroupLevel } from '../../server/modules/working-group/working-group.entity';
import { DEMO_TODAY } from '../setup/constants';
import { demoCluster, type DemoNames, demoNames, demoPlan } from '../setup/demo-rows';
import { expectAccepted, expectRefused, mutate, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

const PLAN_FIELDS = `id title kind status proposedOn decidedOn startsOn endsOn proposedBudget approvedBudget currentBudget
  rejectionReason suspendedOn suspensionReason completedOn version
  cluster { name } executor { email } responsibleAgency { code } decidedBy { name }
  indicators { nodes { name unit baseline target higherIsBetter } }
  resolutions { nodes { number } }
  reportingObligations(first: 50) { nodes { kind period { label } obligor { email } } }`;

const PROPOSE = `mutation Propose($input: ProposePlanInput!) { result: proposePlan(input: $input) { plan { ${PLAN_FIELDS} } ${USER_ERRORS} } }`;
const APPROVE = `mutation Approve($input: ApprovePlanInput!) { result: approvePlan(input: $input) { plan { ${PLAN_FIELDS} } ${USER_ERRORS} } }`;
const REJECT = `mutation Reject($input: RejectPlanInput!) { result: rejectPlan(input: $input) { plan { ${PLAN_FIELDS} } ${USER_ERRORS} } }`;
const SUSPEND = `mutation Suspend($input: SuspendPlanInput!) { result: suspendPlan(input: $input) { plan { ${PLAN_FIELDS} } ${USER_ERRORS} } }`;
const RESUME = `mutation Resume($input: ResumePlanInput!) { result: resumePlan(input: $input) { plan { ${PLAN_FIELDS} } ${USER_ERRORS} } }`;
const COMPLETE = `mutation Complete($input: CompletePlanInput!) { result: completePlan(input: $input) { plan { ${PLAN_FIELDS} } ${USER_ERRORS} } }`;

const DOMAIN = 'demo.cluster-oversight.ir';
const SOLTANI = `executor.soltani@${DOMAIN}`;
const HEAD_KHORASAN = `head.khorasan@${DOMAIN}`;
const SECRETARIAT_KHORASAN = `secretariat.khorasan@${DOMAIN}`;
const SECRETARIAT_TEHRAN = `secretariat.tehran@${DOMAIN}`;
const HEAD_TEHRAN = `head.tehran@${DOMAIN}`;
const CENTRAL_SECRETARIAT = `secretariat@${DOMAIN}`;
const MEMBER_KHORASAN = `member.isipo.khorasan@${DOMAIN}`;
const AGENT = `agent.khalili@${DOMAIN}`;

interface Plan {
  id: string;
  status: string;
  approvedBudget: string | null;
  currentBudget: string | null;
  version: number;
  reportingObligations: { nodes: Array<{ kind: string; period: { label: string }; obligor: { email: string } }> };
  [key: string]: unknown;
}

let app: TestApp;
/** The demo's cluster names and plan titles, for what the API answers about demo rows. */
let demo: DemoNames;
let ids: Record<string, string>;

async function demoIds(): Promise<Record<string, string>> {
  const em = app.orm.em.fork();
  const person = async (email: string) => encodeGlobalId('Person', (await em.findOneOrFail(Person, { email })).id);
  const group = async (code: string) => encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { province: { code } })).id);
  const resolution = async (number: string) => encodeGlobalId('Resolution', (await em.findOneOrFail(Resolution, { number })).id);
  return {
    pottery: (await demoCluster(app, '2393')).id,
    saffron: (await demoCluster(app, '1079')).id,
    khorasan: await group('IR-09'),
    tehran: await group('IR-23'),
    central: encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL })).id),
    soltani: await person(SOLTANI),
    yazdani: await person(`executor.yazdani@${DOMAIN}`),
    bagheri: await person(`supervisor.bagheri@${DOMAIN}`),
    tvto: encodeGlobalId('ExecutiveAgency', (await em.findOneOrFail(ExecutiveAgency, { code: 'TVTO' })).id),
    khorasanSaffronResolution: await resolution('KHR-1403-02'),
    centralCarpetResolution: await resolution('CWG-1402-07'),
    tehranJewelleryResolution: await resolution('TEH-1402-15'),
    proposedPottery: (await demoPlan(app, '2393', PlanStatus.PROPOSED)).id,
    rejectedShowroom: (await demoPlan(app, '1512', PlanStatus.REJECTED)).id,
    completedLaboratory: (await demoPlan(app, '1079', PlanStatus.COMPLETED)).id,
  };
}

let proposal = 0;
function proposalFor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  proposal += 1;
  return {
    clusterId: ids.pottery,
    title: `Pottery glaze laboratory ${proposal}`,
    kind: 'PROJECT',
    executorId: ids.soltani,
    responsibleAgencyId: ids.tvto,
    proposedBudget: '40000000000',
    startsOn: '2025-10-01',
    endsOn: '2026-09-30',
    indicators: [
      { name: 'Export value', unit: 'rial', baseline: '0', target: '25000000000', higherIsBetter: true },
      { name: 'Rejected firing batches', unit: 'percent', baseline: '22.5', target: '8', higherIsBetter: false },
    ],
    ...overrides,
  };
}

async function propose(overrides: Record<string, unknown> = {}, as = SOLTANI): Promise<Plan> {
  return (await expectAccepted<{ plan: Plan }>(app, PROPOSE, proposalFor(overrides), as, 'proposePlan')).plan;
}

async function approve(planId: string, overrides: Record<string, unknown> = {}): Promise<Plan> {
  return (
    await expectAccepted<{ plan: Plan }>(
      app,
      APPROVE,
      { planId, workingGroupId: ids.khorasan, ...overrides },
      SECRETARIAT_KHORASAN,
      'approvePlan',
    )
  ).plan;
}

beforeAll(async () => {
  app = await startTestApp();
  demo = await demoNames(app);
  ids = await demoIds();
});
afterAll(() => app?.close());

describe('proposePlan (Art. 2)', () => {
  it("opens the province's records to the executor only once a working group approves the plan", async () => {
    // Given Soltani, whose plans in Razavi Khorasan are only proposals
    const khorasanClusters = async () => {
      const response = await app.graphql<{ clusters: { totalCount: number } }>(
        '{ clusters(filter: { provinceCodes: ["IR-09"] }) { totalCount } }',
        undefined,
        { as: SOLTANI },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.clusters.totalCount;
    };
    expect(await khorasanClusters()).toBe(0);

    // When he proposes another plan there, naming himself its executor, the proposal grants nothing
    const plan = await propose();
    expect(await khorasanClusters()).toBe(0);

    // Then the province's working group approves it, and he reads the province as its executor
    await approve(plan.id);
    expect(await khorasanClusters()).toBeGreaterThan(0);
  });

  it('records the executor’s own proposal with its indicators and cited resolutions, PROPOSED as of today', async () => {
    const plan = await propose(
      { clusterId: ids.saffron, resolutionIds: [ids.khorasanSaffronResolution, ids.centralCarpetResolution], executorId: ids.yazdani },
      `executor.yazdani@${DOMAIN}`,
    );
    expect(plan).toMatchObject({
      status: 'PROPOSED',
      kind: 'PROJECT',
      proposedOn: DEMO_TODAY,
      decidedOn: null,
      proposedBudget: '40000000000',
      approvedBudget: null,
      currentBudget: null,
      cluster: { name: demo.clusters['1079'] },
      executor: { email: `executor.yazdani@${DOMAIN}` },
      responsibleAgency: { code: 'TVTO' },
      decidedBy: null,
      reportingObligations: { nodes: [] },
    });
    expect(plan.indicators).toEqual({
      nodes: [
        { name: 'Export value', unit: 'rial', baseline: '0.0000', target: '25000000000.0000', higherIsBetter: true },
        { name: 'Rejected firing batches', unit: 'percent', baseline: '22.5000', target: '8.0000', higherIsBetter: false },
      ],
    });
    expect((plan.resolutions as { nodes: Array<{ number: string }> }).nodes.map((node) => node.number).sort()).toEqual([
      'CWG-1402-07',
      'KHR-1403-02',
    ]);
  });

  it("lets the head or secretariat of a responsible working group propose on the executor's behalf", async () => {
    const plan = await propose({}, SECRETARIAT_KHORASAN);
    expect(plan).toMatchObject({ status: 'PROPOSED', executor: { email: SOLTANI } });
    await propose({}, CENTRAL_SECRETARIAT);
  });

  it('refuses anyone else: another person, a member, or the secretariat of a group not responsible (R4)', async () => {
    for (const as of [AGENT, MEMBER_KHORASAN, SECRETARIAT_TEHRAN]) {
      await expectRefused(app, PROPOSE, proposalFor(), as, { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Art. 3' });
    }
  });

  it('refuses a term that ends before it starts, and two indicators of one name', async () => {
    const term = await expectRefused(app, PROPOSE, proposalFor({ endsOn: '2025-09-30' }), SOLTANI, { code: 'VALIDATION' });
    expect(term.field).toEqual(['input', 'endsOn']);
    const indicators = [
      { name: 'Export value', unit: 'rial', baseline: '0', target: '1', higherIsBetter: true },
      { name: 'export value ', unit: 'rial', baseline: '0', target: '2', higherIsBetter: true },
    ];
    const duplicate = await expectRefused(app, PROPOSE, proposalFor({ indicators }), SOLTANI, { code: 'VALIDATION' });
    expect(duplicate.field).toEqual(['input', 'indicators', '1', 'name']);
  });

  it('refuses a resolution of a group not responsible for the cluster, or about another cluster', async () => {
    const foreign = await expectRefused(app, PROPOSE, proposalFor({ resolutionIds: [ids.tehranJewelleryResolution] }), SOLTANI, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });
    expect(foreign.field).toEqual(['input', 'resolutionIds', '0']);
    // KHR-1403-02 is the Khorasan group's resolution about the saffron cluster, not the pottery one.
    await expectRefused(app, PROPOSE, proposalFor({ resolutionIds: [ids.khorasanSaffronResolution] }), SOLTANI, {
      code: 'VALIDATION',
      article: 'Art. 2',
    });
  });

  it("refuses the cluster's supervisor as executor over dates they supervise it (house rule)", async () => {
    await expectRefused(
      app,
      PROPOSE,
      proposalFor({ clusterId: ids.saffron, executorId: ids.bagheri, startsOn: DEMO_TODAY }),
      SECRETARIAT_KHORASAN,
      {
        code: 'CONFLICT_OF_INTEREST',
        article: 'House rule',
      },
    );
  });

  it('refuses unknown references, and rejects malformed input before any rule runs', async () => {
    await expectRefused(
      app,
      PROPOSE,
      proposalFor({ clusterId: encodeGlobalId('Cluster', '00000000-0000-4000-8000-000000000000') }),
      SOLTANI,
      {
        code: 'NOT_FOUND',
      },
    );
    const tooMany = Array.from({ length: 21 }, (_, index) => ({
      name: `I${index}`,
      unit: 'u',
      baseline: '0',
      target: '1',
      higherIsBetter: true,
    }));
    for (const overrides of [
      { indicators: tooMany },
      { proposedBudget: '0' },
      { proposedBudget: '-5' },
      { proposedBudget: '1.5' },
      { title: '   ' },
      { clusterId: ids.soltani },
      { indicators: [{ name: '', unit: 'u', baseline: '0', target: '1', higherIsBetter: true }] },
    ]) {
      const response = await app.graphql(PROPOSE, { input: proposalFor(overrides) }, { as: SOLTANI });
      expect(response.body.errors?.[0].extensions?.code, JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('approvePlan and rejectPlan (R11, R4)', () => {
  it('approves the demo proposal: budgets set, decided by the group, quarterly obligations for the term (Art. 4-1)', async () => {
    const plan = await approve(ids.proposedPottery);
    expect(plan).toMatchObject({
      status: 'APPROVED',
      decidedOn: DEMO_TODAY,
      approvedBudget: '18000000000',
      currentBudget: '18000000000',
      decidedBy: { name: 'Razavi Khorasan Province Export Development Working Group' },
    });
    // Term 2025-10-01 … 2026-09-30: 1404-Q3 (from 2025-09-23) to 1405-Q3 (from 2026-09-23).
    expect(plan.reportingObligations.nodes.map((node) => node.period.label).sort()).toEqual([
      '1404-Q3',
      '1404-Q4',
      '1405-Q1',
      '1405-Q2',
      '1405-Q3',
    ]);
    expect(new Set(plan.reportingObligations.nodes.map((node) => `${node.kind} ${node.obligor.email}`))).toEqual(
      new Set([`PLAN_EXECUTOR ${SOLTANI}`]),
    );
    await expectRefused(app, APPROVE, { planId: ids.proposedPottery, workingGroupId: ids.khorasan }, SECRETARIAT_KHORASAN, {
      code: 'INVALID_TRANSITION',
      article: 'House rule',
    });
  });

  it('sets the approved budget given, and owes no reports for quarters that ended before the approval', async () => {
    const proposed = await propose({ startsOn: '2025-01-01', endsOn: '2026-03-19' });
    const plan = await approve(proposed.id, { approvedBudget: '37000000000', decidedOn: DEMO_TODAY });
    expect(plan).toMatchObject({
      approvedBudget: '37000000000',
      currentBudget: '37000000000',
      proposedBudget: '40000000000',
      decidedOn: DEMO_TODAY,
    });
    // 1403-Q4 and 1404-Q1 ended before the approval; 1404-Q2 … 1404-Q4 are owed.
    expect(plan.reportingObligations.nodes.map((node) => node.period.label).sort()).toEqual(['1404-Q2', '1404-Q3', '1404-Q4']);
  });

  it('lets the central working group decide too', async () => {
    const proposed = await propose();
    await expectAccepted(app, APPROVE, { planId: proposed.id, workingGroupId: ids.central }, CENTRAL_SECRETARIAT, 'approvePlan');
  });

  it('refuses a decision by a group not responsible, by a member, or in the name of another group (R4)', async () => {
    const proposed = await propose();
    for (const [as, workingGroupId] of [
      [HEAD_TEHRAN, ids.tehran],
      [MEMBER_KHORASAN, ids.khorasan],
      [SECRETARIAT_KHORASAN, ids.central],
      [SOLTANI, ids.khorasan],
    ]) {
      await expectRefused(app, APPROVE, { planId: proposed.id, workingGroupId }, as, {
        code: 'NOT_RESPONSIBLE_WORKING_GROUP',
        article: 'Art. 3',
      });
      await expectRefused(app, REJECT, { planId: proposed.id, workingGroupId, reason: 'Not convincing.' }, as, {
        code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      });
    }
  });

  it('refuses a decision dated in the future or before the proposal, and the approval of a plan whose term is over', async () => {
    const proposed = await propose({ startsOn: '2025-01-01', endsOn: '2025-06-30' });
    await expectRefused(
      app,
      APPROVE,
      { planId: proposed.id, workingGroupId: ids.khorasan, decidedOn: '2025-08-16' },
      SECRETARIAT_KHORASAN,
      {
        code: 'VALIDATION',
      },
    );
    await expectRefused(
      app,
      APPROVE,
      { planId: proposed.id, workingGroupId: ids.khorasan, decidedOn: '2025-08-14' },
      SECRETARIAT_KHORASAN,
      {
        code: 'VALIDATION',
      },
    );
    await expectRefused(app, APPROVE, { planId: proposed.id, workingGroupId: ids.khorasan }, SECRETARIAT_KHORASAN, {
      code: 'VALIDATION',
      article: 'House rule',
    });
  });

  it('rejects a proposal with its reason; a rejected plan can no longer move', async () => {
    const proposed = await propose();
    const { plan } = await expectAccepted<{ plan: Plan }>(
      app,
      REJECT,
      { planId: proposed.id, workingGroupId: ids.khorasan, reason: 'The diagnostic study must come first.' },
      HEAD_KHORASAN,
      'rejectPlan',
    );
    expect(plan).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'The diagnostic study must come first.',
      decidedOn: DEMO_TODAY,
      approvedBudget: null,
    });
    const decision = { planId: proposed.id, workingGroupId: ids.khorasan };
    await expectRefused(app, APPROVE, decision, HEAD_KHORASAN, { code: 'INVALID_TRANSITION', article: 'House rule' });
    await expectRefused(app, REJECT, { ...decision, reason: 'Again, no.' }, HEAD_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, SUSPEND, { ...decision, reason: 'Pending the permit.' }, HEAD_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, COMPLETE, { ...decision, completedOn: DEMO_TODAY }, HEAD_KHORASAN, { code: 'INVALID_TRANSITION' });
  });

  it('refuses to reject the demo plan that is already rejected, or an unknown plan', async () => {
    await expectRefused(app, REJECT, { planId: ids.rejectedShowroom, workingGroupId: ids.tehran, reason: 'Twice.' }, HEAD_TEHRAN, {
      code: 'INVALID_TRANSITION',
    });
    await expectRefused(
      app,
      REJECT,
      { planId: encodeGlobalId('DevelopmentPlan', '00000000-0000-4000-8000-000000000000'), workingGroupId: ids.tehran, reason: 'Unknown.' },
      HEAD_TEHRAN,
      { code: 'NOT_FOUND' },
    );
  });
});

describe('suspendPlan, resumePlan, completePlan (R11)', () => {
  it('walks APPROVED → SUSPENDED → APPROVED → COMPLETED, refusing every other move on the way', async () => {
    const proposed = await propose({ startsOn: '2025-07-01', endsOn: '2026-06-30' });
    const decision = { planId: proposed.id, workingGroupId: ids.khorasan };
    await expectRefused(app, SUSPEND, { ...decision, reason: 'Not approved yet.' }, SECRETARIAT_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, RESUME, decision, SECRETARIAT_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, COMPLETE, { ...decision, completedOn: DEMO_TODAY }, SECRETARIAT_KHORASAN, { code: 'INVALID_TRANSITION' });

    const approved = await approve(proposed.id);
    // 1404-Q2 (2025-06-22 …) to 1405-Q2 (2026-06-22 …).
    expect(approved.reportingObligations.nodes.map((node) => node.period.label).sort()).toEqual([
      '1404-Q2',
      '1404-Q3',
      '1404-Q4',
      '1405-Q1',
      '1405-Q2',
    ]);
    await expectRefused(app, RESUME, decision, SECRETARIAT_KHORASAN, { code: 'INVALID_TRANSITION' });

    const suspended = await expectAccepted<{ plan: Plan }>(
      app,
      SUSPEND,
      { ...decision, reason: 'Kiln permit withdrawn by the provincial environment office.' },
      SECRETARIAT_KHORASAN,
      'suspendPlan',
    );
    expect(suspended.plan).toMatchObject({
      status: 'SUSPENDED',
      suspendedOn: DEMO_TODAY,
      suspensionReason: 'Kiln permit withdrawn by the provincial environment office.',
      approvedBudget: '40000000000',
    });
    await expectRefused(app, SUSPEND, { ...decision, reason: 'Twice.' }, SECRETARIAT_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, COMPLETE, { ...decision, completedOn: DEMO_TODAY }, SECRETARIAT_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, APPROVE, decision, SECRETARIAT_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, RESUME, decision, SECRETARIAT_TEHRAN, { code: 'NOT_RESPONSIBLE_WORKING_GROUP' });

    const resumed = await expectAccepted<{ plan: Plan }>(
      app,
      RESUME,
      { ...decision, workingGroupId: ids.central },
      CENTRAL_SECRETARIAT,
      'resumePlan',
    );
    expect(resumed.plan).toMatchObject({ status: 'APPROVED', suspendedOn: null, suspensionReason: null, approvedBudget: '40000000000' });

    await expectRefused(app, COMPLETE, { ...decision, completedOn: '2025-08-16' }, SECRETARIAT_KHORASAN, { code: 'VALIDATION' });
    await expectRefused(app, COMPLETE, { ...decision, completedOn: '2025-08-14' }, SECRETARIAT_KHORASAN, { code: 'VALIDATION' });
    const completed = await expectAccepted<{ plan: Plan }>(
      app,
      COMPLETE,
      { ...decision, completedOn: DEMO_TODAY },
      HEAD_KHORASAN,
      'completePlan',
    );
    expect(completed.plan).toMatchObject({ status: 'COMPLETED', completedOn: DEMO_TODAY });
    // Quarters that begin after the last day are no longer owed; the current one still is.
    expect(completed.plan.reportingObligations.nodes.map((node) => node.period.label)).toEqual(['1404-Q2']);
    await expectRefused(app, SUSPEND, { ...decision, reason: 'After completion.' }, HEAD_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, RESUME, decision, HEAD_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, APPROVE, decision, HEAD_KHORASAN, { code: 'INVALID_TRANSITION' });
    await expectRefused(app, COMPLETE, { ...decision, completedOn: DEMO_TODAY }, HEAD_KHORASAN, { code: 'INVALID_TRANSITION' });
  });

  it('keeps reports already sent when a plan completes, and withdraws only later quarters', async () => {
    const em = app.orm.em.fork();
    const plan = await em.findOneOrFail(DevelopmentPlan, { title: demo.plans['1079/APPROVED'] });
    const before = await em.count(ReportingObligation, { plan });
    const { plan: completed } = await expectAccepted<{ plan: Plan }>(
      app,
      COMPLETE,
      { planId: encodeGlobalId('DevelopmentPlan', plan.id), workingGroupId: ids.khorasan, completedOn: '2025-08-01' },
      SECRETARIAT_KHORASAN,
      'completePlan',
    );
    // The demo data holds obligations up to 1404-Q1, all before the completion: none is withdrawn.
    expect(completed.reportingObligations.nodes).toHaveLength(before);
    expect(completed.status).toBe('COMPLETED');
  });

  it('refuses to move the completed demo plan', async () => {
    await expectRefused(
      app,
      SUSPEND,
      { planId: ids.completedLaboratory, workingGroupId: ids.khorasan, reason: 'Any reason.' },
      HEAD_KHORASAN,
      {
        code: 'INVALID_TRANSITION',
        article: 'House rule',
      },
    );
  });

  it('writes the audit trail of each decision with before and after', async () => {
    const proposed = await propose();
    const approved = await approve(proposed.id);
    const trail = await app.graphql<{
      auditEvents: {
        nodes: Array<{ action: string; actor: { email: string }; before: Record<string, unknown> | null; after: Record<string, unknown> }>;
      };
    }>(`query Trail($id: ID!) { auditEvents(filter: { targetIds: [$id] }) { nodes { action actor { email } before after } } }`, {
      id: approved.id,
    });
    const events = trail.body.data!.auditEvents.nodes;
    expect(events.map((event) => event.action).sort()).toEqual(['approvePlan', 'proposePlan']);
    const approval = events.find((event) => event.action === 'approvePlan')!;
    expect(approval.actor.email).toBe(SECRETARIAT_KHORASAN);
    expect(approval.before).toMatchObject({ status: 'PROPOSED', approvedBudget: null });
    expect(approval.after).toMatchObject({ status: 'APPROVED', approvedBudget: '40000000000' });
  });
});

describe('concurrent decisions on one plan', () => {
  it('lets exactly one of three simultaneous decisions through; the others find the plan already decided', async () => {
    const proposed = await propose();
    const decision = { planId: proposed.id, workingGroupId: ids.khorasan };
    const results = await Promise.all([
      mutate<{ plan: Plan | null }>(app, APPROVE, decision, SECRETARIAT_KHORASAN),
      mutate<{ plan: Plan | null }>(app, APPROVE, { ...decision, workingGroupId: ids.central }, CENTRAL_SECRETARIAT),
      mutate<{ plan: Plan | null }>(app, REJECT, { ...decision, reason: 'The budget is not justified.' }, HEAD_KHORASAN),
    ]);
    const accepted = results.filter((result) => result.userErrors.length === 0);
    expect(accepted).toHaveLength(1);
    expect(results.flatMap((result) => result.userErrors.map((error) => error.code))).toEqual(['INVALID_TRANSITION', 'INVALID_TRANSITION']);
    // One approval creates the term's obligations once; a rejection creates none.
    const winner = accepted[0].plan!;
    expect(winner.reportingObligations.nodes).toHaveLength(winner.status === 'APPROVED' ? 5 : 0);
    const em = app.orm.em.fork();
    expect(
      await em.count(ReportingObligation, { plan: (await em.findOneOrFail(DevelopmentPlan, { title: winner.title as string })).id }),
    ).toBe(winner.reportingObligations.nodes.length);
  });
});
