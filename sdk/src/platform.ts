/**
 * The few platform functions the client uses beyond the language itself. The SDK compiles against
 * neither the DOM nor Node's types, so it declares here what it reads from `globalThis`; browsers,
 * Node 18+, Deno and Bun have all of it.
 */
import type { AbortSignalLike } from './client.js';

interface Platform {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  AbortController: new () => { readonly signal: AbortSignalLike; abort(reason?: unknown): void };
  crypto?: { subtle?: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> }; randomUUID?: () => string };
  TextEncoder: new () => { encode(text: string): Uint8Array };
}

const platform = globalThis as unknown as Platform;

export const setTimeout = (callback: () => void, ms: number): unknown => platform.setTimeout(callback, ms);
export const clearTimeout = (handle: unknown): void => platform.clearTimeout(handle);
export const AbortController = (): InstanceType<Platform['AbortController']> => new platform.AbortController();

/** Hex SHA-256 of a text's UTF-8 bytes (Web Crypto: browsers in secure contexts, Node 18+, Deno, Bun). */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = platform.crypto?.subtle;
  if (!subtle) throw new TypeError('Sending documents by hash needs Web Crypto (crypto.subtle), which this environment lacks.');
  const digest = await subtle.digest('SHA-256', new platform.TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A random key: `crypto.randomUUID` where there is one. */
export function randomKey(): string {
  const uuid = platform.crypto?.randomUUID;
  if (uuid) return uuid.call(platform.crypto);
  // Old runtimes without randomUUID: 128 random bits are enough never to collide by chance.
  return Array.from({ length: 4 }, () =>
    Math.floor(Math.random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
  ).join('-');
}
