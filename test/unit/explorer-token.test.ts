import { describe, expect, it } from 'vitest';

import { explorerHeadersFor, isLoopbackAddress } from '../../server/explorer';

const PRESET = { Authorization: 'Bearer demo' };
const request = (remoteAddress: string | undefined, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress }, headers }) as unknown as Parameters<typeof explorerHeadersFor>[0];

describe('the explorer preset token', () => {
  it('counts 127.0.0.0/8 and ::1, plain or IPv4-mapped, as loopback, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.9'])
      expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', 'fe80::1', '::', '0.0.0.0', '1127.0.0.1', '', undefined]) {
      expect(isLoopbackAddress(address)).toBe(false);
    }
  });

  it('goes to a loopback browser only, never through a proxy header, and only when there is one', () => {
    expect(explorerHeadersFor(request('127.0.0.1'), PRESET)).toEqual(PRESET);
    expect(explorerHeadersFor(request('::ffff:192.168.1.20'), PRESET).Authorization).toBe('Bearer <paste a token here>');
    expect(explorerHeadersFor(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }), PRESET).Authorization).toBe(
      'Bearer <paste a token here>',
    );
    expect(explorerHeadersFor(request('127.0.0.1', { forwarded: 'for=203.0.113.7' }), PRESET).Authorization).toBe(
      'Bearer <paste a token here>',
    );
    expect(explorerHeadersFor(request('127.0.0.1'), undefined).Authorization).toBe('Bearer <paste a token here>');
  });
});
