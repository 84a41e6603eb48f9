/**
 * The SDK on a real network: pagination over the real API, one call aborted or out of time, and
 * retries through a proxy that fails on cue (test/sdk/scripted-proxy.ts) in front of the real API.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';

import {
  ApiKeysDocument,
  type ClientLogEvent,
  ClustersDocument,
  createClient,
  ForbiddenError,
  NetworkError,
  type OversightClient,
  PeopleDocument,
  type PersonSummaryFragment,
  ProvincesDocument,
  type ProvincesQuery,
  type ProvinceSummaryFragment,
  RateLimitedError,
  RegisterPersonDocument,
  RequestAbortedError,
  RequestTimeoutError,
  SDK_VERSION,
  ServerError,
  ServiceUnavailableError,
} from '../../sdk/dist/index.js';
import { createApp } from '../../server/app';
import { fixedClock } from '../../server/kernel/clock';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';
import { type ScriptedProxy, startScriptedProxy } from './scripted-proxy';

let app: TestApp;
let token: string;
let client: OversightClient;
let proxy: ScriptedProxy;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.tokenFor(ANALYST);
  client = createClient({ url: app.url, token });
  proxy = await startScriptedProxy(app.url);
});
afterAll(async () => {
  await proxy?.close();
  await app?.close();
});

describe('paginate', () => {
  it('visits every row of a connection once, over more than three pages, in the order of the list', async () => {
    const { provinces: all } = await client.request(ProvincesDocument, { first: 100 });
    expect(all.totalCount).toBe(31);
    const pageSize = 7;

    const pages: ProvincesQuery['provinces'][] = [];
    for await (const page of client.paginate(ProvincesDocument, {}, { pageSize }).pages()) pages.push(page);
    const rows: ProvinceSummaryFragment[] = [];
    for await (const row of client.paginate(ProvincesDocument, {}, { pageSize })) rows.push(row);

    expect(pages.length).toBe(5);
    expect(pages.every((page) => page.edges.length <= pageSize)).toBe(true);
    expect(rows.map((row) => row.id)).toEqual(all.edges.map((edge) => edge.node.id));
  });

  it('keeps the other variables on every page and types the rows', async () => {
    const orderBy = { field: 'EMAIL', direction: 'DESC' } as const;
    const rows: string[] = [];
    for await (const person of client.paginate(PeopleDocument, { orderBy }, { pageSize: 5 })) {
      expectTypeOf(person).toEqualTypeOf<PersonSummaryFragment>();
      rows.push(person.id);
    }
    const { people } = await client.request(PeopleDocument, { first: 100, orderBy });
    expect(rows.length).toBeGreaterThan(5);
    expect(rows).toEqual(people.edges.map((edge) => edge.node.id));
  });

  it('stops with RequestAbortedError once the signal aborts, and refuses a page size over the limit', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const row of client.paginate(ClustersDocument, {}, { pageSize: 2, signal: controller.signal })) {
        seen.push(row.id);
        if (seen.length === 3) controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(RequestAbortedError);
    expect(seen.length).toBe(4);

    expect(() => client.paginate(ClustersDocument, {}, { pageSize: 101 })).toThrow(RangeError);
  });
});

describe('one call on a bad network', () => {
  it('rejects with RequestTimeoutError when no answer comes within timeoutMs', async () => {
    proxy.script({ kind: 'hang' });
    const slow = createClient({ url: proxy.url, token, timeoutMs: 300, retry: false });
    const started = performance.now();
    const error = await slow.request(ProvincesDocument, { first: 1 }).catch((caught: unknown) => caught);
    const elapsed = performance.now() - started;

    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ name: 'RequestTimeoutError', code: 'TIMEOUT' });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('rejects with RequestAbortedError when the caller aborts, and does not retry it', async () => {
    proxy.script({ kind: 'hang' }, { kind: 'hang' });
    const before = proxy.seen.length;
    const controller = new AbortController();
    const viaProxy = createClient({ url: proxy.url, token });
    setTimeout(() => controller.abort(), 200);
    const error = await viaProxy.request(ProvincesDocument, { first: 1 }, { signal: controller.signal }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error).toMatchObject({ name: 'RequestAbortedError', code: 'ABORTED' });
    expect(proxy.seen.length - before).toBe(1);
  });

  it('names the SDK and its version, and sends an idempotency key with mutations only', async () => {
    proxy.script();
    const before = proxy.seen.length;
    const viaProxy = createClient({ url: proxy.url, token });
    await viaProxy.request(ProvincesDocument, { first: 1 });
    await viaProxy
      .request(RegisterPersonDocument, { input: { email: 'x@example.com', fullNameLatin: 'X', fullNameFa: 'ایکس' } })
      .catch(() => undefined);

    const [query, mutation] = proxy.seen.slice(before);
    const version = (JSON.parse(readFileSync(path.resolve('sdk/package.json'), 'utf8')) as { version: string }).version;
    expect(SDK_VERSION).toBe(version);
    expect(query.headers['x-oversight-sdk']).toBe(`@cluster-oversight/sdk/${version}`);
    expect(query.headers['user-agent']).toBe(`@cluster-oversight/sdk/${version}`);
    expect(query.headers['idempotency-key']).toBeUndefined();
    expect(mutation.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('retries', () => {
  it('retries a query after 429 with Retry-After and then 503, waiting as told, and answers', async () => {
    proxy.script(
      {
        kind: 'answer',
        status: 429,
        headers: { 'retry-after': '1' },
        body: JSON.stringify({ errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED' } }] }),
      },
      { kind: 'answer', status: 503, body: '<html>Service Unavailable</html>' },
    );
    const before = proxy.seen.length;
    const events: ClientLogEvent[] = [];
    const retrying = createClient({
      url: proxy.url,
      token,
      retry: { retries: 3, baseDelayMs: 200 },
      logger: { warn: (_message, event) => events.push(event) },
    });

    const started = performance.now();
    const { provinces } = await retrying.request(ProvincesDocument, { first: 1 });
    const elapsed = performance.now() - started;

    expect(provinces.totalCount).toBe(31);
    const attempts = proxy.seen.slice(before);
    expect(attempts).toHaveLength(3);
    expect(events.map((event) => [event.code, event.attempt, event.operationName])).toEqual([
      ['RATE_LIMITED', 1, 'Provinces'],
      ['SERVICE_UNAVAILABLE', 2, 'Provinces'],
    ]);
    // After the 429 the client waited the second Retry-After asked for; after the 503, which named no
    // wait, a jittered backoff of at most 200 ms × 2 (the second step).
    expect(events[0].delayMs).toBe(1_000);
    expect(events[1].delayMs).toBeLessThanOrEqual(400);
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(990);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(events[1].delayMs - 5);
    expect(elapsed).toBeGreaterThanOrEqual(1_000 + events[1].delayMs);
    expect(elapsed).toBeLessThan(5_000);
    // Only the query's own parts: no variables or credentials in what the logger is told.
    expect(JSON.stringify(events)).not.toContain(token);
  });

  it('gives up after the bounded number of attempts, and at once when Retry-After asks for more than it waits', async () => {
    const unavailable = { kind: 'answer', status: 503 } as const;
    proxy.script(unavailable, unavailable, unavailable, unavailable);
    let before = proxy.seen.length;
    const retrying = createClient({ url: proxy.url, token, retry: { retries: 2, baseDelayMs: 50 } });
    await expect(retrying.request(ProvincesDocument, { first: 1 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(proxy.seen.length - before).toBe(3);

    proxy.script({ kind: 'answer', status: 429, headers: { 'retry-after': '30' } });
    before = proxy.seen.length;
    const started = performance.now();
    const error = await retrying.request(ProvincesDocument, { first: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(30);
    expect(proxy.seen.length - before).toBe(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('retries a mutation with the same idempotency key', async () => {
    proxy.script({ kind: 'answer', status: 503 });
    const before = proxy.seen.length;
    const retrying = createClient({ url: proxy.url, token, retry: { baseDelayMs: 20 } });
    await retrying
      .request(RegisterPersonDocument, { input: { email: 'y@example.com', fullNameLatin: 'Y', fullNameFa: 'ایگرگ' } })
      .catch(() => undefined);
    const [first, second] = proxy.seen.slice(before);
    expect(first.headers['idempotency-key']).toBeDefined();
    expect(second.headers['idempotency-key']).toBe(first.headers['idempotency-key']);
  });
});

describe('error classes from the real API', () => {
  it('ForbiddenError: the analyst asks for the partner keys', async () => {
    const error = await client.request(ApiKeysDocument, { first: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ name: 'ForbiddenError', code: 'FORBIDDEN' });
  });

  it('RateLimitedError: a server allowing one request a minute, with its Retry-After', async () => {
    const limited = await createApp({ orm: app.orm, tokens: app.tokens, clock: fixedClock(DEMO_TODAY), limits: { requestsPerMinute: 1 } });
    const port = await limited.listen(0, '127.0.0.1');
    try {
      const strict = createClient({ url: `http://127.0.0.1:${port}/graphql`, token, retry: false });
      await strict.request(ProvincesDocument, { first: 1 });
      const error = await strict.request(ProvincesDocument, { first: 1 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RateLimitedError);
      expect(error).toMatchObject({ name: 'RateLimitedError', code: 'RATE_LIMITED', status: 429, retryable: true });
      expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  });

  it('ServerError: an answer that is not GraphQL (POST to the health probe)', async () => {
    const wrong = createClient({ url: app.url.replace('/graphql', '/healthz'), token, retry: false });
    const error = await wrong.request(ProvincesDocument, { first: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ name: 'ServerError', status: 404 });
  });
});
