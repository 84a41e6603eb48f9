/**
 * Partner API keys (issue 4): an administrator makes a key for a PARTNER service account; the key
 * is shown once, stored only as a hash, and authenticates reads in the `X-Api-Key` header until it
 * is revoked or expires. Any bad key, or a key sent with a bearer token, is UNAUTHENTICATED.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp } from '../../server/app';
import { fixedClock } from '../../server/kernel/clock';
import { ApiKey } from '../../server/modules/api-key/api-key.entity';
import { hashApiKey } from '../../server/modules/api-key/api-key.secret';
import { Person, SystemRole } from '../../server/modules/person/person.entity';
import { DEMO_TODAY } from '../setup/constants';
import { auditEventCount, databaseFingerprint } from '../setup/database-state';
import { expectAccepted, expectRefused, USER_ERRORS } from '../setup/mutations';
import { startTestApp, type TestApp } from '../setup/test-app';
import type { Json } from './graphql-test-support';

const ADMIN = 'admin@demo.cluster-oversight.ir';
const SECRETARIAT = 'secretariat@demo.cluster-oversight.ir';
const ANALYST = 'analyst@demo.cluster-oversight.ir';

const REGISTER = `mutation($input: RegisterPersonInput!) { result: registerPerson(input: $input) { person { id email systemRoles } ${USER_ERRORS} } }`;
const CREATE = `mutation($input: CreateApiKeyInput!) {
  result: createApiKey(input: $input) {
    apiKey { id name prefix provinceCodes types expiresAt revokedAt lastUsedAt person { email } createdBy { email } }
    secret
    ${USER_ERRORS}
  }
}`;
const REVOKE = `mutation($input: RevokeApiKeyInput!) { result: revokeApiKey(input: $input) { apiKey { id revokedAt } ${USER_ERRORS} } }`;
const LIST = `query($filter: ApiKeyFilter) { apiKeys(first: 100, filter: $filter) { totalCount nodes { id name prefix person { email } } } }`;

let app: TestApp;
let partnerId: string;
const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString();

/** Posts a query with exactly these headers (no token unless given). */
async function post(query: string, headers: Record<string, string>, variables?: Record<string, unknown>, url = app.url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Json | null; errors?: { message: string; extensions?: Json }[] },
  };
}

function expectCode(response: Awaited<ReturnType<typeof post>>, code: string) {
  expect(
    response.body.errors?.map((error) => error.extensions?.code),
    JSON.stringify(response.body),
  ).toEqual([code]);
  expect(response.body.data ?? null).toBeNull();
}

async function createKey(input: Record<string, unknown> = {}) {
  return expectAccepted<{ apiKey: Json; secret: string }>(
    app,
    CREATE,
    { personId: partnerId, name: 'Partner portal', expiresAt: inAYear(), ...input },
    ADMIN,
    'createApiKey',
  );
}

beforeAll(async () => {
  app = await startTestApp();
  const registered = await expectAccepted<{ person: Json }>(
    app,
    REGISTER,
    {
      fullNameFa: 'سامانه شریک',
      fullNameLatin: 'Partner Agency Service Account',
      email: 'service@partner.example',
      systemRoles: [SystemRole.PARTNER],
    },
    ADMIN,
    'registerPerson',
  );
  expect(registered.person.systemRoles).toEqual(['PARTNER']);
  partnerId = registered.person.id;
});
afterAll(() => app?.close());

describe('createApiKey', () => {
  it('returns the key once; lists never show it and the database holds only its hash', async () => {
    const created = await createKey({ provinceCodes: ['IR-23', 'IR-10'], types: ['Cluster', 'Province'] });
    expect(created.secret).toMatch(/^cok_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({
      name: 'Partner portal',
      prefix: created.secret.slice(0, 8),
      provinceCodes: ['IR-23', 'IR-10'],
      types: ['Cluster', 'Province'],
      revokedAt: null,
      lastUsedAt: null,
      person: { email: 'service@partner.example' },
      createdBy: { email: ADMIN },
    });

    const row = await app.orm.em.fork().findOneOrFail(ApiKey, { prefix: created.secret.slice(0, 8), name: 'Partner portal' });
    expect(row.hash).toBe(hashApiKey(created.secret));
    expect(row.hash).not.toContain(created.secret);
    const raw = await app.orm.em.fork().getConnection().execute(`select * from api_key where id = ?`, [row.id]);
    expect(JSON.stringify(raw)).not.toContain(created.secret);
    // Nor does the audit trail keep the key or its hash.
    const audit = await app.orm.em.fork().getConnection().execute(`select after from audit_event where target_id = ?`, [row.id]);
    expect(JSON.stringify(audit)).not.toContain(created.secret);
    expect(JSON.stringify(audit)).not.toContain(row.hash);

    const listed = await app.graphql<{ apiKeys: Json }>(LIST, {}, { as: ADMIN });
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data!.apiKeys.nodes.map((node: Json) => node.id)).toContain(created.apiKey.id);
    expect(JSON.stringify(listed.body)).not.toContain(created.secret);
    // The schema has no field that could give the key or its hash back.
    const fields = await app.graphql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "ApiKey") { fields { name } } }',
      {},
      { as: ADMIN },
    );
    expect(fields.body.data!.__type.fields.map((field) => field.name)).not.toEqual(expect.arrayContaining(['secret']));
    expect(fields.body.data!.__type.fields.map((field) => field.name)).not.toContain('hash');
  });

  it('refuses a person without the PARTNER role, unknown provinces and types, and bad expiry with VALIDATION', async () => {
    const analyst = await app.orm.em.fork().findOneOrFail(Person, { email: ANALYST });
    const base = { personId: analyst.globalId, name: 'Wrong holder', expiresAt: inAYear() };
    const error = await expectRefused(app, CREATE, base, ADMIN, { code: 'VALIDATION', article: 'House rule' });
    expect(error.field).toEqual(['input', 'personId']);
    const valid = { personId: partnerId, name: 'Key', expiresAt: inAYear() };
    expect((await expectRefused(app, CREATE, { ...valid, provinceCodes: ['IR-99'] }, ADMIN, { code: 'VALIDATION' })).field).toEqual([
      'input',
      'provinceCodes',
    ]);
    expect((await expectRefused(app, CREATE, { ...valid, types: ['Cluster', 'Secret'] }, ADMIN, { code: 'VALIDATION' })).field).toEqual([
      'input',
      'types',
    ]);
    await expectRefused(app, CREATE, { ...valid, types: ['ApiKey'] }, ADMIN, { code: 'VALIDATION' });
    await expectRefused(app, CREATE, { ...valid, expiresAt: new Date(Date.now() - 60_000).toISOString() }, ADMIN, { code: 'VALIDATION' });
    await expectRefused(app, CREATE, { ...valid, expiresAt: new Date(Date.now() + 800 * 86_400_000).toISOString() }, ADMIN, {
      code: 'VALIDATION',
    });
  });

  it.each([SECRETARIAT, ANALYST])('refuses %s with FORBIDDEN and changes nothing', async (as) => {
    const before = await databaseFingerprint(app.orm);
    const auditBefore = await auditEventCount(app.orm);
    const response = await app.graphql(CREATE, { input: { personId: partnerId, name: 'Not allowed', expiresAt: inAYear() } }, { as });
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await auditEventCount(app.orm)).toBe(auditBefore);
    expect(await databaseFingerprint(app.orm)).toEqual(before);
    const listed = await app.graphql(LIST, {}, { as });
    expect(listed.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('X-Api-Key', () => {
  it("authenticates reads as the partner account, with the key's scope, and records when it was used", async () => {
    const { secret, apiKey } = await createKey({ name: 'Reader' });
    const provinces = await post('{ provinces(first: 100) { totalCount } viewer { email } }', { 'x-api-key': secret });
    expect(provinces.body.errors, JSON.stringify(provinces.body)).toBeUndefined();
    expect(provinces.body.data).toEqual({ provinces: { totalCount: 31 }, viewer: { email: 'service@partner.example' } });
    const row = await app.orm.em.fork().findOneOrFail(ApiKey, { hash: hashApiKey(secret) });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
    expect(apiKey.id).toBe(row.globalId);
  });

  it('a key cannot manage keys, even a key of the same account', async () => {
    const { secret } = await createKey({ name: 'No admin' });
    expectCode(await post(LIST, { 'x-api-key': secret }), 'FORBIDDEN');
  });

  it('refuses a revoked key with UNAUTHENTICATED; revoking twice is INVALID_TRANSITION', async () => {
    const { secret, apiKey } = await createKey({ name: 'To revoke' });
    expect((await post('{ viewer { email } }', { 'x-api-key': secret })).body.errors).toBeUndefined();
    const revoked = await expectAccepted<{ apiKey: Json }>(app, REVOKE, { apiKeyId: apiKey.id }, ADMIN, 'revokeApiKey');
    expect(revoked.apiKey.revokedAt).toEqual(expect.any(String));
    const response = await post('{ viewer { email } }', { 'x-api-key': secret });
    expectCode(response, 'UNAUTHENTICATED');
    expect(response.status).toBe(401);
    await expectRefused(app, REVOKE, { apiKeyId: apiKey.id }, ADMIN, { code: 'INVALID_TRANSITION' });
  });

  it('refuses an expired key with UNAUTHENTICATED', async () => {
    const { secret } = await createKey({ name: 'To expire' });
    await app.orm.em.fork().nativeUpdate(ApiKey, { hash: hashApiKey(secret) }, { expiresAt: new Date(Date.now() - 1000) });
    expectCode(await post('{ viewer { email } }', { 'x-api-key': secret }), 'UNAUTHENTICATED');
  });

  it('refuses a key whose account lost the PARTNER role with UNAUTHENTICATED', async () => {
    const registered = await expectAccepted<{ person: Json }>(
      app,
      REGISTER,
      { fullNameFa: 'شریک دوم', fullNameLatin: 'Second Partner', email: 'second@partner.example', systemRoles: ['PARTNER'] },
      ADMIN,
      'registerPerson',
    );
    const { secret } = await createKey({ personId: registered.person.id, name: 'Second' });
    expect((await post('{ viewer { email } }', { 'x-api-key': secret })).body.errors).toBeUndefined();
    await app.orm.em.fork().nativeUpdate(Person, { email: 'second@partner.example' }, { systemRoles: [] });
    expectCode(await post('{ viewer { email } }', { 'x-api-key': secret }), 'UNAUTHENTICATED');
  });

  it.each([
    ['an unknown key', `cok_${'A'.repeat(43)}`],
    ['a malformed key', 'not-a-key'],
    ['an empty key', ''],
  ])('refuses %s with UNAUTHENTICATED', async (_case, key) => {
    expectCode(await post('{ viewer { email } }', { 'x-api-key': key }), 'UNAUTHENTICATED');
  });

  it('refuses a key sent with a bearer token with UNAUTHENTICATED', async () => {
    const { secret } = await createKey({ name: 'Both' });
    const token = await app.tokenFor(ADMIN);
    const response = await post('{ viewer { email } }', { 'x-api-key': secret, authorization: `Bearer ${token}` });
    expectCode(response, 'UNAUTHENTICATED');
    expect(response.body.errors![0].message).toMatch(/one credential/i);
  });
});

describe('apiKeys', () => {
  const KEYS = `query($filter: ApiKeyFilter, $orderBy: ApiKeyOrder) {
    apiKeys(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { id createdAt } }
  }`;

  async function listKeys(variables: Record<string, unknown>): Promise<{ totalCount: number; nodes: Json[] }> {
    const response = await app.graphql<{ apiKeys: { totalCount: number; nodes: Json[] } }>(KEYS, variables, { as: ADMIN });
    expect(response.body.errors, JSON.stringify(response.body)).toBeUndefined();
    return response.body.data!.apiKeys;
  }

  it('tells usable keys from revoked and expired ones, and lists the newest first unless asked otherwise', async () => {
    // Given a working key, a revoked one and an expired one, made a day apart
    const [working, revoked, expired] = [
      await createKey({ name: 'Works' }),
      await createKey({ name: 'Revoked' }),
      await createKey({ name: 'Expired' }),
    ];
    await expectAccepted(app, REVOKE, { apiKeyId: revoked.apiKey.id }, ADMIN, 'revokeApiKey');
    const em = app.orm.em.fork();
    await em.nativeUpdate(ApiKey, { hash: hashApiKey(expired.secret) }, { expiresAt: new Date(Date.now() - 1000) });
    for (const [index, key] of [working, revoked, expired].entries()) {
      await em.nativeUpdate(ApiKey, { hash: hashApiKey(key.secret) }, { createdAt: new Date(Date.UTC(2020, 0, 1 + index)) });
    }
    const ids = (answer: { nodes: Json[] }) => answer.nodes.map((node) => node.id as string);

    // When the keys are listed as usable, not usable, not usable by `not`, and in both orders
    const [usable, unusable, negated, newestFirst, oldestFirst] = await Promise.all([
      listKeys({ filter: { usable: true } }),
      listKeys({ filter: { usable: false } }),
      listKeys({ filter: { not: { usable: true } } }),
      listKeys({}),
      listKeys({ orderBy: { field: 'CREATED_AT', direction: 'ASC' } }),
    ]);

    // Then the working key is usable, the revoked and the expired ones are not, and the two sets part the list
    expect(ids(usable)).toContain(working.apiKey.id);
    expect(ids(usable)).not.toEqual(expect.arrayContaining([revoked.apiKey.id]));
    expect(ids(usable)).not.toEqual(expect.arrayContaining([expired.apiKey.id]));
    expect(ids(unusable)).toEqual(expect.arrayContaining([revoked.apiKey.id, expired.apiKey.id]));
    expect(ids(unusable)).not.toContain(working.apiKey.id);
    expect(ids(negated).sort()).toEqual(ids(unusable).sort());
    expect(usable.totalCount + unusable.totalCount).toBe(newestFirst.totalCount);
    expect([...ids(usable), ...ids(unusable)].sort()).toEqual(ids(newestFirst).sort());
    // And without orderBy the newest come first; CREATED_AT ASC is the reverse
    const created = newestFirst.nodes.map((node) => node.createdAt as string);
    expect(created).toEqual([...created].sort().reverse());
    expect(oldestFirst.nodes.map((node) => node.createdAt as string)).toEqual([...created].reverse());
    expect(ids(oldestFirst).slice(0, 3)).toEqual([working.apiKey.id, revoked.apiKey.id, expired.apiKey.id]);
  });
});

describe('the rate limit', () => {
  it('gives each API key a budget of its own, apart from the address and from people', async () => {
    const limited = await createApp({ orm: app.orm, tokens: app.tokens, clock: fixedClock(DEMO_TODAY), limits: { requestsPerMinute: 2 } });
    try {
      const url = `http://127.0.0.1:${await limited.listen(0, '127.0.0.1')}/graphql`;
      const [first, second] = [await createKey({ name: 'Budget one' }), await createKey({ name: 'Budget two' })];
      for (let request = 0; request < 2; request += 1) {
        expect((await post('{ viewer { email } }', { 'x-api-key': first.secret }, undefined, url)).status).toBe(200);
      }
      const refused = await post('{ viewer { email } }', { 'x-api-key': first.secret }, undefined, url);
      expect(refused.status).toBe(429);
      expect((await post('{ viewer { email } }', { 'x-api-key': second.secret }, undefined, url)).status).toBe(200);
      const token = await app.tokenFor(ADMIN);
      expect((await post('{ viewer { email } }', { authorization: `Bearer ${token}` }, undefined, url)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});
