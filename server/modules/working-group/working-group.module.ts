import { defineModule, inProvince } from '../../kernel/module';
import { WorkingGroup, WorkingGroupMembership } from './working-group.entity';
import { workingGroupList, workingGroupNode } from './working-group.node';
import { WorkingGroupMembershipResolver, WorkingGroupResolver } from './working-group.resolver';

export const workingGroupModule = defineModule({
  name: 'working-group',
  entities: [WorkingGroup, WorkingGroupMembership],
  resolvers: [WorkingGroupMembershipResolver, WorkingGroupResolver],
  nodes: [workingGroupNode],
  lists: [workingGroupList],
  scope: {
    WorkingGroup: inProvince('province'),
    WorkingGroupMembership: inProvince('workingGroup.province'),
  },
});
