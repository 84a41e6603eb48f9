/**
 * Persisted operations: the SDK's documents are published as a manifest of hashes
 * (schema/trusted-documents.json); with `trustedDocuments: true` the client sends only the hash, and
 * the API runs the document the manifest names. A hash it does not know is refused.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  assertNoUserErrors,
  BadUserInputError,
  CreateApiKeyDocument,
  createClient,
  type FetchLike,
  ForbiddenError,
  ProvincesDocument,
  RegisterPersonDocument,
} from '../../sdk/dist/index.js';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

let app: TestApp;
let token: string;
let restrictedKey: string;
let openKey: string;
beforeAll(async () => {
  app = await startTestApp();
  token = await app.tokenFor(ANALYST);
  const admin = createClient({ url: app.url, token: await app.tokenFor('admin@demo.cluster-oversight.ir') });
  const { registerPerson } = await admin.request(RegisterPersonDocument, {
    input: { email: 'portal@partner.example', fullNameLatin: 'Partner Portal', fullNameFa: 'درگاه شریک', systemRoles: ['PARTNER'] },
  });
  const personId = assertNoUserErrors(registerPerson).person.id;
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const restricted = await admin.request(CreateApiKeyDocument, {
    input: { personId, name: 'SDK only', expiresAt, trustedDocumentsOnly: true },
  });
  restrictedKey = assertNoUserErrors(restricted.createApiKey).secret;
  const open = await admin.request(CreateApiKeyDocument, { input: { personId, name: 'Any query', expiresAt } });
  openKey = assertNoUserErrors(open.createApiKey).secret;
});
afterAll(() => app?.close());

const manifest = JSON.parse(readFileSync(path.resolve('schema/trusted-documents.json'), 'utf8')) as Record<string, string>;

describe('trusted documents', () => {
  it('publishes every SDK operation by the SHA-256 of its text', () => {
    const text = String(ProvincesDocument).trim();
    const hash = createHash('sha256').update(text).digest('hex');
    expect(manifest[hash]).toBe(text);
    expect(Object.keys(manifest).length).toBeGreaterThan(50);
  });

  it('sends an SDK operation by hash only, and the API runs it', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const recording: FetchLike = async (url, init) => {
      bodies.push(JSON.parse(init.body) as Record<string, unknown>);
      return fetch(url, init);
    };
    const client = createClient({ url: app.url, token, fetch: recording, trustedDocuments: true });
    const { provinces } = await client.request(ProvincesDocument, { first: 3 });
    expect(provinces.totalCount).toBe(31);
    expect(bodies[0].query).toBeUndefined();
    const hash = (bodies[0].extensions as { persistedQuery: { sha256Hash: string } }).persistedQuery.sha256Hash;
    expect(manifest[hash]).toBe(String(ProvincesDocument).trim());
  });

  it('refuses a hash that is not in the manifest', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const client = createClient({
      url: app.url,
      token,
      fetch: async (url, init) =>
        fetch(url, { ...init, body: init.body.replace(/"sha256Hash":"[0-9a-f]+"/, `"sha256Hash":"${'e'.repeat(64)}"`) }),
      trustedDocuments: true,
    });
    await expect(client.request(ProvincesDocument, { first: 1 })).rejects.toBeInstanceOf(BadUserInputError);
  });

  it('lets a key limited to trusted documents run an SDK operation by hash, and refuses it anything else', async () => {
    const byHash = createClient({ url: app.url, apiKey: restrictedKey, trustedDocuments: true });
    const { provinces } = await byHash.request(ProvincesDocument, { first: 2 });
    expect(provinces.edges).toHaveLength(2);

    // The same SDK document sent as text, and an ad hoc query: refused.
    const byText = createClient({ url: app.url, apiKey: restrictedKey, retry: false });
    const error = await byText.request(ProvincesDocument, { first: 2 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    const adHoc = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': restrictedKey },
      body: JSON.stringify({ query: '{ provinces(first: 100) { totalCount } }' }),
    });
    expect(adHoc.status).toBe(403);
    expect(((await adHoc.json()) as { errors: Array<{ message: string; extensions: { code: string } }> }).errors[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining("only the SDK's operations"),
    });

    // A key without the limit runs ad hoc queries as before.
    const open = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': openKey },
      body: JSON.stringify({ query: '{ provinces(first: 100) { totalCount } }' }),
    });
    expect(open.status).toBe(200);
  });
});
