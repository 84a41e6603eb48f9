import type { RequestHandler } from 'express';

import { currentObservation, type RequestObservation, runObserved } from '../observability/request-observation';

/**
 * Runs the rest of the request in a scope that knows its request id and observation, so code that is
 * handed no request (Apollo's `formatError`, the database connection counting statements) can still
 * log, count and answer with it. Mount it after the body parser: the parser's stream callbacks do not
 * carry the scope along.
 */
export const requestScope: RequestHandler = (_request, response, next) => {
  const observation = response.locals.observation as RequestObservation | undefined;
  runObserved(observation ?? { requestId: String(response.locals.requestId), startedAt: performance.now(), statements: 0 }, next);
};

/** The id of the request being answered, when called inside {@link requestScope}. */
export function currentRequestId(): string | undefined {
  return currentObservation()?.requestId;
}

/**
 * Lets the rest of the current request read from the read replicas (server/config/orm.config.ts):
 * called once the operation is known to be a query. Until then (authentication), in mutations,
 * and outside any request (migrations, seeding, scripts), every statement goes to the primary, so
 * a mutation reads what it has just written.
 */
export function allowReplicaReads(): void {
  const scope = currentObservation();
  if (scope) scope.readsFromReplicas = true;
}

/** Whether a read asked for on the read connection may be sent to a replica now. */
export function replicaReadsAllowed(): boolean {
  return currentObservation()?.readsFromReplicas === true;
}
