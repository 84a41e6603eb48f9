import type { TokenClaims, TokenService } from '../../kernel/auth';
import { hashApiKey, looksLikeApiKey } from '../api-key/api-key.secret';

/** The credential headers of a request, as sent. */
export interface Credentials {
  /** `Authorization` header. */
  authorization?: string;
  /** `X-Api-Key` header (partner API keys). */
  apiKey?: string;
}

/**
 * A request's credentials, read and checked once (http/credentials.ts): the rate limiter counts by
 * them and authentication looks up who they name, neither parsing a header again.
 */
export type PresentedCredentials =
  /** Neither header. */
  | { kind: 'none' }
  /** Headers that can name nobody: both credentials, a malformed `Authorization`, a malformed key. */
  | { kind: 'refused'; reason?: string }
  /** A bearer token; `claims` is null when its signature, issuer, audience or expiry fail. */
  | { kind: 'token'; claims: TokenClaims | null }
  /** A partner key of the right form, by its SHA-256 (the key itself is never kept). */
  | { kind: 'apiKey'; hash: string };

/** `Bearer <JWT>`: three base64url parts, the signature possibly empty (refused by the verifier). */
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

/** The one parser of the credential headers; a bearer token's signature is verified here, once. */
export async function readCredentials(tokens: TokenService, headers: Credentials): Promise<PresentedCredentials> {
  const authorization = headers.authorization?.trim();
  const hasBearer = Boolean(authorization);
  if (hasBearer && headers.apiKey !== undefined)
    return { kind: 'refused', reason: 'Send one credential: a bearer token or an API key, not both.' };
  if (headers.apiKey !== undefined) {
    const key = headers.apiKey.trim();
    return looksLikeApiKey(key) ? { kind: 'apiKey', hash: hashApiKey(key) } : { kind: 'refused', reason: 'The API key is invalid.' };
  }
  if (!hasBearer) return { kind: 'none' };
  const match = BEARER.exec(authorization!);
  if (!match) return { kind: 'refused' };
  return { kind: 'token', claims: await tokens.verify(match[1]) };
}

/**
 * Who a request counts against for the rate limit: the partner key it carries, else the person a
 * valid token names, else the client's address (so a forged or expired token spends the sender's own
 * budget, never someone else's). Keys are named by a prefix of their hash.
 */
export function rateLimitPrincipal(credentials: PresentedCredentials, address: string): string {
  if (credentials.kind === 'apiKey') return `key:${credentials.hash.slice(0, 32)}`;
  if (credentials.kind === 'token' && credentials.claims) {
    return credentials.claims.personId !== undefined ? `person:${credentials.claims.personId}` : `email:${credentials.claims.email}`;
  }
  return `ip:${address}`;
}
