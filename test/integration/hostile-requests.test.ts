/**
 * Hostile and malformed requests: each is refused with the status and code it should get, cheaply and
 * without leaking anything, and the server answers a normal query right after. Limits at their
 * defaults (DEFAULT_REQUEST_LIMITS) on the standard test app; production mode, a low rate limit and a
 * broken database each get an app of their own.
 */
import { Lexer, Source, TokenKind } from 'graphql';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { type App, createApp } from '../../server/app';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../server/kernel/auth';
import { fixedClock } from '../../server/kernel/clock';
import { DEFAULT_REQUEST_LIMITS } from '../../server/kernel/limits/request-limits';
import { Person } from '../../server/modules/person/person.entity';
import { DEMO_TODAY } from '../setup/constants';
import { captureLog } from '../setup/log-capture';
import { ANALYST, startTestApp, TEST_JWT_SECRET, type TestApp } from '../setup/test-app';
import type { Json } from './graphql-test-support';

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: Json | null; errors?: Array<{ message: string; extensions?: Json }>; extensions?: Json } | null;
}

let app: TestApp;
let token: string;
let analyst: Person;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.tokenFor(ANALYST);
  analyst = await app.orm.em.fork().findOneOrFail(Person, { email: ANALYST });
});
afterAll(() => app?.close());

/** Sends exactly `body` (a string is sent as it is) with the analyst's token unless headers say otherwise. */
async function send(
  url: string,
  body: unknown,
  options: { method?: string; headers?: Record<string, string>; token?: string | null } = {},
): Promise<RawResponse> {
  const bearer = options.token === undefined ? token : options.token;
  const response = await fetch(url, {
    method: options.method ?? 'POST',
    headers: {
      ...(options.method === 'GET' ? {} : { 'content-type': 'application/json' }),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...options.headers,
    },
    body: options.method === 'GET' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: RawResponse['body'] = null;
  try {
    parsed = JSON.parse(text) as RawResponse['body'];
  } catch {
    parsed = null;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

const query = (url: string, text: string, variables?: Json, options?: { token?: string | null; headers?: Record<string, string> }) =>
  send(url, { query: text, variables }, options);

/** A refusal: the status, every error with `code`, no data, a JSON body and a request id. */
function expectRefused(response: RawResponse, status: number, code: string): { message: string; extensions?: Json } {
  const detail = `${response.status} ${response.text.slice(0, 600)}`;
  expect(response.status, detail).toBe(status);
  expect(response.headers.get('content-type') ?? '', detail).toMatch(/json/);
  expect(response.body, detail).not.toBeNull();
  expect(response.body!.errors?.length, detail).toBeGreaterThan(0);
  expect(
    response.body!.errors!.map((error) => error.extensions?.code),
    detail,
  ).toEqual(response.body!.errors!.map(() => code));
  expect(response.body!.data ?? null, detail).toBeNull();
  expect(response.headers.get('x-request-id'), detail).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
  expect(response.text, detail).not.toMatch(/stacktrace|node_modules|\.ts:\d+|<html/i);
  return response.body!.errors![0];
}

async function expectStillAnswers(url: string, bearer: string = token) {
  const response = await query(url, '{ viewer { email } }', undefined, { token: bearer });
  expect(response.status, response.text).toBe(200);
  expect(response.body?.errors, response.text).toBeUndefined();
  expect(response.body?.data?.viewer.email).toBe(ANALYST);
}

/** `{ clusters { nodes { province { … } } } }` nested to exactly `depth` levels of fields. */
function nestedQuery(depth: number): string {
  const levels = ['clusters', 'nodes', 'province'];
  let text = '';
  for (let level = 0; level < depth - 1; level += 1) text += `${levels[level % 3]} { `;
  // The leaf is a scalar of the last level's type: a connection, a cluster or a province.
  const leaf = ['totalCount', 'id', 'code'][(depth - 2) % 3];
  return `{ ${text}${leaf}${' }'.repeat(depth - 1)} }`;
}

/**
 * A valid query of exactly `count` tokens: aliased `clusters` lists filtered by long lists of enum
 * values (a field repeated hundreds of times would trip graphql-js's own overlap-checking budget).
 */
function documentOfTokens(count: number): string {
  // `a0: clusters(filter: { statuses: [ … ] }) { totalCount }` is 16 tokens plus its values.
  const fields: string[] = [];
  let remaining = count - 2;
  while (remaining > 0) {
    const values = remaining >= 116 + 17 ? 100 : remaining > 116 ? remaining - 16 - 17 : remaining - 16;
    fields.push(`a${fields.length}: clusters(filter: { statuses: [${'ACTIVE '.repeat(values)}] }) { totalCount }`);
    remaining -= 16 + values;
  }
  const text = `{ ${fields.join(' ')} }`;
  let tokens = 0;
  const lexer = new Lexer(new Source(text));
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  expect(tokens).toBe(count);
  return text;
}

/** A token with the test secret unless `key` is given, HS256 unless `alg` says otherwise. */
async function signed(
  claims: { iss?: string; aud?: string; exp?: number },
  alg = 'HS256',
  key: Parameters<SignJWT['sign']>[0] = new TextEncoder().encode(TEST_JWT_SECRET),
) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ email: analyst.email })
    .setProtectedHeader({ alg, typ: 'JWT' })
    .setSubject(analyst.id)
    .setIssuer(claims.iss ?? TOKEN_ISSUER)
    .setAudience(claims.aud ?? TOKEN_AUDIENCE)
    .setIssuedAt(now - 10)
    .setExpirationTime(claims.exp ?? now + 3600)
    .sign(key);
}

describe('hostile requests to the default app', () => {
  afterEach(async () => {
    await expectStillAnswers(app.url);
  });

  it('reports the estimated cost of a normal query in extensions.cost', async () => {
    const response = await query(app.url, '{ clusters(first: 50) { totalCount nodes { name province { code } } } }');
    expect(response.status, response.text).toBe(200);
    expect(response.body?.errors).toBeUndefined();
    // 1 for the connection, 50 clusters each with a province: 1 + 50 × (1 + 1)
    expect(response.body?.extensions?.cost).toEqual({ requested: 101, limit: DEFAULT_REQUEST_LIMITS.maxCost });
  });

  it('accepts fields nested 10 deep and refuses 11 with GRAPHQL_VALIDATION_FAILED (400)', async () => {
    const ten = await query(app.url, nestedQuery(10));
    expect(ten.status, ten.text).toBe(200);
    expect(ten.body?.errors, ten.text).toBeUndefined();

    const error = expectRefused(await query(app.url, nestedQuery(11)), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/11 levels deep .*at most 10/);
    expect(error.message).toContain('clusters > nodes > province');
  });

  it('counts depth through fragments', async () => {
    const text = `{ clusters { nodes { ...Deep } } }
      fragment Deep on Cluster { province { clusters { nodes { province { clusters { nodes { province { clusters { totalCount } } } } } } } } }`;
    const error = expectRefused(await query(app.url, text), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/11 levels deep/);
  });

  it('accepts 15 aliases and refuses 16 with GRAPHQL_VALIDATION_FAILED (400)', async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: viewer { id }`).join(' ')} }`;
    const fifteen = await query(app.url, aliases(15));
    expect(fifteen.status, fifteen.text).toBe(200);
    expect(fifteen.body?.errors, fifteen.text).toBeUndefined();

    const error = expectRefused(await query(app.url, aliases(16)), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/16 aliases; at most 15/);
  });

  it('counts the aliases of a fragment once per spread', async () => {
    const eight = Array.from({ length: 8 }, (_, index) => `f${index}: email`).join(' ');
    const text = `{ first: viewer { ...Eight } second: viewer { ...Eight } } fragment Eight on Person { ${eight} }`;
    const error = expectRefused(await query(app.url, text), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/18 aliases/);
  });

  it('accepts 50 directives and refuses 51 with GRAPHQL_VALIDATION_FAILED (400)', async () => {
    const directives = (count: number) => `{ viewer { ${'id @include(if: true) '.repeat(count)}} }`;
    const fifty = await query(app.url, directives(50));
    expect(fifty.status, fifty.text).toBe(200);
    expect(fifty.body?.errors, fifty.text).toBeUndefined();

    const error = expectRefused(await query(app.url, directives(51)), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/51 directives; at most 50/);
  });

  it('accepts a document of 1,000 tokens and refuses 1,001 with GRAPHQL_PARSE_FAILED (400)', async () => {
    const thousand = await query(app.url, documentOfTokens(1000));
    expect(thousand.status, thousand.text).toBe(200);
    expect(thousand.body?.errors, thousand.text).toBeUndefined();

    const error = expectRefused(await query(app.url, documentOfTokens(1001)), 400, 'GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/more th.. 1000 tokens/);
  });

  it('refuses a query over the cost limit with COST_LIMIT_EXCEEDED (400) and says what it cost', async () => {
    // Four nested pages of 100 (depth 9): 100 × 100 × 100 × 100 objects and more.
    const text = `query($size: Int) { workingGroups(first: $size) { nodes { plans(first: $size) { nodes {
      indicators(first: $size) { nodes { actuals(first: $size) { nodes { id } } } } } } } } }`;
    const error = expectRefused(await query(app.url, text, { size: 100 }), 400, 'COST_LIMIT_EXCEEDED');
    expect(error.message).toMatch(new RegExp(`estimated cost is \\d+, over the limit of ${DEFAULT_REQUEST_LIMITS.maxCost}`));
    const cost = error.extensions?.cost as { requested: number; limit: number };
    expect(cost.limit).toBe(DEFAULT_REQUEST_LIMITS.maxCost);
    expect(cost.requested).toBeGreaterThan(100 ** 4);

    // The same document with small pages (from the variables) is cheap and runs.
    const small = await query(app.url, text, { size: 2 });
    expect(small.status, small.text).toBe(200);
    expect(small.body?.errors, small.text).toBeUndefined();
    const actuals = 1 + 2 * 1;
    const indicators = 1 + 2 * (1 + actuals);
    const plans = 1 + 2 * (1 + indicators);
    const workingGroups = 1 + 2 * (1 + plans);
    expect((small.body?.extensions?.cost as { requested: number }).requested).toBe(workingGroups);
  });

  it.each([0, 101])('refuses a page size of %i with BAD_USER_INPUT', async (size) => {
    const response = await query(app.url, 'query($size: Int) { clusters(first: $size) { totalCount } }', { size });
    const error = expectRefused(response, response.status, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/first/);
  });

  it('refuses a 1 MB body with 413 and a JSON error', async () => {
    const padding = 'x'.repeat(1024 * 1024);
    const error = expectRefused(await send(app.url, { query: '{ viewer { id } }', variables: { padding } }), 413, 'PAYLOAD_TOO_LARGE');
    expect(error.message).toMatch(/larger than the limit of 102400 bytes/);
  });

  it('refuses a JSON array (a batch) with 400: batching is off', async () => {
    const error = expectRefused(
      await send(app.url, [{ query: '{ viewer { id } }' }, { query: '{ viewer { email } }' }]),
      400,
      'BAD_REQUEST',
    );
    expect(error.message).toMatch(/batching disabled/i);
  });

  it('refuses malformed JSON with 400 and a JSON error', async () => {
    const error = expectRefused(await send(app.url, '{"query": "{ viewer { id } }"'), 400, 'BAD_REQUEST');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('refuses `variables` sent as a string with 400', async () => {
    const response = await send(app.url, { query: 'query($id: ID!) { node(id: $id) { id } }', variables: JSON.stringify({ id: 'x' }) });
    const error = expectRefused(response, 400, 'BAD_REQUEST');
    expect(error.message).toMatch(/`variables`.*object/);
  });

  it('refuses a mutation over GET with 405 and Allow: POST', async () => {
    const url = new URL(app.url);
    url.searchParams.set('query', 'mutation { __typename }');
    const response = await send(url.toString(), undefined, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } });
    const error = expectRefused(response, 405, 'BAD_REQUEST');
    expect(error.message).toMatch(/GET requests only support query operations/);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers a query over GET that carries a preflight header', async () => {
    const url = new URL(app.url);
    url.searchParams.set('query', '{ viewer { email } }');
    const response = await send(url.toString(), undefined, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status, response.text).toBe(200);
    expect(response.body?.data?.viewer.email).toBe(ANALYST);
  });

  it.each([
    ['a GET without a preflight header', { method: 'GET', headers: {} }],
    ['a POST sent as text/plain', { method: 'POST', headers: { 'content-type': 'text/plain' } }],
    ['a POST sent as a form', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
  ])('refuses %s as a possible cross-site request forgery (400)', async (_case, options) => {
    const url = new URL(app.url);
    if (options.method === 'GET') url.searchParams.set('query', '{ viewer { email } }');
    const response = await send(url.toString(), JSON.stringify({ query: '{ viewer { email } }' }), options);
    const error = expectRefused(response, 400, 'BAD_REQUEST');
    expect(error.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers introspection in development, with suggestions for misspelt fields', async () => {
    const introspection = await query(app.url, '{ __schema { queryType { name } } }');
    expect(introspection.body?.data?.__schema.queryType.name).toBe('Query');
    const misspelt = expectRefused(await query(app.url, '{ viewer { emial } }'), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(misspelt.message).toMatch(/Did you mean "email"\?/);
  });
});

describe('tokens that must not authenticate', () => {
  afterEach(async () => {
    await expectStillAnswers(app.url);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const cases: Array<[string, () => Promise<string>]> = [
    [
      'an unsigned token (alg "none")',
      async () => {
        const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
        return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: analyst.id, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, exp: now() + 3600 })}.`;
      },
    ],
    ['a token signed HS512 with the right secret', () => signed({}, 'HS512')],
    ['a token signed RS256 with a key of its own', async () => signed({}, 'RS256', (await generateKeyPair('RS256')).privateKey)],
    ['an expired token', () => signed({ exp: now() - 3600 })],
    ['a token of another issuer', () => signed({ iss: 'someone-else' })],
    ['a token for another audience', () => signed({ aud: 'another-api' })],
  ];

  it('accepts a token signed by jose with the right claims (so the refusals below are about the claims)', async () => {
    await expectStillAnswers(app.url, await signed({}));
  });

  it.each(cases)('refuses %s with UNAUTHENTICATED (401)', async (_case, make) => {
    const error = expectRefused(await query(app.url, '{ viewer { email } }', undefined, { token: await make() }), 401, 'UNAUTHENTICATED');
    expect(error.message).toMatch(/token/i);
  });
});

describe('production mode', () => {
  let production: App;
  let url: string;

  beforeAll(async () => {
    production = await createApp({ orm: app.orm, tokens: app.tokens, clock: fixedClock(DEMO_TODAY), production: true });
    url = `http://127.0.0.1:${await production.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(() => production?.stop());
  afterEach(async () => {
    await expectStillAnswers(url);
  });

  it('refuses introspection with GRAPHQL_VALIDATION_FAILED (400)', async () => {
    for (const text of ['{ __schema { queryType { name } } }', '{ __type(name: "Cluster") { fields { name } } }']) {
      const error = expectRefused(await query(url, text), 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(error.message).toBe('Introspection (`__schema`, `__type`) is turned off on this server.');
    }
  });

  it('still answers __typename', async () => {
    const response = await query(url, '{ __typename viewer { __typename } }');
    expect(response.body?.data).toEqual({ __typename: 'Query', viewer: { __typename: 'Person' } });
  });

  it('names no suggestion for a misspelt field, argument or type', async () => {
    for (const text of [
      '{ viewer { emial } }',
      '{ clusters(frist: 2) { totalCount } }',
      'query($f: ClustrFilter) { clusters(filter: $f) { totalCount } }',
    ]) {
      const response = await query(url, text);
      expectRefused(response, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(response.text, text).not.toMatch(/did you mean/i);
    }
  });

  it('names no suggestion for a misspelt enum value in the variables', async () => {
    const response = await query(url, 'query($statuses: [ClusterStatus!]) { clusters(filter: { statuses: $statuses }) { totalCount } }', {
      statuses: ['ACTIV'],
    });
    const error = expectRefused(response, 400, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/ACTIV/);
    expect(error.message).not.toMatch(/did you mean|ACTIVE/i);
  });
});

describe('the rate limit', () => {
  let limited: App;
  let url: string;
  const PER_MINUTE = 3;

  beforeAll(async () => {
    limited = await createApp({
      orm: app.orm,
      tokens: app.tokens,
      clock: fixedClock(DEMO_TODAY),
      limits: { requestsPerMinute: PER_MINUTE },
    });
    url = `http://127.0.0.1:${await limited.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(() => limited?.stop());

  it('answers 429 with Retry-After once a person has spent their requests, and keeps serving others', async () => {
    for (let request = 0; request < PER_MINUTE; request += 1) await expectStillAnswers(url);

    const response = await query(url, '{ viewer { email } }');
    const error = expectRefused(response, 429, 'RATE_LIMITED');
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, String(retryAfter)).toBe(true);
    expect(error.extensions?.retryAfterSeconds).toBe(retryAfter);
    expect(error.message).toMatch(/at most 3 a minute/);

    // Another person has a budget of their own, even from the same address.
    const other = await app.orm.em.fork().findOneOrFail(Person, { email: { $ne: ANALYST } });
    const otherToken = await app.tokens.sign(other.id, other.email);
    const answer = await query(url, '{ viewer { email } }', undefined, { token: otherToken });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body?.data?.viewer.email).toBe(other.email);
  });

  it('counts requests without a valid token against the address', async () => {
    for (let request = 0; request < PER_MINUTE; request += 1) {
      expectRefused(await query(url, '{ viewer { email } }', undefined, { token: null }), 401, 'UNAUTHENTICATED');
    }
    expectRefused(await query(url, '{ viewer { email } }', undefined, { token: 'not-a-token' }), 429, 'RATE_LIMITED');
  });
});

describe('an internal error', () => {
  let broken: TestApp;
  let brokenApp: App;
  let url: string;
  const logged = captureLog('warn');

  beforeAll(async () => {
    // A database of its own whose cluster table has gone: every cluster query fails in SQL.
    broken = await startTestApp();
    await broken.orm.em.getConnection().execute('alter table cluster rename to cluster_gone_for_this_test');
    brokenApp = await createApp({
      orm: broken.orm,
      tokens: broken.tokens,
      clock: fixedClock(DEMO_TODAY),
      logger: logged.logger,
    });
    url = `http://127.0.0.1:${await brokenApp.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(async () => {
    await brokenApp?.stop();
    await broken?.close();
  });

  it('is masked, logged with the request id, and answered with it', async () => {
    const brokenToken = await broken.tokenFor(ANALYST);
    const response = await query(url, '{ clusters { totalCount } }', undefined, {
      token: brokenToken,
      headers: { 'x-request-id': 'support-case-0001' },
    });

    expect(response.status, response.text).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('support-case-0001');
    const [error] = response.body!.errors!;
    expect(error.message).toBe('Internal server error.');
    expect(error.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'support-case-0001' });
    expect(error.extensions?.errorId).toEqual(expect.any(String));
    expect(response.text).not.toMatch(/cluster_gone|relation|select|stack/i);

    const entry = logged.records().find((line) => line.errorId === error.extensions?.errorId);
    expect(entry?.requestId).toBe('support-case-0001');
    expect(entry?.level).toBe('error');
    // With its stack, and the failing statement without its values.
    expect(JSON.stringify(entry?.error)).toMatch(/cluster/);
    expect((entry?.error as { stack?: string }).stack).toMatch(/\n\s+at /);

    // The rest of the API still answers.
    await expectStillAnswers(url, brokenToken);
  });

  it('is logged without the values of the failing statement', async () => {
    const brokenToken = await broken.tokenFor(ANALYST);
    const secret = 'Kashan-Unlogged-5528';
    const response = await query(
      url,
      'query($filter: ClusterFilter) { clusters(filter: $filter) { totalCount } }',
      { filter: { search: secret } },
      { token: brokenToken },
    );
    const [error] = response.body!.errors!;
    const entry = logged.records().find((line) => line.errorId === error.extensions?.errorId);
    expect(entry?.error).toMatchObject({ sqlState: '42P01' });
    // The statement as sent: the search is a bound parameter, `$1`, not a value written into the text.
    expect((entry?.error as { message: string }).message).toMatch(/"search_name" like \$1/);
    expect(logged.lines.join('')).not.toMatch(/Kashan|Unlogged|5528/);
  });
});
