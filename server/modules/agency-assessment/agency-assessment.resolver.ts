import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root, registerEnumType, Info } from 'type-graphql';
import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { checkListSize, compact, idsOfType, orderInput } from '../../kernel/list-inputs';
import { PageArgs } from '../../kernel/pagination';
import { Period } from '../../kernel/period';
import { PeriodLabelScalar } from '../../kernel/scalars';
import { AgencyAssessmentConnection } from '../connections';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { AgencyAssessment, AgencyRating } from './agency-assessment.entity';
import { AssessAgencyInput } from './agency-assessment.inputs';
import { assessAgency } from './agency-assessment.service';
import { listInScope } from '../access/row-scope';

const AssessAgencyPayload = payloadType('AssessAgency', 'assessment', AgencyAssessment, 'The recorded assessment.');

@InputType({ description: 'Conditions on agency assessments; all given conditions must hold.' })
export class AgencyAssessmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Ids of the assessed agencies.' })
  agencyIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the assessing working groups.' })
  workingGroupIds?: string[] | null;

  @Field(() => [PeriodLabelScalar], { nullable: true, description: 'Quarters assessed.' })
  periods?: string[] | null;

  @Field(() => [AgencyRating], { nullable: true, description: 'Ratings.' })
  ratings?: AgencyRating[] | null;
}

export enum AgencyAssessmentOrderField {
  PERIOD = 'PERIOD',
  RATING = 'RATING',
}
registerEnumType(AgencyAssessmentOrderField, { name: 'AgencyAssessmentOrderField', description: 'Fields assessments can be sorted on.' });

const assessmentOrder = orderInput('AgencyAssessmentOrder', AgencyAssessmentOrderField, AgencyAssessmentOrderField.PERIOD, {
  PERIOD: (direction) => ({ period: direction }),
  RATING: (direction) => ({ rating: direction }),
});

@Resolver(() => AgencyAssessment)
export class AgencyAssessmentResolver {
  @Mutation(() => AssessAgencyPayload, {
    description: "Records a working group's opinion and rating of an executive agency's performance in a quarter; by its head or secretariat, once per quarter (Art. 4-4).",
  })
  assessAgency(@Arg('input', () => AssessAgencyInput, { description: 'The assessment.' }) input: AssessAgencyInput, @Ctx() ctx: Context) {
    return assessAgency(ctx, input);
  }

  @Query(() => AgencyAssessmentConnection, { description: "Working groups' opinions of executive agencies' performance (Art. 4-4)." })
  agencyAssessments(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AgencyAssessmentFilter, { nullable: true, description: 'Conditions on assessments.' })
    filter: AgencyAssessmentFilter | null,
    @Arg('orderBy', () => assessmentOrder.OrderInput, { nullable: true, description: 'Order (default PERIOD ASC).' })
    orderBy: InstanceType<typeof assessmentOrder.OrderInput> | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const where = compact({
      agency: filter?.agencyIds ? { $in: idsOfType(filter.agencyIds, 'ExecutiveAgency', 'filter.agencyIds') } : undefined,
      workingGroup: filter?.workingGroupIds ? { $in: idsOfType(filter.workingGroupIds, 'WorkingGroup', 'filter.workingGroupIds') } : undefined,
      period: filter?.periods ? { $in: checkListSize(filter.periods, 'filter.periods') } : undefined,
      rating: filter?.ratings ? { $in: checkListSize(filter.ratings, 'filter.ratings') } : undefined,
    });
    return listInScope(ctx, info, AgencyAssessment, where, assessmentOrder.toOrder(orderBy), page);
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
