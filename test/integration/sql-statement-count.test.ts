import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { oneYearTermEnd, quarterEnd } from '../../server/kernel/calendar';
import { normalizePersian } from '../../server/kernel/persian-text';
import { Cluster, ClusterStatus } from '../../server/modules/cluster/cluster.entity';
import { DevelopmentPlan, PlanStatus } from '../../server/modules/development-plan/development-plan.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { Person, Qualification } from '../../server/modules/person/person.entity';
import { ObligationKind, ProgressReport, ReportingObligation } from '../../server/modules/reporting/reporting.entity';
import { SupervisorAppointment } from '../../server/modules/supervisor-appointment/supervisor-appointment.entity';
import {
  MembershipRole,
  WorkingGroup,
  WorkingGroupLevel,
  WorkingGroupMembership,
} from '../../server/modules/working-group/working-group.entity';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

/**
 * STYLE.md convention 3: the number of SQL statements a query runs depends on its shape, never on
 * the number of rows. The same nested query runs on the demo data and again after the data has
 * grown several times over; the statement count must not move.
 */
const NESTED_QUERY = `
  query Oversight {
    workingGroups(first: 100) {
      totalCount
      nodes {
        name
        head { fullNameLatin }
        plans(first: 50) {
          totalCount
          nodes {
            title
            status
            currentBudget
            cluster {
              name
              province { code }
              currentSupervisor {
                fullNameLatin
                reportsReceived(first: 20) {
                  totalCount
                  nodes { period { label } submittedOn submittedBy { fullNameLatin } }
                }
              }
            }
            progressReports(first: 20) { totalCount nodes { period { label } madeProgress } }
          }
        }
      }
    }
  }
`;

interface OversightResult {
  workingGroups: {
    nodes: Array<{
      plans: {
        totalCount: number;
        nodes: Array<{ cluster: { currentSupervisor: { reportsReceived: { totalCount: number } } | null } }>;
      };
    }>;
  };
}

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function runCounted(): Promise<{ statements: number; plans: number; reports: number }> {
  const token = await app.tokenFor(ANALYST);
  app.resetQueries();
  const response = await app.graphql<OversightResult>(NESTED_QUERY, undefined, { token });
  expect(response.body.errors).toBeUndefined();
  const statements = app.queries.length;
  const groups = response.body.data!.workingGroups.nodes;
  const plans = groups.reduce((sum, group) => sum + group.plans.nodes.length, 0);
  const reports = groups
    .flatMap((group) => group.plans.nodes)
    .reduce((sum, plan) => sum + (plan.cluster.currentSupervisor?.reportsReceived.totalCount ?? 0), 0);
  return { statements, plans, reports };
}

/** For each provincial working group: `count` more clusters, each with an approved plan decided by the
 * group, a supervisor in office, and a quarter of reports delivered to that supervisor. */
async function growData(em: EntityManager, count: number): Promise<void> {
  const agency = await em.findOneOrFail(ExecutiveAgency, { code: 'ISIPO' });
  const groups = await em.find(WorkingGroup, { level: WorkingGroupLevel.PROVINCIAL }, { populate: ['province'] });
  const period = '1404-Q1';
  const periodEndsOn = quarterEnd({ year: 1404, quarter: 1 });
  for (const group of groups) {
    const head = await em.findOneOrFail(WorkingGroupMembership, { workingGroup: group, role: MembershipRole.HEAD, endsOn: null });
    for (let index = 0; index < count; index += 1) {
      const tag = `${group.province!.code}-${index}`;
      const cluster = em.create(Cluster, {
        name: `Growth cluster ${tag}`,
        nameFa: `خوشه رشد ${tag}`,
        searchName: normalizePersian(`خوشه رشد ${tag}`),
        province: group.province!,
        isicCode: '1393',
        mainProducts: ['test'],
        status: ClusterStatus.ACTIVE,
      });
      const person = (role: string, qualifications: Qualification[]) =>
        em.create(Person, {
          fullNameFa: `${role} ${tag}`,
          fullNameLatin: `${role} ${tag}`,
          searchName: normalizePersian(`${role} ${tag}`),
          email: `${role}.${tag.toLowerCase()}@growth.test`,
          qualifications,
          systemRoles: [],
        });
      const supervisor = person('supervisor', [Qualification.CLUSTER_DEVELOPMENT_EXPERTISE]);
      const executor = person('executor', []);
      em.create(SupervisorAppointment, {
        cluster,
        supervisor,
        workingGroup: group,
        appointedBy: head.person,
        decreeNumber: `GROWTH-${tag}`,
        decreeDate: '2025-03-01',
        startsOn: '2025-03-21',
        endsOn: oneYearTermEnd('2025-03-21'),
      });
      const plan = em.create(DevelopmentPlan, {
        cluster,
        executor,
        responsibleAgency: agency,
        decidedBy: group,
        title: `Growth plan ${tag}`,
        status: PlanStatus.APPROVED,
        proposedOn: '2025-01-10',
        decidedOn: '2025-02-01',
        startsOn: '2025-03-21',
        endsOn: '2026-03-20',
        proposedBudget: '1000000000',
        approvedBudget: '1000000000',
        currentBudget: '1000000000',
      });
      const obligation = em.create(ReportingObligation, {
        kind: ObligationKind.PLAN_EXECUTOR,
        obligor: executor,
        cluster,
        plan,
        period,
        periodEndsOn,
        dueOn: '2025-07-06',
        submittedOn: '2025-07-01',
      });
      em.create(ProgressReport, {
        obligation,
        cluster,
        plan,
        submittedBy: executor,
        recipientSupervisor: supervisor,
        recipientWorkingGroup: group,
        period,
        submittedOn: '2025-07-01',
        madeProgress: true,
        percentComplete: '25.00',
        summary: 'First quarter of work.',
      });
    }
  }
  await em.flush();
}

/** The other scenarios of `npm run bench`, as written there. */
const BENCH_QUERIES: Record<string, string> = {
  provinces: '{ provinces(first: 100) { totalCount nodes { code nameEn nameFa } } }',
  q2: `{ provinces(first: 100) { nodes { code clusters(first: 100) { totalCount nodes { name status currentSupervisor { fullNameLatin } currentAgent { fullNameLatin } } } } } }`,
  q3: `{ reportingObligations(first: 100, filter: { statuses: [OVERDUE, DUE] }, orderBy: { field: DUE_ON }) { totalCount nodes { dueOn cluster { name province { code } } obligor { email } } } }`,
};

/** Statements of each query, one query at a time (the log is shared). */
async function benchStatements(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, query] of Object.entries(BENCH_QUERIES)) counts[name] = await statementsOf(query);
  return counts;
}

async function statementsOf(query: string): Promise<number> {
  const token = await app.tokenFor(ANALYST);
  app.resetQueries();
  const response = await app.graphql(query, undefined, { token });
  expect(response.body.errors).toBeUndefined();
  return app.queries.length;
}

describe('SQL statements of a nested query', () => {
  it('stay the same when the data grows (working groups → plans → cluster → supervisor → reports)', async () => {
    const small = await runCounted();
    const smallBench = await benchStatements();

    await growData(app.orm.em.fork(), 8);
    const large = await runCounted();
    const largeBench = await benchStatements();

    // Every scenario of the benchmark: the viewer, then one statement, at either size.
    expect(largeBench).toEqual(smallBench);
    for (const count of Object.values(smallBench)) expect(count).toBe(2);

    // The data really grew, so a per-row lookup would have shown up in the count.
    expect(large.plans).toBeGreaterThanOrEqual(small.plans + 24);
    expect(large.reports).toBeGreaterThanOrEqual(small.reports + 24);
    expect(large.statements).toBe(small.statements);
    // One for the viewer, then the whole nested list in one statement (the read engine).
    expect(small.statements).toBe(2);
    console.info(`nested query: ${small.statements} SQL statements for ${small.plans} plans, ${large.statements} for ${large.plans}`);
  });
});
