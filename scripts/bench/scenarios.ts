/**
 * The benchmark's scenarios: a GraphQL query for the API and, for each, the floor: one hand-written
 * SQL statement in which PostgreSQL builds the same response (`{"data": …}`) as JSON text, with the
 * API's orders (server/modules/relations.ts, the *.node.ts files and the root lists' default
 * orders, each ended by the id), its page sizes and its counts. `$1` is today's date.
 */

export interface Scenario {
  key: string;
  label: string;
  query: string;
  floorSql: string;
  /** Informational targets printed next to the figures. */
  targets: { ratio?: number; cpuMsPerRequest?: number };
}

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

export const SCENARIOS: Scenario[] = [provincesFlat, provinceClusters, overdueObligations, workingGroupsDeep];
