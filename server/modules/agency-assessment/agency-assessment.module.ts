import { ErrorCode } from '../../kernel/errors';
import { defineModule, inProvince } from '../../kernel/module';
import { violation } from '../../kernel/rules';
import { AgencyAssessment } from './agency-assessment.entity';
import { agencyAssessmentList, agencyAssessmentNode } from './agency-assessment.node';
import { agencyAssessmentResolvers } from './agency-assessment.resolver';

export const agencyAssessmentModule = defineModule({
  name: 'agency-assessment',
  entities: [AgencyAssessment],
  resolvers: agencyAssessmentResolvers,
  nodes: [agencyAssessmentNode],
  lists: [agencyAssessmentList],
  scope: {
    AgencyAssessment: inProvince('workingGroup.province'),
  },
  // Constraints that back a rule up: a race lost in the database is the same user error as the rule.
  constraintErrors: {
    agency_assessment_unique: () =>
      violation(ErrorCode.CONFLICT, 'The working group has already assessed this agency for this quarter.', 'Art. 4-4'),
  },
});
