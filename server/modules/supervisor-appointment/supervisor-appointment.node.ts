import { childrenOf, computed, describeNode } from '../../kernel/read/node-description';
import { relations } from '../relations';

export const supervisorAppointmentNode = describeNode('SupervisorAppointment', {
  // In force from its first day to its revocation or end, both included (as `appointmentsInForceOn`).
  inForce: computed((alias, env) => `(${alias}."starts_on" <= ${env.today} and coalesce(${alias}."revoked_on", ${alias}."ends_on") >= ${env.today})`),
  reviews: childrenOf(relations.appointmentReviews),
});
