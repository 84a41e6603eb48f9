import { connectionType } from '../../kernel/pagination';
import * as filter from '../../kernel/read/filters';
import { describeList, orderBy } from '../../kernel/read/list-description';
import { childrenOf, describeNode, referenceBy, type SqlEnvironment } from '../../kernel/read/node-description';
import { AgencyAssessment } from '../agency-assessment/agency-assessment.entity';
import { BudgetAdjustment } from '../budget-adjustment/budget-adjustment.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Dispute } from '../dispute/dispute.entity';
import { PeriodicReport } from '../periodic-report/periodic-report.entity';
import { Resolution } from '../resolution/resolution.entity';
import { SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroupLevel } from './working-group.entity';
import { WorkingGroup, WorkingGroupMembership } from './working-group.entity';

/** Relay connection types of the module's node types. */
export const WorkingGroupConnection = connectionType(WorkingGroup, 'WorkingGroup', 'working group');
export const WorkingGroupMembershipConnection = connectionType(
  WorkingGroupMembership,
  'WorkingGroupMembership',
  'working group membership',
);

/** The head's seat of the working group aliased `alias` in office today (one head at a time: an exclusion constraint). */
const headSeat = (column: string) => (alias: string, env: SqlEnvironment) =>
  `(select m."${column}" from "working_group_membership" m where m."working_group_id" = ${alias}."id" and m."role" = 'HEAD' ` +
  `and m."starts_on" <= ${env.today} and (m."ends_on" is null or m."ends_on" >= ${env.today}) limit 1)`;

export const workingGroupNode = describeNode(WorkingGroup, {
  head: referenceBy('Person', headSeat('person_id')),
  headMembership: referenceBy('WorkingGroupMembership', headSeat('id')),
  memberships: childrenOf(
    WorkingGroupMembership,
    { order: 't."role", t."starts_on" desc' },
    'Seats: head, secretariat and members, past and present.',
  ),
  resolutions: childrenOf(Resolution, 'Resolutions adopted by the working group, latest first.'),
  plans: childrenOf(
    DevelopmentPlan,
    { parentColumn: 'decided_by_id', order: 't."decided_on" desc' },
    'Plans the working group approved or rejected, latest first.',
  ),
  supervisorAppointments: childrenOf(SupervisorAppointment, "Supervisor appointments decreed by the working group's head."),
  disputes: childrenOf(Dispute, { parentColumn: 'forum_id' }, 'Disputes for which the working group is the forum.'),
  budgetAdjustments: childrenOf(BudgetAdjustment, { order: 't."decided_on" desc' }, 'Budget adjustments the working group decided.'),
  agencyAssessments: childrenOf(AgencyAssessment, 'Assessments of agencies the working group recorded.'),
  periodicReports: childrenOf(PeriodicReport, "Periodic reports of the working group's secretariat."),
});

export const workingGroupList = describeList({
  type: 'WorkingGroup',
  query: { name: 'workingGroups', description: 'The central working group and the provincial working groups.' },
  filter: {
    on: 'working groups',
    argument: 'Conditions on working groups.',
    fields: {
      search: filter.search('Part of the Persian or English name', [(t) => `${t}."search_name"`], [(t) => `${t}."name"`]),
      level: filter.equals(
        () => WorkingGroupLevel,
        'Central or provincial.',
        (t) => `${t}."level"`,
        'text',
      ),
      ...filter.province((t) => `${t}."province_id"`, { codes: 'ISO 3166-2 codes of the provinces.', ids: 'Province ids.' }),
    },
  },
  order: {
    on: 'working groups',
    default: 'PROVINCE_CODE',
    argument: 'Order (default PROVINCE_CODE ASC, central first).',
    orderings: {
      NAME: orderBy('text', (t) => `${t}."name"`),
      // The central group has no province; it sorts first.
      PROVINCE_CODE: orderBy('text', (t) => `(select op."code" from "province" op where op."id" = ${t}."province_id")`, {
        nullsSmallest: true,
      }),
    },
  },
});
