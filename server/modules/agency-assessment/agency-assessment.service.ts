import type { Context } from '../../context';
import { load } from '../../kernel/load';
import { type Payload, runMutation } from '../../kernel/mutation';
import { enforce } from '../../kernel/rules';
import { actsForWorkingGroupOn } from '../authority/authority';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { AgencyAssessment } from './agency-assessment.entity';
import type { AssessAgencyInput } from './agency-assessment.inputs';
import { assessedQuarterHasBegun, notAssessedYet } from './agency-assessment.rules';

/** R9 (Art. 4-4): a working group records its opinion and rating of an agency's performance in a quarter. */
export function assessAgency(ctx: Context, input: AssessAgencyInput): Promise<Payload<AgencyAssessment>> {
  return runMutation(ctx, 'assessAgency', async (em) => {
    const today = ctx.clock.today();
    const workingGroup = await load(em, WorkingGroup, input.workingGroupId, 'input.workingGroupId');
    const agency = await load(em, ExecutiveAgency, input.agencyId, 'input.agencyId');
    enforce(await actsForWorkingGroupOn(em, ctx.viewer.person.id, workingGroup.id, today));
    enforce(assessedQuarterHasBegun(input.period, today));
    // Two assessments sent at the same moment both pass this check; the unique constraint
    // agency_assessment_unique then refuses the second, which runMutation turns into CONFLICT.
    const existing = await em.count(AgencyAssessment, { workingGroup: workingGroup.id, agency: agency.id, period: input.period });
    enforce(notAssessedYet(existing > 0, input.period));

    const assessment = em.create(AgencyAssessment, {
      workingGroup,
      agency,
      assessedBy: em.getReference(Person, ctx.viewer.person.id),
      period: input.period,
      rating: input.rating,
      opinion: input.opinion.trim(),
    });
    return { target: assessment };
  });
}
