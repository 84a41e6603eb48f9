import type { EntityManager } from '@mikro-orm/postgresql';

import { load } from '../../kernel/load';
import { DevelopmentPlan } from './development-plan.entity';

/**
 * Loads the plan `input.planId` names (or refuses: BAD_USER_INPUT, NOT_FOUND) and locks its row until
 * the mutation's transaction ends (`SELECT … FOR UPDATE`). Every mutation that changes a plan takes this lock before it reads the plan, so changes to one plan
 * are serialised: the second waits, then reads what the first committed (R8: the budget band is
 * checked against the latest current budget, never a stale one). `refresh` makes sure the values come
 * from the locked row even if the plan was already in the identity map. The plan's `version` column
 * makes every UPDATE conditional too, against a writer that bypasses the lock; the mutation runner
 * retries an attempt that loses that check (kernel/mutation.ts).
 */
export function lockPlan(em: EntityManager, planGlobalId: string): Promise<DevelopmentPlan> {
  return load(em, DevelopmentPlan, planGlobalId, 'input.planId', { lock: true, refresh: true });
}
