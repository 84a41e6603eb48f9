/**
 * Tokens of an external identity provider (issue 4): with JWT_JWKS_URL set, RS256 and ES256 tokens
 * are verified against the provider's key set (served here by a loopback HTTP server) besides our
 * own HS256 tokens; `sub` names a person by id, or by the `email` claim when it is not a uuid. Other
 * algorithms, `alg: none`, foreign keys, wrong issuer or audience, `nbf` in the future are refused.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { exportJWK, generateKeyPair, type JWK, type KeyLike, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type App, createApp } from '../../server/app';
import { TokenService } from '../../server/kernel/auth';
import { fixedClock } from '../../server/kernel/clock';
import { Person } from '../../server/modules/person/person.entity';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, TEST_JWT_SECRET, type TestApp } from '../setup/test-app';
import type { Json } from './graphql-test-support';

const ISSUER = 'https://idp.test.invalid/realms/oversight';
const AUDIENCE = 'oversight-api';

let test: TestApp;
let app: App;
let url: string;
let jwksServer: http.Server;
let jwksRequests = 0;
let analyst: Person;
const keys: Record<'rsa' | 'ec' | 'rsaForeign', { privateKey: KeyLike; kid: string; alg: string }> = {} as never;

async function keyPair(alg: 'RS256' | 'ES256', kid: string) {
  const pair = await generateKeyPair(alg);
  return { privateKey: pair.privateKey, publicJwk: { ...(await exportJWK(pair.publicKey)), kid, alg, use: 'sig' } as JWK };
}

beforeAll(async () => {
  test = await startTestApp();
  analyst = await test.orm.em.fork().findOneOrFail(Person, { email: ANALYST });
  const rsa = await keyPair('RS256', 'rsa-1');
  const ec = await keyPair('ES256', 'ec-1');
  const foreign = await keyPair('RS256', 'rsa-1'); // same kid, other key: a forgery
  keys.rsa = { privateKey: rsa.privateKey, kid: 'rsa-1', alg: 'RS256' };
  keys.ec = { privateKey: ec.privateKey, kid: 'ec-1', alg: 'ES256' };
  keys.rsaForeign = { privateKey: foreign.privateKey, kid: 'rsa-1', alg: 'RS256' };
  const body = JSON.stringify({ keys: [rsa.publicJwk, ec.publicJwk] });
  jwksServer = http.createServer((_request, response) => {
    jwksRequests += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
  const tokens = new TokenService(TEST_JWT_SECRET, { jwksUrl, issuer: ISSUER, audience: AUDIENCE });
  app = await createApp({ orm: test.orm, tokens, clock: fixedClock(DEMO_TODAY) });
  url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}/graphql`;
});
afterAll(async () => {
  await app?.stop();
  await test?.close();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

interface Claims {
  sub?: string;
  email?: string;
  iss?: string;
  aud?: string;
  exp?: number;
  nbf?: number;
}

async function providerToken(key: { privateKey: KeyLike; kid: string; alg: string }, claims: Claims = {}, header: Json = {}) {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(claims.email === undefined ? {} : { email: claims.email })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT', ...header })
    .setIssuer(claims.iss ?? ISSUER)
    .setAudience(claims.aud ?? AUDIENCE)
    .setIssuedAt(now - 5)
    .setExpirationTime(claims.exp ?? now + 600)
    .setSubject(claims.sub ?? analyst.id);
  if (claims.nbf !== undefined) jwt.setNotBefore(claims.nbf);
  return jwt.sign(key.privateKey);
}

async function viewerWith(token: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { email } }' }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Json | null; errors?: { extensions?: Json }[] } };
}

async function expectViewer(token: string, email: string) {
  const response = await viewerWith(token);
  expect(response.body.errors, JSON.stringify(response.body)).toBeUndefined();
  expect(response.body.data).toEqual({ viewer: { email } });
}

async function expectUnauthenticated(token: string) {
  const response = await viewerWith(token);
  expect(
    response.body.errors?.map((error) => error.extensions?.code),
    JSON.stringify(response.body),
  ).toEqual(['UNAUTHENTICATED']);
  expect(response.status).toBe(401);
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('identity provider tokens (JWKS)', () => {
  it('accepts an RS256 token whose subject is a person id', async () => {
    await expectViewer(await providerToken(keys.rsa), ANALYST);
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it('accepts an ES256 token whose subject is not a uuid, by its email claim (any case)', async () => {
    await expectViewer(await providerToken(keys.ec, { sub: 'idp|8f2a', email: ANALYST.toUpperCase() }), ANALYST);
  });

  it('still accepts our own HS256 tokens', async () => {
    await expectViewer(await test.tokens.sign(analyst.id, analyst.email), ANALYST);
  });

  it.each<[string, () => Promise<string>]>([
    ['a token signed by another key under a known kid', () => providerToken(keys.rsaForeign)],
    ['a token with an unknown kid', () => providerToken({ ...keys.rsa, kid: 'rsa-unknown' })],
    ['another issuer', () => providerToken(keys.rsa, { iss: 'https://evil.test' })],
    ['another audience', () => providerToken(keys.rsa, { aud: 'someone-else' })],
    ['an expired token', () => providerToken(keys.rsa, { exp: Math.floor(Date.now() / 1000) - 120 })],
    ['a token not valid yet (nbf)', () => providerToken(keys.ec, { nbf: Math.floor(Date.now() / 1000) + 600 })],
    ['a non-uuid subject without an email claim', () => providerToken(keys.ec, { sub: 'idp|no-email' })],
    ['an email of no known person', () => providerToken(keys.ec, { sub: 'idp|x', email: 'nobody@example.org' })],
    ['a uuid subject of no known person', () => providerToken(keys.rsa, { sub: '00000000-0000-4000-8000-000000000000' })],
    [
      'our issuer signed by the provider key but with our HS256 claims shape',
      () => providerToken(keys.rsa, { iss: 'cluster-oversight', aud: 'cluster-oversight-api' }),
    ],
    [
      'alg none',
      async () =>
        `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: analyst.id, iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 })}.`,
    ],
    [
      'RS384 (not in the allowlist) with a listed kid',
      async () => {
        const pair = await generateKeyPair('RS384');
        return providerToken({ privateKey: pair.privateKey, kid: 'rsa-1', alg: 'RS384' });
      },
    ],
    [
      'HS384 with our secret',
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS384' })
          .setSubject(analyst.id)
          .setIssuer('cluster-oversight')
          .setAudience('cluster-oversight-api')
          .setExpirationTime('10m')
          .sign(new TextEncoder().encode(TEST_JWT_SECRET)),
    ],
    [
      'our HS256 token not valid yet (nbf)',
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(analyst.id)
          .setIssuer('cluster-oversight')
          .setAudience('cluster-oversight-api')
          .setNotBefore(Math.floor(Date.now() / 1000) + 600)
          .setExpirationTime('20m')
          .sign(new TextEncoder().encode(TEST_JWT_SECRET)),
    ],
  ])('refuses %s with UNAUTHENTICATED', async (_case, make) => {
    await expectUnauthenticated(await make());
  });

  it('refuses provider tokens when no key set is configured (the default)', async () => {
    const token = await providerToken(keys.rsa);
    const response = await test.graphql('{ viewer { email } }', undefined, { token });
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('treats an unreachable key set as bad credentials, not a server error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const tokens = new TokenService(TEST_JWT_SECRET, {
      jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
      issuer: ISSUER,
      audience: AUDIENCE,
      timeoutMs: 1000,
    });
    expect(await tokens.verify(await providerToken(keys.rsa))).toBeNull();
  });
});
