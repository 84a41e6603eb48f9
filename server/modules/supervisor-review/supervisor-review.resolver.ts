import { fieldResolvers, mutationResolver, periodLabel, reference } from '../../kernel/resolver-factories';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan } from '../development-plan/development-plan.entity';
import { Person } from '../person/person.entity';
import { SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { PlanAssessment, SupervisorReview } from './supervisor-review.entity';
import { SubmitSupervisorReviewInput } from './supervisor-review.inputs';
import { submitSupervisorReview } from './supervisor-review.service';

const SupervisorReviewMutations = mutationResolver('SupervisorReviewMutations', {
  submitSupervisorReview: {
    description: `
      Records the cluster supervisor's review of its plans' performance and economic return, with proposals for improvement, routed to the
      central and provincial secretariats; only by the supervisor in force (Art. 4-3).`,
    input: [SubmitSupervisorReviewInput, 'The review.'],
    payload: ['review', SupervisorReview, 'The review as recorded and routed.'],
    run: submitSupervisorReview,
  },
});

const SupervisorReviewFields = fieldResolvers(SupervisorReview, {
  period: periodLabel('The quarter reviewed.'),
  appointment: reference(SupervisorAppointment, 'The appointment under which the supervisor reviewed.'),
  cluster: reference(Cluster, 'The reviewed cluster.'),
  supervisor: reference(Person, 'The supervisor.'),
  routedToCentral: reference(WorkingGroup, "Routed to: the central working group's secretariat at the TPO (Art. 4-3)."),
  routedToProvincial: reference(WorkingGroup, "Routed to: the province's working-group secretariat (Art. 4-3).", { nullable: true }),
});

const PlanAssessmentFields = fieldResolvers(PlanAssessment, {
  review: reference(SupervisorReview, 'The review.'),
  plan: reference(DevelopmentPlan, 'The assessed plan.'),
});

export const supervisorReviewResolvers = [SupervisorReviewMutations, SupervisorReviewFields, PlanAssessmentFields];
