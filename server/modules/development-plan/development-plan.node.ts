import { decimalOf, formatDecimal } from '../../kernel/decimal';
import { childrenOf, computed, describeNode } from '../../kernel/read/node-description';
import { latestActualSql } from '../reporting/reporting.loaders';
import { gapOf } from '../reporting/reporting.rules';
import { registerEnumType } from 'type-graphql';
import { describeList, equalsFilter, idsFilter, orderBy, provinceCodesFilter, provinceOfCluster, searchFilter, valuesFilter } from '../../kernel/read/list-description';
import { PlanKind, PlanStatus } from './development-plan.entity';
import { BudgetAdjustment } from '../budget-adjustment/budget-adjustment.entity';
import { IndicatorActual, ProgressReport, ReportingObligation } from '../reporting/reporting.entity';
import { DevelopmentPlan, PlanIndicator } from './development-plan.entity';
import { PlanAssessment } from '../supervisor-review/supervisor-review.entity';
import { Resolution } from '../resolution/resolution.entity';
import { connectionType } from '../../kernel/pagination';

/** Relay connection types of the module's node types. */
export const DevelopmentPlanConnection = connectionType(DevelopmentPlan, 'DevelopmentPlan', 'development plan');
export const PlanIndicatorConnection = connectionType(PlanIndicator, 'PlanIndicator', 'plan indicator');

export const developmentPlanNode = describeNode(DevelopmentPlan, {
  indicators: childrenOf(PlanIndicator, { parentColumn: 'plan_id', order: 't."name"' }, 'Indicators by which the plan measures progress.'),
  resolutions: childrenOf(Resolution, { through: { table: 'plan_resolution', parentColumn: 'plan_id', childColumn: 'resolution_id' }, order: 't."adopted_on" desc' }, 'Resolutions the plan carries out.'),
  reportingObligations: childrenOf(ReportingObligation, { parentColumn: 'plan_id', order: 't."period" desc' }, 'Quarterly reports owed by the executor for this plan.'),
  progressReports: childrenOf(ProgressReport, { parentColumn: 'plan_id', order: 't."submitted_on" desc', listDefault: true }, 'Progress reports on this plan, latest first.'),
  assessments: childrenOf(PlanAssessment, { parentColumn: 'plan_id', order: 't."created_at" desc' }, "Supervisors' assessments of this plan, latest first."),
  budgetAdjustments: childrenOf(BudgetAdjustment, { parentColumn: 'plan_id', order: 't."decided_on", t."created_at"' }, 'Budget adjustments, in the order they were decided.'),
});

/** A decimal as the resolvers write it. */
const decimalText = (value: unknown) => formatDecimal(decimalOf(String(value)));

export const planIndicatorNode = describeNode(PlanIndicator, {
  actuals: childrenOf(IndicatorActual, { parentColumn: 'indicator_id', order: 't."created_at" desc' }, 'Actual values stated in progress reports, latest first.'),
  latestActual: computed((alias) => latestActualSql(`${alias}."id"`), decimalText),
  // R10: computed by the same rule as the resolver's, from the target and latest actual as text (exact).
  gap: computed(
    (alias) => `json_build_object('target', ${alias}."target"::text, 'actual', ${latestActualSql(`${alias}."id"`)}, 'higherIsBetter', ${alias}."higher_is_better")`,
    (value) => {
      const { target, actual, higherIsBetter } = value as { target: string; actual: string | null; higherIsBetter: boolean };
      const gap = gapOf(decimalOf(target), actual === null ? null : decimalOf(actual), higherIsBetter);
      return gap === null ? null : formatDecimal(gap);
    },
  ),
});

export enum DevelopmentPlanOrderField {
  PROPOSED_ON = 'PROPOSED_ON',
  DECIDED_ON = 'DECIDED_ON',
  TITLE = 'TITLE',
  APPROVED_BUDGET = 'APPROVED_BUDGET',
  CURRENT_BUDGET = 'CURRENT_BUDGET',
}
registerEnumType(DevelopmentPlanOrderField, { name: 'DevelopmentPlanOrderField', description: 'Fields plans can be sorted on.' });

const clusterOf = (t: string) => `${t}."cluster_id"`;

export const developmentPlanList = describeList({
  type: 'DevelopmentPlan',
  connection: DevelopmentPlanConnection,
  query: { name: 'developmentPlans', description: 'Cluster development plans and projects, proposed or approved (Art. 2).' },
  filter: {
    name: 'DevelopmentPlanFilter',
    description: 'Conditions on development plans; all given conditions must hold.',
    argument: 'Conditions on plans.',
    fields: {
      search: searchFilter('Part of the title; Arabic and Persian letters and digits compare equal; a space, a ZWNJ and nothing compare equal; tatweel and vowel marks are ignored.', [(t) => `${t}."search_title"`], []),
      clusterIds: idsFilter('Cluster', 'Cluster ids.', clusterOf),
      provinceIds: idsFilter('Province', "Ids of the clusters' provinces.", provinceOfCluster(clusterOf)),
      provinceCodes: provinceCodesFilter("ISO 3166-2 codes of the clusters' provinces.", provinceOfCluster(clusterOf)),
      isicCodes: valuesFilter(() => [String], "Four-digit ISIC classes of the clusters' sectors.", (t) => `(select fc."isic_code" from "cluster" fc where fc."id" = ${t}."cluster_id")`),
      statuses: valuesFilter(() => [PlanStatus], 'Lifecycle states.', (t) => `${t}."status"`),
      kind: equalsFilter(() => PlanKind, 'Plans or projects.', (t) => `${t}."kind"`, 'text'),
      executorIds: idsFilter('Person', 'Person ids of the executors.', (t) => `${t}."executor_id"`),
      responsibleAgencyIds: idsFilter('ExecutiveAgency', 'Ids of the responsible agencies.', (t) => `${t}."responsible_agency_id"`),
      decidedByIds: idsFilter('WorkingGroup', 'Ids of the working groups that decided them.', (t) => `${t}."decided_by_id"`),
    },
  },
  order: {
    name: 'DevelopmentPlanOrder',
    enum: DevelopmentPlanOrderField,
    default: DevelopmentPlanOrderField.PROPOSED_ON,
    argument: 'Order (default PROPOSED_ON ASC).',
    orderings: {
      PROPOSED_ON: orderBy('date', (t) => `${t}."proposed_on"`),
      // Plans not yet decided, or without a budget, come last either way.
      DECIDED_ON: orderBy('date', (t) => `${t}."decided_on"`, { nullsLast: true }),
      TITLE: orderBy('text', (t) => `${t}."title"`),
      APPROVED_BUDGET: orderBy('bigint', (t) => `${t}."approved_budget"`, { nullsLast: true }),
      CURRENT_BUDGET: orderBy('bigint', (t) => `${t}."current_budget"`, { nullsLast: true }),
    },
  },
});
