import type { Request, RequestHandler } from 'express';
import type { TokenService } from '../kernel/auth';
import { TokenBucketLimiter } from '../kernel/limits/rate-limiter';
import { LimitErrorCode } from '../kernel/limits/request-limits';
import { sendJsonError } from './json-errors';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Who a request counts against: the person a valid token names, else the client's address. The
 * token is verified (HMAC, microseconds) so that a forged subject cannot spend someone else's budget
 * or dodge its own; the context verifies it again and loads the person.
 */
async function principalOf(request: Request, tokens: TokenService): Promise<string> {
  const match = BEARER.exec(request.get('authorization')?.trim() ?? '');
  const claims = match ? await tokens.verify(match[1]) : null;
  return claims ? `person:${claims.personId}` : `ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * Answers 429 with `Retry-After` (seconds) once a principal has spent its requests per minute; a
 * limit of 0 turns the limiter off. Mounted before the body parser, so a refused request costs no
 * parsing.
 */
export function rateLimit(requestsPerMinute: number, tokens: TokenService, now?: () => number): RequestHandler {
  if (requestsPerMinute <= 0) return (_request, _response, next) => next();
  const limiter = new TokenBucketLimiter(requestsPerMinute, 60_000, now);
  return async (request, response, next) => {
    const decision = limiter.take(await principalOf(request, tokens));
    if (decision.allowed) {
      next();
      return;
    }
    response.set('Retry-After', String(decision.retryAfterSeconds));
    sendJsonError(
      response,
      429,
      `Too many requests: at most ${requestsPerMinute} a minute for each caller. Retry after ${decision.retryAfterSeconds} s.`,
      { code: LimitErrorCode.RATE_LIMITED, retryAfterSeconds: decision.retryAfterSeconds, requestId: String(response.locals.requestId ?? '') },
    );
  };
}
