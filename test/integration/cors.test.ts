/**
 * Browsers on a partner's origin: the preflight is answered before Apollo's CSRF prevention (which
 * refuses an OPTIONS request with 400), only for origins in CORS_ORIGINS, and the cross-origin call
 * itself is readable by the page, Retry-After and X-Request-Id included. Node's fetch sends the
 * Origin header as given, so these are the exchanges a browser would have.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type App, createApp } from '../../server/app';
import { parseCorsOrigins } from '../../server/http/cors';
import { fixedClock } from '../../server/kernel/clock';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

const PARTNER = 'https://partner.example';
let app: TestApp;
let open: App;
let url: string;
let token: string;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.tokenFor(ANALYST);
  open = await createApp({
    orm: app.orm,
    tokens: app.tokens,
    clock: fixedClock(DEMO_TODAY),
    corsOrigins: parseCorsOrigins(`${PARTNER}, http://localhost:5173`),
  });
  url = `http://127.0.0.1:${await open.listen(0, '127.0.0.1')}/graphql`;
});
afterAll(async () => {
  await open?.stop();
  await app?.close();
});

function preflight(target: string, origin: string): Promise<Response> {
  return fetch(target, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization, x-api-key, idempotency-key, x-oversight-sdk',
    },
  });
}

describe('CORS', () => {
  it('answers the preflight of a listed origin with the methods and headers the SDK sends', async () => {
    const response = await preflight(url, PARTNER);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
    for (const header of ['content-type', 'authorization', 'x-api-key', 'idempotency-key', 'x-oversight-sdk'])
      expect(allowed).toContain(header);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('lets the page of a listed origin read the answer of its POST, with Retry-After and X-Request-Id exposed', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { origin: PARTNER, 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ provinces(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { provinces: { totalCount: number } } }).data.provinces.totalCount).toBe(31);
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect((response.headers.get('access-control-expose-headers') ?? '').split(/,\s*/).sort()).toEqual(['retry-after', 'x-request-id']);
  });

  it('refuses the preflight of an origin not listed, and gives its POST no CORS headers', async () => {
    const refused = await preflight(url, 'https://elsewhere.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await refused.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('FORBIDDEN');

    const post = await fetch(url, {
      method: 'POST',
      headers: { origin: 'https://elsewhere.example', 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ provinces(first: 1) { totalCount } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("allows no other origin by default, but always the server's own (the explorer page)", async () => {
    expect((await preflight(app.url, PARTNER)).status).toBe(403);
    const own = new URL(app.url).origin;
    const response = await preflight(app.url, own);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(own);
  });

  it('reads CORS_ORIGINS strictly', () => {
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins(' https://a.example , http://localhost:8080 ')).toEqual(['https://a.example', 'http://localhost:8080']);
    expect(() => parseCorsOrigins('https://a.example/path')).toThrow(/CORS_ORIGINS/);
    expect(() => parseCorsOrigins('*')).toThrow(/CORS_ORIGINS/);
    expect(() => parseCorsOrigins('ftp://a.example')).toThrow(/CORS_ORIGINS/);
  });
});
