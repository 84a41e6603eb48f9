import { fieldResolvers, mutationResolver, periodLabel, reference } from '../../kernel/resolver-factories';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { AgencyAssessment } from './agency-assessment.entity';
import { AssessAgencyInput } from './agency-assessment.inputs';
import { assessAgency } from './agency-assessment.service';

const AgencyAssessmentMutations = mutationResolver('AgencyAssessmentMutations', {
  assessAgency: {
    description: `
      Records a working group's opinion and rating of an executive agency's performance in a quarter; by its head or secretariat, once per
      quarter (Art. 4-4).`,
    input: [AssessAgencyInput, 'The assessment.'],
    payload: ['assessment', AgencyAssessment, 'The recorded assessment.'],
    run: assessAgency,
  },
});

const AgencyAssessmentFields = fieldResolvers(AgencyAssessment, {
  period: periodLabel('The quarter assessed.'),
  workingGroup: reference(WorkingGroup, 'The assessing working group.'),
  agency: reference(ExecutiveAgency, 'The assessed agency.'),
  assessedBy: reference(Person, 'Who recorded the assessment for the working group.'),
});

export const agencyAssessmentResolvers = [AgencyAssessmentMutations, AgencyAssessmentFields];
