import type { Request, RequestHandler, Response } from 'express';
import type { TokenService } from '../kernel/auth';
import { hashApiKey } from '../modules/api-key/api-key.secret';
import type { RateDecision, RequestRateLimiter } from '../kernel/limits/rate-limiter';
import { LimitErrorCode } from '../kernel/limits/request-limits';
import { sendJsonError } from './json-errors';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Who a request counts against: the partner API key it carries, else the person a valid token
 * names, else the client's address. The token is verified (HMAC, microseconds) so that a forged
 * subject cannot spend someone else's budget or dodge its own; the context verifies it again and
 * loads the person. An API key is not looked up here (that would cost a query before the limit):
 * its bucket is named by a prefix of its hash, so the key itself is never kept.
 */
async function principalOf(request: Request, tokens: TokenService): Promise<string> {
  const address = `ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
  const apiKey = request.get('x-api-key');
  const authorization = request.get('authorization')?.trim();
  if (apiKey !== undefined) return authorization ? address : `key:${hashApiKey(apiKey.trim()).slice(0, 32)}`;
  const match = BEARER.exec(authorization ?? '');
  const claims = match ? await tokens.verify(match[1]) : null;
  if (!claims) return address;
  return claims.personId !== undefined ? `person:${claims.personId}` : `email:${claims.email}`;
}

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
 * so a refused request costs no parsing.
 */
export function rateLimit(limiter: RequestRateLimiter | null, tokens: TokenService, log: (message: string) => void): RequestHandler {
  if (!limiter) return (_request, _response, next) => next();
  return async (request, response, next) => {
    let decision: RateDecision;
    try {
      decision = await limiter.take(await principalOf(request, tokens));
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
