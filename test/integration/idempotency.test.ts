/**
 * Idempotent mutations: the Idempotency-Key is stored in the mutation's own transaction, so a repeat
 * gets the first answer and changes nothing, whether it comes after the first (SDK retry, reload) or
 * at the same moment; a key reused for another request is refused; keys are per caller and expire.
 */
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BadUserInputError, createClient, RegisterPersonDocument } from '../../sdk/dist/index.js';
import { startTestApp, type TestApp } from '../setup/test-app';

const ADMIN = 'admin@demo.cluster-oversight.ir';
const SECRETARIAT = 'secretariat@demo.cluster-oversight.ir';
const REGISTER = `mutation RegisterPerson($input: RegisterPersonInput!) {
  registerPerson(input: $input) { person { id email } userErrors { code message } }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

interface Answer {
  status: number;
  replayed: string | null;
  text: string;
  body: {
    data?: { registerPerson: { person: { id: string; email: string } | null; userErrors: unknown[] } } | null;
    errors?: Array<{ message: string; extensions: { code: string } }>;
  };
}

async function register(email: string, key: string | undefined, as = ADMIN, fullNameLatin = 'Sara Ahmadi'): Promise<Answer> {
  const token = await app.tokenFor(as);
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify({ query: REGISTER, variables: { input: { email, fullNameLatin, fullNameFa: 'سارا احمدی' } } }),
  });
  const text = await response.text();
  return { status: response.status, replayed: response.headers.get('idempotent-replayed'), text, body: JSON.parse(text) as Answer['body'] };
}

async function counts(email: string): Promise<{ people: number; audit: number }> {
  const connection = app.orm.em.fork().getConnection();
  const [people] = await connection.execute<Array<{ n: number }>>('select count(*)::int as n from person where email = ?', [email]);
  const [audit] = await connection.execute<Array<{ n: number }>>(
    `select count(*)::int as n from audit_event where action = 'registerPerson' and after->>'email' = ?`,
    [email],
  );
  return { people: people.n, audit: audit.n };
}

describe('Idempotency-Key on mutations', () => {
  it('answers a repeat with the first response, byte for byte, and applies it once with one audit event', async () => {
    const key = randomUUID();
    const first = await register('idem.once@example.ir', key);
    expect(first.status).toBe(200);
    expect(first.body.data?.registerPerson.person?.email).toBe('idem.once@example.ir');
    expect(first.replayed).toBeNull();

    const again = await register('idem.once@example.ir', key);
    expect(again.status).toBe(200);
    expect(again.replayed).toBe('true');
    expect(again.text).toBe(first.text);
    expect(await counts('idem.once@example.ir')).toEqual({ people: 1, audit: 1 });

    // Without the key the same request is a new one: here refused by the unique e-mail rule.
    const without = await register('idem.once@example.ir', undefined);
    expect(without.body.data?.registerPerson.userErrors).toHaveLength(1);
  });

  it('refuses the same key with another input, and changes nothing', async () => {
    const key = randomUUID();
    await register('idem.first@example.ir', key);
    const other = await register('idem.other@example.ir', key);
    expect(other.status).toBe(422);
    expect(other.body.errors?.[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.body.errors?.[0].message).toMatch(/different request/);
    expect(await counts('idem.other@example.ir')).toEqual({ people: 0, audit: 0 });
  });

  it('applies simultaneous requests with one key once, and answers each with the same person', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 6 }, () => register('idem.race@example.ir', key)));
    const ids = answers.map((answer) => answer.body.data?.registerPerson.person?.id);
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeDefined();
    expect(answers.every((answer) => answer.body.data?.registerPerson.userErrors.length === 0)).toBe(true);
    expect(await counts('idem.race@example.ir')).toEqual({ people: 1, audit: 1 });
  });

  it('keeps keys apart per caller', async () => {
    const key = randomUUID();
    await register('idem.admin@example.ir', key, ADMIN);
    const theirs = await register('idem.secretariat@example.ir', key, SECRETARIAT);
    expect(theirs.status).toBe(200);
    expect(theirs.body.data?.registerPerson.person?.email).toBe('idem.secretariat@example.ir');
  });

  it('forgets a key once it has expired', async () => {
    const key = randomUUID();
    await register('idem.old@example.ir', key);
    await app.orm.em
      .fork()
      .getConnection()
      .execute(`update idempotency_key set expires_at = now() - interval '1 second' where key = ?`, [key]);
    const fresh = await register('idem.new@example.ir', key);
    expect(fresh.status).toBe(200);
    expect(fresh.replayed).toBeNull();
    expect(await counts('idem.new@example.ir')).toEqual({ people: 1, audit: 1 });
    const [row] = await app.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ hours: number }>>(
        `select round(extract(epoch from expires_at - created_at) / 3600)::int as hours from idempotency_key where key = ?`,
        [key],
      );
    expect(row.hours).toBe(24);
  });

  it('refuses a malformed key', async () => {
    const short = await register('idem.short@example.ir', 'abc');
    expect(short.status).toBe(400);
    expect(short.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets the SDK retry a mutation after a lost answer without applying it twice', async () => {
    const client = createClient({ url: app.url, token: await app.tokenFor(ADMIN) });
    const key = randomUUID();
    const input = { email: 'idem.sdk@example.ir', fullNameLatin: 'Reza Karimi', fullNameFa: 'رضا کریمی' };
    const first = await client.request(RegisterPersonDocument, { input }, { idempotencyKey: key });
    const repeat = await client.request(RegisterPersonDocument, { input }, { idempotencyKey: key });
    expect(repeat).toEqual(first);
    expect(await counts('idem.sdk@example.ir')).toEqual({ people: 1, audit: 1 });
    const error = await client
      .request(RegisterPersonDocument, { input: { ...input, email: 'idem.sdk2@example.ir' } }, { idempotencyKey: key })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadUserInputError);
    expect(error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', status: 422 });
  });
});
