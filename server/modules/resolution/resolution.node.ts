import { decimalOf, formatDecimal } from '../../kernel/decimal';
import { connectionType } from '../../kernel/pagination';
import { comparisonSql, DecimalComparison } from '../../kernel/read/aggregate-description';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, computed, type ComputeEnvironment, describeNode, periodColumn } from '../../kernel/read/node-description';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { targetActualSql } from '../reporting/reporting.loaders';
import { achievementRateSql, gapOf } from '../reporting/reporting.rules';
import { WorkingGroupLevel } from '../working-group/working-group.entity';
import { Resolution, ResolutionTarget } from './resolution.entity';

/** Relay connection types of the module's node types. */
export const ResolutionConnection = connectionType(Resolution, 'Resolution', 'resolution');
export const ResolutionTargetConnection = connectionType(ResolutionTarget, 'ResolutionTarget', 'resolution target');

export const resolutionNode = describeNode(Resolution, {
  targets: childrenOf(
    ResolutionTarget,
    { parentColumn: 'resolution_id', order: 't."due_quarter", t."indicator"' },
    'Measurable targets, by due quarter.',
  ),
  plans: childrenOf(
    DevelopmentPlan,
    { through: { table: 'plan_resolution', parentColumn: 'resolution_id', childColumn: 'plan_id' } },
    'Plans that carry out this resolution.',
  ),
});

/**
 * The actual of the target aliased `alias` (R10) as the viewer sees it: only the plans within the
 * viewer's scope count, as in the resolvers. The displayed values, the filters and the orderings all
 * use this one expression, so a list never sorts by a figure it does not show.
 */
const targetActual = (alias: string, env: ComputeEnvironment) => targetActualSql(alias, env.scope('DevelopmentPlan', 'p'));

/** A decimal as the resolvers write it. */
const decimalText = (value: unknown) => formatDecimal(decimalOf(String(value)));

/** The achievement rate of the target aliased `t` (R10, DOMAIN.md §7), numeric; the plan indicators' formula. */
const achievementRate = (t: string, env: ComputeEnvironment) => achievementRateSql(t, 'target_value', targetActual(t, env));
/** The size of the gap of the target aliased `t`, whichever way it points; null without an actual. */
const absoluteGap = (t: string, env: ComputeEnvironment) => `abs(${t}."target_value" - ${targetActual(t, env)})`;

export const resolutionTargetNode = describeNode(ResolutionTarget, {
  dueQuarter: periodColumn('due_quarter'),
  latestActual: computed((alias, env) => `${targetActual(alias, env)}::text`, decimalText),
  // R10: the gap by the same rule as the resolver's, from the target and actual as text (exact).
  gap: computed(
    (alias, env) =>
      `json_build_object('target', ${alias}."target_value"::text, 'actual', ${targetActual(alias, env)}::text, 'higherIsBetter', ${alias}."higher_is_better")`,
    (value) => {
      const { target, actual, higherIsBetter } = value as { target: string; actual: string | null; higherIsBetter: boolean };
      const gap = gapOf(decimalOf(target), actual === null ? null : decimalOf(actual), higherIsBetter);
      return gap === null ? null : formatDecimal(gap);
    },
  ),
  achievementRate: computed((alias, env) => `(${achievementRate(alias, env)})::text`, decimalText),
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
  query: { name: 'resolutions', description: 'Resolutions of the central and provincial working groups (Art. 2).' },
  filter: {
    on: 'resolutions',
    argument: 'Conditions on resolutions.',
    fields: {
      search: filter.search('Part of the title', [(t) => `${t}."search_title"`], []),
      workingGroupIds: filter.ids('WorkingGroup', 'Ids of the adopting working groups.', (t) => `${t}."working_group_id"`),
      level: filter.equals(
        () => WorkingGroupLevel,
        'Only central or only provincial resolutions.',
        (t) => `(select fw."level" from "working_group" fw where fw."id" = ${t}."working_group_id")`,
        'text',
      ),
      clusterIds: filter.ids('Cluster', 'Cluster ids.', (t) => `${t}."cluster_id"`),
      responsibleAgencyIds: filter.ids('ExecutiveAgency', 'Ids of the responsible agencies.', (t) => `${t}."responsible_agency_id"`),
      ...filter.province(provinceOfResolution, "the resolutions' provinces (the cluster's province, else the working group's)"),
      adoptedOn: filter.dateRange('Adopted on a day in this range.', adoptedOn),
      adoptedFrom: filter.dateBound('Adopted on or after this day.', adoptedOn, 'from', { deprecationReason: 'Use `adoptedOn`.' }),
      adoptedTo: filter.dateBound('Adopted on or before this day.', adoptedOn, 'to', { deprecationReason: 'Use `adoptedOn`.' }),
    },
  },
  order: {
    on: 'resolutions',
    default: 'ADOPTED_ON',
    nested: 't."adopted_on" desc',
    orderings: {
      ADOPTED_ON: orderBy('date', adoptedOn),
      NUMBER: orderBy('text', (t) => `${t}."number"`),
    },
  },
});

/** The resolution's column `column` of the target aliased `t`. */
const targetResolution = (column: string) => (t: string) =>
  `(select tr."${column}" from "resolution" tr where tr."id" = ${t}."resolution_id")`;
/** The province of the target's resolution (see provinceOfResolution). */
const provinceOfTarget = (t: string) => `(select ${provinceOfResolution('tr')} from "resolution" tr where tr."id" = ${t}."resolution_id")`;

export const resolutionTargetList = describeList({
  type: 'ResolutionTarget',
  query: {
    name: 'resolutionTargets',
    description:
      'Measurable targets of resolutions in every province, with target value, latest actual, gap and achievement rate (R10); ' +
      '"the 20 worst" is `resolutionTargets(first: 20, orderBy: {field: ACHIEVEMENT_RATE, direction: ASC})`. ' +
      "A target's actual sums only the linked plans the viewer may read.",
  },
  filter: {
    on: 'resolution targets',
    argument: 'Conditions on targets.',
    fields: {
      resolutionIds: filter.ids('Resolution', 'Resolution ids.', (t) => `${t}."resolution_id"`),
      clusterIds: filter.ids('Cluster', "Ids of the resolutions' clusters.", targetResolution('cluster_id')),
      workingGroupIds: filter.ids(
        'WorkingGroup',
        'Ids of the working groups that adopted the resolutions.',
        targetResolution('working_group_id'),
      ),
      ...filter.province(provinceOfTarget, "the resolutions' provinces (the cluster's province, else the working group's)"),
      dueQuarter: filter.periodRange('Due in a quarter of this range.', (t) => `${t}."due_quarter"`),
      higherIsBetter: filter.equals(
        () => Boolean,
        'Only targets where higher is better (true) or lower is better (false).',
        (t) => `${t}."higher_is_better"`,
        'boolean',
      ),
      hasActual: filter.custom<boolean>(
        () => Boolean,
        'Only targets with an actual (true) or without one (false), as the viewer sees them.',
        (has, t, { env }) => `${targetActual(t, env)} is ${has ? 'not ' : ''}null`,
      ),
      achievementRate: filter.custom<Record<string, unknown>>(
        () => DecimalComparison,
        'Conditions on the achievement rate; targets without one never match.',
        (comparison, t, { params, env }) => {
          const conditions = comparisonSql(`(${achievementRate(t, env)})`, comparison, 'numeric', params);
          return conditions.length > 0 ? conditions.join(' and ') : 'true';
        },
      ),
    },
  },
  order: {
    on: 'resolution targets',
    values: {
      ACHIEVEMENT_RATE: {
        description: 'Achievement rate; ties by the larger absolute gap first (ascending). Targets without a rate come last.',
      },
      ABSOLUTE_GAP: { description: 'Size of the gap, in the unit of each target. Targets without an actual come last.' },
      DUE_QUARTER: { description: 'Quarter by which the target is due, then the indicator.' },
      INDICATOR: { description: 'What the target measures.' },
    },
    default: 'DUE_QUARTER',
    orderings: {
      // "Worst" is the lowest rate, ties by the larger absolute gap (DOMAIN.md §7), as for plan indicators.
      ACHIEVEMENT_RATE: orderBy('numeric', achievementRate, {
        nullsLast: true,
        then: [orderBy('numeric', (t, env) => `-(${absoluteGap(t, env)})`, { nullsLast: true })],
      }),
      ABSOLUTE_GAP: orderBy('numeric', absoluteGap, { nullsLast: true }),
      DUE_QUARTER: orderBy('text', (t) => `${t}."due_quarter"`, { then: [orderBy('text', (t) => `${t}."indicator"`)] }),
      INDICATOR: orderBy('text', (t) => `${t}."indicator"`),
    },
  },
});
