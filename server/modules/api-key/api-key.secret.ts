import { createHash, randomBytes } from 'node:crypto';

/** Marks the API's partner keys, so that a leaked key is recognisable (and secret scanners can match it). */
export const API_KEY_MARKER = 'cok_';

/** Characters of a key shown in lists to tell keys apart: the marker and the first random characters. */
export const API_KEY_PREFIX_LENGTH = 8;

/** `cok_` followed by 32 random bytes in base64url (43 characters). */
const API_KEY_FORMAT = /^cok_[A-Za-z0-9_-]{43}$/;

/** A newly made key: the secret is given to the partner once; only its hash and prefix are stored. */
export interface GeneratedApiKey {
  secret: string;
  prefix: string;
  hash: string;
}

/** SHA-256 of a key, hex. The secret has 256 random bits, so a fast unsalted hash is enough to store it. */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** True when the text has the shape of one of our keys (checked before any database lookup). */
export function looksLikeApiKey(text: string): boolean {
  return API_KEY_FORMAT.test(text);
}

export function generateApiKey(random: (size: number) => Buffer = randomBytes): GeneratedApiKey {
  const secret = `${API_KEY_MARKER}${random(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, API_KEY_PREFIX_LENGTH), hash: hashApiKey(secret) };
}
