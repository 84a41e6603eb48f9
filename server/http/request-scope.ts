import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

interface RequestScope {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Runs the rest of the request in a scope that knows its request id, so code that is handed no
 * request (Apollo's `formatError`) can still log and answer with it. Mount it after the body parser:
 * the parser's stream callbacks do not carry the scope along.
 */
export const requestScope: RequestHandler = (_request, response, next) => {
  storage.run({ requestId: String(response.locals.requestId) }, next);
};

/** The id of the request being answered, when called inside {@link requestScope}. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
