import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { Period } from '../../kernel/period';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { AgencyAssessment } from './agency-assessment.entity';
import { AssessAgencyInput } from './agency-assessment.inputs';
import { assessAgency } from './agency-assessment.service';

const AssessAgencyPayload = payloadType('AssessAgency', 'assessment', AgencyAssessment, 'The recorded assessment.');

@Resolver(() => AgencyAssessment)
export class AgencyAssessmentResolver {
  @Mutation(() => AssessAgencyPayload, {
    description:
      "Records a working group's opinion and rating of an executive agency's performance in a quarter; by its head or secretariat, once per quarter (Art. 4-4).",
  })
  assessAgency(@Arg('input', () => AssessAgencyInput, { description: 'The assessment.' }) input: AssessAgencyInput, @Ctx() ctx: Context) {
    return assessAgency(ctx, input);
  }

  @FieldResolver(() => Period, { description: 'The quarter assessed.' })
  period(@Root() assessment: AgencyAssessment): Period {
    return Period.fromLabel(assessment.period);
  }

  @FieldResolver(() => WorkingGroup, { description: 'The assessing working group.' })
  workingGroup(@Root() assessment: AgencyAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, assessment.workingGroup);
  }

  @FieldResolver(() => ExecutiveAgency, { description: 'The assessed agency.' })
  agency(@Root() assessment: AgencyAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(ExecutiveAgency, assessment.agency);
  }

  @FieldResolver(() => Person, { description: 'Who recorded the assessment for the working group.' })
  assessedBy(@Root() assessment: AgencyAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, assessment.assessedBy);
  }
}
