/**
 * Demo data: a small, coherent oversight history for three provinces (Tehran, Isfahan, Razavi
 * Khorasan) from 1402-Q3 to the quarter before `today`, exercising every entity and respecting every
 * rule of docs/domain.md section 3. The chapters under demo/ write it in order: people, working
 * groups, clusters and agents, supervisors, resolutions, plans, reporting, reviews, budget
 * adjustments, disputes, agency assessments, periodic reports.
 *
 * The chapters check their rows with the rule functions of the modules (`*.rules.ts`) and throw when
 * one does not hold, so a later edit cannot silently produce data the mutations would refuse. They
 * write rows directly rather than through the mutations, because a mutation acts today, as its
 * signed-in viewer, with an audit event of its own, while the demo history is dated over two years;
 * derived values (due dates, lateness, recipients, periodic figures) come from the modules' functions.
 *
 * Requires the reference data (`seedReferenceData`). Does nothing when a cluster already exists.
 * Dates that follow from the calendar (quarters, due dates, one-year terms) come from the calendar
 * helpers; the time-dependent parts (reporting obligations, the supervisor decrees in force, the
 * periodic reports) follow `options.today`, so the data stays coherent whatever day it is run.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { parseIsoDate } from '../../kernel/calendar';
import { AuditEvent } from '../../modules/audit/audit-event.entity';
import { Cluster } from '../../modules/cluster/cluster.entity';
import { ExecutiveAgency } from '../../modules/executive-agency/executive-agency.entity';
import { Province } from '../../modules/province/province.entity';
import { DEFAULT_GRACE_DAYS } from '../../modules/reporting/reporting.rules';
import { seedAgencyAssessments } from './demo/agency-assessments';
import { planBudgetHistory, seedBudgetAdjustments } from './demo/budgets';
import { CLUSTERS, seedAgentContracts, seedClusters } from './demo/clusters';
import { clusterOf, type DemoContext, newDemoContext, personOf } from './demo/context';
import { seedDisputes } from './demo/disputes';
import { PROVINCIAL_GROUPS, seedWorkingGroups } from './demo/groups';
import { seedPeople } from './demo/people';
import { seedPeriodicReports } from './demo/periodic-reports';
import { seedPlans } from './demo/plans';
import { seedReporting } from './demo/reporting';
import { seedResolutions } from './demo/resolutions';
import { seedSupervisorReviews } from './demo/reviews';
import { seedSupervisorAppointments } from './demo/supervisors';
import { AGENCY_CODES } from './reference-data';

export { DEMO_EMAIL_DOMAIN, DEMO_PEOPLE, DEMO_VIEWER_EMAIL, type DemoPerson } from './demo/people';

export interface DemoSummary {
  /** True when demo data was already there (a cluster exists) and nothing was written. */
  skipped: boolean;
  /** Rows created, per entity class name. */
  counts: Record<string, number>;
}

export interface DemoDataOptions {
  /** "Today" as an ISO date: obligations run to the quarter before it, decrees in force include it. */
  today: string;
  /** Grace period after a quarter's last day before a report is late (Art. 4-1); 15 days by default. */
  graceDays?: number;
}

/** The fixed history ends on this day; `today` may not be earlier. */
export const DEMO_EARLIEST_TODAY = '2025-07-01';

/** The provinces and agencies of the reference data the demo data refers to. */
async function loadReferenceData(ctx: DemoContext): Promise<void> {
  // One query after the other: inside the caller's transaction they share one connection.
  const provinces = await ctx.em.find(Province, { code: { $in: Object.values(PROVINCIAL_GROUPS).map((g) => g.provinceCode) } });
  const agencies = await ctx.em.find(ExecutiveAgency, { code: { $in: Object.values(AGENCY_CODES) } });
  for (const province of provinces) ctx.provinces.set(province.code, province);
  for (const agency of agencies) ctx.agencies.set(agency.code, agency);
  for (const code of Object.values(AGENCY_CODES)) {
    if (!ctx.agencies.has(code)) throw new Error(`Demo data: unknown agency (run seedReferenceData first) "${code}"`);
  }
}

export async function seedDemoData(em: EntityManager, options: DemoDataOptions): Promise<DemoSummary> {
  const today = options.today;
  if (!parseIsoDate(today)) throw new RangeError(`seedDemoData: today must be an ISO date, got "${today}"`);
  if (today < DEMO_EARLIEST_TODAY) {
    throw new RangeError(`seedDemoData: the demo history runs to ${DEMO_EARLIEST_TODAY}; today (${today}) may not be earlier`);
  }
  if ((await em.count(Cluster, {})) > 0) return { skipped: true, counts: {} };

  const ctx = newDemoContext(em, today, options.graceDays ?? DEFAULT_GRACE_DAYS);
  await loadReferenceData(ctx);
  seedPeople(ctx);
  await seedWorkingGroups(ctx);
  seedClusters(ctx);
  seedAgentContracts(ctx);
  seedSupervisorAppointments(ctx);
  seedResolutions(ctx);
  planBudgetHistory(ctx);
  seedPlans(ctx);
  seedReporting(ctx);
  seedSupervisorReviews(ctx);
  seedBudgetAdjustments(ctx);
  seedDisputes(ctx);
  seedAgencyAssessments(ctx);

  await em.flush();
  for (const work of ctx.afterFlush) work();
  await em.flush();
  // The periodic reports count the rows above, so they are read back once written.
  await seedPeriodicReports(ctx);

  // Audit (R12): one event for the whole seeding.
  const createdCounts = { ...ctx.counts, AuditEvent: (ctx.counts.AuditEvent ?? 0) + 1 };
  ctx.make(AuditEvent, {
    actor: personOf(ctx, 'admin'),
    action: 'seedDemoData',
    targetType: 'Cluster',
    targetId: clusterOf(ctx, CLUSTERS[0].key).id,
    occurredAt: new Date(),
    before: null,
    after: { today, counts: createdCounts },
  });

  await em.flush();
  return { skipped: false, counts: ctx.counts };
}
