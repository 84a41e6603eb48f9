import { IsIn, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DateScalar } from '../../kernel/scalars';
import { TextField } from '../../kernel/text-fields';
import { MembershipRole } from './working-group.entity';

@InputType({ description: "A province's export development working group to form (Art. 3); at most one per province." })
export class FormProvincialWorkingGroupInput {
  @Field(() => ID, { description: 'The province.' })
  provinceId!: string;

  @TextField('Name in English.', 200)
  name!: string;

  @TextField('Name in Persian, as written.', 200)
  nameFa!: string;
}

@InputType({ description: "A new head of a working group; the sitting head's seat ends the day before (Art. 3)." })
export class AppointWorkingGroupHeadInput {
  @Field(() => ID, { description: 'The working group.' })
  workingGroupId!: string;

  @Field(() => ID, { description: 'The new head.' })
  personId!: string;

  @Field(() => DateScalar, { description: 'First day in office; the seat is open-ended.' })
  startsOn!: string;

  @Field(() => ID, { nullable: true, description: 'Agency that nominated the head, if any.' })
  @IsOptional()
  nominatingAgencyId?: string | null;
}

@InputType({ description: "A seat in a working group's secretariat, or a member introduced by an executive agency (Art. 3)." })
export class AddWorkingGroupMemberInput {
  @Field(() => ID, { description: 'The working group.' })
  workingGroupId!: string;

  @Field(() => ID, { description: 'The person taking the seat.' })
  personId!: string;

  @Field(() => MembershipRole, { description: 'SECRETARIAT or MEMBER; heads are appointed with `appointWorkingGroupHead`.' })
  @IsIn([MembershipRole.SECRETARIAT, MembershipRole.MEMBER])
  role!: MembershipRole;

  @Field(() => ID, { nullable: true, description: 'Executive agency that introduced the person; required for a MEMBER (Art. 3).' })
  @IsOptional()
  nominatingAgencyId?: string | null;

  @Field(() => DateScalar, { description: 'First day of the seat; the seat is open-ended.' })
  startsOn!: string;
}

@InputType({ description: 'The end of a seat in a working group.' })
export class EndWorkingGroupMembershipInput {
  @Field(() => ID, { description: 'The seat.' })
  membershipId!: string;

  @Field(() => DateScalar, { description: 'Last day of the seat; not before its first.' })
  endsOn!: string;
}
