import type { RequestHandler, Response } from 'express';

import type { RateDecision, RequestRateLimiter } from '../kernel/limits/rate-limiter';
import { LimitErrorCode } from '../kernel/limits/request-limits';
import { rateLimitPrincipal } from '../modules/access/credentials';
import { credentialsOf } from './credentials';
import { sendJsonError } from './json-errors';

/** The IETF draft's fields (draft-ietf-httpapi-ratelimit-headers): limit, what is left, seconds to the window's end. */
function setRateLimitHeaders(response: Response, decision: RateDecision): void {
  response.set('RateLimit-Limit', String(decision.limit));
  response.set('RateLimit-Remaining', String(decision.remaining));
  response.set('RateLimit-Reset', String(decision.resetSeconds));
}

/**
 * Counts each request against its principal (server/kernel/limits/rate-limiter.ts: shared by every
 * API process through PostgreSQL), tells the caller where it stands in `RateLimit-*` headers, and
 * answers 429 with `Retry-After` (seconds) once the principal has spent its requests for the
 * minute. Without a limiter (a limit of 0) every request goes on. Mounted before the body parser,
 * so a refused request costs no parsing, and after the credentials are read (http/credentials.ts).
 */
export function rateLimit(limiter: RequestRateLimiter | null, log: (message: string) => void): RequestHandler {
  if (!limiter) return (_request, _response, next) => next();
  return async (request, response, next) => {
    let decision: RateDecision;
    try {
      // Counted by the credentials read once before (http/credentials.ts): the partner key, the person a
      // valid token names, else the address.
      decision = await limiter.take(rateLimitPrincipal(credentialsOf(response), request.ip ?? request.socket.remoteAddress ?? 'unknown'));
    } catch {
      // Both the shared counts and the in-memory insurance failed: the limit must not take the API down.
      log('The rate limiter failed; the request goes on uncounted.');
      next();
      return;
    }
    setRateLimitHeaders(response, decision);
    if (decision.allowed) {
      next();
      return;
    }
    response.set('Retry-After', String(decision.resetSeconds));
    sendJsonError(
      response,
      429,
      `Too many requests: at most ${decision.limit} a minute for each caller. Retry after ${decision.resetSeconds} s.`,
      { code: LimitErrorCode.RATE_LIMITED, retryAfterSeconds: decision.resetSeconds, requestId: String(response.locals.requestId ?? '') },
    );
  };
}
