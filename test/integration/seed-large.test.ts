import { randomBytes } from 'node:crypto';

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { parseScale } from '../../scripts/seed-large';
import { CLUSTERS_PER_PROVINCE, PLANS_PER_CLUSTER, type RowCounts, seedLargeProgramme } from '../../scripts/seed-large/programme';
import { DEMO_TODAY, TEMPLATE_DEMO, TEMPLATE_REFERENCE } from '../setup/constants';

/**
 * seed:large at tiny scales on databases of their own: on the demo data (whose working groups
 * already have heads) at 0.01, and on reference data only at 0.02. The database's constraints
 * refuse any row that breaks them, so that the programme is written at all proves those; the rules
 * the database does not hold are counted here, one query each, and must have no exception.
 */
const clients: pg.Client[] = [];
const databases: string[] = [];

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('databaseAdminUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function databaseFrom(template: string): Promise<pg.Client> {
  const name = `seed_large_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`create database "${name}" template "${template}"`));
  databases.push(name);
  const url = new URL(inject('databaseAdminUrl'));
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  clients.push(client);
  return client;
}

let onDemo: pg.Client;
let onReference: pg.Client;
let small: RowCounts;
let double: RowCounts;
const steps: string[] = [];

beforeAll(async () => {
  onDemo = await databaseFrom(TEMPLATE_DEMO);
  onReference = await databaseFrom(TEMPLATE_REFERENCE);
  small = await seedLargeProgramme(onDemo, { scale: 0.01, today: DEMO_TODAY, progress: (step) => steps.push(step) });
  double = await seedLargeProgramme(onReference, { scale: 0.02, today: DEMO_TODAY });
}, 240_000);

afterAll(async () => {
  for (const client of clients) await client.end().catch(() => undefined);
  for (const name of databases) await admin((client) => client.query(`drop database if exists "${name}"`)).catch(() => undefined);
});

const count = async (client: pg.Client, sql: string) =>
  Number((await client.query(`select count(*) as n from (${sql}) violations`)).rows[0].n);

describe('seed:large', () => {
  it('reads --scale, refusing what is not a positive number of at most 10', () => {
    expect(parseScale([])).toBe(1);
    expect(parseScale(['--scale', '0.01'])).toBe(0.01);
    expect(parseScale(['--scale=2'])).toBe(2);
    for (const bad of [['--scale'], ['--scale', '0'], ['--scale', '-1'], ['--scale', 'x'], ['--scale', '11']])
      expect(() => parseScale(bad)).toThrow(RangeError);
  });

  it('writes every province and counts proportional to the scale', () => {
    expect(steps.at(-1)).toBe('analyze');
    expect(small.cluster).toBe(31);
    expect(double.cluster).toBe(62);
    expect(Math.max(1, Math.round(CLUSTERS_PER_PROVINCE * 1)) * 31).toBeGreaterThanOrEqual(3000);
    for (const counts of [small, double]) {
      expect(counts.development_plan).toBe(counts.cluster * PLANS_PER_CLUSTER);
      expect(counts.plan_indicator).toBe(counts.development_plan * 2);
      expect(counts.agent_contract).toBe(counts.cluster * 2);
      // One appointment per year of the ten-year window, up to today.
      expect(counts.supervisor_appointment / counts.cluster).toBeGreaterThanOrEqual(10);
      expect(counts.supervisor_appointment / counts.cluster).toBeLessThanOrEqual(11);
      // 40 agent obligations per cluster and about eight per approved plan: 110–130 per cluster, about 350,000 at scale 1.
      expect(counts.reporting_obligation / counts.cluster).toBeGreaterThan(100);
      expect(counts.reporting_obligation / counts.cluster).toBeLessThan(140);
      expect(counts.progress_report / counts.reporting_obligation).toBeGreaterThan(0.75);
      expect(counts.progress_report / counts.reporting_obligation).toBeLessThan(0.95);
      expect(counts.supervisor_review / counts.cluster).toBeGreaterThanOrEqual(19);
      expect(counts.plan_assessment).toBeGreaterThan(counts.supervisor_review);
      expect(counts.budget_adjustment).toBeGreaterThan(0);
      expect(counts.dispute).toBeGreaterThan(0);
      expect(counts.dispute_step).toBeGreaterThan(counts.dispute);
      expect(counts.agency_assessment).toBeGreaterThan(0);
    }
    for (const table of ['development_plan', 'reporting_obligation', 'progress_report', 'supervisor_review', 'plan_assessment'] as const) {
      expect(double[table] / small[table], table).toBeGreaterThan(1.8);
      expect(double[table] / small[table], table).toBeLessThan(2.2);
    }
  });

  const RULES: Array<[string, string]> = [
    [
      'an appointment is decreed by the head of its working group in office that day (R3)',
      `select a.id from supervisor_appointment a where not exists (select 1 from working_group_membership m where m.working_group_id = a.working_group_id
         and m.person_id = a.appointed_by_id and m.role = 'HEAD' and m.starts_on <= a.decree_date and (m.ends_on is null or m.ends_on >= a.decree_date))`,
    ],
    [
      'a supervisor is never the agent or a plan executor of the cluster (R3, conflict of interest)',
      `select a.id from supervisor_appointment a where exists (select 1 from agent_contract c where c.cluster_id = a.cluster_id and c.agent_id = a.supervisor_id)
         or exists (select 1 from development_plan p where p.cluster_id = a.cluster_id and p.executor_id = a.supervisor_id)`,
    ],
    [
      'an agent holds the qualification and contracts with ISIPO (R2)',
      `select c.id from agent_contract c join person p on p.id = c.agent_id join executive_agency e on e.id = c.agency_id
         where not ('DEVELOPMENT_AGENT' = any(p.qualifications)) or not e.contracts_development_agents`,
    ],
    [
      'a report comes from the obligor, for its quarter, once the quarter has begun, and reaches the supervisor in force (R5)',
      `select r.id from progress_report r join reporting_obligation o on o.id = r.obligation_id
         where r.submitted_by_id <> o.obligor_id or r.period <> o.period or r.submitted_on > '${DEMO_TODAY}' or r.submitted_on < o.period_ends_on - 100
            or r.recipient_supervisor_id is distinct from (select a.supervisor_id from supervisor_appointment a where a.cluster_id = r.cluster_id
                 and a.starts_on <= r.submitted_on and coalesce(a.revoked_on, a.ends_on) >= r.submitted_on)`,
    ],
    [
      'the obligation keeps the date of its first revision, a revision supersedes the first, and a waived obligation has no report',
      `select o.id from reporting_obligation o left join progress_report r on r.obligation_id = o.id and r.revision = 1
         where o.submitted_on is distinct from r.submitted_on or (o.waived_on is not null and r.id is not null)
       union all
       select r.id from progress_report r join progress_report s on s.id = r.supersedes_id where s.obligation_id <> r.obligation_id or r.submitted_on < s.submitted_on`,
    ],
    [
      'a report without progress gives at least one bottleneck (R5)',
      `select r.id from progress_report r where not r.made_progress and not exists (select 1 from report_bottleneck b where b.report_id = r.id)`,
    ],
    [
      'a plan obligation is owed only for an approved plan, within its term',
      `select o.id from reporting_obligation o join development_plan p on p.id = o.plan_id
         where p.status not in ('APPROVED', 'COMPLETED', 'SUSPENDED') or o.period_ends_on < p.starts_on`,
    ],
    [
      'a review is by the supervisor in force on its day (R6)',
      `select v.id from supervisor_review v join supervisor_appointment a on a.id = v.appointment_id
         where a.supervisor_id <> v.supervisor_id or a.cluster_id <> v.cluster_id or a.starts_on > v.reviewed_on or coalesce(a.revoked_on, a.ends_on) < v.reviewed_on`,
    ],
    [
      'an adjustment cites a review that assessed the plan, follows its score, chains its budgets, and is decided by a head or secretariat in office (R4, R8)',
      `select b.id from budget_adjustment b join development_plan p on p.id = b.plan_id
         left join plan_assessment s on s.review_id = b.basis_review_id and s.plan_id = b.plan_id
         where s.id is null or (b.amount > 0) <> (s.performance_score >= 60) or p.approved_budget is null
            or b.budget_before <> p.approved_budget + coalesce((select sum(e.amount) from budget_adjustment e where e.plan_id = b.plan_id and e.decided_on < b.decided_on), 0)
            or not exists (select 1 from working_group_membership m where m.working_group_id = b.working_group_id and m.person_id = b.decided_by_id
                           and m.role in ('HEAD', 'SECRETARIAT') and m.starts_on <= b.decided_on and (m.ends_on is null or m.ends_on >= b.decided_on))
       union all
       select p.id from development_plan p where p.current_budget <> p.approved_budget + coalesce((select sum(amount) from budget_adjustment b where b.plan_id = p.id), 0)`,
    ],
    [
      'a dispute starts at its province, and reaches the centre only through NO_AGREEMENT (R7)',
      `select d.id from dispute d join cluster c on c.id = d.cluster_id
         where not exists (select 1 from dispute_step s join working_group w on w.id = s.working_group_id
                           where s.dispute_id = d.id and s.from_state is null and s.to_state = 'OPEN_PROVINCIAL' and w.province_id = c.province_id)
            or (d.state in ('ESCALATED', 'RESOLVED_CENTRAL') and not exists (select 1 from dispute_step s where s.dispute_id = d.id and s.from_state = 'NO_AGREEMENT' and s.to_state = 'ESCALATED'))
            or (select s.to_state from dispute_step s where s.dispute_id = d.id order by s.occurred_at desc limit 1) <> d.state`,
    ],
  ];

  it.each(RULES)('%s', async (_, violations) => {
    for (const client of [onDemo, onReference]) {
      expect(await count(client, violations)).toBe(0);
    }
  });

  it('keeps the search forms and the budget band the database checks', async () => {
    for (const client of [onDemo, onReference]) {
      expect(await count(client, `select id from development_plan where search_title <> persian_search_key(title)`)).toBe(0);
      expect(await count(client, `select id from cluster where search_name <> persian_search_key(name_fa)`)).toBe(0);
      expect(
        await count(
          client,
          `select id from development_plan where current_budget * 10 < approved_budget * 9 or current_budget * 10 > approved_budget * 11`,
        ),
      ).toBe(0);
    }
  });
});
