/**
 * The mutation runner's one retry policy (kernel/mutation.ts): an attempt that loses an
 * optimistic-lock check, a serialization failure or a deadlock is rolled back and run again, up to
 * five attempts, then answered CONFLICT; any other error goes through. Run on the real database with
 * the modules' own hooks, so each committed attempt writes its one audit event and a lost one none.
 */
import { OptimisticLockError } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { mutationHooksOf } from '../../server/kernel/module';
import { type MutationContext, runMutation } from '../../server/kernel/mutation';
import { modules } from '../../server/modules';
import { Person } from '../../server/modules/person/person.entity';
import { Province } from '../../server/modules/province/province.entity';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

let app: TestApp;
let ctx: MutationContext;

beforeAll(async () => {
  app = await startTestApp();
  const person = await app.orm.em.fork().findOneOrFail(Person, { email: ANALYST });
  ctx = { em: app.orm.em.fork(), viewer: { person: { id: person.id } }, mutations: mutationHooksOf(modules) };
});

afterAll(async () => {
  await app?.close();
});

async function auditEvents(action: string): Promise<number> {
  const [{ count }] = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ count: string }[]>(`select count(*) from "audit_event" where "action" = ?`, [action]);
  return Number(count);
}

describe('the mutation runner', () => {
  it('runs an attempt that lost an optimistic-lock check again, and commits the one that wins', async () => {
    let attempts = 0;
    const payload = await runMutation(ctx, 'retryTestWins', async (em) => {
      attempts += 1;
      const province = await em.findOneOrFail(Province, { code: 'IR-23' });
      if (attempts < 3) throw OptimisticLockError.lockFailed('Province');
      return { target: province };
    });
    expect(attempts).toBe(3);
    expect(payload.userErrors).toEqual([]);
    expect(payload.result).toBeInstanceOf(Province);
    expect(await auditEvents('retryTestWins')).toBe(1);
  });

  it('answers CONFLICT after five lost attempts and writes nothing', async () => {
    let attempts = 0;
    const payload = await runMutation(ctx, 'retryTestLoses', async () => {
      attempts += 1;
      throw OptimisticLockError.lockFailed('Province');
    });
    expect(attempts).toBe(5);
    expect(payload.result).toBeNull();
    expect(payload.userErrors.map((error) => error.code)).toEqual(['CONFLICT']);
    expect(await auditEvents('retryTestLoses')).toBe(0);
  });

  it('lets any other error through after one attempt', async () => {
    let attempts = 0;
    await expect(
      runMutation(ctx, 'retryTestFails', async () => {
        attempts += 1;
        throw new TypeError('not a conflict');
      }),
    ).rejects.toThrow('not a conflict');
    expect(attempts).toBe(1);
    expect(await auditEvents('retryTestFails')).toBe(0);
  });
});
