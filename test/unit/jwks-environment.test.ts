import { describe, expect, it } from 'vitest';

import { readEnvironment } from '../../server/config/environment';

describe('JWKS configuration', () => {
  it('is off by default', () => {
    expect(readEnvironment({})).toMatchObject({ jwtJwksUrl: null, jwtIssuer: null, jwtAudience: null });
  });

  it('reads the key set URL, issuer and audience', () => {
    const env = readEnvironment({
      JWT_JWKS_URL: 'https://idp.example/jwks.json',
      JWT_ISSUER: 'https://idp.example',
      JWT_AUDIENCE: 'oversight',
    });
    expect(env).toMatchObject({ jwtJwksUrl: 'https://idp.example/jwks.json', jwtIssuer: 'https://idp.example', jwtAudience: 'oversight' });
  });

  it('allows http only on loopback in production', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(readEnvironment({ ...production, JWT_JWKS_URL: 'http://127.0.0.1:8080/jwks' }).jwtJwksUrl).toBe('http://127.0.0.1:8080/jwks');
    expect(() => readEnvironment({ ...production, JWT_JWKS_URL: 'http://idp.example/jwks' })).toThrow(/JWT_JWKS_URL/);
    expect(() => readEnvironment({ JWT_JWKS_URL: 'not a url' })).toThrow(/JWT_JWKS_URL/);
  });

  it('refuses an issuer or audience without a key set', () => {
    expect(() => readEnvironment({ JWT_ISSUER: 'https://idp.example' })).toThrow(/JWT_JWKS_URL/);
  });
});
