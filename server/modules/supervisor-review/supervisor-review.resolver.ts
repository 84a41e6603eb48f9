import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { payloadType } from '../../kernel/mutation';
import { Period } from '../../kernel/period';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { PlanAssessment, SupervisorReview } from './supervisor-review.entity';
import { SubmitSupervisorReviewInput } from './supervisor-review.inputs';
import { submitSupervisorReview } from './supervisor-review.service';

const SubmitSupervisorReviewPayload = payloadType(
  'SubmitSupervisorReview',
  'review',
  SupervisorReview,
  'The review as recorded and routed.',
);

@Resolver(() => SupervisorReview)
export class SupervisorReviewResolver {
  @Mutation(() => SubmitSupervisorReviewPayload, {
    description:
      "Records the cluster supervisor's review of its plans' performance and economic return, with proposals for improvement, routed to the central and provincial secretariats; only by the supervisor in force (Art. 4-3).",
  })
  submitSupervisorReview(
    @Arg('input', () => SubmitSupervisorReviewInput, { description: 'The review.' }) input: SubmitSupervisorReviewInput,
    @Ctx() ctx: Context,
  ) {
    return submitSupervisorReview(ctx, input);
  }

  @FieldResolver(() => Period, { description: 'The quarter reviewed.' })
  period(@Root() review: SupervisorReview): Period {
    return Period.fromLabel(review.period);
  }

  @FieldResolver(() => SupervisorAppointment, { description: 'The appointment under which the supervisor reviewed.' })
  appointment(@Root() review: SupervisorReview, @Ctx() ctx: Context) {
    return ctx.loaders.reference(SupervisorAppointment, review.appointment);
  }

  @FieldResolver(() => Cluster, { description: 'The reviewed cluster.' })
  cluster(@Root() review: SupervisorReview, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Cluster, review.cluster);
  }

  @FieldResolver(() => Person, { description: 'The supervisor.' })
  supervisor(@Root() review: SupervisorReview, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, review.supervisor);
  }

  @FieldResolver(() => WorkingGroup, { description: "Routed to: the central working group's secretariat at the TPO (Art. 4-3)." })
  routedToCentral(@Root() review: SupervisorReview, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, review.routedToCentral);
  }

  @FieldResolver(() => WorkingGroup, { nullable: true, description: "Routed to: the province's working-group secretariat (Art. 4-3)." })
  routedToProvincial(@Root() review: SupervisorReview, @Ctx() ctx: Context) {
    return ctx.loaders.reference(WorkingGroup, review.routedToProvincial);
  }
}

@Resolver(() => PlanAssessment)
export class PlanAssessmentResolver {
  @FieldResolver(() => SupervisorReview, { description: 'The review.' })
  review(@Root() assessment: PlanAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(SupervisorReview, assessment.review);
  }

  @FieldResolver(() => DevelopmentPlan, { description: 'The assessed plan.' })
  plan(@Root() assessment: PlanAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.reference(DevelopmentPlan, assessment.plan);
  }
}
