import type { Request, RequestHandler } from 'express';
import type { TokenService } from '../kernel/auth';
import { hashApiKey } from '../modules/api-key/api-key.secret';
import { TokenBucketLimiter } from '../kernel/limits/rate-limiter';
import { LimitErrorCode } from '../kernel/limits/request-limits';
import { sendJsonError } from './json-errors';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Who a request counts against: the partner API key it carries, else the person a valid token
 * names, else the client's address. The token is verified (HMAC, microseconds) so that a forged
 * subject cannot spend someone else's budget or dodge its own; the context verifies it again and
 * loads the person. An API key is not looked up here (that would cost a query before the limit):
 * its bucket is named by a prefix of its hash, so the key itself is never kept in memory.
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
