import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp } from '../../server/app';
import type { OversightSettings } from '../../server/context';
import { fixedClock } from '../../server/kernel/clock';
import { decimalOf, formatDecimal } from '../../server/kernel/decimal';
import { encodeGlobalId } from '../../server/kernel/global-id';
import { normalizePersian } from '../../server/kernel/persian-text';
import { Cluster } from '../../server/modules/cluster/cluster.entity';
import { DevelopmentPlan, PlanIndicator, PlanResolution } from '../../server/modules/development-plan/development-plan.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person, Qualification } from '../../server/modules/person/person.entity';
import { Province } from '../../server/modules/province/province.entity';
import { IndicatorActual, ProgressReport, ReportingObligation } from '../../server/modules/reporting/reporting.entity';
import { Resolution, ResolutionTarget } from '../../server/modules/resolution/resolution.entity';
import { WorkingGroup, WorkingGroupLevel } from '../../server/modules/working-group/working-group.entity';
import { type DemoNames, demoNames } from '../setup/demo-rows';
import { expectAccepted, expectRefused, mutate, USER_ERRORS } from '../setup/mutations';
import { ANALYST, type GraphQLResponse, startTestApp, type TestApp } from '../setup/test-app';

const SUBMIT = `mutation Submit($input: SubmitProgressReportInput!) {
  result: submitProgressReport(input: $input) {
    report {
      id revision late submittedOn madeProgress percentComplete summary period { label }
      recipientSupervisor { email } recipientWorkingGroup { name level } supersedes { id }
      obligation { id status submittedOn }
      bottlenecks { nodes { category description } }
      indicatorActuals { nodes { value indicator { name } } }
    }
    ${USER_ERRORS}
  }
}`;
const REVISE = `mutation Revise($input: ReviseProgressReportInput!) {
  result: reviseProgressReport(input: $input) {
    report { id revision late submittedOn supersedes { id revision } obligation { status submittedOn } indicatorActuals { nodes { value } } }
    ${USER_ERRORS}
  }
}`;
const WAIVE = `mutation Waive($input: WaiveReportingObligationInput!) {
  result: waiveReportingObligation(input: $input) { obligation { id status waivedOn waiverReason waivedBy { name } } ${USER_ERRORS} }
}`;
const SIGN = `mutation Sign($input: SignAgentContractInput!) {
  result: signAgentContract(input: $input) { contract { id } ${USER_ERRORS} }
}`;
const OBLIGATIONS = `query Obligations($clusterId: ID!) {
  all: reportingObligations(filter: { clusterIds: [$clusterId] }, first: 100) { nodes { period { label } status dueOn } }
  pending: reportingObligations(filter: { clusterIds: [$clusterId], statuses: [PENDING] }, first: 100) { nodes { period { label } } }
  due: reportingObligations(filter: { clusterIds: [$clusterId], statuses: [DUE] }, first: 100) { nodes { period { label } } }
  overdue: reportingObligations(filter: { clusterIds: [$clusterId], statuses: [OVERDUE] }, first: 100) { nodes { period { label } } }
}`;

const EMAIL = (local: string) => `${local}@demo.cluster-oversight.ir`;
const HEAD_KHORASAN = EMAIL('head.khorasan');
const SECRETARIAT_KHORASAN = EMAIL('secretariat.khorasan');
const MEMBER_KHORASAN = EMAIL('member.isipo.khorasan');
const HEAD_TEHRAN = EMAIL('head.tehran');
const HEAD_CENTRAL = EMAIL('head.central');
const GHASEMI = EMAIL('agent.ghasemi');
const KHALILI = EMAIL('agent.khalili');
const SALEHI = EMAIL('executor.salehi');
const YAZDANI = EMAIL('executor.yazdani');
const ROSTAMI = EMAIL('executor.rostami');

let app: TestApp;
/** The demo's cluster names and plan titles, for what the API answers about demo rows. */
let demo: DemoNames;
const clockedApps: TestApp[] = [];
/** Global ids of the objects the tests use. */
const ids: Record<string, string> = {};

/**
 * The same application on the same database, with another clock and, if given, other settings
 * (createApp takes `settings`; startTestApp does not, and a second database would not share data).
 */
async function clockedApp(date: string, settings?: OversightSettings): Promise<TestApp> {
  const server = await createApp({ orm: app.orm, tokens: app.tokens, clock: fixedClock(date), settings });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const clocked: TestApp = {
    ...app,
    url,
    async graphql<T>(query: string, variables?: Record<string, unknown>, options: { as?: string; token?: string | null } = {}) {
      const token = options.token === undefined ? await app.tokenFor(options.as ?? ANALYST) : options.token;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
    },
    close: () => server.stop(),
  };
  clockedApps.push(clocked);
  return clocked;
}

async function obligationId(where: Record<string, unknown>): Promise<string> {
  return encodeGlobalId('ReportingObligation', (await app.orm.em.fork().findOneOrFail(ReportingObligation, where)).id);
}

async function person(email: string): Promise<Person> {
  return app.orm.em.fork().findOneOrFail(Person, { email });
}

/** A new cluster in a province, and a qualified agent without contract (set up directly in the database). */
async function clusterWithAgent(provinceCode: string, name: string, agentEmail: string): Promise<{ cluster: string; agent: string }> {
  const em = app.orm.em.fork();
  const nameFa = `خوشه آزمایشی ${name}`;
  const cluster = em.create(Cluster, {
    name,
    nameFa,
    searchName: normalizePersian(nameFa),
    province: await em.findOneOrFail(Province, { code: provinceCode }),
    isicCode: '3211',
  });
  const agent = em.create(Person, {
    fullNameFa: 'عامل آزمایشی',
    fullNameLatin: `Test agent ${name}`,
    searchName: normalizePersian(`عامل آزمایشی ${name}`),
    email: agentEmail,
    qualifications: [Qualification.DEVELOPMENT_AGENT],
  });
  await em.flush();
  return { cluster: encodeGlobalId('Cluster', cluster.id), agent: encodeGlobalId('Person', agent.id) };
}

let contractSequence = 0;
function contract(clusterId: string, agentId: string, startsOn: string, endsOn: string) {
  contractSequence += 1;
  return { clusterId, agentId, agencyId: ids.isipo, contractNumber: `TEST-REP-${contractSequence}`, startsOn, endsOn };
}

type Statuses = Record<string, string>;

async function statusesOn(clocked: TestApp, clusterId: string): Promise<{ statuses: Statuses; byFilter: Statuses; dueOn: Statuses }> {
  type Nodes = { nodes: Array<{ period: { label: string }; status?: string; dueOn?: string }> };
  const response = await clocked.graphql<{ all: Nodes; pending: Nodes; due: Nodes; overdue: Nodes }>(OBLIGATIONS, { clusterId });
  expect(response.body.errors).toBeUndefined();
  const data = response.body.data!;
  const statuses = Object.fromEntries(data.all.nodes.map((node) => [node.period.label, node.status!]));
  const dueOn = Object.fromEntries(data.all.nodes.map((node) => [node.period.label, node.dueOn!]));
  // The same statuses as SQL conditions, which lists filter on.
  const byFilter: Statuses = {};
  for (const [status, list] of [
    ['PENDING', data.pending],
    ['DUE', data.due],
    ['OVERDUE', data.overdue],
  ] as const) {
    for (const node of list.nodes) byFilter[node.period.label] = status;
  }
  return { statuses, byFilter, dueOn };
}

beforeAll(async () => {
  app = await startTestApp();
  demo = await demoNames(app);
  const em = app.orm.em.fork();
  ids.isipo = encodeGlobalId('ExecutiveAgency', (await em.findOneOrFail(ExecutiveAgency, { code: 'ISIPO' })).id);
  ids.pottery = encodeGlobalId('Cluster', (await em.findOneOrFail(Cluster, { name: demo.clusters['2393'] })).id);
  ids.ghasemi = encodeGlobalId('Person', (await person(GHASEMI)).id);
  const group = async (code: string) => encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { province: { code } })).id);
  ids.khorasan = await group('IR-09');
  ids.tehran = await group('IR-23');
  ids.central = encodeGlobalId('WorkingGroup', (await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL })).id);
  ids.saffronQ1 = await obligationId({ agentContract: { contractNumber: 'ISIPO-CD-1402-0415' }, period: '1404-Q1' });
  ids.carpetPlanQ1 = await obligationId({ plan: { title: demo.plans['1393/APPROVED'] }, period: '1404-Q1' });
  ids.stonePlanQ1 = await obligationId({ plan: { title: demo.plans['2396/SUSPENDED'] }, period: '1404-Q1' });
  const carpetPlan = await em.findOneOrFail(DevelopmentPlan, { title: demo.plans['1393/APPROVED'] });
  const jewelleryPlan = await em.findOneOrFail(DevelopmentPlan, { title: demo.plans['3211/APPROVED'] });
  const indicator = async (plan: DevelopmentPlan, name: string) =>
    encodeGlobalId('PlanIndicator', (await em.findOneOrFail(PlanIndicator, { plan, name })).id);
  ids.carpetExport = await indicator(carpetPlan, 'Export value');
  ids.carpetBuyers = await indicator(carpetPlan, 'Foreign buyers contacted');
  ids.jewelleryExport = await indicator(jewelleryPlan, 'Export value');

  // The pottery cluster gets its first agent through the mutation, signed in late 1403-Q2: the
  // contract makes a report owed for every quarter from 1403-Q3 to 1405-Q2.
  const signing = await clockedApp('2024-09-25');
  await expectAccepted(signing, SIGN, contract(ids.pottery, ids.ghasemi, '2024-10-01', '2026-08-31'), HEAD_KHORASAN, 'signAgentContract');
  const potteryObligation = (period: string) => obligationId({ cluster: { name: demo.clusters['2393'] }, period });
  for (const period of ['1403-Q3', '1403-Q4', '1404-Q1', '1404-Q2', '1404-Q3', '1404-Q4', '1405-Q1']) {
    ids[`pottery${period}`] = await potteryObligation(period);
  }
});

afterAll(async () => {
  for (const clocked of clockedApps) await clocked.close();
  await app?.close();
});

describe('reporting obligations over time (R5, Art. 4-1)', () => {
  it('are created by signAgentContract for every quarter of the term, due 15 days after each quarter', async () => {
    const { dueOn } = await statusesOn(app, ids.pottery);
    expect(dueOn).toEqual({
      '1403-Q3': '2025-01-04',
      '1403-Q4': '2025-04-04',
      '1404-Q1': '2025-07-06',
      '1404-Q2': '2025-10-07',
      '1404-Q3': '2026-01-05',
      '1404-Q4': '2026-04-04',
      '1405-Q1': '2026-07-06',
      '1405-Q2': '2026-10-07',
    });
  });

  it.each([
    // Across the end of 1403-Q3 (2024-12-20) and its grace period.
    ['2024-12-20', { '1403-Q3': 'PENDING', '1403-Q4': 'PENDING' }],
    ['2024-12-21', { '1403-Q3': 'DUE', '1403-Q4': 'PENDING' }],
    ['2025-01-04', { '1403-Q3': 'DUE' }],
    ['2025-01-05', { '1403-Q3': 'OVERDUE' }],
    // Across the Solar Hijri new year: 1403 is a leap year, 1403-Q4 ends 2025-03-20 and 1404-Q1 starts 2025-03-21.
    ['2025-03-20', { '1403-Q3': 'OVERDUE', '1403-Q4': 'PENDING', '1404-Q1': 'PENDING' }],
    ['2025-03-21', { '1403-Q4': 'DUE', '1404-Q1': 'PENDING' }],
    ['2025-04-04', { '1403-Q4': 'DUE', '1404-Q1': 'PENDING' }],
    ['2025-04-05', { '1403-Q4': 'OVERDUE', '1404-Q1': 'PENDING' }],
    // Around the end of 1404-Q1 (2025-06-21, due 2025-07-06).
    ['2025-06-21', { '1404-Q1': 'PENDING', '1404-Q2': 'PENDING' }],
    ['2025-06-22', { '1404-Q1': 'DUE', '1404-Q2': 'PENDING' }],
    ['2025-07-06', { '1404-Q1': 'DUE' }],
    ['2025-07-07', { '1403-Q3': 'OVERDUE', '1403-Q4': 'OVERDUE', '1404-Q1': 'OVERDUE', '1404-Q2': 'PENDING' }],
  ])('on %s the statuses are %j, in the status field and in the status filter alike', async (date, expected) => {
    const clocked = await clockedApp(date);
    const { statuses, byFilter } = await statusesOn(clocked, ids.pottery);
    expect(statuses).toMatchObject(expected);
    expect(byFilter).toEqual(statuses);
  });

  it('a report by the due date is SUBMITTED_ON_TIME, one after it SUBMITTED_LATE', async () => {
    // Given the agent reports 1403-Q4 on its due date and 1404-Q1 the day after its due date
    const onDueDate = await clockedApp('2025-04-04');
    const timely = await expectAccepted<{ report: Record<string, unknown> }>(
      onDueDate,
      SUBMIT,
      {
        obligationId: ids['pottery1403-Q4'],
        madeProgress: true,
        percentComplete: '12.5',
        summary: 'Diagnostic study completed; firms mapped.',
      },
      GHASEMI,
      'submitProgressReport',
    );
    expect(timely.report).toMatchObject({
      late: false,
      submittedOn: '2025-04-04',
      period: { label: '1403-Q4' },
      // The pottery cluster has no supervisor: the report goes to the provincial working group only.
      recipientSupervisor: null,
      recipientWorkingGroup: { level: 'PROVINCIAL', name: 'Razavi Khorasan Province Export Development Working Group' },
      obligation: { status: 'SUBMITTED_ON_TIME', submittedOn: '2025-04-04' },
    });
    const dayAfterDue = await clockedApp('2025-07-07');
    const late = await expectAccepted<{ report: Record<string, unknown> }>(
      dayAfterDue,
      SUBMIT,
      { obligationId: ids['pottery1404-Q1'], madeProgress: true, percentComplete: '20', summary: 'Design workshops held.' },
      GHASEMI,
      'submitProgressReport',
    );
    expect(late.report).toMatchObject({ late: true, obligation: { status: 'SUBMITTED_LATE', submittedOn: '2025-07-07' } });

    // Then the statuses hold on any later day, and 1403-Q3 stays OVERDUE
    const { statuses, byFilter } = await statusesOn(app, ids.pottery);
    expect(statuses).toMatchObject({
      '1403-Q3': 'OVERDUE',
      '1403-Q4': 'SUBMITTED_ON_TIME',
      '1404-Q1': 'SUBMITTED_LATE',
      '1404-Q2': 'PENDING',
    });
    expect(byFilter).toEqual({
      '1403-Q3': 'OVERDUE',
      '1404-Q2': 'PENDING',
      '1404-Q3': 'PENDING',
      '1404-Q4': 'PENDING',
      '1405-Q1': 'PENDING',
      '1405-Q2': 'PENDING',
    });
  });

  it('follows the configured grace period (settings.reportGraceDays)', async () => {
    // Given an application configured with 30 days of grace records a contract
    const { cluster, agent } = await clusterWithAgent('IR-09', 'Turquoise', 'agent.turquoise@test.ir');
    const thirtyDays = await clockedApp('2025-01-10', { reportGraceDays: 30 });
    await expectAccepted(thirtyDays, SIGN, contract(cluster, agent, '2025-01-15', '2025-12-31'), HEAD_KHORASAN, 'signAgentContract');
    // Then 1403-Q4 is due 30 days after 2025-03-20
    const later = await statusesOn(await clockedApp('2025-04-19', { reportGraceDays: 30 }), cluster);
    expect(later.dueOn['1403-Q4']).toBe('2025-04-19');
    expect(later.statuses['1403-Q4']).toBe('DUE');
    // and the due date is the obligation's own: an app with the default grace reads the same status.
    expect((await statusesOn(await clockedApp('2025-04-10'), cluster)).statuses['1403-Q4']).toBe('DUE');
    expect((await statusesOn(await clockedApp('2025-04-20'), cluster)).statuses['1403-Q4']).toBe('OVERDUE');
  });
});

describe('submitProgressReport (R5, Art. 4-1)', () => {
  const progress = (obligation: string, extra: Record<string, unknown> = {}) => ({
    obligationId: obligation,
    madeProgress: true,
    percentComplete: '45.5',
    summary: 'Two fairs attended; sample shipments sent to buyers met there.',
    ...extra,
  });

  it('refuses anyone but the obligor → NOT_OBLIGOR', async () => {
    await expectRefused(app, SUBMIT, progress(ids.saffronQ1), YAZDANI, { code: 'NOT_OBLIGOR', article: 'Art. 4-1' });
    await expectRefused(app, SUBMIT, progress(ids.saffronQ1), EMAIL('supervisor.bagheri'), { code: 'NOT_OBLIGOR', article: 'Art. 4-1' });
  });

  it('refuses a quarter that has not begun → PERIOD_NOT_STARTED', async () => {
    // 1404-Q3 begins on 2025-09-23; today is 2025-08-15.
    await expectRefused(app, SUBMIT, progress(ids['pottery1404-Q3']), GHASEMI, { code: 'PERIOD_NOT_STARTED', article: 'Art. 4-1' });
  });

  it('refuses a report on a waived obligation → INVALID_TRANSITION', async () => {
    await expectRefused(app, SUBMIT, progress(ids.stonePlanQ1), ROSTAMI, { code: 'INVALID_TRANSITION', article: 'Art. 4-1' });
  });

  it('refuses a report of no progress without a bottleneck → BOTTLENECKS_REQUIRED', async () => {
    const noProgress = { obligationId: ids.saffronQ1, madeProgress: false, summary: 'Nothing moved this quarter.' };
    const error = await expectRefused(app, SUBMIT, noProgress, KHALILI, { code: 'BOTTLENECKS_REQUIRED', article: 'Art. 4-1' });
    expect(error.field).toEqual(['input', 'bottlenecks']);
    await expectRefused(app, SUBMIT, { ...noProgress, bottlenecks: [] }, KHALILI, { code: 'BOTTLENECKS_REQUIRED' });
  });

  it('refuses progress without a percent complete between 0 and 100, and actuals outside the plan → VALIDATION', async () => {
    const refuse = async (input: Record<string, unknown>, as: string, field: string[]) => {
      const error = await expectRefused(app, SUBMIT, input, as, { code: 'VALIDATION', article: 'Art. 4-1' });
      expect(error.field).toEqual(field);
    };
    await refuse(progress(ids.carpetPlanQ1, { percentComplete: null }), SALEHI, ['input', 'percentComplete']);
    await refuse(progress(ids.carpetPlanQ1, { percentComplete: '100.5' }), SALEHI, ['input', 'percentComplete']);
    await refuse(progress(ids.carpetPlanQ1, { percentComplete: '12.345' }), SALEHI, ['input', 'percentComplete']);
    // An indicator of another plan, an indicator given twice, an actual on an agent's report (no plan).
    await refuse(progress(ids.carpetPlanQ1, { indicatorActuals: [{ indicatorId: ids.jewelleryExport, value: '1' }] }), SALEHI, [
      'input',
      'indicatorActuals',
      '0',
      'indicatorId',
    ]);
    await refuse(
      progress(ids.carpetPlanQ1, {
        indicatorActuals: [
          { indicatorId: ids.carpetExport, value: '1' },
          { indicatorId: ids.carpetExport, value: '2' },
        ],
      }),
      SALEHI,
      ['input', 'indicatorActuals', '1', 'indicatorId'],
    );
    await refuse(progress(ids.saffronQ1, { indicatorActuals: [{ indicatorId: ids.carpetExport, value: '1' }] }), KHALILI, [
      'input',
      'indicatorActuals',
      '0',
      'indicatorId',
    ]);
  });

  it('refuses an unknown obligation → NOT_FOUND', async () => {
    await expectRefused(app, SUBMIT, progress(encodeGlobalId('ReportingObligation', '00000000-0000-4000-8000-000000000000')), SALEHI, {
      code: 'NOT_FOUND',
    });
  });

  it.each([
    ['a blank summary', { summary: '   ' }],
    ['21 bottlenecks', { bottlenecks: Array.from({ length: 21 }, () => ({ category: 'MARKET', description: 'Demand fell.' })) }],
    ['51 indicator actuals', { indicatorActuals: Array.from({ length: 51 }, () => ({ indicatorId: 'x', value: '1' })) }],
    ['a bottleneck with a blank description', { bottlenecks: [{ category: 'MARKET', description: ' ' }] }],
    ['a percent that is not a decimal', { percentComplete: '45%' }],
    ['an indicator id of another type', { indicatorActuals: [{ indicatorId: 'PERSON', value: '1' }] }],
  ])('rejects %s as malformed input (BAD_USER_INPUT), before any rule', async (_what, extra) => {
    const input = progress(ids.carpetPlanQ1, extra) as Record<string, unknown>;
    const actuals = input.indicatorActuals as Array<{ indicatorId: string }> | undefined;
    if (actuals?.[0]?.indicatorId === 'PERSON') actuals[0].indicatorId = ids.ghasemi;
    const response = await app.graphql(SUBMIT, { input }, { as: SALEHI });
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records a late report of no progress with its bottlenecks, delivered to the supervisor and the provincial working group', async () => {
    const payload = await expectAccepted<{ report: Record<string, unknown> }>(
      app,
      SUBMIT,
      {
        obligationId: ids.saffronQ1,
        madeProgress: false,
        summary: '  No progress: the collateral question blocked the credit line.  ',
        bottlenecks: [
          { category: 'FINANCING', description: 'EDBI asks for real-estate collateral processors do not have.' },
          { category: 'INTER_AGENCY', description: 'The dispute with EDBI is before the provincial working group.' },
        ],
      },
      KHALILI,
      'submitProgressReport',
    );
    expect(payload.report).toMatchObject({
      revision: 1,
      late: true,
      submittedOn: '2025-08-15',
      madeProgress: false,
      percentComplete: null,
      summary: 'No progress: the collateral question blocked the credit line.',
      recipientSupervisor: { email: EMAIL('supervisor.bagheri') },
      recipientWorkingGroup: { name: 'Razavi Khorasan Province Export Development Working Group' },
      supersedes: null,
      obligation: { status: 'SUBMITTED_LATE', submittedOn: '2025-08-15' },
    });
    expect(payload.report.bottlenecks).toEqual({
      nodes: [
        { category: 'FINANCING', description: 'EDBI asks for real-estate collateral processors do not have.' },
        { category: 'INTER_AGENCY', description: 'The dispute with EDBI is before the provincial working group.' },
      ],
    });
    // The obligation records the first report, with its lateness.
    const obligation = await app.orm.em
      .fork()
      .findOneOrFail(ReportingObligation, { agentContract: { contractNumber: 'ISIPO-CD-1402-0415' }, period: '1404-Q1' });
    expect(obligation).toMatchObject({ submittedOn: '2025-08-15', submittedLate: true });
  });

  it('refuses a second report for the same obligation → REPORT_ALREADY_SUBMITTED', async () => {
    await expectRefused(
      app,
      SUBMIT,
      { obligationId: ids.saffronQ1, madeProgress: false, summary: 'Again.', bottlenecks: [{ category: 'OTHER', description: 'Again.' }] },
      KHALILI,
      { code: 'REPORT_ALREADY_SUBMITTED', article: 'Art. 4-1' },
    );
  });

  it('goes to the central working group where the province has none, and to no supervisor when the cluster has none', async () => {
    const { cluster, agent } = await clusterWithAgent('IR-03', 'Tabriz Carpet', 'agent.tabriz@test.ir');
    // Only the central working group is responsible for a cluster of a province without one.
    await expectAccepted(app, SIGN, contract(cluster, agent, '2025-06-01', '2026-05-31'), HEAD_CENTRAL, 'signAgentContract');
    const obligation = await obligationId({ cluster: { name: 'Tabriz Carpet' }, period: '1404-Q1' });
    const payload = await expectAccepted<{ report: Record<string, unknown> }>(
      app,
      SUBMIT,
      progress(obligation),
      'agent.tabriz@test.ir',
      'submitProgressReport',
    );
    expect(payload.report).toMatchObject({ recipientSupervisor: null, recipientWorkingGroup: { level: 'CENTRAL' }, late: true });
  });

  it('takes two reports sent at the same moment for one obligation one after the other: exactly one is recorded', async () => {
    const [first, second] = await Promise.all([
      mutate(app, SUBMIT, progress(ids['pottery1404-Q2'], { summary: 'First copy.' }), GHASEMI),
      mutate(app, SUBMIT, progress(ids['pottery1404-Q2'], { summary: 'Second copy.' }), GHASEMI),
    ]);
    const codes = [first, second].map((payload) => payload.userErrors.map((error) => error.code));
    expect(codes.filter((list) => list.length === 0)).toHaveLength(1);
    expect(codes.flat()).toEqual(['REPORT_ALREADY_SUBMITTED']);
    const reports = await app.orm.em
      .fork()
      .find(ProgressReport, { obligation: { period: '1404-Q2', cluster: { name: demo.clusters['2393'] } } });
    expect(reports).toHaveLength(1);
    // Reported during the quarter itself: on time.
    expect((await statusesOn(app, ids.pottery)).statuses['1404-Q2']).toBe('SUBMITTED_ON_TIME');
  });
});

const INDICATORS = `query Indicators($ids: [ID!]!) { nodes(ids: $ids) { ... on PlanIndicator { id name target higherIsBetter latestActual gap } } }`;

async function indicatorGaps(
  indicatorIds: string[],
): Promise<Array<{ name: string; target: string; latestActual: string | null; gap: string | null }>> {
  const response = await app.graphql<{ nodes: Array<{ name: string; target: string; latestActual: string | null; gap: string | null }> }>(
    INDICATORS,
    {
      ids: indicatorIds,
    },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.nodes;
}

describe('reviseProgressReport (R5, Art. 4-1) and the gap between actual and target (R10)', () => {
  let original: { id: string };

  it("records a late report of progress with the plan's indicator actuals; the gap follows them", async () => {
    const payload = await expectAccepted<{ report: { id: string } & Record<string, unknown> }>(
      app,
      SUBMIT,
      {
        obligationId: ids.carpetPlanQ1,
        madeProgress: true,
        percentComplete: '55.25',
        summary: 'Export value up after the spring fairs.',
        indicatorActuals: [
          { indicatorId: ids.carpetExport, value: '1350000000000.5' },
          { indicatorId: ids.carpetBuyers, value: '96' },
        ],
      },
      SALEHI,
      'submitProgressReport',
    );
    original = payload.report;
    expect(payload.report).toMatchObject({
      revision: 1,
      late: true,
      percentComplete: '55.25',
      recipientSupervisor: { email: EMAIL('supervisor.zamani') },
      recipientWorkingGroup: { name: 'Isfahan Province Export Development Working Group' },
    });
    const actuals = (payload.report.indicatorActuals as { nodes: Array<{ value: string; indicator: { name: string } }> }).nodes;
    expect([...actuals].sort((a, b) => a.indicator.name.localeCompare(b.indicator.name))).toEqual([
      { value: '1350000000000.5000', indicator: { name: 'Export value' } },
      { value: '96.0000', indicator: { name: 'Foreign buyers contacted' } },
    ]);
    // Target 1600000000000 and 150, higher is better: the gap is target − actual, exactly.
    expect(await indicatorGaps([ids.carpetExport, ids.carpetBuyers])).toEqual([
      {
        id: ids.carpetExport,
        name: 'Export value',
        target: '1600000000000.0000',
        higherIsBetter: true,
        latestActual: '1350000000000.5000',
        gap: '249999999999.5000',
      },
      {
        id: ids.carpetBuyers,
        name: 'Foreign buyers contacted',
        target: '150.0000',
        higherIsBetter: true,
        latestActual: '96.0000',
        gap: '54.0000',
      },
    ]);
  });

  it('refuses a revision by anyone but the obligor → NOT_OBLIGOR, and an unknown report → NOT_FOUND', async () => {
    const revision = { reportId: original.id, madeProgress: true, percentComplete: '56', summary: 'Corrected.' };
    await expectRefused(app, REVISE, revision, YAZDANI, { code: 'NOT_OBLIGOR', article: 'Art. 4-1' });
    await expectRefused(
      app,
      REVISE,
      { ...revision, reportId: encodeGlobalId('ProgressReport', '00000000-0000-4000-8000-000000000000') },
      SALEHI,
      {
        code: 'NOT_FOUND',
      },
    );
    await expectRefused(app, REVISE, { ...revision, madeProgress: false, percentComplete: null }, SALEHI, { code: 'BOTTLENECKS_REQUIRED' });
  });

  it('records a correction as revision 2 superseding revision 1, which is kept unchanged', async () => {
    const em = app.orm.em.fork();
    const rowOf = async (id: string) =>
      (await em.getConnection().execute(`select to_jsonb(r) as row from progress_report r where id = ?`, [id]))[0].row as Record<
        string,
        unknown
      >;
    const originalId = (
      await em.findOneOrFail(ProgressReport, {
        obligation: { plan: { title: demo.plans['1393/APPROVED'] }, period: '1404-Q1' },
      })
    ).id;
    const originalRow = await rowOf(originalId);
    const originalActuals = await em.count(IndicatorActual, { report: originalId });

    const payload = await expectAccepted<{ report: Record<string, unknown> }>(
      app,
      REVISE,
      {
        reportId: original.id,
        madeProgress: true,
        percentComplete: '56',
        summary: 'Correction: the export value counted one shipment twice.',
        indicatorActuals: [{ indicatorId: ids.carpetExport, value: '1300000000000' }],
      },
      SALEHI,
      'reviseProgressReport',
    );
    expect(payload.report).toMatchObject({
      revision: 2,
      late: true,
      supersedes: { id: original.id, revision: 1 },
      // The obligation keeps the day of its first report.
      obligation: { status: 'SUBMITTED_LATE', submittedOn: '2025-08-15' },
      indicatorActuals: { nodes: [{ value: '1300000000000.0000' }] },
    });
    expect(await rowOf(originalId)).toEqual(originalRow);
    expect(await app.orm.em.fork().count(IndicatorActual, { report: originalId })).toBe(originalActuals);

    // The latest revision states the actuals now: the export value from revision 2; the buyers,
    // which revision 2 no longer states, from an earlier quarter's report.
    const [exportValue, buyers] = await indicatorGaps([ids.carpetExport, ids.carpetBuyers]);
    expect(exportValue).toMatchObject({ latestActual: '1300000000000.0000', gap: '300000000000.0000' });
    expect(buyers.latestActual).not.toBe('96.0000');

    // Lists show the latest revision unless asked for all; the old one points at its successor.
    const listed = await app.graphql<{
      latest: { nodes: Array<{ revision: number }> };
      every: { nodes: Array<{ revision: number; supersededBy: { revision: number } | null }> };
    }>(
      `query Revisions($plan: ID!) {
        latest: progressReports(filter: { planIds: [$plan], periods: ["1404-Q1"] }) { nodes { revision } }
        every: progressReports(filter: { planIds: [$plan], periods: ["1404-Q1"], latestRevisionOnly: false }, orderBy: { field: SUBMITTED_ON }) { nodes { revision supersededBy { revision } } }
      }`,
      {
        plan: encodeGlobalId('DevelopmentPlan', (await em.findOneOrFail(DevelopmentPlan, { title: demo.plans['1393/APPROVED'] })).id),
      },
    );
    expect(listed.body.data?.latest.nodes).toEqual([{ revision: 2 }]);
    expect(listed.body.data?.every.nodes.map((node) => [node.revision, node.supersededBy?.revision ?? null]).sort()).toEqual([
      [1, 2],
      [2, null],
    ]);
  });

  it('supersedes the latest revision even when an earlier one is named', async () => {
    const payload = await expectAccepted<{ report: Record<string, unknown> }>(
      app,
      REVISE,
      {
        reportId: original.id,
        madeProgress: true,
        percentComplete: '57',
        summary: 'Second correction.',
        indicatorActuals: [{ indicatorId: ids.carpetExport, value: '1310000000000' }],
      },
      SALEHI,
      'reviseProgressReport',
    );
    expect(payload.report).toMatchObject({ revision: 3, supersedes: { revision: 2 } });
  });

  it("takes the latest quarter's report as the latest actual, even when an earlier quarter's report is corrected later", async () => {
    const em = app.orm.em.fork();
    const earlier = await em.findOneOrFail(ProgressReport, {
      obligation: { plan: { title: demo.plans['1393/APPROVED'] }, period: '1403-Q4' },
    });
    await expectAccepted(
      app,
      REVISE,
      {
        reportId: encodeGlobalId('ProgressReport', earlier.id),
        madeProgress: true,
        percentComplete: '40',
        summary: 'Late correction of 1403-Q4.',
        indicatorActuals: [{ indicatorId: ids.carpetExport, value: '999' }],
      },
      SALEHI,
      'reviseProgressReport',
    );
    const [exportValue] = await indicatorGaps([ids.carpetExport]);
    expect(exportValue.latestActual).toBe('1310000000000.0000');
  });

  it('measures the gap the other way when lower is better, and gives none without an actual', async () => {
    const em = app.orm.em.fork();
    const saffronPlan = await em.findOneOrFail(DevelopmentPlan, { title: demo.plans['1079/APPROVED'] });
    const bulkShare = await em.findOneOrFail(PlanIndicator, { plan: saffronPlan, name: 'Share of saffron sold in bulk' });
    const report = await em.findOneOrFail(ProgressReport, { obligation: { plan: saffronPlan, period: '1404-Q1' } });
    await expectAccepted(
      app,
      REVISE,
      {
        reportId: encodeGlobalId('ProgressReport', report.id),
        madeProgress: true,
        percentComplete: '60',
        summary: 'Corrected bulk share.',
        indicatorActuals: [{ indicatorId: encodeGlobalId('PlanIndicator', bulkShare.id), value: '40.25' }],
      },
      YAZDANI,
      'reviseProgressReport',
    );
    // Target 35, lower is better: the gap is actual − target.
    const [bulk] = await indicatorGaps([encodeGlobalId('PlanIndicator', bulkShare.id)]);
    expect(bulk).toMatchObject({ higherIsBetter: false, target: '35.0000', latestActual: '40.2500', gap: '5.2500' });

    const fresh = em.create(PlanIndicator, {
      plan: saffronPlan,
      name: 'Export markets reached',
      unit: 'countries',
      baseline: '3',
      target: '8',
    });
    await em.flush();
    expect((await indicatorGaps([encodeGlobalId('PlanIndicator', fresh.id)]))[0]).toMatchObject({ latestActual: null, gap: null });
  });

  it("gives a resolution target the sum of its linked plans' latest actuals for the same indicator and unit", async () => {
    type Target = {
      indicator: string;
      unit: string;
      targetValue: string;
      higherIsBetter: boolean;
      latestActual: string | null;
      gap: string | null;
    };
    const targetsOf = async (number: string) => {
      const resolution = await app.orm.em.fork().findOneOrFail(Resolution, { number });
      const response = await app.graphql<{ node: { targets: { nodes: Target[] } } }>(
        `query Targets($id: ID!) { node(id: $id) { ... on Resolution { targets { nodes { indicator unit targetValue higherIsBetter latestActual gap } } } } }`,
        { id: encodeGlobalId('Resolution', resolution.id) },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.node.targets.nodes;
    };
    // ISF-1403-04 sets an export value target for the carpet plan.
    expect(await targetsOf('ISF-1403-04')).toEqual([
      {
        indicator: 'Export value',
        unit: 'rial',
        targetValue: '600000000000.0000',
        higherIsBetter: true,
        latestActual: '1310000000000.0000',
        gap: '-710000000000.0000',
      },
    ]);
    // The national carpet resolution's indicators are named differently from the plan's: no actual.
    expect((await targetsOf('CWG-1402-07')).map((target) => target.latestActual)).toEqual([null, null]);

    // When the jewellery plan also carries out ISF-1403-04, its export value is added.
    const em = app.orm.em.fork();
    const [jewelleryExport] = await indicatorGaps([ids.jewelleryExport]);
    em.create(PlanResolution, {
      plan: await em.findOneOrFail(DevelopmentPlan, { title: demo.plans['3211/APPROVED'] }),
      resolution: await em.findOneOrFail(Resolution, { number: 'ISF-1403-04' }),
    });
    await em.flush();
    const sum = decimalOf('1310000000000') + decimalOf(jewelleryExport.latestActual!);
    expect(await targetsOf('ISF-1403-04')).toEqual([
      expect.objectContaining({ latestActual: formatDecimal(sum), gap: formatDecimal(decimalOf('600000000000') - sum) }),
    ]);
  });

  it('reads the gaps of every indicator and target with a number of statements that does not grow with the rows', async () => {
    const QUERY = `query Gaps {
      developmentPlans(first: 100) { nodes { indicators(first: 100) { nodes { latestActual gap } } } }
      resolutions(first: 100) { nodes { targets(first: 100) { nodes { latestActual gap } } } }
    }`;
    const count = async () => {
      const token = await app.tokenFor(ANALYST);
      app.resetQueries();
      const response = await app.graphql(QUERY, undefined, { token });
      expect(response.body.errors).toBeUndefined();
      return app.queries.length;
    };
    const before = await count();
    // Who is asking, two lists, two pages of children, the latest actuals of each kind: no per-row statement.
    expect(before).toBeLessThanOrEqual(7);
    // More indicators, targets and actuals.
    const em = app.orm.em.fork();
    const plans = await em.find(DevelopmentPlan, { approvedBudget: { $ne: null } });
    for (const plan of plans) {
      for (let i = 0; i < 3; i += 1) em.create(PlanIndicator, { plan, name: `Extra ${i}`, unit: 'units', baseline: '0', target: '10' });
    }
    for (const resolution of await em.find(Resolution, {})) {
      em.create(ResolutionTarget, { resolution, indicator: 'Extra 0', unit: 'units', targetValue: '30', dueQuarter: '1404-Q4' });
    }
    await em.flush();
    expect(await count()).toBe(before);
  });
});

describe('waiveReportingObligation (R5 with R4)', () => {
  const waiver = (extra: Record<string, unknown> = {}) => ({
    obligationId: ids['pottery1404-Q4'],
    workingGroupId: ids.khorasan,
    reason: 'The cluster programme is paused while the diagnostic study is reviewed.',
    ...extra,
  });

  it('refuses anyone but the head or secretariat of a responsible working group → NOT_RESPONSIBLE_WORKING_GROUP', async () => {
    await expectRefused(app, WAIVE, waiver({ workingGroupId: ids.tehran }), HEAD_TEHRAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });
    await expectRefused(app, WAIVE, waiver({ workingGroupId: ids.tehran }), SECRETARIAT_KHORASAN, {
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
    });
    await expectRefused(app, WAIVE, waiver(), MEMBER_KHORASAN, { code: 'NOT_RESPONSIBLE_WORKING_GROUP' });
    await expectRefused(app, WAIVE, waiver(), GHASEMI, { code: 'NOT_RESPONSIBLE_WORKING_GROUP' });
  });

  it('waives an unreported obligation, by the provincial or the central working group', async () => {
    const payload = await expectAccepted<{ obligation: Record<string, unknown> }>(
      app,
      WAIVE,
      waiver(),
      SECRETARIAT_KHORASAN,
      'waiveReportingObligation',
    );
    expect(payload.obligation).toMatchObject({
      status: 'WAIVED',
      waivedOn: '2025-08-15',
      waiverReason: 'The cluster programme is paused while the diagnostic study is reviewed.',
      waivedBy: { name: 'Razavi Khorasan Province Export Development Working Group' },
    });
    const central = await expectAccepted<{ obligation: Record<string, unknown> }>(
      app,
      WAIVE,
      waiver({ obligationId: ids['pottery1405-Q1'], workingGroupId: ids.central }),
      HEAD_CENTRAL,
      'waiveReportingObligation',
    );
    expect(central.obligation).toMatchObject({ status: 'WAIVED', waivedBy: { name: expect.any(String) } });
    // and the obligor can no longer report on it.
    await expectRefused(
      app,
      SUBMIT,
      { obligationId: ids['pottery1404-Q4'], madeProgress: true, percentComplete: '1', summary: 'Anyway.' },
      GHASEMI,
      { code: 'INVALID_TRANSITION', article: 'Art. 4-1' },
    );
  });

  it('refuses to waive twice, or once a report was sent → INVALID_TRANSITION', async () => {
    await expectRefused(app, WAIVE, waiver(), HEAD_KHORASAN, { code: 'INVALID_TRANSITION', article: 'Art. 4-1' });
    await expectRefused(app, WAIVE, waiver({ obligationId: ids.saffronQ1 }), HEAD_KHORASAN, {
      code: 'INVALID_TRANSITION',
      article: 'Art. 4-1',
    });
  });

  it('refuses an unknown obligation → NOT_FOUND', async () => {
    await expectRefused(
      app,
      WAIVE,
      waiver({ obligationId: encodeGlobalId('ReportingObligation', '00000000-0000-4000-8000-000000000000') }),
      HEAD_KHORASAN,
      {
        code: 'NOT_FOUND',
      },
    );
  });
});
