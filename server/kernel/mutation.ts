import { OptimisticLockError, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import { type ClassType, Field, ObjectType } from 'type-graphql';

import { badUserInput, ErrorCode, UserError } from './errors';
import { decodeGlobalId } from './global-id';
import type { NodeEntity } from './node';
import { RuleViolation, violation } from './rules';

/** What every mutation returns: the changed object (null when refused) and the rule violations. */
export interface Payload<T> {
  result: T | null;
  userErrors: UserError[];
}

/**
 * Builds `<Name>Payload { <field>: T, userErrors: [UserError!]! }` (Shopify/Saleor style: the changed
 * object plus typed errors; business failures never become top-level errors). The object is null only
 * when the act was refused: once it committed, its author sees it here even if it lies outside their
 * read scope (the read guard, `access/read-guard.ts`, lets exactly this value through; its relations
 * stay scoped).
 */
export function payloadType<T extends object>(name: string, field: string, objectType: ClassType<T>, description: string) {
  @ObjectType(`${name}Payload`, { description: `Result of \`${name.charAt(0).toLowerCase()}${name.slice(1)}\`.` })
  class PayloadType {
    @Field(() => objectType, { name: field, nullable: true, description })
    result!: T | null;

    @Field(() => [UserError], { description: 'Rules the request would have broken; empty when it succeeded.' })
    userErrors!: UserError[];
  }
  return PayloadType;
}

/** Decodes a global id given in an input; an id of another type or not ours is `BAD_USER_INPUT`. */
export function inputId(globalId: string, typeName: string, field: string): string {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) throw badUserInput(`\`${field}\` must be a ${typeName} id.`, field);
  return decoded.id;
}

/** A plain JSON picture of an entity for the audit trail: scalar columns and referenced ids. */
export function snapshot(entity: object): Record<string, unknown> {
  // Money is exact: bigints are written as decimal strings, as the API writes them.
  const json = JSON.stringify(wrap(entity).toObject(), (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  return JSON.parse(json) as Record<string, unknown>;
}

/** One committed act, as the audit trail records it (R12). */
export interface AuditRecord {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  /** The object before the change; null when it was created. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** An act already committed under the request's idempotency key. */
export interface StoredAct {
  requestHash: string;
  targetType: string;
  targetId: string;
}

/** The key a request carries, as the idempotency hooks know it. */
export interface IdempotencyClaimLike {
  requestHash: string;
  /** Set once a mutation of this request has stored the key. */
  stored?: boolean;
}

/** How a mutation keeps an `Idempotency-Key`: what the module that stores the keys provides. */
export interface IdempotencyHooks {
  /** The key the request of `ctx` carries, if any. */
  claimOf(ctx: object): IdempotencyClaimLike | undefined;
  /** Inside the transaction, before any change: waits for the key, returns the act it committed if any. */
  lock(tx: EntityManager, claim: IdempotencyClaimLike): Promise<StoredAct | null>;
  /** Inside the transaction, after the change: stores the key with the act. */
  store(tx: EntityManager, claim: IdempotencyClaimLike, action: string, target: NodeEntity<string>): Promise<void>;
  /** The error of a key sent again with another request. */
  reused(): GraphQLError;
}

/**
 * What the modules give the mutation runner (kernel/module.ts gathers it from their manifests): the
 * audit sink (R12), idempotency keys, and the user error each database constraint that backs a rule
 * up stands for, registered by the module that owns the constraint. The kernel knows no module.
 */
export interface MutationHooks {
  audit(tx: EntityManager, record: AuditRecord): void;
  idempotency?: IdempotencyHooks;
  constraintErrors: ReadonlyMap<string, () => UserError>;
}

/** What a mutation needs of its request: its EntityManager, who acts, and the modules' hooks. */
export interface MutationContext {
  em: EntityManager;
  viewer: { person: { id: string } };
  mutations: MutationHooks;
}

interface PostgresError {
  code: string;
  constraint?: string;
}

/** Finds the PostgreSQL error under ORM and driver wrappers (errors at COMMIT arrive unwrapped). */
export function postgresError(error: unknown): PostgresError | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown; previous?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return { code: candidate.code, constraint: typeof candidate.constraint === 'string' ? candidate.constraint : undefined };
    }
    current = candidate.previous ?? candidate.cause;
  }
  return null;
}

/**
 * The one retry policy of every mutation: a serialization failure or a deadlock (PostgreSQL), or an
 * optimistic-lock conflict (an entity's `version` changed between read and write; the ORM's check).
 * The losing attempt's transaction was rolled back, so running it again re-reads and re-checks
 * every rule.
 */
function isRetryable(error: unknown, database: PostgresError | null): boolean {
  return error instanceof OptimisticLockError || database?.code === '40001' || database?.code === '40P01';
}

function constraintUserError(error: PostgresError | null, known: ReadonlyMap<string, () => UserError>): UserError | null {
  if (!error) return null;
  const registered = error.constraint ? known.get(error.constraint) : undefined;
  if (registered) return registered();
  if (error.code === '23505') return violation(ErrorCode.CONFLICT, 'This would duplicate a record that already exists.');
  if (error.code === '23P01') return violation(ErrorCode.CONFLICT, 'This overlaps in time with a record that already exists.');
  // A CHECK no rule above names: well-formed input that breaks an invariant of the records.
  if (error.code === '23514')
    return violation(ErrorCode.VALIDATION, 'The change would leave the records inconsistent; check the values given.');
  return null;
}

/** What each PostgreSQL data exception (SQLSTATE class 22) says about the input, in words. */
const DATA_EXCEPTIONS: Record<string, string> = {
  '22001': 'A text is longer than the field can hold.',
  '22003': 'A number is outside the range the field can hold.',
  '22007': 'A date or time is not valid.',
  '22008': 'A date or time is outside the range the field can hold.',
  '22021': 'A text contains a character that cannot be stored (such as NUL).',
  '22P02': 'A value is not written in the form the field expects.',
  '22P05': 'A text contains a character that cannot be stored.',
};

/**
 * SQLSTATE class 22 ("data exception"): the database refused a value, which can only have come from
 * the input. The input checks (scalars, kernel/input-hygiene.ts, class-validator) should catch these
 * first; this is the backstop that keeps any one they miss a BAD_USER_INPUT rather than a 500.
 * 08P01 belongs here too: a NUL inside a bound parameter breaks the wire protocol's message format
 * before PostgreSQL can even call it 22021. Exported so that the read path can map the same errors.
 */
export function dataExceptionError(error: PostgresError | null): GraphQLError | null {
  if (!error) return null;
  if (error.code === '08P01') return badUserInput('A text contains a NUL character, which cannot be stored.');
  if (!error.code.startsWith('22')) return null;
  return badUserInput(DATA_EXCEPTIONS[error.code] ?? 'A value of the input cannot be stored.');
}

export interface MutationWork<T extends NodeEntity<string>> {
  /** The changed object, to return and to audit. */
  target: T;
  /** Its picture before the change; null or absent when it was created. */
  before?: Record<string, unknown> | null;
}

const MAX_ATTEMPTS = 5;

/** Thrown inside the transaction when its idempotency key already committed: roll back, answer the first result. */
class AlreadyApplied {
  constructor(readonly stored: StoredAct) {}
}

/**
 * Runs one business action as one transaction (STYLE.md convention 4): `work` loads, checks the
 * rules, changes; then one AuditEvent is written in the same transaction (R12) and everything
 * commits together. A rule violation or a constraint that backs a rule up rolls everything back and
 * becomes `userErrors`; serialization failures, deadlocks and optimistic-lock conflicts are retried. A request sent with an
 * `Idempotency-Key` stores it in the same transaction (the idempotency hooks); a repeat of one that
 * committed changes nothing and answers the object the first one changed.
 */
export async function runMutation<T extends NodeEntity<string>>(
  ctx: MutationContext,
  action: string,
  work: (em: EntityManager) => Promise<MutationWork<T>>,
): Promise<Payload<T>> {
  const hooks = ctx.mutations;
  const idempotency = hooks.idempotency;
  const claim = idempotency?.claimOf(ctx);
  for (let attempt = 1; ; attempt += 1) {
    // A fresh fork per attempt: a failed attempt leaves nothing behind in the request's identity map.
    const em = ctx.em.fork({ clear: true });
    try {
      const target = await em.transactional(async (tx) => {
        if (idempotency && claim) {
          const stored = await idempotency.lock(tx, claim);
          if (stored) throw new AlreadyApplied(stored);
        }
        const { target: changed, before } = await work(tx);
        await tx.flush();
        hooks.audit(tx, {
          actorId: ctx.viewer.person.id,
          action,
          targetType: changed.constructor.name,
          targetId: changed.id,
          before: before ?? null,
          after: snapshot(changed),
        });
        if (idempotency && claim) await idempotency.store(tx, claim, action, changed);
        return changed;
      });
      if (claim) claim.stored = true;
      return { result: target, userErrors: [] };
    } catch (error) {
      if (error instanceof RuleViolation) return { result: null, userErrors: error.userErrors };
      if (error instanceof AlreadyApplied) {
        if (!idempotency || !claim) throw new Error('An act committed under an idempotency key the request does not carry.');
        if (error.stored.requestHash !== claim.requestHash) throw idempotency.reused();
        const first = await ctx.em.fork().findOneOrFail<T>(error.stored.targetType, { id: error.stored.targetId } as never);
        return { result: first, userErrors: [] };
      }
      const database = postgresError(error);
      if (isRetryable(error, database) && attempt < MAX_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.floor(Math.random() * 20)));
        continue;
      }
      if (isRetryable(error, database)) {
        return {
          result: null,
          userErrors: [violation(ErrorCode.CONFLICT, 'Too many simultaneous changes to the same records; try again.')],
        };
      }
      const userError = constraintUserError(database, hooks.constraintErrors);
      if (userError) return { result: null, userErrors: [userError] };
      throw dataExceptionError(database) ?? error;
    }
  }
}
