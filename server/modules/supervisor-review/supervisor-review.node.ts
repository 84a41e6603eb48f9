import { childrenOf, describeNode, periodColumn } from '../../kernel/read/node-description';
import { relations } from '../relations';

export const supervisorReviewNode = describeNode('SupervisorReview', {
  period: periodColumn('period'),
  planAssessments: childrenOf(relations.reviewAssessments),
  budgetAdjustments: childrenOf(relations.reviewBudgetAdjustments),
});
