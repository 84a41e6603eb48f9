import { createRemoteJWKSet, decodeProtectedHeader, errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';

/** Issuer and audience of the tokens this API signs and accepts. */
export const TOKEN_ISSUER = 'cluster-oversight';
export const TOKEN_AUDIENCE = 'cluster-oversight-api';
const ALGORITHM = 'HS256';
/** Algorithms accepted from an identity provider's keys (JWKS); anything else, `none` included, is refused. */
export const JWKS_ALGORITHMS = ['RS256', 'ES256'] as const;
const CLOCK_TOLERANCE_SECONDS = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Who a verified token names: a person id, or, for an identity provider's token whose subject is not one of our ids, an e-mail address. */
export type TokenClaims = { personId: string; email?: undefined } | { personId?: undefined; email: string };

/** An external identity provider whose tokens are accepted besides ours. */
export interface IdentityProviderOptions {
  /** URL of its JSON Web Key Set. */
  jwksUrl: string;
  /** Expected `iss`; default TOKEN_ISSUER. */
  issuer?: string;
  /** Expected `aud`; default TOKEN_AUDIENCE. */
  audience?: string;
  /** Milliseconds to wait for the key set (default 5000). */
  timeoutMs?: number;
}

/** The subject of a token as a person: by id when `sub` is a uuid, else by its `email` claim (lower case). */
export function claimsOf(payload: JWTPayload, allowEmail: boolean): TokenClaims | null {
  if (typeof payload.sub !== 'string' || payload.sub === '') return null;
  if (UUID.test(payload.sub)) return { personId: payload.sub };
  if (!allowEmail) return null;
  const email = payload.email;
  return typeof email === 'string' && email.length > 0 && email.length <= 254 ? { email: email.trim().toLowerCase() } : null;
}

export class TokenService {
  private readonly key: Uint8Array;
  private readonly provider: { keys: ReturnType<typeof createRemoteJWKSet>; issuer: string; audience: string } | null;

  constructor(secret: string, identityProvider?: IdentityProviderOptions | null) {
    if (secret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters.');
    this.key = new TextEncoder().encode(secret);
    this.provider = identityProvider
      ? {
          // jose caches the key set, refetches it when a token names an unknown `kid` (at most every 30 s).
          keys: createRemoteJWKSet(new URL(identityProvider.jwksUrl), { timeoutDuration: identityProvider.timeoutMs ?? 5000 }),
          issuer: identityProvider.issuer ?? TOKEN_ISSUER,
          audience: identityProvider.audience ?? TOKEN_AUDIENCE,
        }
      : null;
  }

  sign(personId: string, email: string, lifetime = '12h'): Promise<string> {
    return new SignJWT({ email })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(personId)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(this.key);
  }

  /**
   * Verifies signature, algorithm, issuer, audience and time claims (`exp` required, `nbf` when
   * present); null for any bad token. HS256 tokens are ours (signed with JWT_SECRET); RS256 and
   * ES256 tokens are an identity provider's, checked against its key set when one is configured.
   */
  async verify(token: string): Promise<TokenClaims | null> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      return null; // not a JWS at all (jose throws a TypeError here, not a JOSEError)
    }
    try {
      if (alg === ALGORITHM) {
        const { payload } = await jwtVerify(token, this.key, {
          algorithms: [ALGORITHM],
          issuer: TOKEN_ISSUER,
          audience: TOKEN_AUDIENCE,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['sub', 'exp'],
        });
        return claimsOf(payload, false);
      }
      if (this.provider && (JWKS_ALGORITHMS as readonly string[]).includes(alg ?? '')) {
        const { keys, issuer, audience } = this.provider;
        const { payload } = await jwtVerify(token, keys, {
          algorithms: [...JWKS_ALGORITHMS],
          issuer,
          audience,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['sub', 'exp'],
        }).catch((error: unknown) => {
          // The provider's key set unreachable (connection refused, DNS) fails closed: the token is not accepted.
          if (error instanceof errors.JOSEError) throw error;
          throw new errors.JWKSTimeout("The identity provider's key set could not be fetched.");
        });
        return claimsOf(payload, true);
      }
      return null;
    } catch (error) {
      // Bad tokens, and a key set that cannot be fetched or parsed, are all "not authenticated".
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}
