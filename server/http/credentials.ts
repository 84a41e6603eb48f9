import type { RequestHandler, Response } from 'express';

import type { TokenService } from '../kernel/auth';
import { type PresentedCredentials, readCredentials } from '../modules/access/credentials';

/**
 * Reads the request's credential headers once, verifying a bearer token's signature, before the
 * rate limiter: the limiter counts by the result and the GraphQL context authenticates from it
 * (modules/access/credentials.ts holds the one parser).
 */
export function credentials(tokens: TokenService): RequestHandler {
  return (request, response, next) => {
    readCredentials(tokens, { authorization: request.get('authorization'), apiKey: request.get('x-api-key') }).then((read) => {
      response.locals.credentials = read;
      next();
    }, next);
  };
}

/** What `credentials` read for this request; none when it did not run. */
export function credentialsOf(response: Response): PresentedCredentials {
  return (response.locals.credentials as PresentedCredentials | undefined) ?? { kind: 'none' };
}
