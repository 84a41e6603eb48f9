import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

interface RequestScope {
  requestId: string;
  /** Set once the request is known to be a GraphQL query: only then may reads go to a replica. */
  readsFromReplicas: boolean;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Runs the rest of the request in a scope that knows its request id, so code that is handed no
 * request (Apollo's `formatError`) can still log and answer with it. Mount it after the body parser:
 * the parser's stream callbacks do not carry the scope along.
 */
export const requestScope: RequestHandler = (_request, response, next) => {
  storage.run({ requestId: String(response.locals.requestId), readsFromReplicas: false }, next);
};

/** The id of the request being answered, when called inside {@link requestScope}. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * Lets the rest of the current request read from the read replicas (server/config/orm.config.ts):
 * called once the operation is known to be a query. Until then (authentication), in mutations,
 * and outside any request (migrations, seeding, scripts), every statement goes to the primary, so
 * a mutation reads what it has just written.
 */
export function allowReplicaReads(): void {
  const scope = storage.getStore();
  if (scope) scope.readsFromReplicas = true;
}

/** Whether a read asked for on the read connection may be sent to a replica now. */
export function replicaReadsAllowed(): boolean {
  return storage.getStore()?.readsFromReplicas === true;
}
