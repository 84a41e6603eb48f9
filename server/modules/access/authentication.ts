import type { EntityManager } from '@mikro-orm/postgresql';

import { unauthenticated } from '../../kernel/errors';
import { runStatement } from '../../kernel/read/statement';
import { ApiKey } from '../api-key/api-key.entity';
import { keyRefusal } from '../api-key/api-key.rules';
import { Person } from '../person/person.entity';
import { Province } from '../province/province.entity';
import type { PresentedCredentials } from './credentials';

export type { Credentials, PresentedCredentials } from './credentials';

/** Who a request is from, once its credentials are verified. */
export interface Principal {
  person: Person;
  /** The partner API key used, when the request came with one instead of a bearer token. */
  apiKey: { id: string; provinceIds: readonly string[] | null; types: readonly string[] | null; trustedDocumentsOnly?: boolean } | null;
}

/** `lastUsedAt` is written at most once a minute per key, so that reads do not each cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Who the request's credentials (read and checked once, access/credentials.ts) name: a bearer
 * token's person or a partner API key's. Any missing or bad credential is `UNAUTHENTICATED`.
 */
export async function authenticate(em: EntityManager, credentials: PresentedCredentials, now: Date = new Date()): Promise<Principal> {
  if (credentials.kind === 'none') throw unauthenticated();
  if (credentials.kind === 'refused') throw unauthenticated(credentials.reason);
  if (credentials.kind === 'apiKey') return authenticateApiKey(em, credentials.hash, now);
  const { claims } = credentials;
  if (!claims) throw unauthenticated('The bearer token is invalid or expired.');
  const person = claims.personId !== undefined ? await personById(em, claims.personId) : await em.findOne(Person, { email: claims.email });
  if (!person) throw unauthenticated('The bearer token names no known person.');
  return { person, apiKey: null };
}

/**
 * The token's person, read with one plain statement and mapped into the request's EntityManager:
 * every request pays for it, and the ORM's `findOne` costs about a millisecond more CPU for the same
 * row (query building, then hydration through the unit of work), measured here.
 */
async function personById(em: EntityManager, id: string): Promise<Person | null> {
  const metadata = em.getMetadata().get(Person.name);
  const [row] = await runStatement<Record<string, unknown>>(em, 'write', {
    sql: `select * from "${metadata.tableName}" where "id" = $1`,
    values: [id],
  });
  return row ? em.map(Person, row) : null;
}

/** A partner key, looked up by its hash (the key itself is never stored, compared or logged). */
async function authenticateApiKey(em: EntityManager, hash: string, now: Date): Promise<Principal> {
  const apiKey = await em.findOne(ApiKey, { hash }, { populate: ['person'] });
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
  return {
    person: apiKey.person,
    apiKey: { id: apiKey.id, provinceIds, types: apiKey.types ?? null, trustedDocumentsOnly: apiKey.trustedDocumentsOnly },
  };
}
