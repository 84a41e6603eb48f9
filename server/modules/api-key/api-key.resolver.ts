import { GraphQLInterfaceType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, Mutation, ObjectType, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { UserError } from '../../kernel/errors';
import { payloadType } from '../../kernel/mutation';
import { connectionType } from '../../kernel/pagination';
import { Person } from '../person/person.entity';
import { ApiKey } from './api-key.entity';
import { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';
import { createApiKey, revokeApiKey } from './api-key.service';

export const ApiKeyConnection = connectionType(ApiKey, 'ApiKey', 'API key');

@ObjectType('CreateApiKeyPayload', { description: 'Result of `createApiKey`.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { name: 'apiKey', nullable: true, description: 'The new key.' })
  result!: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The key itself, to send in the `X-Api-Key` header. Shown here once: only its hash is kept, and it cannot be shown again.',
  })
  secret!: string | null;

  @Field(() => [UserError], { description: 'Rules the request would have broken; empty when it succeeded.' })
  userErrors!: UserError[];
}

const RevokeApiKeyPayload = payloadType('RevokeApiKey', 'apiKey', ApiKey, 'The revoked key.');

/** Names of the object types that implement `Node`, except keys themselves: what a key may be limited to. */
export function readableNodeTypes(schema: GraphQLSchema): ReadonlySet<string> {
  const node = schema.getType('Node');
  if (!(node instanceof GraphQLInterfaceType)) return new Set();
  return new Set(
    schema
      .getImplementations(node)
      .objects.map((type) => type.name)
      .filter((name) => name !== 'ApiKey'),
  );
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Mutation(() => CreateApiKeyPayload, {
    description: 'Makes an API key for a partner service account and returns it once; by the system administrator (house rule).',
  })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'The key.' }) input: CreateApiKeyInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return createApiKey(ctx, input, readableNodeTypes(info.schema));
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes an API key at once; by the system administrator (house rule).' })
  revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput, { description: 'The key to revoke.' }) input: RevokeApiKeyInput,
    @Ctx() ctx: Context,
  ) {
    return revokeApiKey(ctx, input);
  }

  @FieldResolver(() => Person, { description: 'The partner service account the key acts for.' })
  person(@Root() apiKey: ApiKey, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, apiKey.person);
  }

  @FieldResolver(() => Person, { description: 'The administrator who made the key.' })
  createdBy(@Root() apiKey: ApiKey, @Ctx() ctx: Context) {
    return ctx.loaders.reference(Person, apiKey.createdBy);
  }
}
