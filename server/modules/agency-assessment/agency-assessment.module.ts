import { defineModule, inProvince } from '../../kernel/module';
import { AgencyAssessment } from './agency-assessment.entity';
import { agencyAssessmentList, agencyAssessmentNode } from './agency-assessment.node';
import { AgencyAssessmentResolver } from './agency-assessment.resolver';

export const agencyAssessmentModule = defineModule({
  name: 'agency-assessment',
  entities: [AgencyAssessment],
  resolvers: [AgencyAssessmentResolver],
  nodes: [agencyAssessmentNode],
  lists: [agencyAssessmentList],
  scope: {
    AgencyAssessment: inProvince('workingGroup.province'),
  },
});
