/**
 * The national data set of the benchmark, written with a few set-based INSERT … SELECT statements (no
 * ORM round trips): every province gets a provincial working group with a head (where the demo data
 * has none) and `clustersPerProvince` clusters, each with a supervisor appointed for a year, an
 * approved plan with its executor, four quarterly obligations and the reports sent against them.
 */
import type { Client } from 'pg';

import { addDays, oneYearTermEnd, type Quarter, quarterEnd, quarterLabel, quarterStart } from '../../server/kernel/calendar';
import { reportDueOn } from '../../server/modules/reporting/reporting.rules';

const QUARTERS: Quarter[] = [
  { year: 1403, quarter: 2 },
  { year: 1403, quarter: 3 },
  { year: 1403, quarter: 4 },
  { year: 1404, quarter: 1 },
];

/** The quarters of the obligations, with the days (after the quarter's end) a report arrives: 20 for every fourth cluster (late), else 5. */
function quarterRows() {
  return QUARTERS.map((quarter, position) => {
    const periodEndsOn = quarterEnd(quarter);
    return {
      position,
      label: quarterLabel(quarter),
      periodEndsOn,
      dueOn: reportDueOn(periodEndsOn, 15),
      lateOn: addDays(periodEndsOn, 20),
      timelyOn: addDays(periodEndsOn, 5),
    };
  });
}

export type DataSizes = Record<string, number>;

export async function growNationalData(client: Client, clustersPerProvince: number): Promise<DataSizes> {
  const quarters = quarterRows();
  await client.query('begin');
  await client.query(
    `create temporary table bench_seed on commit drop as
       select p.id as province_id, lower(p.code) || '.' || i as tag, i as idx,
              gen_random_uuid() as cluster_id, gen_random_uuid() as supervisor_id, gen_random_uuid() as executor_id,
              gen_random_uuid() as appointer_id, gen_random_uuid() as plan_id,
              (select w.id from working_group w where w.province_id = p.id) as group_id
       from province p cross join generate_series(0, $1::int - 1) i`,
    [clustersPerProvince],
  );
  // Provinces without a working group in the demo data get one, with a head in office.
  await client.query(
    `with missing as (
       select p.id as province_id, p.name_en, p.name_fa, lower(p.code) as code, gen_random_uuid() as group_id, gen_random_uuid() as head_id
       from province p where not exists (select 1 from working_group w where w.province_id = p.id)
     ), groups as (
       insert into working_group (id, level, province_id, name, name_fa, search_name)
       select group_id, 'PROVINCIAL', province_id, name_en || ' working group', 'کارگروه ' || name_fa, persian_search_key('کارگروه ' || name_fa) from missing
     ), heads as (
       insert into person (id, full_name_fa, full_name_latin, search_name, email)
       select head_id, 'شخص head.' || code, 'Person head.' || code, persian_search_key('شخص head.' || code), 'head.' || code || '@bench.test' from missing
     ), seats as (
       insert into working_group_membership (id, working_group_id, person_id, role, starts_on)
       select gen_random_uuid(), group_id, head_id, 'HEAD', '2024-01-01' from missing
     )
     update bench_seed s set group_id = m.group_id from missing m where m.province_id = s.province_id`,
  );
  await client.query(
    `insert into person (id, full_name_fa, full_name_latin, search_name, email, qualifications)
     select id, 'شخص ' || role || '.' || tag, 'Person ' || role || '.' || tag, persian_search_key('شخص ' || role || '.' || tag), role || '.' || tag || '@bench.test', qualifications
     from bench_seed, lateral (values
       (supervisor_id, 'supervisor', array['CLUSTER_DEVELOPMENT_EXPERTISE']::text[]),
       (executor_id, 'executor', array[]::text[]),
       (appointer_id, 'appointer', array[]::text[])) as people(id, role, qualifications)`,
  );
  await client.query(
    `insert into cluster (id, name, name_fa, search_name, province_id, isic_code, main_products, status)
     select cluster_id, 'Bench cluster ' || tag, 'خوشه ' || tag, persian_search_key('خوشه ' || tag), province_id, '1393', array['carpets'], 'ACTIVE' from bench_seed`,
  );
  const termStart = '2025-03-21';
  await client.query(
    `insert into supervisor_appointment (id, cluster_id, supervisor_id, working_group_id, appointed_by_id, decree_number, decree_date, starts_on, ends_on)
     select gen_random_uuid(), cluster_id, supervisor_id, group_id, appointer_id, 'BENCH-' || tag, '2025-03-01', $1, $2 from bench_seed`,
    [termStart, oneYearTermEnd(termStart)],
  );
  await client.query(
    `insert into development_plan (id, cluster_id, executor_id, responsible_agency_id, decided_by_id, title, search_title, status, proposed_on, decided_on,
                                   starts_on, ends_on, proposed_budget, approved_budget, current_budget)
     select plan_id, cluster_id, executor_id, (select id from executive_agency where code = 'ISIPO'), group_id, 'Bench plan ' || tag, persian_search_key('Bench plan ' || tag), 'APPROVED',
            '2024-05-01', '2024-06-01', $1, '2026-03-20', 50000000000, 50000000000, 50000000000 from bench_seed`,
    [quarterStart(QUARTERS[0])],
  );
  // Every quarter but the last is reported; in the last, every third cluster has not reported yet.
  await client.query(
    `create temporary table bench_obligation on commit drop as
       select gen_random_uuid() as id, s.*, q.position, q.label, q.period_ends_on, q.due_on,
              case when q.position < $2 - 1 or s.idx % 3 <> 0 then (case when s.idx % 4 = 0 then q.late_on else q.timely_on end) end as submitted_on
       from bench_seed s cross join jsonb_to_recordset($1::jsonb)
         as q(position int, label text, period_ends_on date, due_on date, late_on date, timely_on date)`,
    [
      JSON.stringify(
        quarters.map((q) => ({
          position: q.position,
          label: q.label,
          period_ends_on: q.periodEndsOn,
          due_on: q.dueOn,
          late_on: q.lateOn,
          timely_on: q.timelyOn,
        })),
      ),
      quarters.length,
    ],
  );
  await client.query(
    `insert into reporting_obligation (id, kind, obligor_id, cluster_id, plan_id, period, period_ends_on, due_on, submitted_on, submitted_late)
     select id, 'PLAN_EXECUTOR', executor_id, cluster_id, plan_id, label, period_ends_on, due_on, submitted_on, submitted_on > due_on from bench_obligation`,
  );
  await client.query(
    `insert into progress_report (id, obligation_id, cluster_id, plan_id, submitted_by_id, recipient_supervisor_id, recipient_working_group_id,
                                  period, submitted_on, late, made_progress, percent_complete, summary)
     select gen_random_uuid(), id, cluster_id, plan_id, executor_id, supervisor_id, group_id, label, submitted_on, submitted_on > due_on, true,
            20 * (position + 1), 'Quarterly progress.'
     from bench_obligation where submitted_on is not null`,
  );
  await client.query('commit');
  await client.query('analyze');
  const count = async (table: string) => Number((await client.query(`select count(*) as n from "${table}"`)).rows[0].n);
  return {
    clustersPerProvince,
    provinces: await count('province'),
    workingGroups: await count('working_group'),
    clusters: await count('cluster'),
    people: await count('person'),
    plans: await count('development_plan'),
    obligations: await count('reporting_obligation'),
    reports: await count('progress_report'),
  };
}
