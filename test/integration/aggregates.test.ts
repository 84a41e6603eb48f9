import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeGlobalId } from '../../server/kernel/global-id';
import { Person, SystemRole } from '../../server/modules/person/person.entity';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

/**
 * Grouped aggregates and reporting compliance through GraphQL on the demo data, each checked against
 * a count written here in plain SQL; `having`, the row scope of a provincial viewer and of a partner
 * key, exact money sums beyond 2^53, and one SQL statement per aggregate query.
 */

const DOMAIN = 'demo.cluster-oversight.ir';
const ISFAHAN_SECRETARIAT = `secretariat.isfahan@${DOMAIN}`;
const ADMIN = `admin@${DOMAIN}`;
const TEHRAN = 'IR-23';
const ISFAHAN = 'IR-10';

let app: TestApp;
let partnerKey = '';

type Json = Record<string, any>;

async function data<T = Json>(query: string, variables?: Record<string, unknown>, as = ANALYST): Promise<T> {
  const response = await app.graphql<T>(query, variables, { as });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data as T;
}

async function asPartner<T = Json>(query: string): Promise<T> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': partnerKey },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

async function sql<T = Json>(text: string, values: unknown[] = []): Promise<T[]> {
  return app.orm.em.fork().getConnection().execute<T[]>(text, values);
}

async function errorCodeOf(query: string): Promise<unknown> {
  const response = await app.graphql(query);
  return response.body.errors?.[0]?.extensions?.code;
}

beforeAll(async () => {
  app = await startTestApp();
  // A partner's service account with a key for Tehran, clusters and provinces only.
  const em = app.orm.em.fork();
  em.create(Person, {
    fullNameFa: 'شریک تحلیل',
    fullNameLatin: 'Analytics Partner',
    searchName: 'شریک تحلیل',
    email: `analytics-partner@${DOMAIN}`,
    systemRoles: [SystemRole.PARTNER],
    qualifications: [],
  } as never);
  await em.flush();
  const partner = await em.findOneOrFail(Person, { email: `analytics-partner@${DOMAIN}` });
  const created = await data<{ createApiKey: { secret: string | null; userErrors: unknown[] } }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { code message } } }`,
    {
      input: {
        personId: encodeGlobalId('Person', partner.id),
        name: 'Aggregates',
        provinceCodes: [TEHRAN],
        types: ['Cluster', 'Province'],
        expiresAt: new Date(Date.now() + 180 * 86_400_000).toISOString(),
      },
    },
    ADMIN,
  );
  expect(created.createApiKey.userErrors).toEqual([]);
  partnerKey = created.createApiKey.secret!;
}, 60_000);
afterAll(() => app?.close());

/** Clusters per province code with their approved plans' budgets, counted here. */
const CLUSTERS_BY_PROVINCE = `
  select p.code, count(*)::int as count,
    sum((select count(*) from development_plan d where d.cluster_id = c.id))::text as plans,
    sum((select coalesce(sum(d.approved_budget), 0) from development_plan d where d.cluster_id = c.id))::text as approved,
    sum((select coalesce(sum(d.current_budget), 0) from development_plan d where d.cluster_id = c.id))::text as current
  from cluster c join province p on p.id = c.province_id group by p.code order by p.code`;

describe('clusterAggregates', () => {
  it('counts clusters and sums their plans per province, as counted in SQL', async () => {
    const expected = await sql<{ code: string; count: number; plans: string; approved: string; current: string }>(CLUSTERS_BY_PROVINCE);
    expect(expected.length).toBeGreaterThan(1);
    const { clusterAggregates } = await data(`{
      clusterAggregates(groupBy: [PROVINCE]) { keys { province { code } isicCode } count sum { plans approvedBudget currentBudget } }
    }`);
    expect(clusterAggregates).toEqual(
      expected.map((row) => ({
        keys: { province: { code: row.code }, isicCode: null },
        count: row.count,
        sum: { plans: row.plans, approvedBudget: row.approved, currentBudget: row.current },
      })),
    );
  });

  it('is one group of every row without groupBy, and one group per pair for the cross of two keys', async () => {
    const [total] = await sql<{ count: number }>('select count(*)::int as count from cluster');
    const whole = await data(`{ clusterAggregates { keys { province { code } } count } }`);
    expect(whole.clusterAggregates).toEqual([{ keys: { province: null }, count: total.count }]);

    const pairs = await sql<{ code: string; isic: string; count: number }>(
      'select p.code, c.isic_code as isic, count(*)::int as count from cluster c join province p on p.id = c.province_id group by 1, 2 order by 1, 2',
    );
    const crossed = await data(`{ clusterAggregates(groupBy: [PROVINCE, ISIC_CODE]) { keys { province { code } isicCode } count } }`);
    expect(crossed.clusterAggregates).toEqual(
      pairs.map((row) => ({ keys: { province: { code: row.code }, isicCode: row.isic }, count: row.count })),
    );
  });

  it('takes the filter of the list', async () => {
    const [isfahan] = await sql<{ count: number }>(
      `select count(*)::int as count from cluster c join province p on p.id = c.province_id where p.code = ?`,
      [ISFAHAN],
    );
    const result = await data(`{ clusterAggregates(filter: { provinceCodes: ["${ISFAHAN}"] }) { count } }`);
    expect(result.clusterAggregates).toEqual([{ count: isfahan.count }]);
  });

  it('orders groups by a sum and keeps `first` of them', async () => {
    const expected = await sql<{ code: string; current: string }>(CLUSTERS_BY_PROVINCE);
    const byBudget = [...expected].sort((a, b) =>
      BigInt(b.current) > BigInt(a.current) ? 1 : BigInt(b.current) < BigInt(a.current) ? -1 : a.code.localeCompare(b.code),
    );
    const result = await data(`{
      clusterAggregates(groupBy: [PROVINCE], orderBy: { field: SUM_CURRENT_BUDGET, direction: DESC }, first: 2) { keys { province { code } } sum { currentBudget } }
    }`);
    expect(result.clusterAggregates).toEqual(
      byBudget.slice(0, 2).map((row) => ({ keys: { province: { code: row.code } }, sum: { currentBudget: row.current } })),
    );
  });
});

describe('developmentPlanAggregates', () => {
  it('sums budgets per agency and status, as counted in SQL', async () => {
    const expected = await sql<Json>(
      `select a.code, d.status::text as status, count(*)::int as count, sum(d.proposed_budget)::text as proposed,
         sum(d.approved_budget)::text as approved, sum(d.current_budget)::text as current, min(d.current_budget)::text as smallest
       from development_plan d join executive_agency a on a.id = d.responsible_agency_id group by 1, 2 order by 1, 2`,
    );
    const result = await data(`{
      developmentPlanAggregates(groupBy: [AGENCY, STATUS]) {
        keys { agency { code } status } count sum { proposedBudget approvedBudget currentBudget } min { currentBudget }
      }
    }`);
    expect(result.developmentPlanAggregates).toEqual(
      expected.map((row) => ({
        keys: { agency: { code: row.code }, status: row.status },
        count: row.count,
        sum: { proposedBudget: row.proposed, approvedBudget: row.approved, currentBudget: row.current },
        min: { currentBudget: row.smallest },
      })),
    );
  });

  it('keeps money sums exact beyond 2^53', async () => {
    // Two approved plans get budgets whose sum a double cannot hold (2^53 + 1 each, plus change).
    const plans = await sql<{ id: string }>(`select id from development_plan where status = 'APPROVED' order by id limit 2`);
    expect(plans).toHaveLength(2);
    const amount = '9007199254740993';
    await sql(`update development_plan set proposed_budget = ?, approved_budget = ?, current_budget = ? where id = any(?::uuid[])`, [
      amount,
      amount,
      amount,
      `{${plans.map((plan) => plan.id).join(',')}}`,
    ]);
    const [expected] = await sql<{ total: string }>(`select sum(approved_budget)::text as total from development_plan`);
    const result = await data(`{ developmentPlanAggregates { sum { approvedBudget } avg { approvedBudget } } }`);
    expect(result.developmentPlanAggregates[0].sum.approvedBudget).toBe(expected.total);
    expect(BigInt(expected.total)).toBeGreaterThan(2n * BigInt(amount));
    expect(Number(expected.total).toString()).not.toBe(expected.total);
  });
});

describe('reportingObligationAggregates', () => {
  it('finds clusters with two or more overdue obligations in one query (having)', async () => {
    // Two more overdue quarters for one plan's obligations: its cluster now has at least two.
    const [template] = await sql<Json>(`select * from reporting_obligation where kind = 'PLAN_EXECUTOR' order by id limit 1`);
    for (const [period, endsOn] of [
      ['1401-Q1', '2022-06-21'],
      ['1401-Q2', '2022-09-22'],
    ]) {
      await sql(
        `insert into reporting_obligation (id, kind, obligor_id, cluster_id, plan_id, period, period_ends_on, due_on)
         values (gen_random_uuid(), 'PLAN_EXECUTOR', ?, ?, ?, ?, ?::date, ?::date + 15)`,
        [template.obligor_id, template.cluster_id, template.plan_id, period, endsOn, endsOn],
      );
    }
    const expected = await sql<{ name: string; count: number }>(
      `select c.name, count(*)::int as count from reporting_obligation o join cluster c on c.id = o.cluster_id
       where o.waived_on is null and o.submitted_on is null and o.due_on < ?::date group by c.name having count(*) >= 2 order by c.name`,
      [DEMO_TODAY],
    );
    expect(expected.length).toBeGreaterThan(0);
    const result = await data(`{
      reportingObligationAggregates(groupBy: [CLUSTER], filter: { statuses: [OVERDUE] }, having: { count: { gte: 2 } }) { keys { cluster { name } } count }
    }`);
    expect(result.reportingObligationAggregates).toEqual(
      expected.map((row) => ({ keys: { cluster: { name: row.name } }, count: row.count })),
    );
    // Without `having`, clusters with one overdue obligation are there too.
    const all = await data(`{ reportingObligationAggregates(groupBy: [CLUSTER], filter: { statuses: [OVERDUE] }) { count } }`);
    const [clusters] = await sql<{ count: number }>(
      `select count(distinct cluster_id)::int as count from reporting_obligation where waived_on is null and submitted_on is null and due_on < ?::date`,
      [DEMO_TODAY],
    );
    expect(all.reportingObligationAggregates).toHaveLength(clusters.count);
  });

  it('groups by status and quarter as counted in SQL', async () => {
    const today = `'${DEMO_TODAY}'::date`;
    const expected = await sql<{ status: string; period: string; count: number }>(
      `select case when waived_on is not null then 'WAIVED' when submitted_on is not null then
         (case when submitted_late then 'SUBMITTED_LATE' else 'SUBMITTED_ON_TIME' end)
         when ${today} <= period_ends_on then 'PENDING' when ${today} <= due_on then 'DUE' else 'OVERDUE' end as status,
         period, count(*)::int as count from reporting_obligation group by 1, 2 order by 2, 1`,
    );
    const result = await data(
      `{ reportingObligationAggregates(groupBy: [QUARTER, STATUS], first: 1000) { keys { quarter { label } status } count } }`,
    );
    expect(result.reportingObligationAggregates).toEqual(
      expected.map((row) => ({ keys: { quarter: { label: row.period }, status: row.status }, count: row.count })),
    );
  });
});

describe('reportingCompliance', () => {
  const FIGURES = 'expected waived notYetDue due submitted onTime late overdue completenessRate onTimeRate';

  /** Compliance per province over a range of quarters, counted here by docs/domain.md §7. */
  async function expectedCompliance(from: string, to: string, provinceCode?: string): Promise<Json[]> {
    const rows = await sql<Json>(
      `select p.code,
         count(*)::int as expected,
         count(*) filter (where o.waived_on is not null)::int as waived,
         count(*) filter (where o.waived_on is null and o.submitted_on is null and ?::date <= o.due_on)::int as not_yet_due,
         count(*) filter (where o.waived_on is null and o.submitted_on <= o.due_on)::int as on_time,
         count(*) filter (where o.waived_on is null and o.submitted_on > o.due_on)::int as late,
         count(*) filter (where o.waived_on is null and o.submitted_on is null and o.due_on < ?::date)::int as overdue
       from reporting_obligation o join cluster c on c.id = o.cluster_id join province p on p.id = c.province_id
       where o.period between ? and ? ${provinceCode ? 'and p.code = ?' : ''} group by p.code order by p.code`,
      [DEMO_TODAY, DEMO_TODAY, from, to, ...(provinceCode ? [provinceCode] : [])],
    );
    const rate = (part: number, whole: number) => (whole === 0 ? null : String(Math.round((part / whole) * 10_000) / 10_000));
    return rows.map((row) => {
      const due = row.expected - row.waived - row.not_yet_due;
      return {
        keys: { province: { code: row.code } },
        expected: row.expected,
        waived: row.waived,
        notYetDue: row.not_yet_due,
        due,
        submitted: row.on_time + row.late,
        onTime: row.on_time,
        late: row.late,
        overdue: row.overdue,
        completenessRate: rate(row.on_time + row.late, due),
        onTimeRate: rate(row.on_time, due),
      };
    });
  }

  it('counts expected, waived, not yet due, on time, late and overdue reports per province, with the rates', async () => {
    const expected = await expectedCompliance('1403-Q1', '1404-Q1');
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.some((row) => row.late > 0 || row.overdue > 0 || row.waived > 0)).toBe(true);
    const result = await data(
      `{ reportingCompliance(from: "1403-Q1", to: "1404-Q1", groupBy: [PROVINCE]) { keys { province { code } } ${FIGURES} } }`,
    );
    expect(result.reportingCompliance).toEqual(expected);
    for (const group of result.reportingCompliance)
      expect(group.expected).toBe(group.waived + group.notYetDue + group.onTime + group.late + group.overdue);
  });

  it('groups by quarter and obligor kind, within the range only', async () => {
    const expected = await sql<{ period: string; kind: string; count: number }>(
      `select period, kind::text as kind, count(*)::int as count from reporting_obligation where period between '1403-Q3' and '1404-Q1' group by 1, 2 order by 1, 2`,
    );
    const result = await data(
      `{ reportingCompliance(from: "1403-Q3", to: "1404-Q1", groupBy: [QUARTER, OBLIGOR_KIND]) { keys { quarter { label } obligorKind } expected } }`,
    );
    expect(result.reportingCompliance).toEqual(
      expected.map((row) => ({ keys: { quarter: { label: row.period }, obligorKind: row.kind }, expected: row.count })),
    );
  });

  it('counts only the province of a provincial viewer', async () => {
    const expected = await expectedCompliance('1403-Q1', '1404-Q4', ISFAHAN);
    expect(expected).toHaveLength(1);
    expect(expected[0].expected).toBeGreaterThan(0);
    const result = await data(
      `{ reportingCompliance(from: "1403-Q1", to: "1404-Q4", groupBy: [PROVINCE]) { keys { province { code } } ${FIGURES} } }`,
      undefined,
      ISFAHAN_SECRETARIAT,
    );
    expect(result.reportingCompliance).toEqual(expected);
  });

  it('refuses a range that ends before it starts', async () => {
    expect(await errorCodeOf(`{ reportingCompliance(from: "1404-Q1", to: "1403-Q4") { expected } }`)).toBe('BAD_USER_INPUT');
  });
});

describe('row scope of aggregates', () => {
  it("counts only a provincial viewer's province", async () => {
    const expected = (await sql<Json>(CLUSTERS_BY_PROVINCE)).filter((row) => row.code === ISFAHAN);
    expect(expected).toHaveLength(1);
    const result = await data(
      `{ clusterAggregates(groupBy: [PROVINCE]) { keys { province { code } } count sum { approvedBudget } } }`,
      undefined,
      ISFAHAN_SECRETARIAT,
    );
    expect(result.clusterAggregates).toEqual(
      expected.map((row) => ({ keys: { province: { code: ISFAHAN } }, count: row.count, sum: { approvedBudget: row.approved } })),
    );
    const [plans] = await sql<{ count: number }>(
      `select count(*)::int as count from development_plan d join cluster c on c.id = d.cluster_id join province p on p.id = c.province_id where p.code = ?`,
      [ISFAHAN],
    );
    const planResult = await data(`{ developmentPlanAggregates { count } }`, undefined, ISFAHAN_SECRETARIAT);
    expect(planResult.developmentPlanAggregates).toEqual([{ count: plans.count }]);
  });

  it("counts only a partner key's provinces and types", async () => {
    const [tehran] = await sql<{ count: number }>(
      `select count(*)::int as count from cluster c join province p on p.id = c.province_id where p.code = ?`,
      [TEHRAN],
    );
    const clusters = await asPartner(
      `{ clusterAggregates(groupBy: [PROVINCE]) { keys { province { code } } count sum { plans approvedBudget } } }`,
    );
    // Plans are not among the key's types: the clusters' plan measures count none of them.
    expect(clusters.clusterAggregates).toEqual([
      { keys: { province: { code: TEHRAN } }, count: tehran.count, sum: { plans: '0', approvedBudget: '0' } },
    ]);
    const plans = await asPartner(`{ developmentPlanAggregates(groupBy: [PROVINCE]) { count } }`);
    expect(plans.developmentPlanAggregates).toEqual([]);
    const compliance = await asPartner(`{ reportingCompliance { expected } }`);
    expect(compliance.reportingCompliance).toEqual([{ expected: 0 }]);
  });
});

describe('other aggregates', () => {
  it('sum budget adjustments, review figures and dispute counts as counted in SQL', async () => {
    const adjustments = await sql<Json>(
      `select p.code, count(*)::int as count, sum(b.amount)::text as amount from budget_adjustment b join development_plan d on d.id = b.plan_id
       join cluster c on c.id = d.cluster_id join province p on p.id = c.province_id group by 1 order by 1`,
    );
    const reviews = await sql<Json>(
      `select count(*)::int as count, (select sum(export_value)::text from plan_assessment) as export_value, (select sum(jobs_created)::text from plan_assessment) as jobs from supervisor_review`,
    );
    const disputes = await sql<Json>(`select state::text as state, count(*)::int as count from dispute group by 1 order by 1`);
    const reports = await sql<Json>(
      `select count(*)::int as count from progress_report r where not exists (select 1 from progress_report l where l.supersedes_id = r.id)`,
    );
    const result = await data(`{
      budgetAdjustmentAggregates(groupBy: [PROVINCE]) { keys { province { code } } count sum { amount } }
      supervisorReviewAggregates { count sum { exportValue jobsCreated } }
      disputeAggregates(groupBy: [STATUS]) { keys { status } count }
      progressReportAggregates { count }
    }`);
    expect(result.budgetAdjustmentAggregates).toEqual(
      adjustments.map((row) => ({ keys: { province: { code: row.code } }, count: row.count, sum: { amount: row.amount } })),
    );
    expect(result.supervisorReviewAggregates).toEqual([
      { count: reviews[0].count, sum: { exportValue: reviews[0].export_value, jobsCreated: reviews[0].jobs } },
    ]);
    expect([...result.disputeAggregates].sort((a: Json, b: Json) => a.keys.status.localeCompare(b.keys.status))).toEqual(
      disputes.map((row) => ({ keys: { status: row.state }, count: row.count })),
    );
    expect(result.progressReportAggregates).toEqual([{ count: reports[0].count }]);
  });
});

describe('SQL statements', () => {
  async function statementsOf(query: string): Promise<number> {
    const token = await app.tokenFor(ANALYST);
    app.resetQueries();
    const response = await app.graphql(query, undefined, { token });
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return app.queries.length;
  }

  it('runs one statement per aggregate query, node keys included', async () => {
    // What every request runs to know its viewer, whatever it asks.
    const viewerOnly = await statementsOf(`{ __typename }`);
    expect(viewerOnly).toBeLessThanOrEqual(1);
    const queries = [
      `{ clusterAggregates(groupBy: [PROVINCE, STATUS]) { keys { province { code workingGroup { name } } status } count sum { approvedBudget } avg { plans } } }`,
      `{ developmentPlanAggregates(groupBy: [AGENCY, QUARTER], having: { count: { gte: 1 } }) { keys { agency { code } quarter { label } } count max { currentBudget } } }`,
      `{ reportingObligationAggregates(groupBy: [CLUSTER], filter: { statuses: [OVERDUE] }, having: { count: { gte: 2 } }) { keys { cluster { name province { code } } } count } }`,
      `{ reportingCompliance(from: "1403-Q1", to: "1404-Q2", groupBy: [PROVINCE, QUARTER]) { keys { province { nameEn } quarter { label } } onTimeRate completenessRate } }`,
      `{ budgetAdjustmentAggregates(groupBy: [WORKING_GROUP]) { keys { workingGroup { name } } sum { amount } } }`,
      `{ planIndicators(first: 20, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) { totalCount nodes { name achievementRate plan { title } } } }`,
    ];
    for (const query of queries) expect(await statementsOf(query), query).toBe(viewerOnly + 1);
  });
});

describe('bad input', () => {
  it('is BAD_USER_INPUT, never a fault', async () => {
    expect(await errorCodeOf(`{ clusterAggregates(groupBy: [PROVINCE, STATUS, ISIC_CODE]) { count } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCodeOf(`{ clusterAggregates(groupBy: [PROVINCE, PROVINCE]) { count } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCodeOf(`{ clusterAggregates(first: 0) { count } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCodeOf(`{ clusterAggregates(first: 1001) { count } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCodeOf(`{ clusterAggregates(having: { sum: { approvedBudget: { gt: "not a number" } } }) { count } }`)).toBe(
      'BAD_USER_INPUT',
    );
  });
});
