import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DateScalar } from '../../kernel/scalars';
import { LongTextField, TextField } from '../../kernel/text-fields';

@InputType({ description: 'A decree appointing a supervisor to a cluster for one year (Art. 3).' })
export class AppointSupervisorInput {
  @Field(() => ID, { description: 'The cluster to supervise.' })
  clusterId!: string;

  @Field(() => ID, { description: 'The person appointed; must have recorded cluster-development expertise.' })
  supervisorId!: string;

  @Field(() => ID, {
    description: "The appointing working group: the cluster's provincial group or the central one. Its head issues the decree.",
  })
  workingGroupId!: string;

  @TextField('Decree number, unique within the working group.', 64)
  decreeNumber!: string;

  @Field(() => DateScalar, { description: 'Date the decree is signed.' })
  decreeDate!: string;

  @Field(() => DateScalar, { description: 'First day of the one-year term.' })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the term; when given it must be `startsOn` + 1 year − 1 day.' })
  @IsOptional()
  endsOn?: string | null;
}

@InputType({ description: 'Revocation of a supervisor appointment before its term ends.' })
export class RevokeSupervisorAppointmentInput {
  @Field(() => ID, { description: 'The appointment.' })
  appointmentId!: string;

  @Field(() => DateScalar, { description: 'Last day the supervisor is in office.' })
  lastDayInOffice!: string;

  @LongTextField('Why the appointment is revoked.', 2000)
  reason!: string;
}
