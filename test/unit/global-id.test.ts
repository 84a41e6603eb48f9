import { describe, expect, it } from 'vitest';

import { decodeGlobalId, encodeGlobalId } from '../../server/kernel/global-id';

const UUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('global ids', () => {
  it('round-trips type name and uuid', () => {
    const globalId = encodeGlobalId('Cluster', UUID);
    expect(globalId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(globalId).not.toContain(UUID);
    expect(decodeGlobalId(globalId)).toEqual({ typeName: 'Cluster', id: UUID });
    expect(decodeGlobalId(encodeGlobalId('SupervisorDecree', UUID))).toEqual({ typeName: 'SupervisorDecree', id: UUID });
  });

  it('different types give different ids for the same uuid', () => {
    expect(encodeGlobalId('Cluster', UUID)).not.toBe(encodeGlobalId('Member', UUID));
  });

  it.each([
    ['garbage', 'garbage'],
    ['non-base64url characters', '!!!$$$'],
    ['standard base64 with padding', Buffer.from(`Cluster:${UUID}`).toString('base64')],
    ['empty string', ''],
    ['a wrong uuid', b64('Cluster:not-a-uuid')],
    ['a truncated uuid', b64(`Cluster:${UUID.slice(0, -1)}`)],
    ['a lowercase type name', b64(`cluster:${UUID}`)],
    ['a missing type name', b64(`:${UUID}`)],
    ['nothing after the colon', b64('Cluster:')],
    ['no colon', b64(`Cluster${UUID}`)],
    ['a bare uuid', UUID],
  ])('decodeGlobalId rejects %s', (_name, globalId) => {
    expect(decodeGlobalId(globalId)).toBeNull();
  });
});
