import { defineModule, inProvince } from '../../kernel/module';
import { PlanAssessment, SupervisorReview } from './supervisor-review.entity';
import { supervisorReviewList, supervisorReviewNode } from './supervisor-review.node';
import { supervisorReviewResolvers } from './supervisor-review.resolver';

export const supervisorReviewModule = defineModule({
  name: 'supervisor-review',
  entities: [PlanAssessment, SupervisorReview],
  resolvers: supervisorReviewResolvers,
  nodes: [supervisorReviewNode],
  lists: [supervisorReviewList],
  scope: {
    PlanAssessment: inProvince('review.cluster.province'),
    SupervisorReview: inProvince('cluster.province'),
  },
});
