import type { Context } from '../../context';
import { load } from '../../kernel/load';
import { type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { enforce, enforceAll } from '../../kernel/rules';
import { Person } from '../person/person.entity';
import { Province } from '../province/province.entity';
import { requireKeyAdministrator } from './api-key.access';
import { ApiKey } from './api-key.entity';
import type { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';
import { canRevokeKey, distinctOrAll, expiryIsAllowed, holderIsPartner, valuesAreKnown } from './api-key.rules';
import { generateApiKey } from './api-key.secret';

/** The new key with its secret, which is returned here once and never stored. */
export interface CreatedApiKey extends Payload<ApiKey> {
  secret: string | null;
}

/**
 * Makes a key for a partner service account; by the system administrator (house rule). `nodeTypes`
 * are the names of the schema's Node types a key may be limited to.
 */
export async function createApiKey(ctx: Context, input: CreateApiKeyInput, nodeTypes: ReadonlySet<string>): Promise<CreatedApiKey> {
  requireKeyAdministrator(ctx.viewer, 'create API keys');
  const provinceCodes = distinctOrAll(input.provinceCodes);
  const types = distinctOrAll(input.types);
  // Made once, outside the transaction: a retried attempt stores the same key.
  const key = generateApiKey();
  const payload = await runMutation(ctx, 'createApiKey', async (em) => {
    const person = await load(em, Person, input.personId, 'input.personId');
    const provinces = provinceCodes ? await em.find(Province, { code: { $in: provinceCodes } }) : [];
    enforceAll(
      holderIsPartner(person.systemRoles),
      expiryIsAllowed(input.expiresAt, ctx.clock.now()),
      valuesAreKnown(provinceCodes, new Set(provinces.map((province) => province.code)), 'province codes', 'provinceCodes'),
      valuesAreKnown(types, nodeTypes, 'node types', 'types'),
    );
    const apiKey = em.create(ApiKey, {
      person,
      name: input.name.trim(),
      prefix: key.prefix,
      hash: key.hash,
      provinceCodes,
      types,
      expiresAt: input.expiresAt,
      createdBy: em.getReference(Person, ctx.viewer.person.id),
      trustedDocumentsOnly: input.trustedDocumentsOnly ?? false,
    });
    return { target: apiKey };
  });
  return { ...payload, secret: payload.result ? key.secret : null };
}

/** Revokes a key at once; by the system administrator (house rule). */
export function revokeApiKey(ctx: Context, input: RevokeApiKeyInput): Promise<Payload<ApiKey>> {
  requireKeyAdministrator(ctx.viewer, 'revoke API keys');
  return runMutation(ctx, 'revokeApiKey', async (em) => {
    const apiKey = await load(em, ApiKey, input.apiKeyId, 'input.apiKeyId', { lock: true, what: 'API key' });
    const before = snapshot(apiKey);
    enforce(canRevokeKey(apiKey.revokedAt));
    apiKey.revokedAt = ctx.clock.now();
    return { target: apiKey, before };
  });
}
