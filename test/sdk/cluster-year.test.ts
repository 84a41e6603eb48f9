import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built package, as partners get it: `npm test` runs `sdk:build` before vitest.
import {
  AdjustPlanBudgetDocument,
  AppointSupervisorDocument,
  ApprovePlanDocument,
  assertNoUserErrors,
  AuditTrailDocument,
  ChangeClusterStatusDocument,
  createClient,
  DecideDisputeDocument,
  DevelopmentPlanDetailDocument,
  DisputeDetailDocument,
  type ErrorCode,
  EscalateDisputeDocument,
  ExecutiveAgenciesDocument,
  type OversightClient,
  PeopleDocument,
  ProgressReportDetailDocument,
  ProposePlanDocument,
  ProvincesDocument,
  RaiseDisputeDocument,
  RecordProvincialOutcomeDocument,
  RecordQualificationDocument,
  RegisterClusterDocument,
  RegisterPersonDocument,
  ReportingObligationsDocument,
  type ReportingObligationSummaryFragment,
  RuleViolationError,
  SignAgentContractDocument,
  SubmitProgressReportDocument,
  type SubmitProgressReportMutationVariables,
  SubmitSupervisorReviewDocument,
  WorkingGroupsDocument,
} from '../../sdk/dist/index.js';
import { type App, createApp } from '../../server/app';
import { addDays, quarterEnd, quarterStart } from '../../server/kernel/calendar';
import { fixedClock } from '../../server/kernel/clock';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

/**
 * One export-oriented cluster's year (Solar Hijri 1404) driven end to end through the built SDK:
 * registration, the agent's contract, the supervisor's decree, an approved plan, four quarterly
 * reports, the supervisor's review, a budget adjustment on its strength and a dispute that goes from
 * the province to the centre. Every step runs on the same database through an application whose
 * clock is fixed on the day the step happens.
 */

const EMAIL = (local: string) => `${local}@demo.cluster-oversight.ir`;
const ADMIN = EMAIL('admin');
const SECRETARIAT_CENTRAL = EMAIL('secretariat');
const HEAD_CENTRAL = EMAIL('head.central');
const HEAD_KHORASAN = EMAIL('head.khorasan');
const SECRETARIAT_KHORASAN = EMAIL('secretariat.khorasan');
const SUPERVISOR = EMAIL('supervisor.bagheri');
// Registered by the test itself, through the SDK.
const AGENT = EMAIL('agent.mashhadi');
const EXECUTOR = EMAIL('executor.rezvani');

const YEAR = 1404;
const RAZAVI_KHORASAN = 'IR-09';
const GRACE_DAYS = 15;

/** The quarters of 1404 as the server's calendar computes them; the dates below are chosen from these. */
const QUARTERS = ([1, 2, 3, 4] as const).map((quarter) => {
  const startsOn = quarterStart({ year: YEAR, quarter });
  const endsOn = quarterEnd({ year: YEAR, quarter });
  return { label: `${YEAR}-Q${quarter}`, startsOn, endsOn, dueOn: addDays(endsOn, GRACE_DAYS) };
});

/** The days on which the year's steps happen (each gets an application with its clock fixed there). */
const DAY = {
  /** Registration, contract, decree, plan: four days into 1404-Q1. */
  start: '2025-03-24',
  /** The demo clock (startTestApp's default): well after 1404-Q1's report fell due, so it is late. */
  q1Report: DEMO_TODAY,
  /** 1404-Q2 has ended, its report is not yet due. */
  q2Report: '2025-09-30',
  /** 1404-Q3 has ended, its report is not yet due. */
  q3Report: '2026-01-03',
  /** 1404-Q4 has ended: its report, the supervisor's review of the quarter, the budget, the dispute. */
  q4Report: '2026-03-28',
  /** After every report of the year fell due: the central decision and the year's accounts. */
  yearEnd: '2026-04-12',
};

const DECREE = { startsOn: '2025-04-01', endsOn: '2026-03-31' };
const CONTRACT = { startsOn: DAY.start, endsOn: QUARTERS[3].endsOn };
const PLAN_TERM = { startsOn: DAY.start, endsOn: QUARTERS[3].endsOn };
const PROPOSED_BUDGET = 12_000_000_000n;
const APPROVED_BUDGET = 11_500_000_000n;
/** 5% of the approved budget, on a review that scored the plan 72 (≥ 60: an increase is allowed). */
const ADJUSTMENT = 575_000_000n;
const REVIEW_SCORE = 72;

let app: TestApp;
const clockedApps: App[] = [];
const urlOn = new Map<string, string>();

/** The application on the same database with its clock fixed on `date` (as reporting.test.ts does). */
async function serverOn(date: string): Promise<string> {
  const known = urlOn.get(date);
  if (known) return known;
  const server = await createApp({ orm: app.orm, tokens: app.tokens, clock: fixedClock(date) });
  clockedApps.push(server);
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  urlOn.set(date, url);
  return url;
}

/** An SDK client signed as `email`, talking to the application whose today is `date`. */
async function as(email: string, date: string): Promise<OversightClient> {
  return createClient({ url: await serverOn(date), token: await app.tokenFor(email) });
}

/** Ids of the objects of the year, filled in as the steps create them. */
const ids = {
  province: '',
  isipo: '',
  khorasanGroup: '',
  centralGroup: '',
  supervisor: '',
  agent: '',
  executor: '',
  cluster: '',
  contract: '',
  appointment: '',
  plan: '',
  exportIndicator: '',
  firmsIndicator: '',
  review: '',
  adjustment: '',
  dispute: '',
  reports: [] as string[],
  /** Person ids of the actors, by e-mail. */
  people: new Map<string, string>(),
};

/** What the audit trail must hold at the end: one `action target actor` line per accepted mutation. */
const expectedTrail: string[] = [];
function audited(action: string, targetId: string, actorEmail: string): void {
  const actorId = ids.people.get(actorEmail);
  if (!actorId) throw new Error(`No person id for ${actorEmail}`);
  expectedTrail.push(`${action} ${targetId} ${actorId}`);
}

async function personId(reader: OversightClient, email: string): Promise<string> {
  const { people } = await reader.request(PeopleDocument, { first: 2, filter: { email } });
  expect(people.totalCount).toBe(1);
  return people.edges[0].node.id;
}

async function executorObligations(client: OversightClient): Promise<ReportingObligationSummaryFragment[]> {
  const { reportingObligations } = await client.request(ReportingObligationsDocument, {
    first: 10,
    filter: { planIds: [ids.plan] },
    orderBy: { field: 'PERIOD', direction: 'ASC' },
  });
  return reportingObligations.edges.map((edge) => edge.node);
}

async function obligationFor(client: OversightClient, label: string): Promise<ReportingObligationSummaryFragment> {
  const found = (await executorObligations(client)).find((obligation) => obligation.period.label === label);
  if (!found) throw new Error(`No obligation of the plan for ${label}`);
  return found;
}

/** Sends the executor's report for a quarter on the day given and checks it was accepted. */
async function submitReport(date: string, label: string, content: Omit<SubmitProgressReportMutationVariables['input'], 'obligationId'>) {
  const executor = await as(EXECUTOR, date);
  const obligation = await obligationFor(executor, label);
  const { submitProgressReport } = await executor.request(SubmitProgressReportDocument, {
    input: { obligationId: obligation.id, ...content },
  });
  const { report } = assertNoUserErrors(submitProgressReport);
  audited('submitProgressReport', report.id, EXECUTOR);
  ids.reports.push(report.id);
  expect(report.period.label).toBe(label);
  expect(report.submittedOn).toBe(date);
  expect(report.revision).toBe(1);
  expect(report.submittedBy.id).toBe(ids.executor);
  // Delivered to the cluster's supervisor in force and to the provincial working group (R5).
  expect(report.recipientSupervisor?.id).toBe(ids.supervisor);
  expect(report.recipientWorkingGroup.id).toBe(ids.khorasanGroup);
  return { report, obligation: report.obligation };
}

beforeAll(async () => {
  app = await startTestApp();
  // startTestApp's own clock is the demo day; the other days get applications of their own.
  urlOn.set(DEMO_TODAY, app.url);
  const reader = createClient({ url: app.url, token: await app.tokenFor(ANALYST) });

  const { provinces } = await reader.request(ProvincesDocument, { first: 1, filter: { codes: [RAZAVI_KHORASAN] } });
  ids.province = provinces.edges[0].node.id;
  const { executiveAgencies } = await reader.request(ExecutiveAgenciesDocument, {
    first: 10,
    filter: { contractsDevelopmentAgents: true },
  });
  expect(executiveAgencies.edges.map((edge) => edge.node.code)).toEqual(['ISIPO']);
  ids.isipo = executiveAgencies.edges[0].node.id;
  const { workingGroups: provincial } = await reader.request(WorkingGroupsDocument, {
    first: 2,
    filter: { level: 'PROVINCIAL', provinceCodes: [RAZAVI_KHORASAN] },
  });
  ids.khorasanGroup = provincial.edges[0].node.id;
  const { workingGroups: central } = await reader.request(WorkingGroupsDocument, { first: 2, filter: { level: 'CENTRAL' } });
  ids.centralGroup = central.edges[0].node.id;
  for (const email of [ADMIN, SECRETARIAT_CENTRAL, HEAD_CENTRAL, HEAD_KHORASAN, SECRETARIAT_KHORASAN, SUPERVISOR]) {
    ids.people.set(email, await personId(reader, email));
  }
  ids.supervisor = ids.people.get(SUPERVISOR)!;
});

afterAll(async () => {
  await Promise.all(clockedApps.map((server) => server.stop()));
  await app?.close();
});

describe("a cluster's year 1404 through the built SDK", () => {
  it('runs on the Solar Hijri quarters of the server calendar', () => {
    expect(QUARTERS).toEqual([
      { label: '1404-Q1', startsOn: '2025-03-21', endsOn: '2025-06-21', dueOn: '2025-07-06' },
      { label: '1404-Q2', startsOn: '2025-06-22', endsOn: '2025-09-22', dueOn: '2025-10-07' },
      { label: '1404-Q3', startsOn: '2025-09-23', endsOn: '2025-12-21', dueOn: '2026-01-05' },
      { label: '1404-Q4', startsOn: '2025-12-22', endsOn: '2026-03-20', dueOn: '2026-04-04' },
    ]);
    // The days chosen for the reports: Q1 late, the others after their quarter and by their due date.
    expect(DAY.q1Report > QUARTERS[0].dueOn).toBe(true);
    expect(DAY.q2Report > QUARTERS[1].endsOn && DAY.q2Report <= QUARTERS[1].dueOn).toBe(true);
    expect(DAY.q3Report > QUARTERS[2].endsOn && DAY.q3Report <= QUARTERS[2].dueOn).toBe(true);
    expect(DAY.q4Report > QUARTERS[3].endsOn && DAY.q4Report <= QUARTERS[3].dueOn).toBe(true);
    // The supervisor reviews 1404-Q4 while the decree is in force; the year ends after every due date.
    expect(DAY.q4Report >= DECREE.startsOn && DAY.q4Report <= DECREE.endsOn).toBe(true);
    expect(DAY.yearEnd > QUARTERS[3].dueOn).toBe(true);
  });

  it('registers the people and the cluster, signs the agent, decrees the supervisor and approves the plan', async () => {
    const day = DAY.start;

    // The administrator registers the agent (qualification recorded separately) and the plan executor.
    const admin = await as(ADMIN, day);
    const { registerPerson: agentRegistered } = await admin.request(RegisterPersonDocument, {
      input: { email: AGENT, fullNameLatin: 'Yousef Mashhadi', fullNameFa: 'یوسف مشهدی', phone: '+98 915 310 2299' },
    });
    const agent = assertNoUserErrors(agentRegistered).person;
    expect(agent.qualifications).toEqual([]);
    ids.agent = agent.id;
    ids.people.set(AGENT, agent.id);
    audited('registerPerson', agent.id, ADMIN);

    const { registerPerson: executorRegistered } = await admin.request(RegisterPersonDocument, {
      input: { email: EXECUTOR, fullNameLatin: 'Tahereh Rezvani', fullNameFa: 'طاهره رضوانی' },
    });
    const executor = assertNoUserErrors(executorRegistered).person;
    ids.executor = executor.id;
    ids.people.set(EXECUTOR, executor.id);
    audited('registerPerson', executor.id, ADMIN);

    const centralSecretariat = await as(SECRETARIAT_CENTRAL, day);
    const { recordQualification } = await centralSecretariat.request(RecordQualificationDocument, {
      input: { personId: ids.agent, qualification: 'DEVELOPMENT_AGENT' },
    });
    expect(assertNoUserErrors(recordQualification).person.qualifications).toEqual(['DEVELOPMENT_AGENT']);
    audited('recordQualification', ids.agent, SECRETARIAT_CENTRAL);

    // A new cluster in Razavi Khorasan, registered by the province's secretariat and made active by its head.
    const provincialSecretariat = await as(SECRETARIAT_KHORASAN, day);
    const { registerCluster } = await provincialSecretariat.request(RegisterClusterDocument, {
      input: {
        provinceId: ids.province,
        name: 'Mashhad Turquoise Cluster',
        nameFa: 'خوشه فیروزه مشهد',
        isicCode: '3211',
        mainProducts: ['Turquoise jewellery', 'Cut and polished turquoise'],
      },
    });
    const cluster = assertNoUserErrors(registerCluster).cluster;
    expect(cluster.status).toBe('IDENTIFIED');
    expect(cluster.province.code).toBe(RAZAVI_KHORASAN);
    ids.cluster = cluster.id;
    audited('registerCluster', cluster.id, SECRETARIAT_KHORASAN);

    const head = await as(HEAD_KHORASAN, day);
    const { changeClusterStatus } = await head.request(ChangeClusterStatusDocument, {
      input: { clusterId: ids.cluster, status: 'ACTIVE' },
    });
    expect(assertNoUserErrors(changeClusterStatus).cluster.status).toBe('ACTIVE');
    audited('changeClusterStatus', ids.cluster, HEAD_KHORASAN);

    // R2: ISIPO's contract with the qualified agent, for the rest of the year.
    const { signAgentContract } = await provincialSecretariat.request(SignAgentContractDocument, {
      input: { clusterId: ids.cluster, agentId: ids.agent, agencyId: ids.isipo, contractNumber: 'ISIPO-KHR-1404-017', ...CONTRACT },
    });
    const contract = assertNoUserErrors(signAgentContract).contract;
    expect(contract).toMatchObject({ startsOn: CONTRACT.startsOn, endsOn: CONTRACT.endsOn, inForce: true, terminatedOn: null });
    expect(contract.agency.code).toBe('ISIPO');
    expect(contract.agent.id).toBe(ids.agent);
    ids.contract = contract.id;
    audited('signAgentContract', contract.id, SECRETARIAT_KHORASAN);

    // R3: the provincial head's decree, one year exactly, for a supervisor with recorded expertise.
    const { appointSupervisor } = await head.request(AppointSupervisorDocument, {
      input: {
        clusterId: ids.cluster,
        supervisorId: ids.supervisor,
        workingGroupId: ids.khorasanGroup,
        decreeNumber: 'KHR-SUP-1404-009',
        decreeDate: day,
        ...DECREE,
      },
    });
    const appointment = assertNoUserErrors(appointSupervisor).appointment;
    expect(appointment).toMatchObject({ startsOn: DECREE.startsOn, endsOn: DECREE.endsOn, revokedOn: null, decreeDate: day });
    expect(appointment.appointedBy.id).toBe(ids.people.get(HEAD_KHORASAN));
    expect(appointment.workingGroup.id).toBe(ids.khorasanGroup);
    ids.appointment = appointment.id;
    audited('appointSupervisor', appointment.id, HEAD_KHORASAN);

    // The executor proposes the plan with its indicators; the provincial head approves a smaller budget.
    const executorClient = await as(EXECUTOR, day);
    const { proposePlan } = await executorClient.request(ProposePlanDocument, {
      input: {
        clusterId: ids.cluster,
        title: 'Turquoise cutting and export marketing programme',
        kind: 'PLAN',
        executorId: ids.executor,
        responsibleAgencyId: ids.isipo,
        proposedBudget: PROPOSED_BUDGET.toString(),
        ...PLAN_TERM,
        indicators: [
          { name: 'Export value', unit: 'billion rials', baseline: '40', target: '65', higherIsBetter: true },
          { name: 'Exporting firms', unit: 'firms', baseline: '6', target: '12', higherIsBetter: true },
        ],
      },
    });
    const proposed = assertNoUserErrors(proposePlan).plan;
    expect(proposed).toMatchObject({ status: 'PROPOSED', proposedOn: day, approvedBudget: null, currentBudget: null });
    expect(proposed.indicators.nodes.map((indicator) => indicator.name).sort()).toEqual(['Export value', 'Exporting firms']);
    ids.plan = proposed.id;
    ids.exportIndicator = proposed.indicators.nodes.find((indicator) => indicator.name === 'Export value')!.id;
    ids.firmsIndicator = proposed.indicators.nodes.find((indicator) => indicator.name === 'Exporting firms')!.id;
    audited('proposePlan', proposed.id, EXECUTOR);

    const { approvePlan } = await head.request(ApprovePlanDocument, {
      input: { planId: ids.plan, workingGroupId: ids.khorasanGroup, approvedBudget: APPROVED_BUDGET.toString() },
    });
    const approved = assertNoUserErrors(approvePlan).plan;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedOn: day,
      approvedBudget: APPROVED_BUDGET.toString(),
      currentBudget: APPROVED_BUDGET.toString(),
    });
    expect(approved.decidedBy?.id).toBe(ids.khorasanGroup);
    audited('approvePlan', ids.plan, HEAD_KHORASAN);

    // The executor now owes a report for every quarter of 1404 (Art. 4-1); the first is pending.
    const obligations = await executorObligations(executorClient);
    expect(obligations.map((obligation) => [obligation.period.label, obligation.kind, obligation.dueOn, obligation.status])).toEqual([
      ['1404-Q1', 'PLAN_EXECUTOR', QUARTERS[0].dueOn, 'PENDING'],
      ['1404-Q2', 'PLAN_EXECUTOR', QUARTERS[1].dueOn, 'PENDING'],
      ['1404-Q3', 'PLAN_EXECUTOR', QUARTERS[2].dueOn, 'PENDING'],
      ['1404-Q4', 'PLAN_EXECUTOR', QUARTERS[3].dueOn, 'PENDING'],
    ]);

    // A quarter that has not begun cannot be reported on (R5): refused, and nothing is written.
    const { submitProgressReport: early } = await executorClient.request(SubmitProgressReportDocument, {
      input: { obligationId: obligations[3].id, madeProgress: true, percentComplete: '5', summary: 'Too early.' },
    });
    expect(early.report).toBeNull();
    expect(early.userErrors).toEqual([
      {
        code: 'PERIOD_NOT_STARTED',
        message: expect.stringContaining(QUARTERS[3].startsOn),
        field: ['input', 'obligationId'],
        article: 'Art. 4-1',
      },
    ]);
  });

  it('takes the 1404-Q1 report late, and refuses a second report for the same quarter', async () => {
    const { report, obligation } = await submitReport(DAY.q1Report, '1404-Q1', {
      madeProgress: true,
      percentComplete: '20',
      summary: 'Cutting workshop equipped; first trade mission to Dubai prepared.',
      indicatorActuals: [
        { indicatorId: ids.exportIndicator, value: '44.5' },
        { indicatorId: ids.firmsIndicator, value: '7' },
      ],
    });
    expect(report.late).toBe(true);
    expect(obligation).toMatchObject({ status: 'SUBMITTED_LATE', submittedOn: DAY.q1Report, dueOn: QUARTERS[0].dueOn });

    // R5: one report per obligation; a correction is a revision. Refused as a user error, not an exception.
    const executor = await as(EXECUTOR, DAY.q1Report);
    const { submitProgressReport: again } = await executor.request(SubmitProgressReportDocument, {
      input: { obligationId: obligation.id, madeProgress: true, percentComplete: '25', summary: 'Sent twice.' },
    });
    expect(again.report).toBeNull();
    expect(again.userErrors).toHaveLength(1);
    const code: ErrorCode = again.userErrors[0].code;
    expect(code).toBe('REPORT_ALREADY_SUBMITTED');
    expect(again.userErrors[0]).toMatchObject({ field: ['input', 'obligationId'], article: 'Art. 4-1' });

    let thrown: unknown;
    try {
      assertNoUserErrors(again);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(RuleViolationError);
    expect(thrown).toMatchObject({ name: 'RuleViolationError', code: 'REPORT_ALREADY_SUBMITTED', userErrors: again.userErrors });
    expect((thrown as RuleViolationError).message).toContain('(Art. 4-1)');
  });

  it('takes the 1404-Q2 report on time', async () => {
    const { report, obligation } = await submitReport(DAY.q2Report, '1404-Q2', {
      madeProgress: true,
      percentComplete: '45',
      summary: 'Two new firms exporting; joint brand registered.',
      indicatorActuals: [
        { indicatorId: ids.exportIndicator, value: '51' },
        { indicatorId: ids.firmsIndicator, value: '9' },
      ],
    });
    expect(report.late).toBe(false);
    expect(obligation).toMatchObject({ status: 'SUBMITTED_ON_TIME', submittedOn: DAY.q2Report });
  });

  it('takes the 1404-Q3 report of no progress, with its bottlenecks', async () => {
    const { report, obligation } = await submitReport(DAY.q3Report, '1404-Q3', {
      madeProgress: false,
      summary: 'No progress: the credit line was not released and export permits were delayed.',
      bottlenecks: [
        { category: 'FINANCING', description: 'The ISIPO credit line for the cutting equipment was not released this quarter.' },
        { category: 'REGULATORY', description: 'Export permits for cut stones took eleven weeks.' },
      ],
    });
    expect(report).toMatchObject({ late: false, madeProgress: false, percentComplete: null });
    expect(obligation).toMatchObject({ status: 'SUBMITTED_ON_TIME', submittedOn: DAY.q3Report });

    const analyst = await as(ANALYST, DAY.q3Report);
    const { node } = await analyst.request(ProgressReportDetailDocument, { id: report.id });
    expect(node?.__typename).toBe('ProgressReport');
    if (node?.__typename !== 'ProgressReport') return;
    expect(node.bottlenecks.nodes.map((bottleneck) => bottleneck.category).sort()).toEqual(['FINANCING', 'REGULATORY']);
    expect(node.indicatorActuals.totalCount).toBe(0);
  });

  it('closes 1404-Q4: report, supervisor review, budget increase, and a dispute taken to the centre', async () => {
    const day = DAY.q4Report;
    const { report, obligation } = await submitReport(day, '1404-Q4', {
      madeProgress: true,
      percentComplete: '85',
      summary: 'Credit released; exports resumed and exceeded the mid-year level.',
      indicatorActuals: [
        { indicatorId: ids.exportIndicator, value: '61.25' },
        { indicatorId: ids.firmsIndicator, value: '11' },
      ],
    });
    expect(report.late).toBe(false);
    expect(obligation).toMatchObject({ status: 'SUBMITTED_ON_TIME', submittedOn: day });

    // R6: the supervisor in force reviews the quarter, with a plan assessment and recommendations.
    const supervisor = await as(SUPERVISOR, day);
    const { submitSupervisorReview } = await supervisor.request(SubmitSupervisorReviewDocument, {
      input: {
        clusterId: ids.cluster,
        period: '1404-Q4',
        findings: 'Exports recovered after the credit line was released; two more firms are export-ready.',
        recommendations: ['Release the credit line in the first month of each quarter.', 'Add a grading laboratory for cut stones.'],
        planAssessments: [
          {
            planId: ids.plan,
            performanceScore: REVIEW_SCORE,
            exportValue: '61250000000',
            jobsCreated: 38,
            investment: '2400000000',
            remarks: 'On track.',
          },
        ],
      },
    });
    const review = assertNoUserErrors(submitSupervisorReview).review;
    expect(review).toMatchObject({ reviewedOn: day, period: { label: '1404-Q4' } });
    expect(review.supervisor.id).toBe(ids.supervisor);
    expect(review.appointment.id).toBe(ids.appointment);
    expect(review.routedToCentral.id).toBe(ids.centralGroup);
    expect(review.routedToProvincial?.id).toBe(ids.khorasanGroup);
    expect(review.planAssessments.nodes.map((assessment) => [assessment.plan.id, assessment.performanceScore])).toEqual([
      [ids.plan, REVIEW_SCORE],
    ]);
    ids.review = review.id;
    audited('submitSupervisorReview', review.id, SUPERVISOR);

    // R8: on the strength of that review (score ≥ 60), the provincial head raises the budget by 5%.
    const head = await as(HEAD_KHORASAN, day);
    const { adjustPlanBudget } = await head.request(AdjustPlanBudgetDocument, {
      input: {
        planId: ids.plan,
        workingGroupId: ids.khorasanGroup,
        basisReviewId: ids.review,
        amount: ADJUSTMENT.toString(),
        reason: 'Performance of 72 in 1404-Q4: second cutting line.',
      },
    });
    const adjustment = assertNoUserErrors(adjustPlanBudget).adjustment;
    expect(adjustment).toMatchObject({
      direction: 'INCREASE',
      amount: ADJUSTMENT.toString(),
      budgetBefore: APPROVED_BUDGET.toString(),
      resultingBudget: (APPROVED_BUDGET + ADJUSTMENT).toString(),
      decidedOn: day,
    });
    expect(adjustment.basisReview.id).toBe(ids.review);
    ids.adjustment = adjustment.id;
    audited('adjustPlanBudget', adjustment.id, HEAD_KHORASAN);

    // R7: the executor disputes ISIPO's disbursements at the provincial working group, which cannot agree.
    const executor = await as(EXECUTOR, day);
    const { raiseDispute } = await executor.request(RaiseDisputeDocument, {
      input: {
        clusterId: ids.cluster,
        forumWorkingGroupId: ids.khorasanGroup,
        subject: 'Late release of the ISIPO credit line',
        description: 'The executor holds that the credit line was due in 1404-Q3; ISIPO holds that the documents were incomplete.',
        parties: [{ personId: ids.executor }, { agencyId: ids.isipo }],
      },
    });
    const raised = assertNoUserErrors(raiseDispute).dispute;
    expect(raised).toMatchObject({ state: 'OPEN_PROVINCIAL', raisedOn: day });
    expect(raised.forum.id).toBe(ids.khorasanGroup);
    ids.dispute = raised.id;
    audited('raiseDispute', raised.id, EXECUTOR);

    const provincialSecretariat = await as(SECRETARIAT_KHORASAN, day);
    const { recordProvincialOutcome } = await provincialSecretariat.request(RecordProvincialOutcomeDocument, {
      input: {
        disputeId: ids.dispute,
        outcome: 'NO_AGREEMENT',
        decision: 'The parties did not agree on when the documents were complete.',
      },
    });
    expect(assertNoUserErrors(recordProvincialOutcome).dispute.state).toBe('NO_AGREEMENT');
    audited('recordProvincialOutcome', ids.dispute, SECRETARIAT_KHORASAN);

    const { escalateDispute } = await executor.request(EscalateDisputeDocument, {
      input: { disputeId: ids.dispute, reason: 'No agreement at the province; the credit terms are set centrally.' },
    });
    const escalated = assertNoUserErrors(escalateDispute).dispute;
    expect(escalated.state).toBe('ESCALATED');
    expect(escalated.forum.id).toBe(ids.centralGroup);
    audited('escalateDispute', ids.dispute, EXECUTOR);
  });

  it('ends the year: the central decision, and the accounts of reports, budget, dispute and audit trail', async () => {
    const day = DAY.yearEnd;
    const headCentral = await as(HEAD_CENTRAL, day);
    const { decideDispute } = await headCentral.request(DecideDisputeDocument, {
      input: {
        disputeId: ids.dispute,
        decision: 'ISIPO releases the credit line within 30 days of a complete file; the file was complete on 1404-08-01.',
      },
    });
    const decided = assertNoUserErrors(decideDispute).dispute;
    expect(decided.state).toBe('RESOLVED_CENTRAL');
    audited('decideDispute', ids.dispute, HEAD_CENTRAL);

    const analyst = await as(ANALYST, day);

    // Reporting: the executor's four reports, one late; the agent, who never reported, is overdue every quarter.
    const planObligations = await executorObligations(analyst);
    expect(planObligations.map((obligation) => [obligation.period.label, obligation.status, obligation.submittedOn])).toEqual([
      ['1404-Q1', 'SUBMITTED_LATE', DAY.q1Report],
      ['1404-Q2', 'SUBMITTED_ON_TIME', DAY.q2Report],
      ['1404-Q3', 'SUBMITTED_ON_TIME', DAY.q3Report],
      ['1404-Q4', 'SUBMITTED_ON_TIME', DAY.q4Report],
    ]);
    const { reportingObligations: late } = await analyst.request(ReportingObligationsDocument, {
      first: 10,
      filter: { clusterIds: [ids.cluster], statuses: ['SUBMITTED_LATE'] },
    });
    expect(late.edges.map((edge) => [edge.node.period.label, edge.node.plan?.id])).toEqual([['1404-Q1', ids.plan]]);
    const { reportingObligations: agentObligations } = await analyst.request(ReportingObligationsDocument, {
      first: 10,
      filter: { clusterIds: [ids.cluster], kind: 'AGENT' },
      orderBy: { field: 'PERIOD', direction: 'ASC' },
    });
    expect(
      agentObligations.edges.map((edge) => [edge.node.period.label, edge.node.status, edge.node.agentContract?.id, edge.node.obligor.id]),
    ).toEqual(QUARTERS.map((quarter) => [quarter.label, 'OVERDUE', ids.contract, ids.agent]));

    // Budget: the approved budget never moves; the current one is approved + adjustment, within 90%–110%.
    const { node: plan } = await analyst.request(DevelopmentPlanDetailDocument, { id: ids.plan });
    expect(plan?.__typename).toBe('DevelopmentPlan');
    if (plan?.__typename !== 'DevelopmentPlan') return;
    const approved = BigInt(plan.approvedBudget!);
    const current = BigInt(plan.currentBudget!);
    expect(approved).toBe(APPROVED_BUDGET);
    expect(current).toBe(approved + ADJUSTMENT);
    expect(current * 100n >= approved * 90n && current * 100n <= approved * 110n).toBe(true);
    expect(plan.budgetAdjustments.nodes.map((adjustment) => adjustment.id)).toEqual([ids.adjustment]);
    expect(plan.assessments.nodes.map((assessment) => [assessment.review.id, assessment.performanceScore])).toEqual([
      [ids.review, REVIEW_SCORE],
    ]);
    expect(plan.progressReports.totalCount).toBe(4);
    // The export indicator's actuals of the three reports of progress (Decimal is written with 4 decimals).
    const exportActuals = plan.indicators.nodes.find((indicator) => indicator.id === ids.exportIndicator)!.actuals.nodes;
    expect(exportActuals.map((actual) => [actual.report.period.label, actual.value]).sort()).toEqual([
      ['1404-Q1', '44.5000'],
      ['1404-Q2', '51.0000'],
      ['1404-Q4', '61.2500'],
    ]);

    // Dispute: settled by the centre after four steps, each at the right working group.
    const { node: dispute } = await analyst.request(DisputeDetailDocument, { id: ids.dispute });
    expect(dispute?.__typename).toBe('Dispute');
    if (dispute?.__typename !== 'Dispute') return;
    expect(dispute.state).toBe('RESOLVED_CENTRAL');
    expect(dispute.steps.totalCount).toBe(4);
    expect(dispute.steps.nodes.map((step) => [step.fromState, step.toState, step.workingGroup.level, step.actor?.id])).toEqual([
      [null, 'OPEN_PROVINCIAL', 'PROVINCIAL', ids.executor],
      ['OPEN_PROVINCIAL', 'NO_AGREEMENT', 'PROVINCIAL', ids.people.get(SECRETARIAT_KHORASAN)],
      ['NO_AGREEMENT', 'ESCALATED', 'CENTRAL', ids.executor],
      ['ESCALATED', 'RESOLVED_CENTRAL', 'CENTRAL', ids.people.get(HEAD_CENTRAL)],
    ]);
    expect(dispute.parties.totalCount).toBe(2);

    // Audit (R12): exactly one event per accepted mutation on the objects of the year, none for refusals.
    const targets = [
      ids.agent,
      ids.executor,
      ids.cluster,
      ids.contract,
      ids.appointment,
      ids.plan,
      ...ids.reports,
      ids.review,
      ids.adjustment,
      ids.dispute,
    ];
    expect(ids.reports).toHaveLength(4);
    const { auditEvents } = await analyst.request(AuditTrailDocument, { targetIds: targets, first: 100 });
    expect(auditEvents.pageInfo.hasNextPage).toBe(false);
    expect(auditEvents.totalCount).toBe(expectedTrail.length);
    const trail = auditEvents.edges.map(({ node }) => `${node.action} ${node.target?.id} ${node.actor?.id}`);
    expect([...trail].sort()).toEqual([...expectedTrail].sort());
    expect(expectedTrail).toHaveLength(19);
  });
});
