import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { PeriodicReport, PeriodicReportStatus } from '../../server/modules/periodic-report/periodic-report.entity';
import { ReportingObligation } from '../../server/modules/reporting/reporting.entity';
import { expectAccepted, expectRefused, mutate, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';

const ISSUE = `mutation Issue($input: IssuePeriodicReportInput!) {
  result: issuePeriodicReport(input: $input) {
    report { id status issuedAt issuedBy { email } workingGroup { level } period { label } figures }
    ${USER_ERRORS}
  }
}`;
const REPORTS = `query Reports($period: PeriodLabel!) {
  periodicReports(filter: { periods: [$period] }) { nodes { id status issuedAt issuedBy { email } figures } }
}`;
const SUBMIT = `mutation Submit($input: SubmitProgressReportInput!) { result: submitProgressReport(input: $input) { report { id } ${USER_ERRORS} } }`;

const EMAIL = (local: string) => `${local}@demo.cluster-oversight.ir`;
const CENTRAL_SECRETARIAT = EMAIL('secretariat');
const HEAD_CENTRAL = EMAIL('head.central');

type Figures = Record<string, unknown> & {
  obligations: { total: number; byStatus: Record<string, number> };
  byProvince: Array<Record<string, unknown> & { provinceCode: string; obligations: number }>;
};
interface IssuedReport {
  id: string;
  status: string;
  issuedAt: string | null;
  issuedBy: { email: string } | null;
  figures: Figures;
}

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function reportOf(period: string): Promise<IssuedReport | undefined> {
  const response = await app.graphql<{ periodicReports: { nodes: IssuedReport[] } }>(REPORTS, { period });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.periodicReports.nodes[0];
}

/** How many obligations of a quarter are in each status today, as the obligation list counts them. */
async function statusCounts(period: string, provinceCodes?: string[]): Promise<Record<string, number>> {
  const statuses = ['PENDING', 'DUE', 'SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'OVERDUE', 'WAIVED'];
  const query = `query Counts($period: PeriodLabel!, $provinces: [String!]) { ${statuses
    .map(
      (status) =>
        `${status}: reportingObligations(filter: { periods: [$period], statuses: [${status}], provinceCodes: $provinces }) { totalCount }`,
    )
    .join(' ')} }`;
  const response = await app.graphql<Record<string, { totalCount: number }>>(query, { period, provinces: provinceCodes ?? null });
  expect(response.body.errors).toBeUndefined();
  return Object.fromEntries(statuses.map((status) => [status, response.body.data![status].totalCount]));
}

describe('issuePeriodicReport (R10, closing article)', () => {
  it("refuses anyone but the central working group's secretariat or head → NOT_RESPONSIBLE_WORKING_GROUP", async () => {
    // (Analysts are read-only and refused every mutation outright: access-matrix.test.ts.)
    for (const email of [EMAIL('secretariat.tehran'), EMAIL('head.isfahan'), EMAIL('member.tpo'), EMAIL('agent.khalili')]) {
      await expectRefused(app, ISSUE, { period: '1404-Q1' }, email, { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Closing' });
    }
  });

  it('refuses a quarter that has not begun (PERIOD_NOT_STARTED) or not ended (VALIDATION)', async () => {
    // Today is 2025-08-15, in 1404-Q2 (2025-06-22 … 2025-09-22).
    await expectRefused(app, ISSUE, { period: '1404-Q3' }, CENTRAL_SECRETARIAT, { code: 'PERIOD_NOT_STARTED', article: 'Closing' });
    const error = await expectRefused(app, ISSUE, { period: '1404-Q2' }, CENTRAL_SECRETARIAT, { code: 'VALIDATION', article: 'Closing' });
    expect(error.field).toEqual(['input', 'period']);
  });

  it('refuses to issue a report that was already issued → INVALID_TRANSITION', async () => {
    expect((await reportOf('1403-Q4'))?.status).toBe('ISSUED');
    await expectRefused(app, ISSUE, { period: '1403-Q4' }, CENTRAL_SECRETARIAT, { code: 'INVALID_TRANSITION', article: 'Closing' });
  });

  it('rejects a malformed period as BAD_USER_INPUT', async () => {
    const response = await app.graphql(ISSUE, { input: { period: '1404-Q9' } }, { as: CENTRAL_SECRETARIAT });
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("issues the quarter's draft with the compliance and gap figures as of today", async () => {
    // Given the demo data's draft for 1404-Q1
    const draft = await reportOf('1404-Q1');
    expect(draft).toMatchObject({ status: 'DRAFT', issuedAt: null, issuedBy: null });

    const payload = await expectAccepted<{ report: IssuedReport & { workingGroup: { level: string }; period: { label: string } } }>(
      app,
      ISSUE,
      { period: '1404-Q1' },
      CENTRAL_SECRETARIAT,
      'issuePeriodicReport',
    );
    // The draft itself becomes the issued report.
    expect(payload.report).toMatchObject({
      id: draft!.id,
      status: 'ISSUED',
      issuedBy: { email: CENTRAL_SECRETARIAT },
      workingGroup: { level: 'CENTRAL' },
      period: { label: '1404-Q1' },
    });
    expect(payload.report.issuedAt).not.toBeNull();

    const figures = payload.report.figures;
    expect(figures).toMatchObject({ period: '1404-Q1', periodStartsOn: '2025-03-21', periodEndsOn: '2025-06-21', asOf: '2025-08-15' });
    // Obligations by status agree with the obligation list as of today, overall and per province.
    const counts = await statusCounts('1404-Q1');
    expect(figures.obligations.byStatus).toEqual(counts);
    expect(figures.obligations.total).toBe(Object.values(counts).reduce((sum, count) => sum + count, 0));
    // The demo data leaves two reports of 1404-Q1 missing and one waived.
    expect(counts).toMatchObject({ OVERDUE: 2, WAIVED: 1 });
    expect(figures.byProvince.map((province) => province.provinceCode)).toEqual(['IR-09', 'IR-10', 'IR-23']);
    for (const province of figures.byProvince) {
      const inProvince = await statusCounts('1404-Q1', [province.provinceCode]);
      expect(province).toMatchObject({
        obligations: Object.values(inProvince).reduce((sum, count) => sum + count, 0),
        onTime: inProvince.SUBMITTED_ON_TIME,
        late: inProvince.SUBMITTED_LATE,
        overdue: inProvince.OVERDUE,
        waived: inProvince.WAIVED,
      });
    }

    // Reports, reviews and budgets agree with the database.
    const connection = app.orm.em.fork().getConnection();
    const [reports] = await connection.execute(`select count(*)::int as n from progress_report where period = '1404-Q1' and revision = 1`);
    const [budgets] = await connection.execute(
      `select sum(approved_budget)::text as approved, sum(current_budget)::text as current, count(*)::int as n from development_plan where approved_budget is not null`,
    );
    expect(figures).toMatchObject({
      reportsReceived: reports.n,
      supervisorReviews: 0,
      plans: { withApprovedBudget: budgets.n, approvedBudgetTotal: budgets.approved, currentBudgetTotal: budgets.current },
    });
    const indicators = figures.indicators as { total: number; withActual: number; behindTarget: number };
    expect(indicators.total).toBeGreaterThan(0);
    expect(indicators.behindTarget).toBeGreaterThan(0);
    expect(indicators.behindTarget).toBeLessThanOrEqual(indicators.withActual);

    // Exactly one report per quarter and group: the draft was turned, not copied.
    expect(await app.orm.em.fork().count(PeriodicReport, { period: '1404-Q1' })).toBe(1);
  });

  it('freezes an issued report: later reports do not change its figures, and it cannot be issued again', async () => {
    const issued = await reportOf('1404-Q1');
    // When the saffron agent sends the missing 1404-Q1 report, late
    const em = app.orm.em.fork();
    const missing = await em.findOneOrFail(ReportingObligation, {
      agentContract: { contractNumber: 'ISIPO-CD-1402-0415' },
      period: '1404-Q1',
    });
    await expectAccepted(
      app,
      SUBMIT,
      {
        obligationId: encodeGlobalId('ReportingObligation', missing.id),
        madeProgress: true,
        percentComplete: '70',
        summary: 'Late report: credit line figures arrived in July.',
      },
      EMAIL('agent.khalili'),
      'submitProgressReport',
    );
    expect((await statusCounts('1404-Q1')).OVERDUE).toBe(1);
    // Then the issued figures still count it as overdue
    const after = await reportOf('1404-Q1');
    expect(after).toEqual(issued);
    expect(after!.figures.obligations.byStatus.OVERDUE).toBe(2);
    // and issuing again is refused.
    await expectRefused(app, ISSUE, { period: '1404-Q1' }, HEAD_CENTRAL, { code: 'INVALID_TRANSITION', article: 'Closing' });
  });

  it('issues a quarter that has no draft yet, by the central head; supervisor reviews of the quarter are counted', async () => {
    expect(await reportOf('1403-Q3')).toBeUndefined();
    const payload = await expectAccepted<{ report: IssuedReport }>(app, ISSUE, { period: '1403-Q3' }, HEAD_CENTRAL, 'issuePeriodicReport');
    expect(payload.report).toMatchObject({ status: 'ISSUED', issuedBy: { email: HEAD_CENTRAL } });
    // The demo data has two reviews of 1403-Q3 (jewellery and stone) and one corrected report.
    expect(payload.report.figures).toMatchObject({ supervisorReviews: 2, revisionsReceived: 1 });
    expect(payload.report.figures.obligations.byStatus).toEqual(await statusCounts('1403-Q3'));
    expect(await app.orm.em.fork().findOneOrFail(PeriodicReport, { period: '1403-Q3' })).toMatchObject({
      status: PeriodicReportStatus.ISSUED,
    });
  });

  it('lets exactly one of two issues of the same quarter sent at the same moment through', async () => {
    const [first, second] = await Promise.all([
      mutate(app, ISSUE, { period: '1403-Q2' }, CENTRAL_SECRETARIAT),
      mutate(app, ISSUE, { period: '1403-Q2' }, HEAD_CENTRAL),
    ]);
    const codes = [first, second].map((payload) => payload.userErrors.map((error) => error.code));
    expect(codes.filter((list) => list.length === 0)).toHaveLength(1);
    expect(codes.flat()).toEqual(['INVALID_TRANSITION']);
    expect(await app.orm.em.fork().count(PeriodicReport, { period: '1403-Q2' })).toBe(1);
  });
});
