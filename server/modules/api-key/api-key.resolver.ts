import { GraphQLInterfaceType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Field, ObjectType } from 'type-graphql';

import type { Context } from '../../context';
import { UserError } from '../../kernel/errors';
import { connectionType } from '../../kernel/pagination';
import { fieldResolvers, mutationResolver, reference } from '../../kernel/resolver-factories';
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

const ApiKeyMutations = mutationResolver('ApiKeyMutations', {
  createApiKey: {
    description: `
      Makes an API key for a partner service account and returns it once; by the system administrator (house rule).`,
    input: [CreateApiKeyInput, 'The key.'],
    payload: CreateApiKeyPayload,
    run: (ctx: Context, input: CreateApiKeyInput, info: GraphQLResolveInfo) => createApiKey(ctx, input, readableNodeTypes(info.schema)),
  },
  revokeApiKey: {
    description: `
      Revokes an API key at once; by the system administrator (house rule).`,
    input: [RevokeApiKeyInput, 'The key to revoke.'],
    payload: ['apiKey', ApiKey, 'The revoked key.'],
    run: revokeApiKey,
  },
});

const ApiKeyFields = fieldResolvers(ApiKey, {
  person: reference(Person, 'The partner service account the key acts for.'),
  createdBy: reference(Person, 'The administrator who made the key.'),
});

export const apiKeyResolvers = [ApiKeyMutations, ApiKeyFields];
