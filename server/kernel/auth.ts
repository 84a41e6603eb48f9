import { errors, jwtVerify, SignJWT } from 'jose';

/** Issuer and audience of the tokens this API signs and accepts. */
export const TOKEN_ISSUER = 'cluster-oversight';
export const TOKEN_AUDIENCE = 'cluster-oversight-api';
const ALGORITHM = 'HS256';

export interface TokenClaims {
  /** Person id (uuid). */
  personId: string;
}

export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters.');
    this.key = new TextEncoder().encode(secret);
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

  /** Verifies signature, algorithm, issuer, audience and time claims; null for any bad token. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        clockTolerance: 30,
        requiredClaims: ['sub', 'exp'],
      });
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
      return typeof payload.sub === 'string' && uuid.test(payload.sub) ? { personId: payload.sub } : null;
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}
