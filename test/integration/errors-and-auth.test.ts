/**
 * Authentication, malformed input and the HTTP surface around GraphQL (docs/domain.md section 5):
 * bad or missing credentials are a top-level UNAUTHENTICATED, malformed scalars BAD_USER_INPUT; the
 * health probes and the explorer work without Internet access; every part of the schema is described
 * (STYLE.md convention 8).
 */
import { randomUUID } from 'node:crypto';

import { type GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TOKEN_AUDIENCE, TOKEN_ISSUER, TokenService } from '../../server/kernel/auth';
import { Person } from '../../server/modules/person/person.entity';
import { ANALYST, startTestApp, TEST_JWT_SECRET, type TestApp } from '../setup/test-app';
import { expectErrorCode, type Json, queryData } from './graphql-test-support';

let app: TestApp;
let analyst: Person;
let base: URL;

beforeAll(async () => {
  app = await startTestApp();
  analyst = await app.orm.em.fork().findOneOrFail(Person, { email: ANALYST });
  base = new URL(app.url);
});
afterAll(() => app?.close());

const VIEWER = '{ viewer { id email } }';

/** A token signed with the test secret and the given claims (jose directly, not the server's helper). */
async function signedToken(
  claims: { sub?: string; iss?: string; aud?: string; exp?: number | null; alg?: string },
  secret = TEST_JWT_SECRET,
) {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ email: analyst.email })
    .setProtectedHeader({ alg: claims.alg ?? 'HS256', typ: 'JWT' })
    .setIssuer(claims.iss ?? TOKEN_ISSUER)
    .setAudience(claims.aud ?? TOKEN_AUDIENCE)
    .setIssuedAt(now - 10);
  if (claims.sub !== undefined) jwt.setSubject(claims.sub);
  if (claims.exp !== null) jwt.setExpirationTime(claims.exp ?? now + 3600);
  return jwt.sign(new TextEncoder().encode(secret));
}

/** Posts a query with exactly the given Authorization header (or none). */
async function postWithAuthorization(authorization: string | undefined, query = VIEWER) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Json | null; errors?: { message: string; extensions?: Json }[] },
  };
}

function expectUnauthenticated(response: { status: number; body: { data?: Json | null; errors?: { extensions?: Json }[] } }) {
  expect([200, 401]).toContain(response.status);
  expect(response.body.errors?.length, JSON.stringify(response.body)).toBeGreaterThan(0);
  expect(response.body.errors!.map((error) => error.extensions?.code)).toEqual(response.body.errors!.map(() => 'UNAUTHENTICATED'));
  expect(response.body.data ?? null).toBeNull();
}

describe('authentication', () => {
  it('answers the viewer with the analyst the token names', async () => {
    const data = await queryData<{ viewer: Json }>(app, '{ viewer { id email fullNameLatin systemRoles } }');
    expect(data.viewer.email).toBe(ANALYST);
    expect(data.viewer.systemRoles).toContain('ANALYST');
    const node = await queryData<{ node: Json }>(app, 'query($id: ID!) { node(id: $id) { ... on Person { email } } }', {
      id: data.viewer.id,
    });
    expect(node.node.email).toBe(ANALYST);
  });

  it('refuses a request without a token with UNAUTHENTICATED and HTTP 401', async () => {
    const response = await postWithAuthorization(undefined);
    expectUnauthenticated(response);
    expect(response.status).toBe(401);
  });

  it.each([
    ['an empty header', ''],
    ['a bare "Bearer"', 'Bearer'],
    ['another scheme', `Basic ${Buffer.from('analyst:secret').toString('base64')}`],
    ['a token that is not a JWT', 'Bearer not-a-token'],
    ['a JWT with a broken signature', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA'],
  ])('refuses %s with UNAUTHENTICATED', async (_case, authorization) => {
    expectUnauthenticated(await postWithAuthorization(authorization));
  });

  it('refuses a token signed with another secret', async () => {
    const token = await new TokenService('another-secret-that-is-long-enough-for-hs256').sign(analyst.id, analyst.email);
    expectUnauthenticated(await app.graphql(VIEWER, undefined, { token }));
  });

  it('refuses an expired token (signed by the server helper and by jose)', async () => {
    const expired = await app.tokens.sign(analyst.id, analyst.email, '-1h');
    expectUnauthenticated(await app.graphql(VIEWER, undefined, { token: expired }));
    const expiredByJose = await signedToken({ sub: analyst.id, exp: Math.floor(Date.now() / 1000) - 3600 });
    expectUnauthenticated(await app.graphql(VIEWER, undefined, { token: expiredByJose }));
  });

  it('accepts a token signed with jose and the right claims (so the refusals above are about the claims)', async () => {
    const token = await signedToken({ sub: analyst.id });
    const data = await queryData<{ viewer: Json }>(app, VIEWER, undefined, { token });
    expect(data.viewer.email).toBe(ANALYST);
  });

  it.each([
    ['no expiry', { exp: null }],
    ['another issuer', { iss: 'someone-else' }],
    ['another audience', { aud: 'another-api' }],
    ['no subject', { sub: undefined }],
    ['a subject that is not a uuid', { sub: 'analyst' }],
  ])('refuses a token with %s', async (_case, claims) => {
    const token = await signedToken({ sub: analyst.id, ...claims });
    expectUnauthenticated(await app.graphql(VIEWER, undefined, { token }));
  });

  it('refuses a valid token for a uuid that is not a person', async () => {
    const token = await app.tokens.sign(randomUUID(), 'ghost@example.org');
    expectUnauthenticated(await app.graphql(VIEWER, undefined, { token }));
  });

  it('refuses an unsigned token (alg "none")', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: analyst.id, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, exp: now + 3600 })}.`;
    expectUnauthenticated(await app.graphql(VIEWER, undefined, { token }));
  });
});

describe('malformed input', () => {
  it('refuses an invalid period label written in the query with BAD_USER_INPUT and a clear message', async () => {
    const response = await expectErrorCode(
      app,
      'BAD_USER_INPUT',
      '{ reportingObligations(filter: { periods: ["1403-Q5"] }) { totalCount } }',
    );
    expect(response.body.errors![0].message).toMatch(/1403-Q5/);
    expect(response.body.errors![0].message).toMatch(/1403-Q2|YYYY-Qn|quarter/i);
  });

  it('refuses an invalid period label given as a variable with BAD_USER_INPUT and a clear message', async () => {
    for (const label of ['1403-Q5', '1403-Q0', '1403Q1', '03-Q1', '1403-q1', '2024-Q1']) {
      const response = await expectErrorCode(
        app,
        'BAD_USER_INPUT',
        'query($periods: [PeriodLabel!]) { progressReports(filter: { periods: $periods }) { totalCount } }',
        {
          periods: [label],
        },
      );
      expect(response.body.errors![0].message, label).toContain(label);
    }
  });

  it('refuses an invalid date written in the query with BAD_USER_INPUT', async () => {
    const response = await expectErrorCode(app, 'BAD_USER_INPUT', '{ resolutions(filter: { adoptedFrom: "2024-02-30" }) { totalCount } }');
    expect(response.body.errors![0].message).toMatch(/2024-02-30/);
  });

  it('refuses invalid dates given as variables with BAD_USER_INPUT', async () => {
    for (const date of ['2024-02-30', '2025-13-01', '15/08/2025', '2025-8-15', '2025-08-15T00:00:00Z', 'today']) {
      const response = await expectErrorCode(
        app,
        'BAD_USER_INPUT',
        'query($day: Date) { agentContracts(filter: { inForceOn: $day }) { totalCount } }',
        { day: date },
      );
      expect(response.body.errors![0].message, date).toContain(date);
    }
  });

  it('refuses a date given as a number with BAD_USER_INPUT', async () => {
    await expectErrorCode(app, 'BAD_USER_INPUT', 'query($day: Date) { agentContracts(filter: { inForceOn: $day }) { totalCount } }', {
      day: 20250815,
    });
  });

  it('accepts a leap day', async () => {
    const data = await queryData(app, '{ resolutions(filter: { adoptedFrom: "2024-02-29" }) { totalCount } }');
    expect(data.resolutions.totalCount).toBeGreaterThan(0);
  });

  it('answers malformed input without a stack trace or source paths', async () => {
    const response = await app.graphql('{ reportingObligations(first: 0) { totalCount } }');
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  });
});

describe('the HTTP surface', () => {
  it('answers GET /healthz with 200', async () => {
    const response = await fetch(new URL('/healthz', base));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('answers GET /readyz with 200 when the database answers', async () => {
    const response = await fetch(new URL('/readyz', base));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready' });
  });

  it('serves the explorer page on GET /graphql for a browser, with its scripts served locally', async () => {
    // When a browser asks for /graphql
    const response = await fetch(new URL('/graphql', base), { headers: { accept: 'text/html' } });

    // Then it gets the explorer's HTML, which loads nothing from the Internet
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<html/i);
    expect(html).not.toContain('https://');
    expect(html).not.toMatch(/src="\/\//);

    // And each script it loads comes from /explorer/ and is JavaScript
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).toMatch(/^\/explorer\/[\w.-]+\.js$/);
      const script = await fetch(new URL(src, base));
      expect(script.status, src).toBe(200);
      expect(script.headers.get('content-type'), src).toMatch(/javascript/);
      const text = await script.text();
      expect(text.length, src).toBeGreaterThan(1000);
      expect(text.trimStart().startsWith('<'), `${src} should not be HTML`).toBe(false);
    }

    // And so does its stylesheet
    const styles = [...html.matchAll(/<link[^>]*\shref="([^"]+\.css)"/g)].map((match) => match[1]);
    for (const href of styles) {
      const sheet = await fetch(new URL(href, base));
      expect(sheet.status, href).toBe(200);
      expect(sheet.headers.get('content-type'), href).toMatch(/text\/css/);
    }
  });

  it('does not serve the explorer to a client that asks for JSON', async () => {
    const response = await fetch(new URL('/graphql?query=%7Bviewer%7Bid%7D%7D', base), { headers: { accept: 'application/json' } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});

describe('the schema', () => {
  it('describes every type, field and argument', () => {
    // Given every named type except introspection types and the built-in scalars
    const offenders: string[] = [];
    const types = Object.values(app.app.schema.getTypeMap()).filter(
      (type: GraphQLNamedType) => !type.name.startsWith('__') && !isSpecifiedScalarType(type),
    );
    expect(types.length).toBeGreaterThan(50);
    for (const type of types) {
      if (!type.description?.trim()) offenders.push(`type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) offenders.push(`${type.name}.${field.name}`);
          for (const argument of field.args)
            if (!argument.description?.trim()) offenders.push(`${type.name}.${field.name}(${argument.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description?.trim()) offenders.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type) && type.getValues().length === 0) offenders.push(`enum ${type.name} has no values`);
    }
    // Then none lacks a description
    expect(offenders, `undescribed: ${offenders.join(', ')}`).toEqual([]);
  });
});
