/**
 * Stress test of budget adjustments (R8, Art. 4-4): many simultaneous increases and decreases of a few
 * plans' budgets, sent over HTTP to the real application on a throwaway embedded database, checking
 * after every round that no plan left 90%–110% of its approved budget and that the adjustment history
 * adds up. Prints one line per round and `violations: N`; exits with 1 when N > 0.
 *   npm run -s stress:budget [-- --rounds 20 --concurrency 40 --seed 1404]
 * Loopback only; everything it starts is stopped and its folder removed, also on Ctrl-C or time-out.
 */
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { MikroORM } from '@mikro-orm/postgresql';

import { type App, createApp } from '../server/app';
import { ormConfig } from '../server/config/orm.config';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../server/db/embedded-database';
import { prepareDatabase } from '../server/db/prepare-database';
import { TokenService } from '../server/kernel/auth';
import { addDays } from '../server/kernel/calendar';
import { fixedClock } from '../server/kernel/clock';
import { encodeGlobalId } from '../server/kernel/global-id';
import { formatRials, parseRials, percentOf, withinBand } from '../server/kernel/money';
import { AuditEvent } from '../server/modules/audit/audit-event.entity';
import { termInForceOnFilter } from '../server/modules/authority/term';
import { BudgetAdjustment } from '../server/modules/budget-adjustment/budget-adjustment.entity';
import { Cluster } from '../server/modules/cluster/cluster.entity';
import { DevelopmentPlan } from '../server/modules/development-plan/development-plan.entity';
import { ExecutiveAgency } from '../server/modules/executive-agency/executive-agency.entity';
import { Person } from '../server/modules/person/person.entity';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../server/modules/supervisor-appointment/supervisor-appointment.entity';
import { PlanAssessment, SupervisorReview } from '../server/modules/supervisor-review/supervisor-review.entity';
import { WorkingGroup, WorkingGroupLevel } from '../server/modules/working-group/working-group.entity';
import { createLogger } from '../server/observability/logger';

/** The demo data's "today"; the application's clock is fixed to it so the data stays coherent. */
const TODAY = '2025-08-15';
const DOMAIN = 'demo.cluster-oversight.ir';
const CENTRAL_SECRETARIAT = `secretariat@${DOMAIN}`;
/** The whole run, start to stop, must fit in this. */
const TIME_LIMIT_MS = 8 * 60_000;
const REQUEST_TIMEOUT_MS = 60_000;
const EXPECTED_REFUSALS = new Set(['BUDGET_CAP_EXCEEDED', 'ADJUSTMENT_AGAINST_PERFORMANCE']);

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

/** A small seeded generator (mulberry32), so a run can be repeated exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface PlanSpec {
  cluster: string;
  provinceCode: string;
  executor: string;
  budget: bigint;
  /** Scores of the reviews that assess the plan: at least one; ≥ 60 allows increases, < 60 decreases. */
  scores: number[];
}

/** Plans of every cluster with a supervisor in force; odd budgets so that 90% and 110% are not whole rials. */
const PLANS: readonly PlanSpec[] = [
  {
    cluster: 'Tehran Gold and Jewellery Cluster',
    provinceCode: 'IR-23',
    executor: 'executor.salehi',
    budget: 10_000_000_007n,
    scores: [74, 41],
  },
  {
    cluster: 'Tehran Leather Goods Cluster',
    provinceCode: 'IR-23',
    executor: 'executor.rostami',
    budget: 250_000_000_000n,
    scores: [60, 59],
  },
  { cluster: 'Isfahan Hand-Woven Carpet Cluster', provinceCode: 'IR-10', executor: 'executor.salehi', budget: 999_999_999n, scores: [88] },
  {
    cluster: 'Isfahan Decorative Stone Cluster',
    provinceCode: 'IR-10',
    executor: 'executor.rostami',
    budget: 73_000_000_001n,
    scores: [35],
  },
  {
    cluster: 'Torbat-e Heydarieh Saffron Cluster',
    provinceCode: 'IR-09',
    executor: 'executor.soltani',
    budget: 5_000_000_003n,
    scores: [66],
  },
  {
    cluster: 'Torbat-e Heydarieh Saffron Cluster',
    provinceCode: 'IR-09',
    executor: 'executor.salehi',
    budget: 120_000_000_000n,
    scores: [12],
  },
];

const SECRETARIAT_OF: Record<string, string> = {
  'IR-23': `secretariat.tehran@${DOMAIN}`,
  'IR-10': `secretariat.isfahan@${DOMAIN}`,
  'IR-09': `secretariat.khorasan@${DOMAIN}`,
};

interface StressPlan {
  spec: PlanSpec;
  id: string;
  globalId: string;
  reviews: Array<{ globalId: string; score: number }>;
}

class Client {
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly url: string,
    private readonly orm: MikroORM,
    private readonly tokenService: TokenService,
  ) {}

  private async tokenFor(email: string): Promise<string> {
    const cached = this.tokens.get(email);
    if (cached) return cached;
    const person = await this.orm.em.fork().findOneOrFail(Person, { email });
    const token = await this.tokenService.sign(person.id, person.email, '1h');
    this.tokens.set(email, token);
    return token;
  }

  async mutate(
    document: string,
    input: Record<string, unknown>,
    as: string,
  ): Promise<{ result: Record<string, unknown> | null; codes: string[]; fault: string | null }> {
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.tokenFor(as)}` },
        body: JSON.stringify({ query: document, variables: { input } }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = (await response.json()) as {
        data?: { result?: Record<string, unknown> & { userErrors: Array<{ code: string }> } };
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
      if (body.errors?.length)
        return { result: null, codes: [], fault: `${body.errors[0].extensions?.code ?? '?'}: ${body.errors[0].message}` };
      const result = body.data!.result!;
      return { result, codes: result.userErrors.map((error) => error.code), fault: null };
    } catch (error) {
      return { result: null, codes: [], fault: error instanceof Error ? error.message : String(error) };
    }
  }
}

const PROPOSE = `mutation($input: ProposePlanInput!) { result: proposePlan(input: $input) { plan { id } userErrors { code message } } }`;
const APPROVE = `mutation($input: ApprovePlanInput!) { result: approvePlan(input: $input) { plan { id status approvedBudget } userErrors { code message } } }`;
const ADJUST = `mutation($input: AdjustPlanBudgetInput!) { result: adjustPlanBudget(input: $input) { adjustment { id } userErrors { code } } }`;

/** Proposes and approves the plans through the API; writes their supervisors' reviews with the ORM. */
async function setUpPlans(client: Client, orm: MikroORM): Promise<StressPlan[]> {
  const em = orm.em.fork();
  const central = await em.findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL });
  const isipo = await em.findOneOrFail(ExecutiveAgency, { code: 'ISIPO' });
  const plans: StressPlan[] = [];
  for (const [index, spec] of PLANS.entries()) {
    const cluster = await em.findOneOrFail(Cluster, { name: spec.cluster });
    const executor = await em.findOneOrFail(Person, { email: `${spec.executor}@${DOMAIN}` });
    const provincial = await em.findOneOrFail(WorkingGroup, { province: { code: spec.provinceCode } });
    const proposed = await client.mutate(
      PROPOSE,
      {
        clusterId: encodeGlobalId('Cluster', cluster.id),
        title: `Stress plan ${index + 1}`,
        kind: 'PROJECT',
        executorId: encodeGlobalId('Person', executor.id),
        responsibleAgencyId: encodeGlobalId('ExecutiveAgency', isipo.id),
        proposedBudget: formatRials(spec.budget),
        startsOn: TODAY,
        endsOn: addDays(TODAY, 364),
        indicators: [{ name: 'Export value', unit: 'rial', baseline: '0', target: '1000000000', higherIsBetter: true }],
      },
      SECRETARIAT_OF[spec.provinceCode],
    );
    const planGlobalId = (proposed.result?.plan as { id: string } | undefined)?.id;
    if (!planGlobalId || proposed.codes.length > 0) throw new Error(`proposePlan failed: ${proposed.fault ?? proposed.codes.join(', ')}`);
    const approved = await client.mutate(
      APPROVE,
      { planId: planGlobalId, workingGroupId: encodeGlobalId('WorkingGroup', provincial.id) },
      SECRETARIAT_OF[spec.provinceCode],
    );
    if (approved.codes.length > 0 || approved.fault) throw new Error(`approvePlan failed: ${approved.fault ?? approved.codes.join(', ')}`);

    const plan = await em.findOneOrFail(DevelopmentPlan, { title: `Stress plan ${index + 1}` });
    const appointment = await em.findOneOrFail(SupervisorAppointment, {
      cluster,
      ...termInForceOnFilter(SUPERVISOR_APPOINTMENT_TERM, TODAY),
    });
    const reviews: StressPlan['reviews'] = [];
    for (const score of spec.scores) {
      const review = em.create(SupervisorReview, {
        appointment,
        cluster,
        supervisor: appointment.supervisor,
        routedToCentral: central,
        routedToProvincial: provincial,
        reviewedOn: TODAY,
        period: '1404-Q1',
        findings: `Stress review scoring ${score}.`,
        recommendations: ['Keep the quarterly reports coming.'],
      });
      em.create(PlanAssessment, { review, plan, performanceScore: score, exportValue: '0', jobsCreated: 0, investment: '0' });
      reviews.push({ globalId: encodeGlobalId('SupervisorReview', review.id), score });
    }
    await em.flush();
    plans.push({ spec, id: plan.id, globalId: planGlobalId, reviews });
  }
  return plans;
}

/** Everything R8 promises about one plan's budget, checked on the committed data. */
async function checkPlans(orm: MikroORM, plans: readonly StressPlan[]): Promise<string[]> {
  const em = orm.em.fork();
  const problems: string[] = [];
  for (const stressPlan of plans) {
    const plan = await em.findOneOrFail(DevelopmentPlan, stressPlan.id);
    const approved = parseRials(String(plan.approvedBudget))!;
    const current = parseRials(String(plan.currentBudget))!;
    const name = `plan ${PLANS.indexOf(stressPlan.spec) + 1}`;
    if (approved !== stressPlan.spec.budget) problems.push(`${name}: approved budget changed to ${approved}`);
    if (!withinBand(current, approved, 10n)) problems.push(`${name}: current budget ${current} outside 90%–110% of ${approved}`);

    const adjustments = await em.find(BudgetAdjustment, { plan: stressPlan.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    let sum = 0n;
    for (const adjustment of adjustments) {
      const before = parseRials(String(adjustment.budgetBefore))!;
      const amount = parseRials(String(adjustment.amount))!;
      const after = parseRials(String(adjustment.resultingBudget))!;
      sum += amount;
      if (before + amount !== after) problems.push(`${name}: adjustment ${adjustment.id} ${before} + ${amount} ≠ ${after}`);
      if (!withinBand(after, approved, 10n)) problems.push(`${name}: adjustment ${adjustment.id} left the band (${after})`);
    }
    if (approved + sum !== current) problems.push(`${name}: approved ${approved} + adjustments ${sum} ≠ current ${current}`);

    // Chained: starting from the approved budget, each adjustment starts where the previous one ended.
    // Rows are taken in the order they were created (ties of a millisecond resolved by the chain).
    const remaining = [...adjustments];
    let running = approved;
    while (remaining.length > 0) {
      const next = remaining.findIndex((adjustment) => parseRials(String(adjustment.budgetBefore)) === running);
      if (next < 0) {
        problems.push(`${name}: no adjustment starts at ${running}; ${remaining.length} do not chain`);
        break;
      }
      running = parseRials(String(remaining[next].resultingBudget))!;
      remaining.splice(next, 1);
    }
    if (remaining.length === 0 && running !== current) problems.push(`${name}: the chain ends at ${running}, the plan is at ${current}`);
  }
  return problems;
}

async function main(): Promise<number> {
  const rounds = option('rounds', 20);
  const concurrency = option('concurrency', 40);
  const seed = option('seed', 1404);
  const next = random(seed);
  const directory = mkdtempSync(path.join(tmpdir(), 'cluster-oversight-stress-'));
  let database: EmbeddedDatabase | undefined;
  let orm: MikroORM | undefined;
  let app: App | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await app?.stop().catch(() => undefined);
      await orm?.close(true).catch(() => undefined);
      await database?.stop().catch(() => undefined);
      rmSync(directory, { recursive: true, force: true });
    })());
  const abort = (reason: string) => {
    console.error(`stress: ${reason}; stopping`);
    void stop().finally(() => process.exit(2));
  };
  const watchdog = setTimeout(() => abort(`time limit of ${TIME_LIMIT_MS / 60_000} minutes reached`), TIME_LIMIT_MS);
  process.once('SIGINT', () => abort('interrupted'));
  process.once('SIGTERM', () => abort('terminated'));

  const unexpected: string[] = [];
  try {
    database = await startEmbeddedDatabase({ directory, port: await freePort() });
    const name = `stress_${randomBytes(4).toString('hex')}`;
    await database.createDatabase(name);
    orm = await MikroORM.init(ormConfig({ clientUrl: database.urlFor(name), poolMax: 20 }));
    console.log(await prepareDatabase(orm, { seedDemo: true, today: TODAY }));
    const tokens = new TokenService(randomBytes(32).toString('base64url'));
    app = await createApp({
      orm,
      tokens,
      clock: fixedClock(TODAY),
      // Outages and masked errors (warn and error); no request is reported slow.
      logger: createLogger({ level: 'warn', format: 'json' }, { write: (line: string) => void unexpected.push(line.trim()) }),
      observability: { slowRequestMs: Number.MAX_SAFE_INTEGER, slowStatementMs: Number.MAX_SAFE_INTEGER },
    });
    const port = await app.listen(0, '127.0.0.1');
    const client = new Client(`http://127.0.0.1:${port}/graphql`, orm, tokens);

    const plans = await setUpPlans(client, orm);
    const centralGroupId = encodeGlobalId(
      'WorkingGroup',
      (await orm.em.fork().findOneOrFail(WorkingGroup, { level: WorkingGroupLevel.CENTRAL })).id,
    );
    const provincialGroupIds = new Map<string, string>();
    for (const code of Object.keys(SECRETARIAT_OF)) {
      provincialGroupIds.set(
        code,
        encodeGlobalId('WorkingGroup', (await orm.em.fork().findOneOrFail(WorkingGroup, { province: { code } })).id),
      );
    }
    console.log(
      `${plans.length} approved plans: ${plans.map((plan) => `${formatRials(plan.spec.budget)} (scores ${plan.spec.scores.join('/')})`).join(', ')}; ${rounds} rounds of ${concurrency} simultaneous adjustments`,
    );

    let violations = 0;
    let acceptedTotal = 0;
    for (let round = 1; round <= rounds; round += 1) {
      const started = Date.now();
      const requests = Array.from({ length: concurrency }, () => {
        const plan = plans[Math.floor(next() * plans.length)];
        const increase = next() < 0.5;
        // Cite the review that fits the direction when the plan has one; otherwise (and now and then
        // on purpose) one that does not, which must be refused as against performance.
        const fitting = plan.reviews.filter((review) => review.score >= 60 === increase);
        const review = fitting.length > 0 && next() < 0.9 ? fitting[0] : plan.reviews[Math.floor(next() * plan.reviews.length)];
        const basisPoints = BigInt(50 + Math.floor(next() * 351)); // 0.5% to 4% of the approved budget
        const magnitude = (plan.spec.budget * basisPoints) / 10_000n || 1n;
        const centralDecides = next() < 0.3;
        return client.mutate(
          ADJUST,
          {
            planId: plan.globalId,
            workingGroupId: centralDecides ? centralGroupId : provincialGroupIds.get(plan.spec.provinceCode),
            basisReviewId: review.globalId,
            amount: formatRials(increase ? magnitude : -magnitude),
            reason: `Stress round ${round}.`,
          },
          centralDecides ? CENTRAL_SECRETARIAT : SECRETARIAT_OF[plan.spec.provinceCode],
        );
      });
      const results = await Promise.all(requests);
      const accepted = results.filter((result) => !result.fault && result.codes.length === 0).length;
      acceptedTotal += accepted;
      const byCode = new Map<string, number>();
      for (const code of results.flatMap((result) => result.codes)) byCode.set(code, (byCode.get(code) ?? 0) + 1);
      const problems = results.filter((result) => result.fault).map((result) => `request failed: ${result.fault}`);
      for (const code of byCode.keys()) if (!EXPECTED_REFUSALS.has(code)) problems.push(`unexpected refusal ${code}`);
      problems.push(...(await checkPlans(orm, plans)));
      problems.push(...unexpected.splice(0, unexpected.length).map((line) => `server error: ${line}`));
      violations += problems.length;

      const refusals = [...byCode.entries()].map(([code, count]) => `${count} ${code}`).join(', ') || 'none refused';
      console.log(
        `round ${String(round).padStart(2, '0')}: ${results.length} requests, ${accepted} accepted, ${refusals}; ${problems.length} violation(s); ${Date.now() - started} ms`,
      );
      for (const problem of problems) console.log(`  ${problem}`);
    }

    // Every accepted adjustment wrote exactly one row and one audit event (R12).
    const em = orm.em.fork();
    const rows = await em.count(BudgetAdjustment, { plan: { $in: plans.map((plan) => plan.id) } });
    const events = await em.count(AuditEvent, { action: 'adjustPlanBudget' });
    if (rows !== acceptedTotal || events !== acceptedTotal) {
      violations += 1;
      console.log(`  ${acceptedTotal} accepted, but ${rows} adjustment rows and ${events} audit events`);
    }
    const final = await Promise.all(plans.map(async (plan) => em.findOneOrFail(DevelopmentPlan, plan.id)));
    console.log(
      `final budgets (percent of approved): ${final.map((plan) => `${percentOf(parseRials(String(plan.currentBudget))!, parseRials(String(plan.approvedBudget))!)}%`).join(', ')}`,
    );
    console.log(`accepted adjustments: ${acceptedTotal}`);
    console.log(`violations: ${violations}`);
    return violations > 0 ? 1 : 0;
  } finally {
    clearTimeout(watchdog);
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
