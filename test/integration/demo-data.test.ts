import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemoData } from '../../server/db/seeders/demo-data';
import { DEMO_TODAY } from '../setup/constants';
import { startTestApp, type TestApp } from '../setup/test-app';

/**
 * The demo data's own facts. The one test that knows its titles and scores; other tests find what
 * they need by its role in the data.
 */

/** Rows per table of the demo data (with the reference data: 31 provinces, 6 agencies, the central group). */
const ROWS: Record<string, number> = {
  agency_assessment: 5,
  agent_contract: 5,
  audit_event: 1,
  budget_adjustment: 3,
  cluster: 6,
  development_plan: 8,
  dispute: 3,
  dispute_party: 7,
  dispute_step: 7,
  executive_agency: 6,
  indicator_actual: 48,
  periodic_report: 2,
  person: 32,
  plan_assessment: 8,
  plan_indicator: 12,
  plan_resolution: 6,
  progress_report: 44,
  province: 31,
  report_bottleneck: 3,
  reporting_obligation: 46,
  resolution: 6,
  resolution_target: 9,
  supervisor_appointment: 9,
  supervisor_review: 7,
  working_group: 4,
  working_group_membership: 18,
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function rowCounts(): Promise<Record<string, number>> {
  const connection = app.orm.em.fork().getConnection();
  const tables = Object.keys(ROWS);
  const rows = await connection.execute<{ name: string; n: number }[]>(
    tables.map((table) => `select '${table}' as name, count(*)::int as n from "${table}"`).join(' union all '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}

describe('the demo data', () => {
  it('has its rows in every table, as its audit event records them', async () => {
    expect(await rowCounts()).toEqual(ROWS);
    const [event] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ after: { today: string; counts: Record<string, number> } }[]>(
        `select after from audit_event where action = 'seedDemoData'`,
      );
    expect(event.after.today).toBe(DEMO_TODAY);
    expect(event.after.counts).toMatchObject({
      Person: 32,
      Cluster: 6,
      ReportingObligation: 46,
      ProgressReport: 44,
      PeriodicReport: 2,
      AuditEvent: 1,
    });
  });

  it('has the Tehran jewellery cluster and the 78 its supervisor gave the design centre in 1403-Q3', async () => {
    const response = await app.graphql<{
      clusters: { nodes: { name: string; status: string }[] };
      supervisorReviews: {
        nodes: {
          period: { label: string };
          cluster: { name: string };
          planAssessments: { nodes: { performanceScore: number; plan: { title: string } }[] };
        }[];
      };
    }>(`{
      clusters(first: 100) { nodes { name status } }
      supervisorReviews(first: 100) { nodes { period { label } cluster { name } planAssessments(first: 10) { nodes { performanceScore plan { title } } } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.clusters.nodes).toContainEqual({ name: 'Tehran Gold and Jewellery Cluster', status: 'ACTIVE' });
    const review = response.body.data!.supervisorReviews.nodes.find(
      (node) => node.cluster.name === 'Tehran Gold and Jewellery Cluster' && node.period.label === '1403-Q3',
    );
    expect(review?.planAssessments.nodes).toEqual([
      { performanceScore: 78, plan: { title: 'Jewellery design centre and hallmarking laboratory' } },
    ]);
  });

  it('is written once: seeding a database that has it writes nothing', async () => {
    const before = await rowCounts();
    const summary = await app.orm.em.fork().transactional((em) => seedDemoData(em, { today: DEMO_TODAY }));
    expect(summary).toEqual({ skipped: true, counts: {} });
    expect(await rowCounts()).toEqual(before);
  });
});
