import { type Grouping, nodeGrouping } from '../../kernel/read/aggregate-description';
import { WorkingGroup } from './working-group.entity';

/** Groups by the working group whose id `groupId` gives (the key is the WorkingGroup, groups in name order). */
export function byWorkingGroup(description: string, groupId: (alias: string) => string): Grouping {
  return nodeGrouping(() => WorkingGroup, { name: 'WorkingGroup', table: 'working_group', sortColumn: 'name' }, description, groupId);
}
