/**
 * Benchmarks of the read API on a national-scale data set (`npm run bench`): every province with a
 * working group and clusters, plans, supervisors and a year of reports. Each scenario sends the same
 * query from several concurrent clients for a fixed time over loopback HTTP and reports throughput,
 * latency percentiles and SQL statements per request. Compare figures within one run: the machines
 * are shared and noisy.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { createApp } from '../server/app';
import { ormConfig } from '../server/config/orm.config';
import { startEmbeddedDatabase } from '../server/db/embedded-database';
import { prepareDatabase } from '../server/db/prepare-database';
import { TokenService } from '../server/kernel/auth';
import { addDays, oneYearTermEnd, quarterEnd, quarterLabel, quarterStart, type Quarter } from '../server/kernel/calendar';
import { fixedClock } from '../server/kernel/clock';
import { normalizePersian } from '../server/kernel/persian-text';
import { reportDueOn } from '../server/modules/reporting/reporting.rules';
import { Cluster, ClusterStatus } from '../server/modules/cluster/cluster.entity';
import { DevelopmentPlan, PlanStatus } from '../server/modules/development-plan/development-plan.entity';
import { ExecutiveAgency } from '../server/modules/executive-agency/executive-agency.entity';
import { Person, Qualification, SystemRole } from '../server/modules/person/person.entity';
import { Province } from '../server/modules/province/province.entity';
import { ObligationKind, ProgressReport, ReportingObligation } from '../server/modules/reporting/reporting.entity';
import { SupervisorAppointment } from '../server/modules/supervisor-appointment/supervisor-appointment.entity';
import { MembershipRole, WorkingGroup, WorkingGroupLevel, WorkingGroupMembership } from '../server/modules/working-group/working-group.entity';

const TODAY = '2025-08-15';
const CLUSTERS_PER_PROVINCE = Number(process.env.BENCH_CLUSTERS_PER_PROVINCE ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const QUARTERS: Quarter[] = [
  { year: 1403, quarter: 2 },
  { year: 1403, quarter: 3 },
  { year: 1403, quarter: 4 },
  { year: 1404, quarter: 1 },
];

const SCENARIOS: Record<string, string> = {
  'provinces (31, flat)': '{ provinces(first: 100) { totalCount nodes { code nameEn nameFa } } }',
  'clusters across 31 provinces with agent and supervisor': `{
    provinces(first: 100) { nodes { code clusters(first: 100) { totalCount nodes { name status currentSupervisor { fullNameLatin } currentAgent { fullNameLatin } } } } }
  }`,
  'overdue obligations nationwide (filter + count)': `{
    reportingObligations(first: 100, filter: { statuses: [OVERDUE, DUE] }, orderBy: { field: DUE_ON }) { totalCount nodes { dueOn cluster { name province { code } } obligor { email } } }
  }`,
  'working groups → plans → cluster → supervisor → reports': `{
    workingGroups(first: 100) { nodes { name head { fullNameLatin } plans(first: 100) { totalCount nodes { title currentBudget
      cluster { name currentSupervisor { fullNameLatin reportsReceived(first: 10) { totalCount nodes { period { label } submittedOn } } } }
      progressReports(first: 4) { nodes { period { label } madeProgress } } } } } }
  }`,
};

function person(em: EntityManager, tag: string, qualifications: Qualification[] = []): Person {
  return em.create(Person, {
    fullNameFa: `شخص ${tag}`,
    fullNameLatin: `Person ${tag}`,
    searchName: normalizePersian(`شخص ${tag}`),
    email: `${tag}@bench.test`,
    qualifications,
    systemRoles: [],
  });
}

/** One working group per province, each with its head and clusters that have a plan, a supervisor and a year of reports. */
async function growNationalData(orm: MikroORM): Promise<Record<string, number>> {
  const em = orm.em.fork();
  const agency = await em.findOneOrFail(ExecutiveAgency, { code: 'ISIPO' });
  const provinces = await em.find(Province, {}, { orderBy: { code: 'asc' } });
  const existing = new Set((await em.find(WorkingGroup, { level: WorkingGroupLevel.PROVINCIAL })).map((group) => group.province?.id));
  let clusters = 0;
  for (const province of provinces) {
    const code = province.code.toLowerCase();
    let group = await em.findOne(WorkingGroup, { province });
    if (!existing.has(province.id) || !group) {
      group = em.create(WorkingGroup, { level: WorkingGroupLevel.PROVINCIAL, province, name: `${province.nameEn} working group`, nameFa: `کارگروه ${province.nameFa}` });
      em.create(WorkingGroupMembership, { workingGroup: group, person: person(em, `head.${code}`), role: MembershipRole.HEAD, startsOn: '2024-01-01' });
    }
    for (let index = 0; index < CLUSTERS_PER_PROVINCE; index += 1) {
      const tag = `${code}.${index}`;
      const cluster = em.create(Cluster, {
        name: `Bench cluster ${tag}`,
        nameFa: `خوشه ${tag}`,
        searchName: normalizePersian(`خوشه ${tag}`),
        province,
        isicCode: '1393',
        mainProducts: ['carpets'],
        status: ClusterStatus.ACTIVE,
      });
      const supervisor = person(em, `supervisor.${tag}`, [Qualification.CLUSTER_DEVELOPMENT_EXPERTISE]);
      const executor = person(em, `executor.${tag}`);
      em.create(SupervisorAppointment, {
        cluster,
        supervisor,
        workingGroup: group,
        appointedBy: person(em, `appointer.${tag}`),
        decreeNumber: `BENCH-${tag}`,
        decreeDate: '2025-03-01',
        startsOn: '2025-03-21',
        endsOn: oneYearTermEnd('2025-03-21'),
      });
      const plan = em.create(DevelopmentPlan, {
        cluster,
        executor,
        responsibleAgency: agency,
        decidedBy: group,
        title: `Bench plan ${tag}`,
        status: PlanStatus.APPROVED,
        proposedOn: '2024-05-01',
        decidedOn: '2024-06-01',
        startsOn: quarterStart(QUARTERS[0]),
        endsOn: '2026-03-20',
        proposedBudget: '50000000000',
        approvedBudget: '50000000000',
        currentBudget: '50000000000',
      });
      QUARTERS.forEach((quarter, position) => {
        const periodEndsOn = quarterEnd(quarter);
        const dueOn = reportDueOn(periodEndsOn, 15);
        const reported = position < QUARTERS.length - 1 || index % 3 !== 0;
        const submittedOn = reported ? addDays(periodEndsOn, index % 4 === 0 ? 20 : 5) : null;
        const obligation = em.create(ReportingObligation, {
          kind: ObligationKind.PLAN_EXECUTOR,
          obligor: executor,
          cluster,
          plan,
          period: quarterLabel(quarter),
          periodEndsOn,
          dueOn,
          submittedOn,
        });
        if (submittedOn) {
          em.create(ProgressReport, {
            obligation,
            cluster,
            plan,
            submittedBy: executor,
            recipientSupervisor: supervisor,
            recipientWorkingGroup: group,
            period: quarterLabel(quarter),
            submittedOn,
            late: submittedOn > dueOn,
            madeProgress: true,
            percentComplete: String(20 * (position + 1)),
            summary: 'Quarterly progress.',
          });
        }
      });
      clusters += 1;
    }
    await em.flush();
    em.clear();
  }
  const count = async (entity: Parameters<EntityManager['count']>[0]) => orm.em.fork().count(entity);
  return {
    provinces: await count(Province),
    workingGroups: await count(WorkingGroup),
    clusters: await count(Cluster),
    plans: await count(DevelopmentPlan),
    obligations: await count(ReportingObligation),
    reports: await count(ProgressReport),
    addedClusters: clusters,
  };
}

async function runScenario(url: string, token: string, query: string, queries: string[]) {
  const body = JSON.stringify({ query });
  const send = async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const json = (await response.json()) as { errors?: unknown[] };
    if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 300));
  };
  await send(); // warm-up, and one request to count statements
  queries.splice(0, queries.length);
  await send();
  const statements = queries.length - 1; // less the viewer lookup
  const latencies: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const started = performance.now();
        await send();
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))].toFixed(1);
  return { requests: latencies.length, perSecond: (latencies.length / SECONDS).toFixed(1), p50: at(0.5), p95: at(0.95), statements };
}

/** BENCH_PROFILE=prefix: a CPU profile of each scenario alone (open it in Chrome DevTools). */
async function startProfile(): Promise<(file: string) => Promise<void>> {
  const { Session } = await import('node:inspector/promises');
  const { writeFile } = await import('node:fs/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async (file) => {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
  };
}

async function main(): Promise<void> {
  const directory = path.join(tmpdir(), `cluster-oversight-bench-${process.pid}`);
  const database = await startEmbeddedDatabase({ directory, port: 54500 + (process.pid % 400) });
  const name = `bench_${randomBytes(4).toString('hex')}`;
  const queries: string[] = [];
  let orm: MikroORM | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    await database.createDatabase(name);
    orm = await MikroORM.init(ormConfig({ clientUrl: database.urlFor(name), poolMax: 10, onQuery: (sql) => queries.push(sql) }));
    await prepareDatabase(orm, { seedDemo: true, today: TODAY });
    const sizes = await growNationalData(orm);
    console.log(`data: ${JSON.stringify(sizes)}`);
    const tokens = new TokenService('bench-secret-that-is-long-enough-for-hs256');
    // The benchmark is one caller sending as fast as it can: no rate limit.
    app = await createApp({ orm, tokens, clock: fixedClock(TODAY), log: () => undefined, limits: { requestsPerMinute: 0 } });
    const port = await app.listen(0, '127.0.0.1');
    const analyst = await orm.em.fork().findOneOrFail(Person, { systemRoles: { $contains: [SystemRole.ANALYST] } });
    const token = await tokens.sign(analyst.id, analyst.email);
    console.log(`${SECONDS}s per scenario, ${CONCURRENCY} concurrent clients, Node ${process.version}`);
    const only = process.env.BENCH_ONLY;
    for (const [label, query] of Object.entries(SCENARIOS).filter(([name]) => !only || name.includes(only))) {
      const profile = process.env.BENCH_PROFILE ? await startProfile() : null;
      const result = await runScenario(`http://127.0.0.1:${port}/graphql`, token, query, queries);
      if (profile) await profile(`${process.env.BENCH_PROFILE}-${label.replace(/\W+/g, '-')}.cpuprofile`);
      console.log(`${label}: ${result.perSecond} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, ${result.statements} SQL statements per request (${result.requests} requests)`);
    }
  } finally {
    await app?.stop();
    await orm?.close(true);
    await database.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
