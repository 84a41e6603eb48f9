import { type GraphQLResolveInfo, isObjectType } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { Arg, Ctx, Field, Info, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context';
import { describedEnum } from '../../kernel/enums';
import { badUserInput } from '../../kernel/errors';
import { SortDirection } from '../../kernel/pagination';
import { Period } from '../../kernel/period';
import { DEFAULT_GROUPS, groupingNames, groupLimit, MAX_GROUP_KEYS, MAX_GROUPS } from '../../kernel/read/aggregate-description';
import { readGroups, selectedByName } from '../../kernel/read/aggregate-reader';
import { DecimalScalar, PeriodLabelScalar } from '../../kernel/scalars';
import { readRequestOf } from '../access/row-scope';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Province } from '../province/province.entity';
import { ObligationKind, ObligationStatus } from './reporting.entity';
import { obligationGroupings, reportingObligationList } from './reporting.node';
import { obligationStatusConditionSql } from './reporting.rules';

/**
 * Reporting compliance (Art. 4-1), as docs/domain.md §7 defines it, for a range of quarters: of the
 * obligations whose quarter lies in the range, how many were waived, are not yet due, were
 * submitted on time or late, or are overdue, and the completeness and on-time rates, grouped by
 * province, cluster, agency, obligor kind and quarter (one, or the cross of two). One statement, on
 * the grouped-aggregate path of the list descriptions, with the obligation list's filter and the
 * viewer's row scope.
 */

export const ComplianceGroupBy = describedEnum(
  'ComplianceGroupBy',
  'Keys reporting compliance can be grouped by; give one, or two for their cross.',
  {
    PROVINCE: "The cluster's province.",
    CLUSTER: 'The cluster the report is owed for.',
    AGENCY: "The plan's responsible agency, or the agent contract's contracting agency.",
    OBLIGOR_KIND: 'Agent or plan-executor obligations.',
    QUARTER: 'The quarter reported on.',
  },
);
export type ComplianceGroupBy = (typeof ComplianceGroupBy)[keyof typeof ComplianceGroupBy];

export const ComplianceOrderField = describedEnum('ComplianceOrderField', 'What compliance groups can be sorted on.', {
  KEYS: 'The group keys, in the order they are given.',
  COMPLETENESS_RATE: 'completenessRate: submitted ÷ due.',
  ON_TIME_RATE: 'onTimeRate: onTime ÷ due.',
  OVERDUE: 'The count of overdue obligations.',
  EXPECTED: 'The count of reports expected.',
});
export type ComplianceOrderField = (typeof ComplianceOrderField)[keyof typeof ComplianceOrderField];

@InputType('ComplianceOrder', {
  description:
    'Order of compliance groups: a field and a direction; groups of equal value follow their keys. Groups without a rate come last.',
})
export class ComplianceOrder {
  @Field(() => ComplianceOrderField, { defaultValue: ComplianceOrderField.KEYS, description: 'Field to sort on (default KEYS).' })
  field: ComplianceOrderField = ComplianceOrderField.KEYS;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction (default ASC).' })
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType('ReportingComplianceKeys', { description: 'The keys of a compliance group; those not grouped by are null.' })
export class ReportingComplianceKeys {
  @Field(() => Province, { nullable: true, description: "The cluster's province." })
  province?: unknown;

  @Field(() => Cluster, { nullable: true, description: 'The cluster the reports are owed for.' })
  cluster?: unknown;

  @Field(() => ExecutiveAgency, {
    nullable: true,
    description: "The plan's responsible agency, or the agent contract's contracting agency.",
  })
  agency?: unknown;

  @Field(() => ObligationKind, { nullable: true, description: 'Agent or plan-executor obligations.' })
  obligorKind?: ObligationKind;

  @Field(() => Period, { nullable: true, description: 'The quarter reported on.' })
  quarter?: Period;
}

@ObjectType('ReportingComplianceGroup', {
  description:
    'Compliance with quarterly reporting (Art. 4-1) of a group of obligations. expected = waived + notYetDue + onTime + late + overdue; ' +
    'due = expected − waived − notYetDue = submitted + overdue.',
})
export class ReportingComplianceGroup {
  @Field(() => ReportingComplianceKeys, { description: 'The keys the obligations of this group share.' })
  keys!: ReportingComplianceKeys;

  @Field(() => Int, { description: 'Reports owed for quarters in the range (obligations withdrawn with an ended contract are not owed).' })
  expected!: number;

  @Field(() => Int, { description: 'Obligations waived by a working group.' })
  waived!: number;

  @Field(() => Int, { description: 'Obligations with no report yet whose due date has not passed (pending or due).' })
  notYetDue!: number;

  @Field(() => Int, { description: 'Obligations that count for the rates: expected − waived − notYetDue.' })
  due!: number;

  @Field(() => Int, { description: 'Obligations with a report: onTime + late.' })
  submitted!: number;

  @Field(() => Int, { description: 'First report on or before the due date (quarter end + grace days).' })
  onTime!: number;

  @Field(() => Int, { description: 'First report after the due date.' })
  late!: number;

  @Field(() => Int, { description: 'No report and the due date has passed.' })
  overdue!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'submitted ÷ due, a fraction 0–1 to 4 places; null when nothing is due.' })
  completenessRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'onTime ÷ due, a fraction 0–1 to 4 places; null when nothing is due.' })
  onTimeRate?: string | null;
}

/** The groupings of compliance: those of obligations, less the status (which compliance counts). */
const { status: _status, ...complianceGroupings } = obligationGroupings();

@Resolver()
export class ReportingComplianceResolver {
  @Query(() => [ReportingComplianceGroup], {
    description:
      'Compliance with quarterly reporting (Art. 4-1) for a range of quarters, grouped by province, cluster, agency, obligor kind or ' +
      'quarter (or the cross of two): expected, waived, not yet due, submitted on time and late, overdue, and the completeness and ' +
      'on-time rates (docs/domain.md §7). Takes the filter of `reportingObligations`; counts only what the viewer may read.',
  })
  reportingCompliance(
    @Arg('from', () => PeriodLabelScalar, { nullable: true, description: 'First quarter of the range, e.g. `1403-Q1`; open when omitted.' })
    from: string | null,
    @Arg('to', () => PeriodLabelScalar, { nullable: true, description: 'Last quarter of the range, e.g. `1404-Q1`; open when omitted.' })
    to: string | null,
    @Arg('groupBy', () => [ComplianceGroupBy], {
      nullable: true,
      description: `Keys to group by: none for one group of every obligation, one, or at most ${MAX_GROUP_KEYS} for their cross.`,
    })
    groupBy: ComplianceGroupBy[] | null,
    @Arg('filter', () => reportingObligationList.Filter, {
      nullable: true,
      description: 'Conditions on the obligations, as for `reportingObligations`.',
    })
    filter: Record<string, unknown> | null,
    @Arg('orderBy', () => ComplianceOrder, { nullable: true, description: 'Order of the groups (default KEYS ASC).' })
    orderBy: ComplianceOrder | null,
    @Arg('first', () => Int, { nullable: true, description: `Most groups returned, 1 to ${MAX_GROUPS} (default ${DEFAULT_GROUPS}).` })
    first: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (from != null && to != null && from > to) throw badUserInput('`from` must not be a later quarter than `to`.', 'from');
    const keys = groupingNames(complianceGroupings, groupBy);
    const limit = groupLimit(first);
    const tree = parseResolveInfo(info) as ResolveTree;
    const groupType = info.schema.getType('ReportingComplianceGroup');
    if (!isObjectType(groupType)) throw new Error('ReportingComplianceGroup is not an object type.');
    const keysSelection = selectedByName(tree, groupType).get('keys') ?? null;
    const counts = (today: string) => {
      const count = (status: ObligationStatus) => `count(*) filter (where ${obligationStatusConditionSql(status, 't0', today)})`;
      const onTime = count(ObligationStatus.SUBMITTED_ON_TIME);
      const late = count(ObligationStatus.SUBMITTED_LATE);
      const overdue = count(ObligationStatus.OVERDUE);
      const due = `(${onTime} + ${late} + ${overdue})`;
      const rate = (part: string) => `(case when ${due} = 0 then null else trim_scale(round((${part})::numeric / ${due}, 4)) end)`;
      return { onTime, late, overdue, due, completeness: rate(`${onTime} + ${late}`), onTimeRate: rate(onTime) };
    };
    return readGroups(readRequestOf(ctx), info, {
      list: reportingObligationList,
      groupings: complianceGroupings,
      keys,
      filter,
      limit,
      keysSelection,
      keysType: 'ReportingComplianceKeys',
      conditions: (params) => [
        ...(from != null ? [`t0."period" >= ${params.bind(from)}::text`] : []),
        ...(to != null ? [`t0."period" <= ${params.bind(to)}::text`] : []),
      ],
      figures: (_params, env) => {
        const figures = counts(env.today);
        const notYetDue = `count(*) filter (where (${obligationStatusConditionSql(ObligationStatus.PENDING, 't0', env.today)}) or (${obligationStatusConditionSql(ObligationStatus.DUE, 't0', env.today)}))`;
        return {
          expected: 'count(*)::int',
          waived: `(count(*) filter (where ${obligationStatusConditionSql(ObligationStatus.WAIVED, 't0', env.today)}))::int`,
          notYetDue: `${notYetDue}::int`,
          due: `${figures.due}::int`,
          submitted: `(${figures.onTime} + ${figures.late})::int`,
          onTime: `${figures.onTime}::int`,
          late: `${figures.late}::int`,
          overdue: `${figures.overdue}::int`,
          completenessRate: `${figures.completeness}::text`,
          onTimeRate: `${figures.onTimeRate}::text`,
        };
      },
      order: (env) => {
        const figures = counts(env.today);
        const descending = orderBy?.direction === SortDirection.DESC;
        const sql: Record<ComplianceOrderField, string | null> = {
          KEYS: null,
          COMPLETENESS_RATE: figures.completeness,
          ON_TIME_RATE: figures.onTimeRate,
          OVERDUE: figures.overdue,
          EXPECTED: 'count(*)',
        };
        return { sql: sql[orderBy?.field ?? ComplianceOrderField.KEYS], descending };
      },
    });
  }
}
