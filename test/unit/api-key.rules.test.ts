import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { claimsOf } from '../../server/kernel/auth';
import {
  canRevokeKey,
  distinctOrAll,
  expiryIsAllowed,
  holderIsPartner,
  isKeyAdministrator,
  keyRefusal,
  MAX_API_KEY_LIFETIME_DAYS,
  valuesAreKnown,
} from '../../server/modules/api-key/api-key.rules';
import { generateApiKey, hashApiKey, looksLikeApiKey } from '../../server/modules/api-key/api-key.secret';
import { SystemRole } from '../../server/modules/person/person.entity';

const NOW = new Date('2025-08-15T10:00:00Z');
const DAY = 86_400_000;

describe('API key secrets', () => {
  it('makes `cok_` + 43 base64url characters, a prefix of 8, and the SHA-256 hex of the whole key', () => {
    const key = generateApiKey();
    expect(key.secret).toMatch(/^cok_[A-Za-z0-9_-]{43}$/);
    expect(key.prefix).toBe(key.secret.slice(0, 8));
    expect(key.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.hash).toBe(hashApiKey(key.secret));
    expect(generateApiKey().secret).not.toBe(key.secret);
  });

  it('hashes deterministically (known vector)', () => {
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('recognises the shape of a key only', () => {
    expect(looksLikeApiKey(generateApiKey().secret)).toBe(true);
    expect(looksLikeApiKey(`cok_${'a'.repeat(42)}`)).toBe(false);
    expect(looksLikeApiKey(`xyz_${'a'.repeat(43)}`)).toBe(false);
    expect(looksLikeApiKey(`cok_${'a'.repeat(42)}=`)).toBe(false);
  });
});

describe('API key rules', () => {
  it('only ADMIN manages keys', () => {
    expect(isKeyAdministrator([SystemRole.ADMIN])).toBe(true);
    expect(isKeyAdministrator([SystemRole.CENTRAL_SECRETARIAT, SystemRole.ANALYST, SystemRole.PARTNER])).toBe(false);
  });

  it('keys go to PARTNER accounts only', () => {
    expect(holderIsPartner([SystemRole.PARTNER])).toBeNull();
    expect(holderIsPartner([SystemRole.ANALYST])).toMatchObject({ code: 'VALIDATION', field: ['input', 'personId'] });
  });

  it('expiry is in the future and at most two years ahead', () => {
    expect(expiryIsAllowed(new Date(NOW.getTime() + DAY), NOW)).toBeNull();
    expect(expiryIsAllowed(new Date(NOW.getTime() + MAX_API_KEY_LIFETIME_DAYS * DAY), NOW)).toBeNull();
    expect(expiryIsAllowed(new Date(NOW.getTime() + MAX_API_KEY_LIFETIME_DAYS * DAY + 1), NOW)?.code).toBe('VALIDATION');
    expect(expiryIsAllowed(NOW, NOW)?.code).toBe('VALIDATION');
  });

  it('lists unknown values', () => {
    const known = new Set(['IR-23', 'IR-10']);
    expect(valuesAreKnown(null, known, 'province codes', 'provinceCodes')).toBeNull();
    expect(valuesAreKnown(['IR-23'], known, 'province codes', 'provinceCodes')).toBeNull();
    expect(valuesAreKnown(['IR-23', 'IR-99'], known, 'province codes', 'provinceCodes')).toMatchObject({
      code: 'VALIDATION',
      message: 'Unknown province codes: IR-99.',
      field: ['input', 'provinceCodes'],
    });
  });

  it('revokes once', () => {
    expect(canRevokeKey(null)).toBeNull();
    expect(canRevokeKey(NOW)?.code).toBe('INVALID_TRANSITION');
  });

  it('refuses revoked and expired keys and keys of accounts no longer partners', () => {
    const key = { revokedAt: null, expiresAt: new Date(NOW.getTime() + DAY) };
    expect(keyRefusal(key, [SystemRole.PARTNER], NOW)).toBeNull();
    expect(keyRefusal({ ...key, revokedAt: NOW }, [SystemRole.PARTNER], NOW)).toMatch(/revoked/);
    expect(keyRefusal({ ...key, expiresAt: NOW }, [SystemRole.PARTNER], NOW)).toMatch(/expired/);
    expect(keyRefusal(key, [SystemRole.ANALYST], NOW)).toMatch(/partner/);
  });

  it('keeps null as "all" and removes duplicates', () => {
    expect(distinctOrAll(undefined)).toBeNull();
    expect(distinctOrAll(['Cluster', ' Cluster', 'Province'])).toEqual(['Cluster', 'Province']);
  });
});

describe('token subjects', () => {
  const uuid = '0b9d7d3c-8f0e-4a57-9a3e-1f6f8b2c4d5e';
  it('maps a uuid subject to a person id', () => {
    expect(claimsOf({ sub: uuid }, false)).toEqual({ personId: uuid });
  });
  it('maps another subject to the email claim, for identity provider tokens only', () => {
    expect(claimsOf({ sub: 'idp|1', email: ' Someone@Example.ORG' }, true)).toEqual({ email: 'someone@example.org' });
    expect(claimsOf({ sub: 'idp|1', email: 'someone@example.org' }, false)).toBeNull();
    expect(claimsOf({ sub: 'idp|1' }, true)).toBeNull();
    expect(claimsOf({}, true)).toBeNull();
  });
});
