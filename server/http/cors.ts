import type { RequestHandler } from 'express';

import { sendJsonError } from './json-errors';

/** Request headers a browser may send cross-origin: credentials, the SDK's own, and Apollo's CSRF markers. */
export const CORS_ALLOWED_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'x-api-key',
  'idempotency-key',
  'x-oversight-sdk',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
];

/** Response headers a cross-origin caller may read: when to retry, and the id to quote to support. */
export const CORS_EXPOSED_HEADERS = ['retry-after', 'x-request-id'];

/** How long a browser may reuse a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Reads CORS_ORIGINS: a comma-separated list of origins (`https://partner.example`, scheme, host and
 * port only). Throws on anything else, so a typo stops the start instead of silently refusing browsers.
 */
export function parseCorsOrigins(value: string | undefined): string[] {
  if (!value || value.trim() === '') return [];
  return value.split(',').map((entry) => {
    const trimmed = entry.trim();
    let url: URL | null;
    try {
      url = new URL(trimmed);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== trimmed.replace(/\/$/, '')) {
      throw new Error(`CORS_ORIGINS must list origins such as https://partner.example (scheme, host and port, no path); got "${trimmed}".`);
    }
    return url.origin;
  });
}

/**
 * Cross-origin access for browsers. Answers the preflight (OPTIONS) itself, before the body parser and
 * before Apollo's CSRF prevention, which would refuse it; on other requests from an allowed origin it
 * adds the headers that let the page read the answer. An origin not listed is refused at the
 * preflight with 403 and gets no CORS headers, so the browser keeps the answer from the page. The
 * server's own origin (the explorer's page) is always allowed. No cookies are involved: credentials
 * travel in headers, so `Access-Control-Allow-Credentials` is never sent.
 */
export function cors(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (request, response, next) => {
    const origin = request.get('origin');
    if (origin === undefined) {
      next();
      return;
    }
    response.vary('Origin');
    const own = `${request.protocol}://${request.get('host') ?? ''}`;
    const permitted = allowed.has(origin) || origin === own;
    const preflight = request.method === 'OPTIONS' && request.get('access-control-request-method') !== undefined;
    if (!permitted) {
      if (preflight) {
        sendJsonError(
          response,
          403,
          `Cross-origin requests from ${origin} are not allowed; the operator lists allowed origins in CORS_ORIGINS.`,
          {
            code: 'FORBIDDEN',
            requestId: String(response.locals.requestId ?? ''),
          },
        );
        return;
      }
      next();
      return;
    }
    response.set('Access-Control-Allow-Origin', origin);
    response.set('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS.join(', '));
    if (preflight) {
      response.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      response.set('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS.join(', '));
      response.set('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      response.status(204).end();
      return;
    }
    next();
  };
}
