import { randomUUID } from 'node:crypto';

import type { ErrorRequestHandler, Response } from 'express';

import { LimitErrorCode } from '../kernel/limits/request-limits';
import { errorDetails } from '../observability/error-details';
import type { Logger } from '../observability/logger';

/** A GraphQL-shaped error body for failures outside GraphQL execution, so clients parse one format. */
export function sendJsonError(response: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  response
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}

interface HttpError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
  limit?: unknown;
}

/**
 * The last Express error handler: answers JSON instead of Express's HTML page. Request bodies the JSON
 * parser refuses (body-parser's `type`s: too large 413, malformed 400, wrong charset 415) are the
 * client's fault and say why; anything else is masked like an internal GraphQL error and logged with
 * the request id.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const requestId = String(response.locals.requestId ?? '');
    const { status: rawStatus, statusCode, type, expose, message, limit } = (error ?? {}) as HttpError;
    const status = typeof rawStatus === 'number' ? rawStatus : typeof statusCode === 'number' ? statusCode : 500;
    if (type === 'entity.too.large') {
      sendJsonError(response, 413, `The request body is larger than the limit of ${String(limit)} bytes.`, {
        code: LimitErrorCode.PAYLOAD_TOO_LARGE,
        requestId,
      });
      return;
    }
    if (type === 'entity.parse.failed') {
      sendJsonError(response, 400, 'The request body is not valid JSON.', { code: 'BAD_REQUEST', requestId });
      return;
    }
    if (status >= 400 && status < 500 && expose !== false) {
      sendJsonError(response, status, typeof message === 'string' && message ? message : 'Bad request.', {
        code: 'BAD_REQUEST',
        requestId,
      });
      return;
    }
    const errorId = randomUUID();
    logger.error({ errorId, requestId, error: errorDetails(error) }, 'Unexpected error while answering an HTTP request');
    sendJsonError(response, 500, 'Internal server error.', { code: 'INTERNAL_SERVER_ERROR', errorId, requestId });
  };
}
