import type { EntityManager } from '@mikro-orm/postgresql';
import type { TokenService } from '../../kernel/auth';
import { unauthenticated } from '../../kernel/errors';
import { ApiKey } from '../api-key/api-key.entity';
import { keyRefusal } from '../api-key/api-key.rules';
import { hashApiKey, looksLikeApiKey } from '../api-key/api-key.secret';
import { Person } from '../person/person.entity';
import { Province } from '../province/province.entity';

/** The credentials a request may carry. */
export interface Credentials {
  /** `Authorization` header. */
  authorization?: string;
  /** `X-Api-Key` header (partner API keys). */
  apiKey?: string;
}

/** Who a request is from, once its credentials are verified. */
export interface Principal {
  person: Person;
  /** The partner API key used, when the request came with one instead of a bearer token. */
  apiKey: { id: string; provinceIds: readonly string[] | null; types: readonly string[] | null; trustedDocumentsOnly?: boolean } | null;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

/** `lastUsedAt` is written at most once a minute per key, so that reads do not each cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Verifies the request's credentials: a bearer token or a partner API key, never both. Any missing
 * or bad credential is `UNAUTHENTICATED`.
 */
export async function authenticate(em: EntityManager, tokens: TokenService, credentials: Credentials, now: Date = new Date()): Promise<Principal> {
  const hasBearer = Boolean(credentials.authorization?.trim());
  const hasApiKey = credentials.apiKey !== undefined;
  if (hasBearer && hasApiKey) throw unauthenticated('Send one credential: a bearer token or an API key, not both.');
  if (hasApiKey) return authenticateApiKey(em, credentials.apiKey!, now);

  const match = credentials.authorization ? BEARER.exec(credentials.authorization.trim()) : null;
  if (!match) throw unauthenticated();
  const claims = await tokens.verify(match[1]);
  if (!claims) throw unauthenticated('The bearer token is invalid or expired.');
  const person = claims.personId !== undefined ? await em.findOne(Person, { id: claims.personId }) : await em.findOne(Person, { email: claims.email });
  if (!person) throw unauthenticated('The bearer token names no known person.');
  return { person, apiKey: null };
}

/** A partner key, looked up by its hash (the key itself is never stored, compared or logged). */
async function authenticateApiKey(em: EntityManager, presented: string, now: Date): Promise<Principal> {
  const key = presented.trim();
  if (!looksLikeApiKey(key)) throw unauthenticated('The API key is invalid.');
  const apiKey = await em.findOne(ApiKey, { hash: hashApiKey(key) }, { populate: ['person'] });
  if (!apiKey) throw unauthenticated('The API key is invalid.');
  const refusal = keyRefusal(apiKey, apiKey.person.systemRoles, now);
  if (refusal) throw unauthenticated(refusal);

  const provinceIds = apiKey.provinceCodes
    ? (await em.find(Province, { code: { $in: apiKey.provinceCodes } })).map((province) => province.id)
    : null;
  if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // A bookkeeping write outside any mutation: not audited, and guarded so that concurrent requests write once.
    await em.nativeUpdate(
      ApiKey,
      { id: apiKey.id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      { lastUsedAt: now },
    );
  }
  return { person: apiKey.person, apiKey: { id: apiKey.id, provinceIds, types: apiKey.types ?? null, trustedDocumentsOnly: apiKey.trustedDocumentsOnly } };
}
