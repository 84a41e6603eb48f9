import { registerEnumType } from 'type-graphql';
import { decimalOf, formatDecimal } from '../../kernel/decimal';
import {
  dateBoundFilter,
  dateRangeFilter,
  describeList,
  equalsFilter,
  idsFilter,
  orderBy,
  provinceCodesFilter,
  searchFilter,
} from '../../kernel/read/list-description';
import { childrenOf, computed, describeNode, periodColumn, type ComputeEnvironment } from '../../kernel/read/node-description';
import { linkedActualsSql, targetActualOf, type LinkedActual } from '../reporting/reporting.loaders';
import { gapOf } from '../reporting/reporting.rules';
import { WorkingGroupLevel } from '../working-group/working-group.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Resolution, ResolutionTarget } from './resolution.entity';
import { connectionType } from '../../kernel/pagination';

/** Relay connection types of the module's node types. */
export const ResolutionConnection = connectionType(Resolution, 'Resolution', 'resolution');
export const ResolutionTargetConnection = connectionType(ResolutionTarget, 'ResolutionTarget', 'resolution target');

export enum ResolutionOrderField {
  ADOPTED_ON = 'ADOPTED_ON',
  NUMBER = 'NUMBER',
}
registerEnumType(ResolutionOrderField, { name: 'ResolutionOrderField', description: 'Fields resolutions can be sorted on.' });

export const resolutionNode = describeNode(Resolution, {
  targets: childrenOf(ResolutionTarget, { parentColumn: 'resolution_id', order: 't."due_quarter", t."indicator"' }, 'Measurable targets, by due quarter.'),
  plans: childrenOf(DevelopmentPlan, { through: { table: 'plan_resolution', parentColumn: 'resolution_id', childColumn: 'plan_id' }, order: 't."proposed_on" desc' }, 'Plans that carry out this resolution.'),
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

export const resolutionTargetNode = describeNode(ResolutionTarget, {
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

/**
 * A resolution's province, as the read scope has it: its cluster's province, or else its working
 * group's; none for a central resolution about no cluster.
 */
const provinceOfResolution = (t: string) =>
  `coalesce((select fc."province_id" from "cluster" fc where fc."id" = ${t}."cluster_id"), ` +
  `(select fw."province_id" from "working_group" fw where fw."id" = ${t}."working_group_id"))`;

const adoptedOn = (t: string) => `${t}."adopted_on"`;

export const resolutionList = describeList({
  type: 'Resolution',
  connection: ResolutionConnection,
  query: { name: 'resolutions', description: 'Resolutions of the central and provincial working groups (Art. 2).' },
  filter: {
    name: 'ResolutionFilter',
    description: 'Conditions on resolutions; all given conditions must hold.',
    argument: 'Conditions on resolutions.',
    fields: {
      search: searchFilter(
        'Part of the title; Arabic and Persian letters and digits compare equal; a space, a ZWNJ and nothing compare equal; tatweel and vowel marks are ignored.',
        [(t) => `${t}."search_title"`],
        [],
      ),
      workingGroupIds: idsFilter('WorkingGroup', 'Ids of the adopting working groups.', (t) => `${t}."working_group_id"`),
      level: equalsFilter(
        () => WorkingGroupLevel,
        'Only central or only provincial resolutions.',
        (t) => `(select fw."level" from "working_group" fw where fw."id" = ${t}."working_group_id")`,
        'text',
      ),
      clusterIds: idsFilter('Cluster', 'Cluster ids.', (t) => `${t}."cluster_id"`),
      responsibleAgencyIds: idsFilter('ExecutiveAgency', 'Ids of the responsible agencies.', (t) => `${t}."responsible_agency_id"`),
      provinceCodes: provinceCodesFilter(
        "ISO 3166-2 codes of the resolutions' provinces (the cluster's province, else the working group's).",
        provinceOfResolution,
      ),
      provinceIds: idsFilter('Province', "Ids of the resolutions' provinces (the cluster's province, else the working group's).", provinceOfResolution),
      adoptedOn: dateRangeFilter('Adopted on a day in this range.', adoptedOn),
      adoptedFrom: dateBoundFilter('Adopted on or after this day.', adoptedOn, 'from', { deprecationReason: 'Use `adoptedOn`.' }),
      adoptedTo: dateBoundFilter('Adopted on or before this day.', adoptedOn, 'to', { deprecationReason: 'Use `adoptedOn`.' }),
    },
  },
  order: {
    name: 'ResolutionOrder',
    enum: ResolutionOrderField,
    default: ResolutionOrderField.ADOPTED_ON,
    argument: 'Order (default ADOPTED_ON ASC).',
    orderings: {
      ADOPTED_ON: orderBy('date', adoptedOn),
      NUMBER: orderBy('text', (t) => `${t}."number"`),
    },
  },
});
