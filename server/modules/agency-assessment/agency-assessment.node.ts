import { describeNode, periodColumn } from '../../kernel/read/node-description';

export const agencyAssessmentNode = describeNode('AgencyAssessment', {
  period: periodColumn('period'),
});
