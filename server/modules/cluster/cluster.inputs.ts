import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { TextField } from '../../kernel/text-fields';
import { ClusterStatus } from './cluster.entity';

@InputType({ description: 'An export-oriented business cluster to register.' })
export class RegisterClusterInput {
  @Field(() => ID, { description: 'The province the cluster is in.' })
  provinceId!: string;

  @TextField('Name in English.', 200)
  name!: string;

  @TextField('Name in Persian, as written; unique within the province in normalised form.', 200)
  nameFa!: string;

  @Field(() => String, { description: 'Sector as a four-digit ISIC Rev. 4 class, e.g. `1392`.' })
  @Matches(/^[0-9]{4}$/)
  isicCode!: string;

  @Field(() => [String], { description: 'Main products of the cluster, at most 20, each 1–200 characters.' })
  @ArrayMaxSize(20)
  @Length(1, 200, { each: true })
  @Matches(/\S/, { each: true })
  mainProducts!: string[];

  @Field(() => ClusterStatus, { nullable: true, description: 'Stage in the programme; IDENTIFIED when not given.' })
  @IsOptional()
  status?: ClusterStatus | null;
}

@InputType({ description: 'A move of a cluster to another stage of the development programme.' })
export class ChangeClusterStatusInput {
  @Field(() => ID, { description: 'The cluster.' })
  clusterId!: string;

  @Field(() => ClusterStatus, { description: 'The new stage.' })
  status!: ClusterStatus;
}
