/**
 * The benchmark's scenarios: a GraphQL query for the API and, for each, the floor: one hand-written
 * SQL statement in which PostgreSQL builds the same response (`{"data": …}`) as JSON text, with the
 * API's orders (server/modules/relations.ts, the *.node.ts files and the root lists' default
 * orders, each ended by the id), its page sizes and its counts. `$1` is today's date.
 */
import { foldPersian, normalizePersian } from '../../server/kernel/persian-text';

export interface Scenario {
  key: string;
  label: string;
  query: string;
  floorSql: string;
  /** Informational targets printed next to the figures. */
  targets: { ratio?: number; cpuMsPerRequest?: number; statementsPerRequest?: number };
  /** The data sets the scenario runs on (scripts/bench.ts, BENCH_DATA); both when left out. */
  dataSets?: readonly DataSet[];
}

/** The benchmark's own data set (scripts/bench/national-data.ts) or seed:large's (scripts/seed-large/programme.ts). */
export type DataSet = 'own' | 'large';

/** Reports that a later revision has corrected are history: lists show the latest revision. */
const latest = (alias: string) => `not exists (select 1 from progress_report later where later.supersedes_id = ${alias}.id)`;

/** The supervisor appointment of cluster `c` in force on $1, joined to the supervisor as `s`. */
const supervisorInForce = (c: string) =>
  `from supervisor_appointment a join person s on s.id = a.supervisor_id where a.cluster_id = ${c}.id and a.starts_on <= $1 ` +
  `and (a.revoked_on >= $1 or (a.revoked_on is null and a.ends_on >= $1)) limit 1`;

/** The agent contract of cluster `c` in force on $1, joined to the agent as `g`. */
const agentInForce = (c: string) =>
  `from agent_contract k join person g on g.id = k.agent_id where k.cluster_id = ${c}.id and k.starts_on <= $1 ` +
  `and (k.terminated_on >= $1 or (k.terminated_on is null and k.ends_on >= $1)) limit 1`;

/** `coalesce(json_agg(item order by …), '[]')`: an empty list rather than null. */
const list = (item: string, order: string) => `coalesce(json_agg(${item} order by ${order}), '[]'::json)`;

const provincesFlat: Scenario = {
  key: 'provinces',
  label: 'provinces (31, flat)',
  query: '{ provinces(first: 100) { totalCount nodes { code nameEn nameFa } } }',
  floorSql: `
    select json_build_object('data', json_build_object('provinces', json_build_object(
      'totalCount', (select count(*) from province),
      'nodes', ${list(`json_build_object('code', pr.code, 'nameEn', pr.name_en, 'nameFa', pr.name_fa)`, 'pr.code, pr.id')})))::text
    from (select * from province order by code, id limit 100) pr`,
  targets: {},
};

const workingGroupsDeep: Scenario = {
  key: 'q1',
  label: 'Q1 working groups → plans → cluster → current supervisor → reports received, plan → reports',
  query:
    '{ workingGroups(first: 100) { nodes { name head { fullNameLatin } plans(first: 100) { totalCount nodes { title currentBudget ' +
    'cluster { name currentSupervisor { fullNameLatin reportsReceived(first: 10) { totalCount nodes { period { label } submittedOn } } } } ' +
    'progressReports(first: 4) { nodes { period { label } madeProgress } } } } } } }',
  floorSql: `
    select json_build_object('data', json_build_object('workingGroups', json_build_object('nodes', ${list(
      `json_build_object(
        'name', w.name,
        'head', (select json_build_object('fullNameLatin', p.full_name_latin)
                 from working_group_membership m join person p on p.id = m.person_id
                 where m.working_group_id = w.id and m.role = 'HEAD' and m.starts_on <= $1 and (m.ends_on is null or m.ends_on >= $1) limit 1),
        'plans', json_build_object(
          'totalCount', (select count(*) from development_plan d where d.decided_by_id = w.id),
          'nodes', (select ${list(
            `json_build_object(
              'title', d.title,
              'currentBudget', d.current_budget::text,
              'cluster', (select json_build_object('name', c.name, 'currentSupervisor', (
                  select json_build_object('fullNameLatin', s.full_name_latin, 'reportsReceived', json_build_object(
                    'totalCount', (select count(*) from progress_report r where r.recipient_supervisor_id = s.id and ${latest('r')}),
                    'nodes', (select ${list(`json_build_object('period', json_build_object('label', r.period), 'submittedOn', r.submitted_on)`, 'r.submitted_on desc, r.id')}
                              from (select r.* from progress_report r where r.recipient_supervisor_id = s.id and ${latest('r')}
                                    order by r.submitted_on desc, r.id limit 10) r)))
                  ${supervisorInForce('c')}))
                from cluster c where c.id = d.cluster_id),
              'progressReports', json_build_object('nodes', (
                select ${list(`json_build_object('period', json_build_object('label', r.period), 'madeProgress', r.made_progress)`, 'r.submitted_on desc, r.id')}
                from (select r.* from progress_report r where r.plan_id = d.id and ${latest('r')} order by r.submitted_on desc, r.id limit 4) r)))`,
            'd.decided_on desc, d.id',
          )}
          from (select d.* from development_plan d where d.decided_by_id = w.id order by d.decided_on desc, d.id limit 100) d)))`,
      'w.code nulls first, w.id',
    )})))::text
    from (select w.*, pr.code from working_group w left join province pr on pr.id = w.province_id order by pr.code nulls first, w.id limit 100) w`,
  targets: { ratio: 0.6, cpuMsPerRequest: 10 },
  // On seed:large each plan's cluster's supervisor has received some 2,000 reports, counted for each of
  // the 3,200 plans on the page: the floor's statement alone runs past a minute (README, "Benchmark").
  dataSets: ['own'],
};

const provinceClusters: Scenario = {
  key: 'q2',
  label: 'Q2 provinces → clusters (first 100) with totalCount, agent, supervisor',
  query:
    '{ provinces(first: 100) { nodes { code clusters(first: 100) { totalCount nodes { name status currentSupervisor { fullNameLatin } currentAgent { fullNameLatin } } } } } }',
  floorSql: `
    select json_build_object('data', json_build_object('provinces', json_build_object('nodes', ${list(
      `json_build_object(
        'code', pr.code,
        'clusters', json_build_object(
          'totalCount', (select count(*) from cluster c where c.province_id = pr.id),
          'nodes', (select ${list(
            `json_build_object('name', c.name, 'status', c.status,
              'currentSupervisor', (select json_build_object('fullNameLatin', s.full_name_latin) ${supervisorInForce('c')}),
              'currentAgent', (select json_build_object('fullNameLatin', g.full_name_latin) ${agentInForce('c')}))`,
            'c.name, c.id',
          )}
          from (select c.* from cluster c where c.province_id = pr.id order by c.name, c.id limit 100) c)))`,
      'pr.code, pr.id',
    )})))::text
    from (select * from province order by code, id limit 100) pr`,
  targets: { ratio: 0.6 },
};

const overdueObligations: Scenario = {
  key: 'q3',
  label: 'Q3 overdue and due obligations, filtered, ordered, counted, with cluster and province',
  query:
    '{ reportingObligations(first: 100, filter: { statuses: [OVERDUE, DUE] }, orderBy: { field: DUE_ON }) ' +
    '{ totalCount nodes { dueOn cluster { name province { code } } obligor { email } } } }',
  // OVERDUE: not waived, not sent, past due. DUE: not waived, not sent, quarter over, still within the grace period.
  floorSql: `
    with matching as (
      select o.* from reporting_obligation o
      where o.waived_on is null and o.submitted_on is null and (o.due_on < $1 or (o.period_ends_on < $1 and o.due_on >= $1))
    )
    select json_build_object('data', json_build_object('reportingObligations', json_build_object(
      'totalCount', (select count(*) from matching),
      'nodes', (select ${list(
        `json_build_object('dueOn', o.due_on,
          'cluster', (select json_build_object('name', c.name, 'province', json_build_object('code', pr.code))
                      from cluster c join province pr on pr.id = c.province_id where c.id = o.cluster_id),
          'obligor', (select json_build_object('email', p.email) from person p where p.id = o.obligor_id))`,
        'o.due_on, o.id',
      )}
      from (select * from matching order by due_on, id limit 100) o))))::text`,
  targets: { ratio: 0.4 },
};

/** A text as an SQL string literal (constants of this file only). */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Targets of the analysts' scenarios: one statement, and at least 0.7 of the floor's requests per second. */
const ANALYST_TARGETS = { ratio: 0.7, statementsPerRequest: 1 };

/**
 * The last 8 quarters up to the data's today (2025-08-15, 1404-Q2), completeness and timeliness per
 * province (Art. 4-1; the rates as README "Reporting compliance" defines them): counted per
 * obligation by its state on $1, rates rounded to 4 places without trailing zeros.
 */
const complianceByProvince: Scenario = {
  key: 'compliance',
  label: 'A1 reporting compliance by province, last 8 quarters',
  query:
    '{ reportingCompliance(from: "1402-Q3", to: "1404-Q2", groupBy: [PROVINCE]) ' +
    '{ keys { province { code } } expected waived notYetDue due submitted onTime late overdue onTimeRate completenessRate } }',
  floorSql: `
    with counted as (
      select pr.id, pr.code, count(*)::int as expected,
             count(*) filter (where o.waived_on is not null)::int as waived,
             count(*) filter (where o.waived_on is null and o.submitted_on is null and o.due_on >= $1)::int as not_yet_due,
             count(*) filter (where o.waived_on is null and o.submitted_on is not null and not o.submitted_late)::int as on_time,
             count(*) filter (where o.waived_on is null and o.submitted_on is not null and o.submitted_late)::int as late,
             count(*) filter (where o.waived_on is null and o.submitted_on is null and o.due_on < $1)::int as overdue
      from reporting_obligation o join cluster c on c.id = o.cluster_id join province pr on pr.id = c.province_id
      where o.period between '1402-Q3' and '1404-Q2'
      group by pr.id, pr.code
    ), rated as (select *, on_time + late as submitted, on_time + late + overdue as due from counted)
    select json_build_object('data', json_build_object('reportingCompliance', ${list(
      `json_build_object('keys', json_build_object('province', json_build_object('code', g.code)),
        'expected', g.expected, 'waived', g.waived, 'notYetDue', g.not_yet_due, 'due', g.due, 'submitted', g.submitted,
        'onTime', g.on_time, 'late', g.late, 'overdue', g.overdue,
        'onTimeRate', case when g.due = 0 then null else trim_scale(round(g.on_time::numeric / g.due, 4))::text end,
        'completenessRate', case when g.due = 0 then null else trim_scale(round(g.submitted::numeric / g.due, 4))::text end)`,
      'g.code, g.id',
    )}))::text
    from (select * from rated order by code, id limit 100) g`,
  targets: ANALYST_TARGETS,
};

/**
 * The 20 worst achievement rates (R10): each indicator's latest actual is that of the latest current
 * revision stating one (period, submission, revision, creation, latest first), found for every
 * indicator in one pass; rate = actual ÷ target, or (2 × target − actual) ÷ target when lower is
 * better, rounded to 4 places; ties by the larger absolute gap; no rate last.
 */
const worstAchievement: Scenario = {
  key: 'worst',
  label: 'A2 the 20 worst achievement rates, with plan, cluster and province',
  query:
    '{ planIndicators(first: 20, orderBy: { field: ACHIEVEMENT_RATE, direction: ASC }) ' +
    '{ nodes { name unit target latestActual achievementRate plan { title cluster { name province { code } } } } } }',
  floorSql: `
    with latest as (
      select distinct on (a.indicator_id) a.indicator_id, a.value
      from indicator_actual a join progress_report r on r.id = a.report_id
      where ${latest('r')}
      order by a.indicator_id, r.period desc, r.submitted_on desc, r.revision desc, r.created_at desc
    ), rated as (
      select i.id, i.plan_id, i.name, i.unit, i.target, l.value as actual,
             case when l.value is null or i.target = 0 then null when i.higher_is_better then round(l.value / i.target, 4)
                  else round((2 * i.target - l.value) / i.target, 4) end as rate
      from plan_indicator i left join latest l on l.indicator_id = i.id
    )
    select json_build_object('data', json_build_object('planIndicators', json_build_object('nodes', ${list(
      `json_build_object('name', i.name, 'unit', i.unit, 'target', i.target::text, 'latestActual', i.actual::text, 'achievementRate', i.rate::text,
        'plan', (select json_build_object('title', d.title, 'cluster', json_build_object('name', c.name, 'province', json_build_object('code', pr.code)))
                 from development_plan d join cluster c on c.id = d.cluster_id join province pr on pr.id = c.province_id where d.id = i.plan_id))`,
      'i.rate nulls last, abs(i.target - i.actual) desc nulls last, i.id',
    )})))::text
    from (select * from rated order by rate nulls last, abs(target - actual) desc nulls last, id limit 20) i`,
  targets: ANALYST_TARGETS,
};

/** Plans in force (approved, suspended, completed) per province and responsible agency, budgets summed exactly. */
const budgetByProvinceAndAgency: Scenario = {
  key: 'budget',
  label: 'A3 budgets of plans by province and agency (every group, up to 1000)',
  query:
    '{ developmentPlanAggregates(groupBy: [PROVINCE, AGENCY], filter: { statuses: [APPROVED, SUSPENDED, COMPLETED] }, first: 1000) ' +
    '{ keys { province { code } agency { code } } count sum { approvedBudget currentBudget } } }',
  floorSql: `
    select json_build_object('data', json_build_object('developmentPlanAggregates', ${list(
      `json_build_object('keys', json_build_object('province', json_build_object('code', g.province_code), 'agency', json_build_object('code', g.agency_code)),
        'count', g.plans, 'sum', json_build_object('approvedBudget', g.approved::text, 'currentBudget', g.current::text))`,
      'g.province_code, g.province_id, g.agency_code, g.agency_id',
    )}))::text
    from (select pr.id as province_id, pr.code as province_code, ea.id as agency_id, ea.code as agency_code,
                 count(*)::int as plans, sum(d.approved_budget) as approved, sum(d.current_budget) as current
          from development_plan d join cluster c on c.id = d.cluster_id join province pr on pr.id = c.province_id
               join executive_agency ea on ea.id = d.responsible_agency_id
          where d.status in ('APPROVED', 'SUSPENDED', 'COMPLETED')
          group by pr.id, pr.code, ea.id, ea.code
          order by pr.code, pr.id, ea.code, ea.id limit 1000) g`,
  targets: ANALYST_TARGETS,
};

/** Clusters with two or more overdue obligations (not waived, not sent, past due on $1), by cluster name. */
const clustersOverdue: Scenario = {
  key: 'overdue2',
  label: 'A4 clusters with at least 2 overdue obligations (up to 1000)',
  query:
    '{ reportingObligationAggregates(groupBy: [CLUSTER], filter: { statuses: [OVERDUE] }, having: { count: { gte: 2 } }, first: 1000) ' +
    '{ keys { cluster { name province { code } } } count } }',
  floorSql: `
    select json_build_object('data', json_build_object('reportingObligationAggregates', ${list(
      `json_build_object('keys', json_build_object('cluster', json_build_object('name', g.name, 'province', json_build_object('code', g.code))), 'count', g.overdue)`,
      'g.name, g.id',
    )}))::text
    from (select c.id, c.name, pr.code, count(*)::int as overdue
          from reporting_obligation o join cluster c on c.id = o.cluster_id join province pr on pr.id = c.province_id
          where o.waived_on is null and o.submitted_on is null and o.due_on < $1
          group by c.id, c.name, pr.code having count(*) >= 2
          order by c.name, c.id limit 1000) g`,
  targets: ANALYST_TARGETS,
};

/**
 * A Persian search typed the way people type it: Arabic yeh (ي) and a space where the names have a
 * Persian yeh and a ZWNJ (صنایع‌دستی). The floor matches as the API does (README, "Persian
 * search"): the stored normalised name contains the normalised term, or the Latin name contains the
 * folded term, case-insensitively; both served by the trigram indexes.
 */
const SEARCH_TERM = 'صنايع دستي';
/** `like` pattern of a term that holds none of `%`, `_` and a backslash: the term anywhere. */
const contains = (term: string) => literal(`%${term}%`);
const searchWhere = (c: string) =>
  `(${c}.search_name like ${contains(normalizePersian(SEARCH_TERM))} or ${c}.name ilike ${contains(foldPersian(SEARCH_TERM))})`;
const persianSearch: Scenario = {
  key: 'search',
  label: 'A5 Persian search of clusters ("صنايع دستي": Arabic yeh, space for ZWNJ), first 20 and count',
  query: `{ clusters(first: 20, filter: { search: "${SEARCH_TERM}" }) { totalCount nodes { name nameFa province { code } } } }`,
  floorSql: `
    select json_build_object('data', json_build_object('clusters', json_build_object(
      'totalCount', (select count(*) from cluster c where ${searchWhere('c')}),
      'nodes', (select ${list(
        `json_build_object('name', c.name, 'nameFa', c.name_fa, 'province', (select json_build_object('code', pr.code) from province pr where pr.id = c.province_id))`,
        'c.name, c.id',
      )}
      from (select * from cluster c where ${searchWhere('c')} order by c.name, c.id limit 20) c))))::text`,
  targets: ANALYST_TARGETS,
};

export const SCENARIOS: Scenario[] = [
  provincesFlat,
  provinceClusters,
  overdueObligations,
  workingGroupsDeep,
  complianceByProvince,
  worstAchievement,
  budgetByProvinceAndAgency,
  clustersOverdue,
  persianSearch,
];
