import { decimalOf, formatDecimal } from '../../kernel/decimal';
import { childrenOf, computed, describeNode, periodColumn, type ComputeEnvironment } from '../../kernel/read/node-description';
import { linkedActualsSql, targetActualOf, type LinkedActual } from '../reporting/reporting.loaders';
import { gapOf } from '../reporting/reporting.rules';
import { relations } from '../relations';

export const resolutionNode = describeNode('Resolution', {
  targets: childrenOf(relations.resolutionTargets),
  plans: childrenOf(relations.resolutionPlans),
});

/** What a target's actual and gap are computed from (R10): the target and its linked plans' latest actuals. */
interface TargetInputs {
  indicator: string;
  unit: string;
  target: string;
  higherIsBetter: boolean;
  actuals: LinkedActual[];
}

/** The inputs of the target aliased `alias`, as JSON; only the viewer's plans count (as in the resolver). */
const targetInputs = (alias: string, env: ComputeEnvironment) =>
  `json_build_object('indicator', ${alias}."indicator", 'unit', ${alias}."unit", 'target', ${alias}."target_value"::text, ` +
  `'higherIsBetter', ${alias}."higher_is_better", 'actuals', (${linkedActualsSql(
    `coalesce(json_agg(json_build_object('name', i."name", 'unit', i."unit", 'value', latest."value")), '[]'::json)`,
    `pr."resolution_id" = ${alias}."resolution_id"`,
    env.scope('DevelopmentPlan', 'p'),
  )}))`;

const actualOf = (inputs: TargetInputs) => targetActualOf(inputs, inputs.actuals);

export const resolutionTargetNode = describeNode('ResolutionTarget', {
  dueQuarter: periodColumn('due_quarter'),
  latestActual: computed(targetInputs, (inputs) => {
    const actual = actualOf(inputs as TargetInputs);
    return actual === null ? null : formatDecimal(actual);
  }),
  gap: computed(targetInputs, (value) => {
    const inputs = value as TargetInputs;
    const gap = gapOf(decimalOf(inputs.target), actualOf(inputs), inputs.higherIsBetter);
    return gap === null ? null : formatDecimal(gap);
  }),
});
