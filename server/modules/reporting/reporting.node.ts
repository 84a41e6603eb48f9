import { registerEnumType } from 'type-graphql';
import { checkListSize } from '../../kernel/list-inputs';
import { customFilter, describeList, equalsFilter, idsFilter, orderBy, provinceCodesFilter, valuesFilter } from '../../kernel/read/list-description';
import { childrenOf, computed, describeNode, periodColumn, referenceBy } from '../../kernel/read/node-description';
import { PeriodLabelScalar } from '../../kernel/scalars';
import { clusterProvince } from '../cluster/cluster.node';
import { ReportingObligationConnection } from '../connections';
import { relations } from '../relations';
import { ObligationKind, ObligationStatus } from './reporting.entity';
import { obligationStatusConditionSql, obligationStatusSql } from './reporting.rules';

const periodOf = periodColumn('period');

export const reportingObligationNode = describeNode('ReportingObligation', {
  status: computed((alias, env) => obligationStatusSql(alias, env.today)),
  period: periodOf,
  reports: childrenOf(relations.obligationReports),
});

export const progressReportNode = describeNode('ProgressReport', {
  period: periodOf,
  supersededBy: referenceBy('ProgressReport', (alias) => `(select s."id" from "progress_report" s where s."supersedes_id" = ${alias}."id")`),
  bottlenecks: childrenOf(relations.reportBottlenecks),
  indicatorActuals: childrenOf(relations.reportIndicatorActuals),
});

export enum ReportingObligationOrderField {
  PERIOD = 'PERIOD',
  DUE_ON = 'DUE_ON',
}
registerEnumType(ReportingObligationOrderField, {
  name: 'ReportingObligationOrderField',
  description: 'Fields reporting obligations can be sorted on.',
});

export const reportingObligationList = describeList({
  type: 'ReportingObligation',
  connection: ReportingObligationConnection,
  query: { name: 'reportingObligations', description: 'Quarterly reports owed by agents and plan executors (Art. 4-1).' },
  filter: {
    name: 'ReportingObligationFilter',
    description: 'Conditions on reporting obligations; all given conditions must hold.',
    argument: 'Conditions on obligations.',
    fields: {
      clusterIds: idsFilter('Cluster', 'Cluster ids.', (t) => `${t}."cluster_id"`),
      provinceCodes: provinceCodesFilter("ISO 3166-2 codes of the clusters' provinces.", clusterProvince),
      provinceIds: idsFilter('Province', "Ids of the clusters' provinces.", clusterProvince),
      planIds: idsFilter('DevelopmentPlan', 'Plan ids.', (t) => `${t}."plan_id"`),
      obligorIds: idsFilter('Person', 'Person ids of the obligors.', (t) => `${t}."obligor_id"`),
      kind: equalsFilter(() => ObligationKind, 'Agent or plan-executor obligations.', (t) => `${t}."kind"`, 'text'),
      periods: valuesFilter(() => [PeriodLabelScalar], 'Quarters, e.g. ["1403-Q4", "1404-Q1"].', (t) => `${t}."period"`),
      statuses: customFilter(() => [ObligationStatus], 'Statuses as of today.', (statuses: ObligationStatus[], t, { env }, path) => {
        const chosen = checkListSize(statuses, path)!;
        return chosen.length > 0 ? chosen.map((status) => `(${obligationStatusConditionSql(status, t, env.today)})`).join(' or ') : 'false';
      }),
    },
  },
  order: {
    name: 'ReportingObligationOrder',
    enum: ReportingObligationOrderField,
    default: ReportingObligationOrderField.PERIOD,
    argument: 'Order (default PERIOD ASC).',
    orderings: {
      PERIOD: orderBy('text', (t) => `${t}."period"`),
      DUE_ON: orderBy('date', (t) => `${t}."due_on"`),
    },
  },
});
