import { registerEnumType } from 'type-graphql';
import { describeList, equalsFilter, idsFilter, orderBy, provinceCodesFilter } from '../../kernel/read/list-description';
import { childrenOf, describeNode, referenceBy, type SqlEnvironment } from '../../kernel/read/node-description';
import { WorkingGroupConnection } from '../connections';
import { relations } from '../relations';
import { WorkingGroupLevel } from './working-group.entity';

/** The head's seat of the working group aliased `alias` in office today (one head at a time: an exclusion constraint). */
const headSeat = (column: string) => (alias: string, env: SqlEnvironment) =>
  `(select m."${column}" from "working_group_membership" m where m."working_group_id" = ${alias}."id" and m."role" = 'HEAD' ` +
  `and m."starts_on" <= ${env.today} and (m."ends_on" is null or m."ends_on" >= ${env.today}) limit 1)`;

export const workingGroupNode = describeNode('WorkingGroup', {
  head: referenceBy('Person', headSeat('person_id')),
  headMembership: referenceBy('WorkingGroupMembership', headSeat('id')),
  memberships: childrenOf(relations.workingGroupMemberships),
  resolutions: childrenOf(relations.workingGroupResolutions),
  plans: childrenOf(relations.workingGroupPlans),
  supervisorAppointments: childrenOf(relations.workingGroupAppointments),
  disputes: childrenOf(relations.workingGroupDisputes),
  budgetAdjustments: childrenOf(relations.workingGroupBudgetAdjustments),
  agencyAssessments: childrenOf(relations.workingGroupAssessments),
  periodicReports: childrenOf(relations.workingGroupPeriodicReports),
});

export enum WorkingGroupOrderField {
  NAME = 'NAME',
  PROVINCE_CODE = 'PROVINCE_CODE',
}
registerEnumType(WorkingGroupOrderField, { name: 'WorkingGroupOrderField', description: 'Fields working groups can be sorted on.' });

export const workingGroupList = describeList({
  type: 'WorkingGroup',
  connection: WorkingGroupConnection,
  query: { name: 'workingGroups', description: 'The central working group and the provincial working groups.' },
  filter: {
    name: 'WorkingGroupFilter',
    description: 'Conditions on working groups; all given conditions must hold.',
    argument: 'Conditions on working groups.',
    fields: {
      level: equalsFilter(() => WorkingGroupLevel, 'Central or provincial.', (t) => `${t}."level"`, 'text'),
      provinceCodes: provinceCodesFilter('ISO 3166-2 codes of the provinces.', (t) => `${t}."province_id"`),
      provinceIds: idsFilter('Province', 'Province ids.', (t) => `${t}."province_id"`),
    },
  },
  order: {
    name: 'WorkingGroupOrder',
    enum: WorkingGroupOrderField,
    default: WorkingGroupOrderField.PROVINCE_CODE,
    argument: 'Order (default PROVINCE_CODE ASC, central first).',
    orderings: {
      NAME: orderBy('text', (t) => `${t}."name"`),
      // The central group has no province; it sorts first.
      PROVINCE_CODE: orderBy('text', (t) => `(select op."code" from "province" op where op."id" = ${t}."province_id")`, { nullsSmallest: true }),
    },
  },
});
