import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '../../kernel/errors';
import { load } from '../../kernel/load';
import type { Payload } from '../../kernel/mutation';
import { violation } from '../../kernel/rules';
import { DevelopmentPlan } from './development-plan.entity';

/**
 * Loads the plan `input.planId` names (or refuses: BAD_USER_INPUT, NOT_FOUND) and locks its row until
 * the mutation's transaction ends (`SELECT … FOR UPDATE`). Every mutation that changes a plan takes this lock before it reads the plan, so changes to one plan
 * are serialised: the second waits, then reads what the first committed (R8: the budget band is
 * checked against the latest current budget, never a stale one). `refresh` makes sure the values come
 * from the locked row even if the plan was already in the identity map.
 */
export function lockPlan(em: EntityManager, planGlobalId: string): Promise<DevelopmentPlan> {
  return load(em, DevelopmentPlan, planGlobalId, 'input.planId', { lock: true, refresh: true });
}

/** How many times a mutation that lost an optimistic-lock race is run again before it answers CONFLICT. */
const OPTIMISTIC_ATTEMPTS = 3;

/**
 * The plan's `version` column makes every UPDATE conditional on the version read. Under `lockPlan`
 * the version cannot change between read and write, so this never fires for our own mutations; it
 * guards against a writer that changes a plan without the lock. The transaction of the losing attempt
 * has been rolled back (nothing written, no audit event), so the mutation is simply run again: it
 * re-reads the plan and re-checks every rule. After a few lost races it answers CONFLICT.
 */
export async function retryOnOptimisticLock<T>(mutation: () => Promise<Payload<T>>): Promise<Payload<T>> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await mutation();
    } catch (error) {
      if (!(error instanceof OptimisticLockError)) throw error;
      if (attempt >= OPTIMISTIC_ATTEMPTS) {
        return { result: null, userErrors: [violation(ErrorCode.CONFLICT, 'The plan was changed by someone else at the same moment; try again.')] };
      }
    }
  }
}
