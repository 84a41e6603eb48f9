import { ErrorCode } from '../../kernel/errors';
import { defineModule, inProvince } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { Resolution, ResolutionTarget } from './resolution.entity';
import { resolutionList, resolutionNode, resolutionTargetList, resolutionTargetNode } from './resolution.node';
import { resolutionResolvers } from './resolution.resolver';

/** A resolution belongs to its cluster's province, or to its working group's when it names no cluster. */
const RESOLUTION_PROVINCE = ['cluster.province', 'workingGroup.province'];

export const resolutionModule = defineModule({
  name: 'resolution',
  entities: [Resolution, ResolutionTarget],
  resolvers: resolutionResolvers,
  nodes: [resolutionNode, resolutionTargetNode],
  lists: [resolutionList, resolutionTargetList],
  scope: {
    Resolution: inProvince(...RESOLUTION_PROVINCE),
    ResolutionTarget: inProvince(...RESOLUTION_PROVINCE.map((path) => `resolution.${path}`)),
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    resolution_number_unique: () => violation(ErrorCode.CONFLICT, 'The working group already has a resolution with this number.'),
  },
});
