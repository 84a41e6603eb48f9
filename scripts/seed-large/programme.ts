/**
 * A national-scale programme written with set-based statements (INSERT … SELECT over
 * generate_series and staging tables; no ORM round trips), for analysts' queries and the benchmark.
 *
 * At scale 1: every province with a working group and a head in office, about 3,000 clusters (97 per
 * province), each with two consecutive five-year agent contracts, a supervisor appointed for every
 * year, ten development plans with two indicators each, and ten years (40 quarters, up to the
 * current one) of quarterly obligations and progress reports with revisions, bottlenecks and
 * indicator actuals; supervisor reviews every second quarter assessing the plans in progress, budget
 * adjustments based on them, disputes through every state, and quarterly agency assessments. Other
 * scales multiply the clusters (at least one per province) and everything hangs off them.
 *
 * Every row obeys the rules of the regulation, not only the database's constraints: appointments
 * last one year exactly and never overlap, and are decreed by the head in office; supervisors are
 * never agents or executors; reports come from the obligor, reach the supervisor in force, and a
 * revision keeps the first submission date; an adjustment cites a review that assessed the plan,
 * follows its score (≥ 60 up, < 60 down) and keeps the budget within 90–110% of the approved one;
 * disputes start at the province and are escalated only after NO_AGREEMENT.
 *
 * Everything is written in one transaction: a failure leaves the database as it was.
 */
import { randomBytes } from 'node:crypto';

import type { Client } from 'pg';

import { previousQuarter, type Quarter, quarterEnd, quarterLabel, quarterOf, quarterStart } from '../../server/kernel/calendar';
import { DEFAULT_GRACE_DAYS, reportDueOn } from '../../server/modules/reporting/reporting.rules';

export interface SeedOptions {
  /** 1 = about 3,000 clusters; any positive number, at least one cluster per province. */
  scale: number;
  /** Today's date (Tehran), `YYYY-MM-DD`: the last quarter written is the one it falls in. */
  today: string;
  /** Grace days after a quarter's end before a report is late (R5). */
  graceDays?: number;
  /** Called after each step with the step's name, the steps done and the steps in all. */
  progress?: (step: string, done: number, total: number) => void;
}

/** Clusters per province at scale 1: 31 × 97 = 3,007. */
export const CLUSTERS_PER_PROVINCE = 97;
export const PLANS_PER_CLUSTER = 10;
export const QUARTERS = 40;
/** Supervisors per province; cluster i is supervised in year k by the ((i + k) mod 5)-th. */
const SUPERVISORS_PER_PROVINCE = 5;
const EXECUTORS_PER_CLUSTER = 3;

/** The tables the programme writes, in the order their row counts are reported. */
export const SEEDED_TABLES = [
  'working_group',
  'working_group_membership',
  'person',
  'cluster',
  'agent_contract',
  'supervisor_appointment',
  'development_plan',
  'plan_indicator',
  'reporting_obligation',
  'progress_report',
  'report_bottleneck',
  'indicator_actual',
  'supervisor_review',
  'plan_assessment',
  'budget_adjustment',
  'dispute',
  'dispute_party',
  'dispute_step',
  'agency_assessment',
] as const;

export type RowCounts = Record<(typeof SEEDED_TABLES)[number], number>;

const PRODUCTS: ReadonlyArray<readonly [string, string, string]> = [
  ['فرش دستباف', 'Handwoven Carpet', '1393'],
  ['کاشی‌کاری', 'Tile Work', '2393'],
  ['سنگ‌های تزئینی', 'Decorative Stone', '0810'],
  ['زعفران', 'Saffron', '1079'],
  ['پسته', 'Pistachio', '0125'],
  ['خرما', 'Date Palm', '0122'],
  ['چرم', 'Leather', '1512'],
  ['مبلمان', 'Furniture', '3100'],
  ['صنایع‌دستی', 'Handicrafts', '3290'],
  ['قطعات خودرو', 'Auto Parts', '2930'],
  ['پوشاک', 'Clothing', '1410'],
  ['لبنیات', 'Dairy', '1050'],
  ['گلاب', 'Rosewater', '2029'],
  ['سفال', 'Pottery', '2393'],
  ['نساجی', 'Textiles', '1399'],
];
const FIRST_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['علی', 'Ali'],
  ['مریم', 'Maryam'],
  ['رضا', 'Reza'],
  ['زهرا', 'Zahra'],
  ['حسین', 'Hossein'],
  ['فاطمه', 'Fatemeh'],
  ['مهدی', 'Mahdi'],
  ['نرگس', 'Narges'],
  ['امیر', 'Amir'],
  ['سارا', 'Sara'],
  ['کیوان', 'Keyvan'],
  ['لیلا', 'Leila'],
];
const LAST_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['احمدی', 'Ahmadi'],
  ['کریمی', 'Karimi'],
  ['حسینی', 'Hosseini'],
  ['رضایی', 'Rezaei'],
  ['موسوی', 'Mousavi'],
  ['جعفری', 'Jafari'],
  ['صادقی', 'Sadeghi'],
  ['کاظمی', 'Kazemi'],
  ['یزدانی', 'Yazdani'],
  ['نوری', 'Nouri'],
  ['طاهری', 'Taheri'],
  ['شریفی', 'Sharifi'],
  ['ملکی', 'Maleki'],
];

/** SQL array literal of a list of strings (constants of this file only). */
function textArray(values: readonly string[]): string {
  return `array[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ')}]::text[]`;
}

const FIRST_FA = textArray(FIRST_NAMES.map(([fa]) => fa));
const FIRST_EN = textArray(FIRST_NAMES.map(([, en]) => en));
const LAST_FA = textArray(LAST_NAMES.map(([fa]) => fa));
const LAST_EN = textArray(LAST_NAMES.map(([, en]) => en));
/** A person's Persian and Latin name from a number (`n`), spread over the name lists. */
const nameFa = (n: string) =>
  `(${FIRST_FA})[1 + (${n}) % ${FIRST_NAMES.length}] || ' ' || (${LAST_FA})[1 + ((${n}) / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}]`;
const nameEn = (n: string) =>
  `(${FIRST_EN})[1 + (${n}) % ${FIRST_NAMES.length}] || ' ' || (${LAST_EN})[1 + ((${n}) / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}]`;
/** A stable pseudo-random number 0–99 from a row's id and a salt. */
const pick = (id: string, salt: string) => `(abs(hashtext((${id})::text || '${salt}')) % 100)`;
/**
 * The head of working group `group` in office on `day` (or the latest appointed before it). Both are
 * SQL expressions of the outer query and must be qualified: membership columns would shadow them.
 */
const headOn = (group: string, day: string) =>
  `(select m.person_id from working_group_membership m where m.working_group_id = ${group} and m.role = 'HEAD' and m.starts_on <= ${day}
     order by (m.ends_on is null or m.ends_on >= ${day}) desc, m.starts_on desc limit 1)`;

interface Step {
  name: string;
  run(client: Client): Promise<void>;
}

/** The 40 quarters that end with the one `today` falls in. */
function quarterRows(today: string, graceDays: number) {
  const quarters: Quarter[] = [];
  for (let quarter = quarterOf(today), i = 0; i < QUARTERS; quarter = previousQuarter(quarter), i += 1) quarters.unshift(quarter);
  return quarters.map((quarter, idx) => ({
    idx,
    label: quarterLabel(quarter),
    starts_on: quarterStart(quarter),
    ends_on: quarterEnd(quarter),
    due_on: reportDueOn(quarterEnd(quarter), graceDays),
  }));
}

export async function countRows(client: Client): Promise<RowCounts> {
  const sql = SEEDED_TABLES.map((table) => `(select count(*) from "${table}")::int as "${table}"`).join(', ');
  return (await client.query(`select ${sql}`)).rows[0] as RowCounts;
}

/** Writes the programme; returns the rows added to each table. */
export async function seedLargeProgramme(client: Client, options: SeedOptions): Promise<RowCounts> {
  if (!(options.scale > 0) || !Number.isFinite(options.scale)) throw new RangeError('scale must be a positive number');
  const clustersPerProvince = Math.max(1, Math.round(CLUSTERS_PER_PROVINCE * options.scale));
  const quarters = quarterRows(options.today, options.graceDays ?? DEFAULT_GRACE_DAYS);
  const windowStart = quarters[0].starts_on;
  // Run tag: keeps e-mail addresses, contract and decree numbers unique when the programme is written twice.
  const tag = randomBytes(3).toString('hex');
  const today = `'${options.today}'::date`;
  const W = `'${windowStart}'::date`;

  const steps: Step[] = [
    {
      name: 'quarters and provinces',
      run: async (c) => {
        await c.query(
          `create temporary table sl_quarter on commit drop as
             select * from jsonb_to_recordset($1::jsonb) as q(idx int, label text, starts_on date, ends_on date, due_on date)`,
          [JSON.stringify(quarters)],
        );
        // Provinces without a working group get one.
        await c.query(
          `insert into working_group (id, level, province_id, name, name_fa, search_name)
           select gen_random_uuid(), 'PROVINCIAL', p.id, p.name_en || ' Export Development Working Group', 'کارگروه توسعه صادرات ' || p.name_fa,
                  persian_search_key('کارگروه توسعه صادرات ' || p.name_fa)
           from province p where not exists (select 1 from working_group w where w.province_id = p.id)`,
        );
        await c.query(
          `create temporary table sl_province on commit drop as
             select p.id as province_id, p.code, p.name_fa, (row_number() over (order by p.code))::int as p_idx,
                    w.id as group_id, (select id from working_group where level = 'CENTRAL') as central_id
             from province p join working_group w on w.province_id = p.id`,
        );
        // A head in office from a year before the window, up to the first head already recorded (if any).
        await c.query(
          `with groups as (
             select w.id as group_id, coalesce(p.code, 'central') as code, w.level,
                    (select min(m.starts_on) from working_group_membership m where m.working_group_id = w.id and m.role = 'HEAD') as first_head
             from working_group w left join province p on p.id = w.province_id
           ), missing as (
             select group_id, code, first_head, gen_random_uuid() as person_id, row_number() over (order by code) as n from groups
             where first_head is null or first_head > ${W} - 365
           ), people as (
             insert into person (id, full_name_fa, full_name_latin, search_name, email)
             select person_id, ${nameFa('n * 5 + 3')}, ${nameEn('n * 5 + 3')}, persian_search_key(${nameFa('n * 5 + 3')}),
                    'head.' || lower(code) || '.${tag}@seed.test' from missing
           )
           insert into working_group_membership (id, working_group_id, person_id, role, starts_on, ends_on)
           select gen_random_uuid(), group_id, person_id, 'HEAD', ${W} - 365, first_head - 1 from missing`,
        );
      },
    },
    {
      name: 'clusters, agents, executors and supervisors',
      run: async (c) => {
        await c.query(
          `create temporary table sl_cluster on commit drop as
             select p.province_id, p.group_id, p.central_id, p.code, p.name_fa as province_fa, i,
                    (select count(*) from cluster)::int + (p.p_idx - 1) * $1 + i + 1 as n,
                    gen_random_uuid() as cluster_id, gen_random_uuid() as agent_id,
                    array[gen_random_uuid(), gen_random_uuid(), gen_random_uuid()] as executor_ids
             from sl_province p cross join generate_series(0, $1 - 1) i`,
          [clustersPerProvince],
        );
        await c.query(`create index on sl_cluster (cluster_id)`);
        await c.query(
          `create temporary table sl_supervisor on commit drop as
             select p.province_id, s, gen_random_uuid() as person_id, p.p_idx * 10 + s as n, p.code from sl_province p cross join generate_series(0, ${SUPERVISORS_PER_PROVINCE - 1}) s`,
        );
        await c.query(
          `insert into person (id, full_name_fa, full_name_latin, search_name, email, qualifications)
           select id, ${nameFa('n')}, ${nameEn('n')}, persian_search_key(${nameFa('n')}), email, qualifications from (
             select agent_id as id, n * 7 as n, 'agent.' || n || '.${tag}@seed.test' as email, array['DEVELOPMENT_AGENT']::text[] as qualifications from sl_cluster
             union all
             select e.id, n * 7 + e.k, 'executor.' || n || '.' || e.k || '.${tag}@seed.test', array[]::text[]
             from sl_cluster, unnest(executor_ids) with ordinality as e(id, k)
             union all
             select person_id, n * 3 + 1, 'supervisor.' || lower(code) || '.' || s || '.${tag}@seed.test', array['CLUSTER_DEVELOPMENT_EXPERTISE']::text[] from sl_supervisor
           ) people`,
        );
        const productsFa = textArray(PRODUCTS.map(([fa]) => fa));
        const productsEn = textArray(PRODUCTS.map(([, en]) => en));
        const isic = textArray(PRODUCTS.map(([, , code]) => code));
        await c.query(
          `insert into cluster (id, name, name_fa, search_name, province_id, isic_code, main_products, status)
           select cluster_id, en || ' Cluster ' || n, fa, persian_search_key(fa), province_id, (${isic})[k], array[(${productsEn})[k]],
                  (case when n % 23 = 0 then 'GRADUATED' else 'ACTIVE' end)::cluster_status
           from (select *, 1 + n % ${PRODUCTS.length} as k from sl_cluster) s,
                lateral (select 'خوشه ' || (${productsFa})[k] || ' ' || province_fa || ' ' || n as fa, (${productsEn})[k] as en) names`,
        );
      },
    },
    {
      name: 'agent contracts and supervisor appointments',
      run: async (c) => {
        // Two consecutive five-year contracts with ISIPO, the agency that contracts agents (R2).
        await c.query(
          `create temporary table sl_contract on commit drop as
             select gen_random_uuid() as id, s.cluster_id, s.agent_id, s.group_id, s.n, k,
                    (${W} + make_interval(years => 5 * k))::date as starts_on, (${W} + make_interval(years => 5 * k + 5))::date - 1 as ends_on
             from sl_cluster s cross join generate_series(0, 1) k`,
        );
        await c.query(
          `insert into agent_contract (id, contract_number, cluster_id, agent_id, agency_id, starts_on, ends_on)
           select id, 'SL-${tag}-' || n || '-' || (k + 1), cluster_id, agent_id,
                  (select id from executive_agency where contracts_development_agents), starts_on, ends_on
           from sl_contract`,
        );
        // One appointment a year for each cluster, one year exactly (R3), decreed ten days before by the head in office.
        await c.query(
          `create temporary table sl_appointment on commit drop as
             select gen_random_uuid() as id, s.cluster_id, s.group_id, s.n, k, sv.person_id as supervisor_id,
                    (${W} + make_interval(years => k))::date as starts_on, (${W} + make_interval(years => k + 1))::date - 1 as ends_on
             from sl_cluster s cross join generate_series(0, 10) k
             join sl_supervisor sv on sv.province_id = s.province_id and sv.s = (s.i + k) % ${SUPERVISORS_PER_PROVINCE}
             where (${W} + make_interval(years => k))::date <= ${today}`,
        );
        await c.query(`create index on sl_appointment (cluster_id, starts_on)`);
        await c.query(
          `insert into supervisor_appointment (id, cluster_id, supervisor_id, working_group_id, appointed_by_id, decree_number, decree_date, starts_on, ends_on)
           select a.id, a.cluster_id, a.supervisor_id, a.group_id, ${headOn('a.group_id', 'a.starts_on - 10')}, 'SL-${tag}-' || a.n || '-' || (a.k + 1),
                  a.starts_on - 10, a.starts_on, a.ends_on
           from sl_appointment a`,
        );
      },
    },
    {
      name: 'development plans and indicators',
      run: async (c) => {
        // Ten plans per cluster, one proposed each year; each runs two years once approved.
        await c.query(
          `create temporary table sl_plan on commit drop as
             select *, case when status in ('PROPOSED', 'REJECTED') then null else (n * 10 + j) % 41 * 2000000000::bigint + 5000000000 end as approved_budget
             from (
               select gen_random_uuid() as plan_id, s.cluster_id, s.group_id, s.n, j, s.executor_ids[1 + j % ${EXECUTORS_PER_CLUSTER}] as executor_id,
                      proposed_on, proposed_on + 30 as decided_on, proposed_on + 45 as starts_on, (proposed_on + 45 + interval '2 years')::date - 1 as ends_on,
                      case when (s.n * 10 + j) % 20 = 0 then 'REJECTED'
                           when j = 9 and s.n % 3 = 0 then 'PROPOSED'
                           when (proposed_on + 45 + interval '2 years')::date - 1 < ${today} then 'COMPLETED'
                           else 'APPROVED' end as status
               from sl_cluster s cross join generate_series(0, ${PLANS_PER_CLUSTER - 1}) j,
                    lateral (select least(${W} + j * 360 + (s.n * 37) % 300, ${today} - 60) as proposed_on) d
             ) plans`,
        );
        await c.query(`create index on sl_plan (cluster_id)`);
        await c.query(
          `insert into development_plan (id, cluster_id, executor_id, responsible_agency_id, decided_by_id, title, search_title, kind, status, proposed_on,
                                         decided_on, starts_on, ends_on, proposed_budget, approved_budget, current_budget, rejection_reason, completed_on)
           select plan_id, cluster_id, executor_id, agencies[1 + (n + j) % cardinality(agencies)],
                  case when status <> 'PROPOSED' then group_id end, title, persian_search_key(title),
                  (case when j % 4 = 3 then 'PROJECT' else 'PLAN' end)::plan_kind, status::plan_status, proposed_on,
                  case when status <> 'PROPOSED' then decided_on end, starts_on, ends_on,
                  coalesce(approved_budget, (n * 10 + j) % 41 * 2000000000::bigint + 5000000000), approved_budget, approved_budget,
                  case when status = 'REJECTED' then 'بودجه پیشنهادی با اولویت‌های استان همخوان نیست.' end,
                  case when status = 'COMPLETED' then ends_on end
           from sl_plan, (select array_agg(id order by code) as agencies from executive_agency) a,
                lateral (select (array['توسعه بازارهای صادراتی', 'آموزش و توانمندسازی بنگاه‌ها', 'ایجاد مرکز خدمات مشترک', 'برندسازی و بسته‌بندی', 'استانداردسازی محصولات'])[1 + j % 5]
                                || ' ' || (j + 1) || ' خوشه ' || n as title) t`,
        );
        // Two indicators per plan: export value (higher is better) and days to clear customs (lower is better).
        await c.query(
          `insert into plan_indicator (id, plan_id, name, unit, baseline, target, higher_is_better)
           select gen_random_uuid(), plan_id, 'ارزش صادرات', 'rial', 1000000000::numeric * (1 + n % 9), 1000000000::numeric * (3 + n % 9), true from sl_plan
           union all
           select gen_random_uuid(), plan_id, 'روزهای ترخیص', 'day', 30 + n % 10, 10 + n % 5, false from sl_plan`,
        );
      },
    },
    {
      name: 'quarterly obligations',
      run: async (c) => {
        // Owed by the executor of every approved plan for each quarter of its term, and by the agent
        // of every contract for each quarter it is in force (R5); up to the current quarter.
        await c.query(
          `create temporary table sl_obligation on commit drop as
             select o.*, case
                      when o.due_on < ${today} then case
                        when h < 3 then null when h < 11 then null
                        when h < 26 then least(o.due_on + 1 + h % 40, ${today})
                        else o.period_ends_on + h % 15 end
                      when o.period_ends_on < ${today} and h < 60 then least(o.period_ends_on + h % 15, ${today})
                    end as submitted_on,
                    case when o.due_on < ${today} and h < 3 then least(o.period_ends_on + 5, ${today}) end as waived_on
             from (
               select gen_random_uuid() as id, 'PLAN_EXECUTOR'::obligation_kind as kind, p.executor_id as obligor_id, p.cluster_id, p.group_id,
                      null::uuid as agent_contract_id, p.plan_id, q.idx, q.label, q.starts_on as period_starts_on, q.ends_on as period_ends_on, q.due_on,
                      p.starts_on as term_starts_on, p.ends_on as term_ends_on, p.n
               from sl_plan p join sl_quarter q on q.starts_on <= p.ends_on and q.ends_on >= p.starts_on
               where p.status in ('APPROVED', 'COMPLETED')
               union all
               select gen_random_uuid(), 'AGENT', k.agent_id, k.cluster_id, k.group_id, k.id, null, q.idx, q.label, q.starts_on, q.ends_on, q.due_on,
                      k.starts_on, k.ends_on, k.n
               from sl_contract k join sl_quarter q on q.starts_on <= k.ends_on and q.ends_on >= k.starts_on
             ) o, lateral (select ${pick('o.id', 'submission')} as h) r`,
        );
        await c.query(
          `insert into reporting_obligation (id, kind, obligor_id, cluster_id, agent_contract_id, plan_id, period, period_ends_on, due_on,
                                             submitted_on, submitted_late, waived_on, waiver_reason, waived_by_id)
           select id, kind, obligor_id, cluster_id, agent_contract_id, plan_id, label, period_ends_on, due_on,
                  submitted_on, submitted_on > due_on, waived_on,
                  case when waived_on is not null then 'فعالیت خوشه در این فصل به دلیل شرایط قهری متوقف بود.' end,
                  case when waived_on is not null then group_id end
           from sl_obligation`,
        );
      },
    },
    {
      name: 'progress reports and revisions',
      run: async (c) => {
        // The first revision of every submitted report, delivered to the supervisor in force that day.
        await c.query(
          `create temporary table sl_report on commit drop as
             select gen_random_uuid() as id, o.id as obligation_id, o.cluster_id, o.plan_id, o.obligor_id, o.group_id, o.label, o.due_on,
                    o.submitted_on, ${pick('o.id', 'progress')} >= 12 as made_progress,
                    case when o.plan_id is not null
                         then least(100, greatest(1, round(100.0 * (o.period_ends_on - o.term_starts_on + 1) / (o.term_ends_on - o.term_starts_on + 1))))
                         else 10 + ${pick('o.id', 'percent')} % 90 end as percent,
                    (select a.supervisor_id from sl_appointment a where a.cluster_id = o.cluster_id and a.starts_on <= o.submitted_on
                     order by a.starts_on desc limit 1) as supervisor_id,
                    ${pick('o.id', 'revision')} < 4 and o.submitted_on + 10 <= ${today} as revised
             from sl_obligation o where o.submitted_on is not null`,
        );
        await c.query(
          `insert into progress_report (id, obligation_id, cluster_id, plan_id, submitted_by_id, supersedes_id, recipient_supervisor_id, recipient_working_group_id,
                                        period, revision, submitted_on, late, made_progress, percent_complete, summary)
           select id, obligation_id, cluster_id, plan_id, obligor_id, null, supervisor_id, group_id, label, 1, submitted_on, submitted_on > due_on, made_progress,
                  case when made_progress then percent end,
                  case when made_progress then 'پیشرفت فصل طبق برنامه؛ جزئیات در پیوست.' else 'در این فصل پیشرفتی حاصل نشد؛ دلایل و تنگناها ذکر شده است.' end
           from sl_report`,
        );
        // A few corrections: revision 2, ten days later, superseding the first; the obligation keeps its first submission date.
        await c.query(
          `create temporary table sl_revision on commit drop as
             select gen_random_uuid() as id, r.id as first_id, r.obligation_id, r.cluster_id, r.plan_id, r.obligor_id, r.group_id, r.label, r.due_on,
                    r.made_progress, r.percent, r.submitted_on + 10 as revised_on,
                    (select a.supervisor_id from sl_appointment a where a.cluster_id = r.cluster_id and a.starts_on <= r.submitted_on + 10
                     order by a.starts_on desc limit 1) as revised_supervisor_id
             from sl_report r where revised`,
        );
        await c.query(
          `insert into progress_report (id, obligation_id, cluster_id, plan_id, submitted_by_id, supersedes_id, recipient_supervisor_id, recipient_working_group_id,
                                        period, revision, submitted_on, late, made_progress, percent_complete, summary)
           select v.id, v.obligation_id, v.cluster_id, v.plan_id, v.obligor_id, v.first_id,
                  v.revised_supervisor_id, v.group_id, v.label, 2, v.revised_on, v.revised_on > v.due_on, v.made_progress,
                  case when v.made_progress then v.percent end, 'اصلاحیه گزارش فصل: ارقام شاخص‌ها بازبینی شد.'
           from sl_revision v`,
        );
        // No progress needs at least one reason with a bottleneck category (R5).
        await c.query(
          `insert into report_bottleneck (id, report_id, category, description)
           select gen_random_uuid(), id, (array['FINANCING', 'REGULATORY', 'INTER_AGENCY', 'MARKET', 'INFRASTRUCTURE', 'HUMAN_RESOURCES', 'OTHER'])[1 + ${pick('id', 'category')} % 7]::bottleneck_category,
                  'تأخیر در تأمین منابع و مجوزهای لازم.'
           from (select id, made_progress from sl_report union all select id, made_progress from sl_revision) r where not made_progress`,
        );
      },
    },
    {
      name: 'indicator actuals',
      run: async (c) => {
        // Plan reports that made progress give both indicators' actuals, moving from the baseline toward the target (or past it).
        await c.query(
          `insert into indicator_actual (id, report_id, indicator_id, value)
           select gen_random_uuid(), r.id, i.id,
                  round(i.baseline + (i.target - i.baseline) * r.percent / 100.0 * (50 + ${pick('r.obligation_id', 'achievement')} * 0.8) / 100.0, 4)
           from (select id, obligation_id, plan_id, percent, made_progress from sl_report union all
                 select id, obligation_id, plan_id, percent, made_progress from sl_revision) r
           join plan_indicator i on i.plan_id = r.plan_id
           where r.made_progress`,
        );
      },
    },
    {
      name: 'supervisor reviews and plan assessments',
      run: async (c) => {
        // Every second quarter, ten days before its end, the supervisor in force reviews the cluster (R6).
        await c.query(
          `create temporary table sl_review on commit drop as
             select gen_random_uuid() as id, s.cluster_id, s.group_id, s.central_id, q.label, q.ends_on - 10 as reviewed_on, a.id as appointment_id, a.supervisor_id
             from sl_cluster s join sl_quarter q on q.idx % 2 = 1 and q.ends_on - 10 <= ${today},
                  lateral (select a.id, a.supervisor_id from sl_appointment a where a.cluster_id = s.cluster_id and a.starts_on <= q.ends_on - 10
                           order by a.starts_on desc limit 1) a`,
        );
        await c.query(
          `insert into supervisor_review (id, appointment_id, cluster_id, supervisor_id, routed_to_central_id, routed_to_provincial_id, reviewed_on, period, findings, recommendations)
           select id, appointment_id, cluster_id, supervisor_id, central_id, group_id, reviewed_on, label,
                  'عملکرد برنامه‌ها و بازده اقتصادی خوشه در این دوره بررسی شد.',
                  array['تقویت هماهنگی میان دستگاه‌های اجرایی', 'پیگیری تأمین مالی طرح‌های عقب‌مانده']
           from sl_review`,
        );
        await c.query(
          `create temporary table sl_assessment on commit drop as
             select gen_random_uuid() as id, v.id as review_id, v.reviewed_on, v.group_id, p.plan_id, p.approved_budget, p.ends_on,
                    ${pick('v.id::text || p.plan_id', 'score')} + (case when ${pick('p.plan_id', 'quality')} >= 50 then 1 else 0 end) as score
             from sl_review v join sl_plan p on p.cluster_id = v.cluster_id and p.status in ('APPROVED', 'COMPLETED')
                                            and p.starts_on <= v.reviewed_on and p.ends_on >= v.reviewed_on`,
        );
        await c.query(
          `insert into plan_assessment (id, review_id, plan_id, performance_score, export_value, jobs_created, investment, remarks)
           select id, review_id, plan_id, score, approved_budget / 10 * (score + 20) / 100, score / 4, approved_budget / 5, null from sl_assessment`,
        );
      },
    },
    {
      name: 'budget adjustments',
      run: async (c) => {
        // One plan in five is adjusted on its first two assessments, by 4% of the approved budget each,
        // up when the cited score is 60 or more and down below it: at most ±8%, inside the 90–110% band (R8).
        await c.query(
          `create temporary table sl_adjustment on commit drop as
             select gen_random_uuid() as id, a.review_id, a.reviewed_on, a.group_id, a.plan_id, a.approved_budget, a.ends_on, a.score, a.k,
                    (case when a.score >= 60 then 1 else -1 end) * (a.approved_budget / 25) as amount,
                    least(a.reviewed_on + 5, a.ends_on, ${today}) as decided_on
             from (select a.*, row_number() over (partition by plan_id order by reviewed_on) as k from sl_assessment a
                   where ${pick('a.plan_id', 'adjusted')} < 20) a
             where k <= 2`,
        );
        await c.query(
          `insert into budget_adjustment (id, plan_id, working_group_id, decided_by_id, basis_review_id, amount, budget_before, resulting_budget, reason, decided_on)
           select b.id, b.plan_id, b.group_id, ${headOn('b.group_id', 'b.decided_on')}, b.review_id, b.amount,
                  b.approved_budget + coalesce(sum(b.amount) over (partition by b.plan_id order by b.k rows between unbounded preceding and 1 preceding), 0),
                  b.approved_budget + sum(b.amount) over (partition by b.plan_id order by b.k),
                  case when b.amount > 0 then 'افزایش بودجه به تناسب عملکرد مطلوب طبق گزارش ناظر.' else 'کاهش بودجه به دلیل عملکرد ضعیف طبق گزارش ناظر.' end,
                  b.decided_on
           from sl_adjustment b`,
        );
        await c.query(
          `update development_plan d set current_budget = d.approved_budget + t.total
           from (select plan_id, sum(amount) as total from sl_adjustment group by plan_id) t where t.plan_id = d.id`,
        );
      },
    },
    {
      name: 'disputes',
      run: async (c) => {
        // One cluster in four has a dispute, raised at its province (R7) by its agent against an agency;
        // its state runs through the machine as far as the cluster's number says. Escalation moves the
        // forum to the central working group and is asked for by the agent, a party (as the service does).
        await c.query(
          `create temporary table sl_dispute on commit drop as
             select gen_random_uuid() as id, s.cluster_id, s.group_id, s.central_id, s.agent_id, s.n,
                    (array['OPEN_PROVINCIAL', 'RESOLVED_PROVINCIAL', 'NO_AGREEMENT', 'ESCALATED', 'RESOLVED_CENTRAL'])[1 + (s.n / 4) % 5]::dispute_state as state,
                    least(${W} + (s.n % 10) * 360 + 40, ${today} - 40) as raised_on
             from sl_cluster s where s.n % 4 = 0`,
        );
        await c.query(
          `insert into dispute (id, cluster_id, raised_by_id, forum_id, subject, description, state, raised_on, final_decision, resolved_on)
           select id, cluster_id, agent_id, case when state in ('ESCALATED', 'RESOLVED_CENTRAL') then central_id else group_id end, 'اختلاف در تأمین زیرساخت خوشه', 'دستگاه اجرایی تعهدات زیرساختی خوشه را به موقع انجام نداده است.', state, raised_on,
                  case state when 'RESOLVED_PROVINCIAL' then 'کارگروه استان مقرر کرد تعهدات ظرف سه ماه انجام شود.'
                             when 'RESOLVED_CENTRAL' then 'کارگروه مرکزی مقرر کرد دستگاه اجرایی تعهدات را انجام دهد.' end,
                  case state when 'RESOLVED_PROVINCIAL' then raised_on + 20 when 'RESOLVED_CENTRAL' then raised_on + 35 end
           from sl_dispute`,
        );
        await c.query(
          `insert into dispute_party (id, dispute_id, agency_id, person_id)
           select gen_random_uuid(), id, null, agent_id from sl_dispute
           union all
           select gen_random_uuid(), id, (select array_agg(id order by code) from executive_agency where not contracts_development_agents)[1 + n % 3], null from sl_dispute`,
        );
        await c.query(
          `insert into dispute_step (id, dispute_id, working_group_id, actor_id, from_state, to_state, occurred_at, decision)
           select gen_random_uuid(), d.id, g, case when s.step = 3 then d.agent_id else ${headOn('g', 'day')} end, s.from_state::dispute_state, s.to_state::dispute_state, day::timestamptz + interval '10 hours', s.decision
           from sl_dispute d,
                lateral (values
                  (1, null, 'OPEN_PROVINCIAL', 0, d.group_id, null),
                  (2, 'OPEN_PROVINCIAL', case when d.state = 'RESOLVED_PROVINCIAL' then 'RESOLVED_PROVINCIAL' else 'NO_AGREEMENT' end, 20, d.group_id,
                     case when d.state = 'RESOLVED_PROVINCIAL' then 'کارگروه استان مقرر کرد تعهدات ظرف سه ماه انجام شود.' end),
                  (3, 'NO_AGREEMENT', 'ESCALATED', 25, d.central_id, 'توافقی در استان حاصل نشد؛ بررسی در کارگروه مرکزی درخواست می‌شود.'),
                  (4, 'ESCALATED', 'RESOLVED_CENTRAL', 35, d.central_id, 'کارگروه مرکزی مقرر کرد دستگاه اجرایی تعهدات را انجام دهد.')
                ) as s(step, from_state, to_state, days, g, decision),
                lateral (select d.raised_on + s.days as day) t
           where s.step <= case d.state when 'OPEN_PROVINCIAL' then 1 when 'RESOLVED_PROVINCIAL' then 2 when 'NO_AGREEMENT' then 2 when 'ESCALATED' then 3 else 4 end`,
        );
      },
    },
    {
      name: 'agency assessments',
      run: async (c) => {
        // Each provincial working group rates three agencies every quarter that has ended (R9).
        await c.query(
          `insert into agency_assessment (id, working_group_id, agency_id, assessed_by_id, period, rating, opinion)
           select gen_random_uuid(), p.group_id, agencies[1 + (p.p_idx + q.idx + k) % cardinality(agencies)], ${headOn('p.group_id', 'q.ends_on + 20')}, q.label,
                  (array['VERY_GOOD', 'GOOD', 'FAIR', 'POOR', 'VERY_POOR'])[1 + (p.p_idx * 7 + q.idx * 3 + k) % 5]::agency_rating,
                  'ارزیابی عملکرد دستگاه در اجرای مصوبات و طرح‌های خوشه‌ها در این فصل.'
           from sl_province p cross join sl_quarter q cross join generate_series(0, 2) k, (select array_agg(id order by code) as agencies from executive_agency) a
           where q.ends_on + 20 <= ${today}
           on conflict on constraint agency_assessment_unique do nothing`,
        );
      },
    },
  ];

  const before = await countRows(client);
  await client.query('begin');
  try {
    for (const [position, step] of steps.entries()) {
      await step.run(client);
      options.progress?.(step.name, position + 1, steps.length + 1);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
  await client.query('analyze');
  options.progress?.('analyze', steps.length + 1, steps.length + 1);
  const after = await countRows(client);
  return Object.fromEntries(SEEDED_TABLES.map((table) => [table, after[table] - before[table]])) as RowCounts;
}
