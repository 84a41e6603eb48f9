import { connectionType } from '../../kernel/pagination';
import { measure, periodGrouping, quarterOfDaySql, valueGrouping } from '../../kernel/read/aggregate-description';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { computed, describeNode } from '../../kernel/read/node-description';
import { byCluster, byClusterSector } from '../cluster/cluster.groupings';
import { byAgency } from '../executive-agency/executive-agency.groupings';
import { byProvince } from '../province/province.groupings';
import { byWorkingGroup } from '../working-group/working-group.groupings';
import { BudgetAdjustment } from './budget-adjustment.entity';
import { AdjustmentDirection } from './budget-adjustment.resolver';

/** Relay connection types of the module's node types. */
export const BudgetAdjustmentConnection = connectionType(BudgetAdjustment, 'BudgetAdjustment', 'budget adjustment');

export const budgetAdjustmentNode = describeNode(BudgetAdjustment, {
  // A negative amount lowers the budget (the resolver reads the sign of the same number).
  direction: computed(
    (alias) => `(${alias}."amount" < 0)`,
    (lowers) => (lowers === true ? AdjustmentDirection.DECREASE : AdjustmentDirection.INCREASE),
  ),
});

/** The province of the adjusted plan's cluster. */
const planProvinceId = (t: string) =>
  `(select pc."province_id" from "development_plan" pp join "cluster" pc on pc."id" = pp."cluster_id" where pp."id" = ${t}."plan_id")`;

export const budgetAdjustmentList = describeList({
  type: 'BudgetAdjustment',
  query: { name: 'budgetAdjustments', description: 'Changes to plan budgets, capped at 10% overall (Art. 4-4).' },
  filter: {
    on: 'budget adjustments',
    argument: 'Conditions on adjustments.',
    fields: {
      planIds: filter.ids('DevelopmentPlan', 'Plan ids.', (t) => `${t}."plan_id"`),
      ...filter.province(planProvinceId, "the plans' clusters' provinces"),
      workingGroupIds: filter.ids('WorkingGroup', 'Ids of the deciding working groups.', (t) => `${t}."working_group_id"`),
      // The direction is the sign of the amount, which is never zero (CHECK budget_adjustment_non_zero).
      direction: filter.custom(
        () => AdjustmentDirection,
        'Only increases or only decreases.',
        (direction: AdjustmentDirection, t) => (direction === AdjustmentDirection.INCREASE ? `${t}."amount" > 0` : `${t}."amount" < 0`),
      ),
      decidedOn: filter.dateRange('Decided within this range of days.', (t) => `${t}."decided_on"`),
      decidedFrom: filter.dateBound('Decided on or after this day.', (t) => `${t}."decided_on"`, 'from', {
        deprecationReason: 'Use `decidedOn`.',
      }),
      decidedTo: filter.dateBound('Decided on or before this day.', (t) => `${t}."decided_on"`, 'to', {
        deprecationReason: 'Use `decidedOn`.',
      }),
    },
  },
  order: {
    on: 'adjustments',
    default: 'DECIDED_ON',
    orderings: {
      // Adjustments of one day in the order they were recorded, each resting on the budget the one before left.
      DECIDED_ON: orderBy('date', (t) => `${t}."decided_on"`, { then: [orderBy('timestamptz', (t) => `${t}."created_at"`)] }),
      AMOUNT: orderBy('bigint', (t) => `${t}."amount"`),
    },
  },
  aggregates: {
    query: 'budgetAdjustmentAggregates',
    description:
      "Budget adjustments grouped by province, sector, the plan's agency or cluster, deciding working group, direction or quarter decided " +
      '(or the cross of two), with amounts summed exactly. Takes the filter of `budgetAdjustments`; counts only what the viewer may read.',
    groupings: {
      province: byProvince("The province of the plan's cluster.", planProvinceId),
      isicCode: byClusterSector(planClusterId),
      agency: byAgency(
        "The plan's responsible agency.",
        (t) => `(select gp."responsible_agency_id" from "development_plan" gp where gp."id" = ${t}."plan_id")`,
      ),
      cluster: byCluster("The plan's cluster.", planClusterId),
      workingGroup: byWorkingGroup('The deciding working group.', (t) => `${t}."working_group_id"`),
      direction: valueGrouping(
        () => AdjustmentDirection,
        'Increase or decrease.',
        (t) => `(case when ${t}."amount" < 0 then 'DECREASE' else 'INCREASE' end)`,
      ),
      quarter: periodGrouping('Quarter the adjustment was decided in.', (t) => quarterOfDaySql(`${t}."decided_on"`)),
    },
    measures: {
      amount: measure('money', 'Signed change, in rials (negative lowers the budget).', (t) => `${t}."amount"`),
      resultingBudget: measure('money', "The plan's budget after the adjustment, in rials.", (t) => `${t}."resulting_budget"`),
    },
  },
});

/** The cluster of the adjusted plan. */
function planClusterId(t: string): string {
  return `(select gp."cluster_id" from "development_plan" gp where gp."id" = ${t}."plan_id")`;
}
