import { LimitErrorCode } from '../kernel/limits/request-limits';
import { IDEMPOTENCY_KEY_REUSED } from '../modules/idempotency/idempotency';

/** Codes that describe the client's request and may be shown as they are; everything else is masked. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  LimitErrorCode.COST_LIMIT_EXCEEDED,
  LimitErrorCode.RATE_LIMITED,
  LimitErrorCode.PAYLOAD_TOO_LARGE,
  IDEMPOTENCY_KEY_REUSED,
]);
