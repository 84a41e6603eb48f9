import { ErrorCode } from '../../kernel/errors';
import { defineModule, inProvince } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { WorkingGroup, WorkingGroupMembership } from './working-group.entity';
import { workingGroupList, workingGroupNode } from './working-group.node';
import { workingGroupResolvers } from './working-group.resolver';

export const workingGroupModule = defineModule({
  name: 'working-group',
  entities: [WorkingGroup, WorkingGroupMembership],
  resolvers: workingGroupResolvers,
  nodes: [workingGroupNode],
  lists: [workingGroupList],
  scope: {
    WorkingGroup: inProvince('province'),
    WorkingGroupMembership: inProvince('workingGroup.province'),
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    working_group_membership_one_head: () =>
      violation(ErrorCode.CONFLICT, 'The working group already has a head for some of these dates.', 'Art. 3'),
    working_group_province_id_unique: () =>
      violation(ErrorCode.CONFLICT, 'The province already has its export development working group.', 'Art. 3', ['input', 'provinceId']),
  },
});
