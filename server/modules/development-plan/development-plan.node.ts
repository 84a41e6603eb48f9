import { decimalOf, formatDecimal } from '../../kernel/decimal';
import { connectionType } from '../../kernel/pagination';
import { comparisonSql, DecimalComparison } from '../../kernel/read/aggregate-description';
import { measure, periodGrouping, quarterOfDaySql, valueGrouping } from '../../kernel/read/aggregate-description';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, computed, describeNode } from '../../kernel/read/node-description';
import { BudgetAdjustment } from '../budget-adjustment/budget-adjustment.entity';
import { byCluster, byClusterProvince, byClusterSector } from '../cluster/cluster.groupings';
import { byAgency } from '../executive-agency/executive-agency.groupings';
import { IndicatorActual, ProgressReport, ReportingObligation } from '../reporting/reporting.entity';
import { indicatorsWithLatestActualSql, latestActualSql } from '../reporting/reporting.loaders';
import { achievementRateSql, gapOf } from '../reporting/reporting.rules';
import { Resolution } from '../resolution/resolution.entity';
import { PlanAssessment } from '../supervisor-review/supervisor-review.entity';
import { PlanKind, PlanStatus } from './development-plan.entity';
import { DevelopmentPlan, PlanIndicator } from './development-plan.entity';

/** Relay connection types of the module's node types. */
export const DevelopmentPlanConnection = connectionType(DevelopmentPlan, 'DevelopmentPlan', 'development plan');
export const PlanIndicatorConnection = connectionType(PlanIndicator, 'PlanIndicator', 'plan indicator');

export const developmentPlanNode = describeNode(DevelopmentPlan, {
  indicators: childrenOf(PlanIndicator, { parentColumn: 'plan_id', order: 't."name"' }, 'Indicators by which the plan measures progress.'),
  resolutions: childrenOf(
    Resolution,
    { through: { table: 'plan_resolution', parentColumn: 'plan_id', childColumn: 'resolution_id' } },
    'Resolutions the plan carries out.',
  ),
  reportingObligations: childrenOf(
    ReportingObligation,
    { parentColumn: 'plan_id' },
    'Quarterly reports owed by the executor for this plan.',
  ),
  progressReports: childrenOf(
    ProgressReport,
    { parentColumn: 'plan_id', listDefault: true },
    'Progress reports on this plan, latest first.',
  ),
  assessments: childrenOf(
    PlanAssessment,
    { parentColumn: 'plan_id', order: 't."created_at" desc' },
    "Supervisors' assessments of this plan, latest first.",
  ),
  budgetAdjustments: childrenOf(
    BudgetAdjustment,
    { parentColumn: 'plan_id', order: 't."decided_on", t."created_at"' },
    'Budget adjustments, in the order they were decided.',
  ),
});

/** A decimal as the resolvers write it. */
const decimalText = (value: unknown) => formatDecimal(decimalOf(String(value)));

/** The achievement rate of the indicator aliased `t` (R10, docs/domain.md §7), numeric. */
const achievementRate = (t: string) => achievementRateSql(t, 'target', latestActualSql(`${t}."id"`));
/** The size of the gap of the indicator aliased `t`, whichever way it points; null without an actual. */
const absoluteGap = (t: string) => `abs(${t}."target" - (${latestActualSql(`${t}."id"`)})::numeric)`;
/** The same two on a row of indicatorsWithLatestActualSql, which carries the latest actual. */
const carriedActual = (t: string) => `${t}."@latest_actual"`;
const achievementRateCarried = (t: string) => achievementRateSql(t, 'target', carriedActual(t));
const absoluteGapCarried = (t: string) => `abs(${t}."target" - (${carriedActual(t)})::numeric)`;
/** Sorts that need every indicator's latest actual read them from one pass over the actuals. */
const SORTED_ON_ACTUALS = new Set<string>(['ACHIEVEMENT_RATE', 'ABSOLUTE_GAP']);

export const planIndicatorNode = describeNode(PlanIndicator, {
  achievementRate: computed((alias) => `(${achievementRate(alias)})::text`, decimalText),
  actuals: childrenOf(
    IndicatorActual,
    { parentColumn: 'indicator_id', order: 't."created_at" desc' },
    'Actual values stated in progress reports, latest first.',
  ),
  latestActual: computed((alias) => latestActualSql(`${alias}."id"`), decimalText),
  // R10: computed by the same rule as the resolver's, from the target and latest actual as text (exact).
  gap: computed(
    (alias) =>
      `json_build_object('target', ${alias}."target"::text, 'actual', ${latestActualSql(`${alias}."id"`)}, 'higherIsBetter', ${alias}."higher_is_better")`,
    (value) => {
      const { target, actual, higherIsBetter } = value as { target: string; actual: string | null; higherIsBetter: boolean };
      const gap = gapOf(decimalOf(target), actual === null ? null : decimalOf(actual), higherIsBetter);
      return gap === null ? null : formatDecimal(gap);
    },
  ),
});

const indicatorPlan = (column: string) => (t: string) =>
  `(select ip."${column}" from "development_plan" ip where ip."id" = ${t}."plan_id")`;

export const planIndicatorList = describeList({
  type: 'PlanIndicator',
  query: {
    name: 'planIndicators',
    description:
      'Indicators of development plans in every province, with target, latest actual, gap and achievement rate (R10); ' +
      '"the 20 worst" is `planIndicators(first: 20, orderBy: {field: ACHIEVEMENT_RATE, direction: ASC})`.',
  },
  filter: {
    on: 'plan indicators',
    argument: 'Conditions on indicators.',
    fields: {
      planIds: filter.ids('DevelopmentPlan', 'Plan ids.', (t) => `${t}."plan_id"`),
      clusterIds: filter.ids('Cluster', "Ids of the plans' clusters.", indicatorPlan('cluster_id')),
      ...filter.province(filter.provinceOfCluster(indicatorPlan('cluster_id')), "the plans' clusters' provinces"),
      responsibleAgencyIds: filter.ids(
        'ExecutiveAgency',
        "Ids of the plans' responsible agencies.",
        indicatorPlan('responsible_agency_id'),
      ),
      planStatuses: filter.values(() => [PlanStatus], "The plans' lifecycle states.", indicatorPlan('status')),
      higherIsBetter: filter.equals(
        () => Boolean,
        'Only indicators where higher is better (true) or lower is better (false).',
        (t) => `${t}."higher_is_better"`,
        'boolean',
      ),
      hasActual: filter.custom<boolean>(
        () => Boolean,
        'Only indicators with an actual stated (true) or without one (false).',
        (has, t) => `(${latestActualSql(`${t}."id"`)}) is ${has ? 'not ' : ''}null`,
      ),
      achievementRate: filter.custom<Record<string, unknown>>(
        () => DecimalComparison,
        'Conditions on the achievement rate; indicators without one never match.',
        (comparison, t, { params }) => {
          const conditions = comparisonSql(`(${achievementRate(t)})`, comparison, 'numeric', params);
          return conditions.length > 0 ? conditions.join(' and ') : 'true';
        },
      ),
    },
  },
  order: {
    on: 'plan indicators',
    values: {
      ACHIEVEMENT_RATE: {
        description: 'Achievement rate; ties by the larger absolute gap first (ascending). Indicators without a rate come last.',
      },
      ABSOLUTE_GAP: { description: 'Size of the gap, in the unit of each indicator. Indicators without an actual come last.' },
      NAME: { description: 'Name of the indicator.' },
    },
    default: 'NAME',
    orderings: {
      // "Worst" is the lowest rate, ties by the larger absolute gap (docs/domain.md §7): the negated gap follows the rate's direction.
      ACHIEVEMENT_RATE: orderBy('numeric', achievementRate, {
        nullsLast: true,
        rootSql: achievementRateCarried,
        then: [orderBy('numeric', (t) => `-(${absoluteGap(t)})`, { nullsLast: true, rootSql: (t) => `-(${absoluteGapCarried(t)})` })],
      }),
      ABSOLUTE_GAP: orderBy('numeric', absoluteGap, { nullsLast: true, rootSql: absoluteGapCarried }),
      NAME: orderBy('text', (t) => `${t}."name"`),
    },
  },
  rootSource: (field, where) => (SORTED_ON_ACTUALS.has(field) ? indicatorsWithLatestActualSql(where) : null),
});

const clusterOf = (t: string) => `${t}."cluster_id"`;

export const developmentPlanList = describeList({
  type: 'DevelopmentPlan',
  query: { name: 'developmentPlans', description: 'Cluster development plans and projects, proposed or approved (Art. 2).' },
  filter: {
    on: 'development plans',
    argument: 'Conditions on plans.',
    fields: {
      search: filter.search('Part of the title', [(t) => `${t}."search_title"`], []),
      clusterIds: filter.ids('Cluster', 'Cluster ids.', clusterOf),
      ...filter.province(filter.provinceOfCluster(clusterOf), "the clusters' provinces"),
      isicCodes: filter.values(
        () => [String],
        "Four-digit ISIC classes of the clusters' sectors.",
        (t) => `(select fc."isic_code" from "cluster" fc where fc."id" = ${t}."cluster_id")`,
      ),
      statuses: filter.values(
        () => [PlanStatus],
        'Lifecycle states.',
        (t) => `${t}."status"`,
      ),
      kind: filter.equals(
        () => PlanKind,
        'Plans or projects.',
        (t) => `${t}."kind"`,
        'text',
      ),
      executorIds: filter.ids('Person', 'Person ids of the executors.', (t) => `${t}."executor_id"`),
      responsibleAgencyIds: filter.ids('ExecutiveAgency', 'Ids of the responsible agencies.', (t) => `${t}."responsible_agency_id"`),
      decidedByIds: filter.ids('WorkingGroup', 'Ids of the working groups that decided them.', (t) => `${t}."decided_by_id"`),
    },
  },
  order: {
    on: 'plans',
    default: 'PROPOSED_ON',
    nested: 't."proposed_on" desc',
    orderings: {
      PROPOSED_ON: orderBy('date', (t) => `${t}."proposed_on"`),
      // Plans not yet decided, or without a budget, come last either way.
      DECIDED_ON: orderBy('date', (t) => `${t}."decided_on"`, { nullsLast: true }),
      TITLE: orderBy('text', (t) => `${t}."title"`),
      APPROVED_BUDGET: orderBy('bigint', (t) => `${t}."approved_budget"`, { nullsLast: true }),
      CURRENT_BUDGET: orderBy('bigint', (t) => `${t}."current_budget"`, { nullsLast: true }),
    },
  },
  aggregates: {
    query: 'developmentPlanAggregates',
    description:
      'Plans grouped by province, sector, responsible agency, cluster, status, kind or quarter proposed (or the cross of two), ' +
      'with their budgets summed exactly. Takes the filter of `developmentPlans`; counts only what the viewer may read.',
    groupings: {
      province: byClusterProvince(clusterOf),
      isicCode: byClusterSector(clusterOf),
      agency: byAgency('The responsible executive agency.', (t) => `${t}."responsible_agency_id"`),
      cluster: byCluster('The cluster of the plan.', clusterOf),
      status: valueGrouping(
        () => PlanStatus,
        'Lifecycle state.',
        (t) => `${t}."status"`,
      ),
      kind: valueGrouping(
        () => PlanKind,
        'Plan or project.',
        (t) => `${t}."kind"`,
      ),
      quarter: periodGrouping('Quarter the plan was proposed in.', (t) => quarterOfDaySql(`${t}."proposed_on"`)),
    },
    measures: {
      proposedBudget: measure('money', 'Budget proposed, in rials.', (t) => `${t}."proposed_budget"`),
      approvedBudget: measure(
        'money',
        'Budget at approval, in rials (approved, suspended and completed plans only).',
        (t) => `${t}."approved_budget"`,
      ),
      currentBudget: measure(
        'money',
        'Budget after adjustments, in rials (approved, suspended and completed plans only).',
        (t) => `${t}."current_budget"`,
      ),
    },
  },
});
