import { childrenOf, describeNode, referenceBy, type SqlEnvironment } from '../../kernel/read/node-description';
import { relations } from '../relations';

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
