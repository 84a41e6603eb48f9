import type { EntityManager } from '@mikro-orm/postgresql';
import type { TokenService } from '../../kernel/auth';
import { unauthenticated } from '../../kernel/errors';
import { Person } from '../person/person.entity';

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
  apiKey: { id: string; provinceIds: readonly string[] | null; types: readonly string[] | null } | null;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

/** Verifies the request's credentials; any missing or bad credential is `UNAUTHENTICATED`. */
export async function authenticate(em: EntityManager, tokens: TokenService, credentials: Credentials): Promise<Principal> {
  const match = credentials.authorization ? BEARER.exec(credentials.authorization.trim()) : null;
  if (!match) throw unauthenticated();
  const claims = await tokens.verify(match[1]);
  if (!claims) throw unauthenticated('The bearer token is invalid or expired.');
  const person = await em.findOne(Person, { id: claims.personId });
  if (!person) throw unauthenticated('The bearer token names no known person.');
  return { person, apiKey: null };
}
