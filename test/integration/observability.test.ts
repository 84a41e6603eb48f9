import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type App, createApp } from '../../server/app';
import { fixedClock } from '../../server/kernel/clock';
import { Person } from '../../server/modules/person/person.entity';
import { DEMO_TODAY } from '../setup/constants';
import { type CapturedLog, captureLog, type LogRecord } from '../setup/log-capture';
import { USER_ERRORS } from '../setup/mutations';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

/**
 * The request log line, slow-statement warnings and /metrics, read back from a real pino logger and
 * a real Prometheus registry of the application running on PostgreSQL.
 */
const ADMIN = 'admin@demo.cluster-oversight.ir';
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** Values that must never reach a log line: a filter value and the text of a mutation. */
const FILTER_VALUE = 'Zanjireh-Obsverify-7731';
const PERSON_NAME = 'Quixotic Obsverifier';
const PERSON_EMAIL = 'obsverifier.9137@partner.example';

const CLUSTERS_BY_NAME = `query ClustersByName($filter: ClusterFilter) { clusters(first: 5, filter: $filter) { totalCount nodes { name } } }`;
const REGISTER = `mutation RegisterObserved($input: RegisterPersonInput!) { result: registerPerson(input: $input) { person { id } ${USER_ERRORS} } }`;

let test: TestApp;
/** The test app with the default thresholds: one info line per request, no statement warnings. */
let quietLog: CapturedLog;
/** A second app on the same database whose thresholds are 0: every request and statement is "slow". */
let eager: App;
let eagerLog: CapturedLog;
let eagerUrl: string;
/** A third app: /metrics behind a token, one request a minute. */
let guarded: App;
let guardedOrigin: string;

async function post(url: string, query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[]; extensions?: { cost?: { requested: number } } },
  };
}

const requestLine = (log: CapturedLog, requestId: string): LogRecord | undefined =>
  log.records().find((record) => record.requestId === requestId && typeof record.status === 'number');

beforeAll(async () => {
  quietLog = captureLog('info');
  test = await startTestApp({ logger: quietLog.logger });
  eagerLog = captureLog('info');
  eager = await createApp({
    orm: test.orm,
    tokens: test.tokens,
    clock: fixedClock(DEMO_TODAY),
    logger: eagerLog.logger,
    observability: { slowRequestMs: 0, slowStatementMs: 0 },
  });
  eagerUrl = `http://127.0.0.1:${await eager.listen(0, '127.0.0.1')}/graphql`;
  guarded = await createApp({
    orm: test.orm,
    tokens: test.tokens,
    clock: fixedClock(DEMO_TODAY),
    metrics: { token: 'metrics-reader-token-0001' },
    limits: { requestsPerMinute: 1 },
  });
  guardedOrigin = `http://127.0.0.1:${await guarded.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await guarded?.stop();
  await eager?.stop();
  await test?.close();
});

describe('the request log line', () => {
  it('has the request id, operation, caller id, status, duration, cost and statement count, and no client values', async () => {
    const analyst = await test.orm.em.fork().findOneOrFail(Person, { email: ANALYST });
    const token = await test.tokenFor(ANALYST);
    test.resetQueries();
    const response = await post(
      test.url,
      CLUSTERS_BY_NAME,
      { filter: { search: FILTER_VALUE } },
      { authorization: `Bearer ${token}`, 'x-request-id': 'obs-request-0001' },
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe('obs-request-0001');

    const line = requestLine(quietLog, 'obs-request-0001');
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request completed',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'ClustersByName',
      callerId: analyst.id,
      cost: response.body.extensions!.cost!.requested,
      statements: test.queries.length,
      outcome: 'ok',
    });
    expect(line!.statements).toBeGreaterThan(0);
    expect(line!.durationMs).toEqual(expect.any(Number));
    expect(line!.durationMs as number).toBeGreaterThan(0);
    expect(line).not.toHaveProperty('apiKeyId');
    // Exactly one line for the request, and nothing about statements under the default threshold.
    expect(quietLog.records().filter((record) => record.requestId === 'obs-request-0001')).toHaveLength(1);

    const all = quietLog.lines.join('');
    expect(all).not.toContain(FILTER_VALUE);
    expect(all).not.toMatch(EMAIL);
    expect(all).not.toContain(token);
    expect(all).not.toMatch(/bearer|authorization/i);
  });

  it('replaces an incoming request id that is not sane, and echoes the one it made', async () => {
    const response = await post(test.url, '{ __typename }', undefined, {
      authorization: `Bearer ${await test.tokenFor(ANALYST)}`,
      'x-request-id': 'bad id <script>',
    });
    const echoed = response.headers.get('x-request-id')!;
    expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLine(quietLog, echoed)).toMatchObject({ status: 200, outcome: 'ok' });
    expect(requestLine(quietLog, echoed)!.operation).toBeUndefined();
    expect(quietLog.lines.join('')).not.toContain('<script>');
  });

  it('says user_error for a refused mutation and logs no text of its input', async () => {
    const token = await test.tokenFor(ADMIN);
    const input = { fullNameFa: 'ناظر آزمایشی', fullNameLatin: PERSON_NAME, email: PERSON_EMAIL };
    const accepted = await post(eagerUrl, REGISTER, { input }, { authorization: `Bearer ${token}`, 'x-request-id': 'obs-mutation-0001' });
    expect((accepted.body.data!.result as { userErrors: unknown[] }).userErrors).toEqual([]);
    const refused = await post(eagerUrl, REGISTER, { input }, { authorization: `Bearer ${token}`, 'x-request-id': 'obs-mutation-0002' });
    expect((refused.body.data!.result as { userErrors: unknown[] }).userErrors).not.toEqual([]);

    expect(requestLine(eagerLog, 'obs-mutation-0001')).toMatchObject({ operation: 'RegisterObserved', outcome: 'ok', status: 200 });
    expect(requestLine(eagerLog, 'obs-mutation-0002')).toMatchObject({ operation: 'RegisterObserved', outcome: 'user_error', status: 200 });
    // Threshold 0: the insert itself was logged as a statement, by its text only.
    const statements = eagerLog.records().filter((record) => record.requestId === 'obs-mutation-0001' && record.msg === 'slow statement');
    expect(statements.some((record) => /^insert into "person"/i.test(String(record.statement)))).toBe(true);
    const all = eagerLog.lines.join('');
    for (const text of [PERSON_NAME, 'Quixotic', 'Obsverifier', 'obsverifier', 'ناظر', PERSON_EMAIL]) expect(all).not.toContain(text);
    expect(all).not.toMatch(EMAIL);
  });
});

describe('slow statements', () => {
  it('are logged at threshold 0 with their text, never the values in it', async () => {
    const token = await test.tokenFor(ANALYST);
    test.resetQueries();
    const response = await post(
      eagerUrl,
      CLUSTERS_BY_NAME,
      { filter: { search: FILTER_VALUE } },
      { authorization: `Bearer ${token}`, 'x-request-id': 'obs-slow-0001' },
    );
    expect(response.body.errors).toBeUndefined();

    const warnings = eagerLog.records().filter((record) => record.requestId === 'obs-slow-0001' && record.msg === 'slow statement');
    expect(warnings).toHaveLength(test.queries.length);
    for (const warning of warnings) {
      expect(warning.level).toBe('warn');
      expect(warning.durationMs).toEqual(expect.any(Number));
      expect(warning.statement).toEqual(expect.any(String));
    }
    // The statement that filters says how (`search_name like $1`) but not by what: the read engine
    // binds the value as a parameter, and the log takes every literal written into a text out.
    const filtering = warnings.map((warning) => String(warning.statement)).find((statement) => statement.includes('"search_name" like'));
    expect(filtering).toMatch(/"search_name" like \$1/);
    expect(filtering).toMatch(/from "cluster"/);
    expect(requestLine(eagerLog, 'obs-slow-0001')).toMatchObject({ level: 'warn', msg: 'slow request', statements: warnings.length });
    expect(eagerLog.lines.join('')).not.toContain(FILTER_VALUE);
  });
});

/** Checks every line against the Prometheus text exposition format and returns the samples. */
function parseExposition(text: string): Map<string, number> {
  const name = '[a-zA-Z_:][a-zA-Z0-9_:]*';
  const label = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"';
  // Values as Prometheus parses them (Go's ParseFloat): NaN in any case (prom-client writes `Nan`
  // for an event-loop lag not measured yet), ±Inf, decimals.
  const sample = new RegExp(
    `^(${name}(?:\\{(?:${label}(?:,${label})*,?)?\\})?) ([Nn][Aa][Nn]|[+-]?Inf|[+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)(?: -?\\d+)?$`,
  );
  const comment = new RegExp(`^# (?:HELP ${name} .*|TYPE ${name} (?:counter|gauge|histogram|summary|untyped))$`);
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      expect(line, 'comment line').toMatch(comment);
      continue;
    }
    const match = sample.exec(line);
    expect(match, `sample line: ${line}`).not.toBeNull();
    samples.set(match![1], Number(match![2]));
  }
  return samples;
}

async function scrape(origin: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/metrics`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('/metrics', () => {
  it('is Prometheus text, and its request counter goes up by one with a request', async () => {
    const origin = test.url.replace(/\/graphql$/, '');
    const key = 'graphql_requests_total{operation="ClustersByName",outcome="ok"}';
    const before = await scrape(origin);
    expect(before.status).toBe(200);
    expect(before.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const first = parseExposition(before.text);

    await test.graphql(CLUSTERS_BY_NAME, { filter: { search: 'Tabriz' } });
    const after = parseExposition((await scrape(origin)).text);
    expect(after.get(key)).toBe((first.get(key) ?? 0) + 1);
    expect(after.get('graphql_request_duration_seconds_count{operation="ClustersByName",outcome="ok"}')).toBe(after.get(key));
    expect(after.get('db_statement_duration_seconds_count')).toBeGreaterThan(first.get('db_statement_duration_seconds_count') ?? 0);
    for (const state of ['in_use', 'idle', 'waiting']) expect(after.has(`db_pool_connections{state="${state}"}`)).toBe(true);
    expect(after.has('process_cpu_user_seconds_total')).toBe(true);
    // Scrapes are neither counted nor logged.
    expect(quietLog.records().some((record) => record.path === '/metrics')).toBe(false);
  });

  it('counts errors by code and labels an operation without a name "anonymous"', async () => {
    const origin = test.url.replace(/\/graphql$/, '');
    const before = parseExposition((await scrape(origin)).text);
    const response = await test.graphql('{ clusters(first: 5) { nodes { name } } }', undefined, { token: null });
    expect(response.status).toBe(401);
    const after = parseExposition((await scrape(origin)).text);
    const key = 'graphql_requests_total{operation="anonymous",outcome="UNAUTHENTICATED"}';
    expect(after.get(key)).toBe((before.get(key) ?? 0) + 1);
    expect(after.get('graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(
      (before.get('graphql_errors_total{code="UNAUTHENTICATED"}') ?? 0) + 1,
    );
  });

  it('asks for METRICS_TOKEN when one is set, and counts rate-limited requests', async () => {
    expect((await scrape(guardedOrigin)).status).toBe(403);
    expect((await scrape(guardedOrigin, { authorization: 'Bearer wrong-token' })).status).toBe(403);
    const token = await test.tokenFor(ANALYST);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 2; attempt += 1)
      statuses.push((await post(`${guardedOrigin}/graphql`, '{ __typename }', undefined, { authorization: `Bearer ${token}` })).status);
    expect(statuses).toEqual([200, 429]);
    const metrics = await scrape(guardedOrigin, { authorization: 'Bearer metrics-reader-token-0001' });
    expect(metrics.status).toBe(200);
    const samples = parseExposition(metrics.text);
    expect(samples.get('graphql_rate_limited_total')).toBe(1);
    expect(samples.get('graphql_requests_total{operation="anonymous",outcome="RATE_LIMITED"}')).toBe(1);
  });
});
