import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DateTimeScalar } from '../../kernel/scalars';
import { TextField } from '../../kernel/text-fields';

@InputType({ description: 'A key for a partner service account.' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'The partner service account (a person with the PARTNER role).' })
  personId!: string;

  @TextField('Name of the key, e.g. the partner application that will use it.', 100)
  name!: string;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-2 codes of the provinces the key may read; null or absent for all.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Length(1, 6, { each: true })
  provinceCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Node type names the key may read, e.g. ["Cluster"]; null or absent for all.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Length(1, 64, { each: true })
  types?: string[] | null;

  @Field(() => DateTimeScalar, { description: 'When the key stops working: in the future, at most two years ahead.' })
  expiresAt!: Date;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Limit the key to the SDK's own operations, sent by the hash of their text (persisted operations); any other query is refused. Default false.",
  })
  @IsOptional()
  trustedDocumentsOnly?: boolean | null;
}

@InputType({ description: 'An API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key.' })
  apiKeyId!: string;
}
