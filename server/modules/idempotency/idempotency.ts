import { createHash } from 'node:crypto';

import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';

import type { Context } from '../../context';
import { TopLevelCode } from '../../kernel/errors';

/**
 * Idempotent mutations. A client sends `Idempotency-Key: <key>` with a mutation; the key, the caller
 * and a hash of the request are stored in PostgreSQL, in the mutation's own transaction
 * (kernel/mutation.ts), so they exist exactly when the change committed, whichever API process made
 * it. The same key from the same caller then:
 * - with the same request, gets the first response again and changes nothing (no second audit event);
 * - with another request, is refused with IDEMPOTENCY_KEY_REUSED;
 * - while the first is still running, waits for it (a transaction-scoped advisory lock on the key)
 *   and then answers as a repeat.
 * Keys are forgotten after IDEMPOTENCY_KEY_TTL_HOURS (24 by default). A mutation refused with
 * `userErrors` changes nothing and stores no key: sending it again runs it again.
 */

/** Code of a key sent again with another request. */
export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';
export const DEFAULT_IDEMPOTENCY_KEY_TTL_HOURS = 24;
/** Printable ASCII, as the IETF draft on the Idempotency-Key header expects; a UUID fits easily. */
const KEY_FORMAT = /^[\x21-\x7e]{8,255}$/;

/** What a mutation must remember (or look up) for the key its request carries. */
export interface IdempotencyClaim {
  caller: string;
  key: string;
  requestHash: string;
  ttlHours: number;
  /** Set once a mutation of this request has stored the key, so that the response is stored too. */
  stored?: boolean;
}

/** A stored key, as a mutation finds it. */
export interface StoredKey {
  requestHash: string;
  targetType: string;
  targetId: string;
}

const claims = new WeakMap<object, IdempotencyClaim>();

/** The key the request of `ctx` carries, if it is a mutation sent with one. */
export function idempotencyClaimOf(ctx: object): IdempotencyClaim | undefined {
  return claims.get(ctx);
}

function callerOf(ctx: Context): string {
  return ctx.viewer.apiKey ? `key:${ctx.viewer.apiKey.id}` : `person:${ctx.viewer.person.id}`;
}

/** JSON with object keys sorted, so that the same variables always hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function reusedKeyError(): GraphQLError {
  return new GraphQLError('This Idempotency-Key was already used for a different request; send a new key with a new request.', {
    extensions: { code: IDEMPOTENCY_KEY_REUSED },
  });
}

function errorResponse(status: number, message: string, code: string): GraphQLResponse {
  return {
    http: { status, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } },
  };
}

/**
 * Inside the mutation's transaction, before any change: waits while another transaction holds the
 * same key, then returns the stored key if the earlier one committed.
 */
export async function lockKey(tx: EntityManager, claim: IdempotencyClaim): Promise<StoredKey | null> {
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`${claim.caller} ${claim.key}`]);
  const rows: Array<{ request_hash: string; target_type: string; target_id: string }> = await tx.execute(
    'select request_hash, target_type, target_id from idempotency_key where caller = ? and key = ? and expires_at > now()',
    [claim.caller, claim.key],
  );
  return rows[0] ? { requestHash: rows[0].request_hash, targetType: rows[0].target_type, targetId: rows[0].target_id } : null;
}

/** Inside the mutation's transaction, after the change: stores the key (replacing an expired one). */
export async function storeKey(
  tx: EntityManager,
  claim: IdempotencyClaim,
  action: string,
  target: { id: string; constructor: { name: string } },
): Promise<void> {
  await tx.execute(
    `insert into idempotency_key (caller, key, request_hash, action, target_type, target_id, expires_at)
     values (?, ?, ?, ?, ?, ?, now() + make_interval(hours => ?))
     on conflict (caller, key) do update set request_hash = excluded.request_hash, action = excluded.action, target_type = excluded.target_type,
       target_id = excluded.target_id, response = null, created_at = now(), expires_at = excluded.expires_at
     where idempotency_key.expires_at <= now()`,
    [claim.caller, claim.key, claim.requestHash, action, target.constructor.name, target.id, claim.ttlHours],
  );
}

/**
 * Reads the `Idempotency-Key` of mutations: answers a repeat with the stored response before anything
 * runs, refuses a key reused for another request, and stores the response of the first.
 */
export function idempotencyPlugin(options: { ttlHours?: number }): ApolloServerPlugin<Context> {
  const ttlHours = options.ttlHours ?? DEFAULT_IDEMPOTENCY_KEY_TTL_HOURS;
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext) {
          const { operation, request, contextValue, queryHash } = requestContext;
          const key = request.http?.headers.get('idempotency-key');
          if (key === undefined || operation.operation !== 'mutation') return null;
          if (!KEY_FORMAT.test(key)) {
            return errorResponse(
              400,
              'The Idempotency-Key header must be 8 to 255 printable ASCII characters (a UUID, for example).',
              TopLevelCode.BAD_USER_INPUT,
            );
          }
          if (rootFieldCount(operation) !== 1) {
            return errorResponse(
              400,
              'An Idempotency-Key applies to one mutation: send each mutation in a request of its own.',
              TopLevelCode.BAD_USER_INPUT,
            );
          }
          const requestHash = createHash('sha256')
            .update(canonical([queryHash, request.operationName ?? null, request.variables ?? {}]))
            .digest('hex');
          const claim: IdempotencyClaim = { caller: callerOf(contextValue), key, requestHash, ttlHours };
          const rows: Array<{ request_hash: string; response: unknown }> = await contextValue.em
            .fork()
            .execute('select request_hash, response from idempotency_key where caller = ? and key = ? and expires_at > now()', [
              claim.caller,
              claim.key,
            ]);
          const stored = rows[0];
          if (stored && stored.request_hash !== requestHash) {
            return errorResponse(422, reusedKeyError().message, IDEMPOTENCY_KEY_REUSED);
          }
          if (stored?.response) {
            const headers = new HeaderMap([['idempotent-replayed', 'true']]);
            return {
              http: { status: undefined, headers },
              body: { kind: 'single', singleResult: stored.response as Record<string, unknown> },
            };
          }
          // Not stored yet, or stored without its response (the first answer was still on its way):
          // the mutation finds the key in its transaction and answers as a repeat.
          claims.set(contextValue, claim);
          return null;
        },
        async willSendResponse({ contextValue, response }) {
          const claim = claims.get(contextValue);
          if (!claim?.stored || response.body.kind !== 'single') return;
          await contextValue.em
            .fork()
            .execute('update idempotency_key set response = ? where caller = ? and key = ? and response is null', [
              JSON.stringify(response.body.singleResult),
              claim.caller,
              claim.key,
            ]);
        },
      };
    },
  };
}

function rootFieldCount(operation: OperationDefinitionNode): number {
  return (
    operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD && selection.name.value !== '__typename').length +
    operation.selectionSet.selections.filter((selection) => selection.kind !== Kind.FIELD).length
  );
}
