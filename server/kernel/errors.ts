import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Stable codes of rule violations (docs/domain.md section 5): add, never rename. */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION = 'VALIDATION',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  AGENT_CONTRACT_AUTHORITY = 'AGENT_CONTRACT_AUTHORITY',
  AGENT_NOT_QUALIFIED = 'AGENT_NOT_QUALIFIED',
  AGENT_ALREADY_CONTRACTED = 'AGENT_ALREADY_CONTRACTED',
  NOT_WORKING_GROUP_HEAD = 'NOT_WORKING_GROUP_HEAD',
  SUPERVISOR_ALREADY_APPOINTED = 'SUPERVISOR_ALREADY_APPOINTED',
  SUPERVISOR_NOT_QUALIFIED = 'SUPERVISOR_NOT_QUALIFIED',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  NOT_RESPONSIBLE_WORKING_GROUP = 'NOT_RESPONSIBLE_WORKING_GROUP',
  BOTTLENECKS_REQUIRED = 'BOTTLENECKS_REQUIRED',
  NOT_OBLIGOR = 'NOT_OBLIGOR',
  PERIOD_NOT_STARTED = 'PERIOD_NOT_STARTED',
  REPORT_ALREADY_SUBMITTED = 'REPORT_ALREADY_SUBMITTED',
  NOT_CURRENT_SUPERVISOR = 'NOT_CURRENT_SUPERVISOR',
  RECOMMENDATIONS_REQUIRED = 'RECOMMENDATIONS_REQUIRED',
  WRONG_FORUM = 'WRONG_FORUM',
  ESCALATION_NOT_ALLOWED = 'ESCALATION_NOT_ALLOWED',
  PLAN_NOT_APPROVED = 'PLAN_NOT_APPROVED',
  REVIEW_REQUIRED = 'REVIEW_REQUIRED',
  ADJUSTMENT_AGAINST_PERFORMANCE = 'ADJUSTMENT_AGAINST_PERFORMANCE',
  BUDGET_CAP_EXCEEDED = 'BUDGET_CAP_EXCEEDED',
}

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Stable code of a rule violation returned in `userErrors`.',
});

@ObjectType({ description: 'A rule of the regulation or of the house that a mutation refused to break.' })
export class UserError {
  @Field(() => ErrorCode, { description: 'Stable machine-readable code.' })
  code!: ErrorCode;

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, if any.' })
  field?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Article of the regulation the rule comes from, e.g. `Art. 4-4`.' })
  article?: string | null;
}

/** Top-level error codes (not rule violations). */
export const TopLevelCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;

export function unauthenticated(message = 'A valid bearer token is required.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: TopLevelCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(message = 'You may not do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: TopLevelCode.FORBIDDEN } });
}

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: TopLevelCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
}

/** Seconds a caller is told to wait (`Retry-After`) when the database is out of reach. */
export const SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable; try again shortly.';

/** HTTP status and headers of an answer given while the database is out of reach. */
export function serviceUnavailableHttp(): { status: number; headers: Map<string, string> } {
  return { status: 503, headers: new Map([['retry-after', String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS)]]) };
}

/** The database is out of reach: HTTP 503 with `Retry-After`, nothing about the cause. */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: TopLevelCode.SERVICE_UNAVAILABLE,
      retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS,
      http: serviceUnavailableHttp(),
    },
  });
}

/** Socket-level failures of reaching the database host (Node's system error codes). */
const UNREACHABLE_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs that say the server cannot serve now rather than that the request is wrong:
 * class 08 (connection exception), 57P01–57P03 (admin or crash shutdown, cannot connect now),
 * 57014 (statement cancelled, i.e. `statement_timeout`), 53300 (too many connections).
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '57014' || code === '53300';
}

/**
 * Messages of node-postgres and knex for a database that went away or never answered: a read past
 * `query_timeout`, a connection closed under a query, a connect past `connectionTimeoutMillis`, a
 * pool that could not hand out a connection in time (KnexTimeoutError). Knex puts the SQL before the
 * driver's message, so these are matched anywhere in it.
 */
const UNAVAILABLE_MESSAGES = [
  'Query read timeout',
  'Connection terminated',
  'timeout expired',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Timeout acquiring a connection',
  'Unable to acquire a connection',
];

/**
 * Whether `error` (as thrown by the ORM, the driver or the pool, or a GraphQL error wrapping one) means
 * that the database could not be reached or did not answer in time.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 6; depth += 1) {
    const candidate = current as {
      name?: unknown;
      code?: unknown;
      message?: unknown;
      originalError?: unknown;
      previous?: unknown;
      cause?: unknown;
    };
    if (candidate.name === 'KnexTimeoutError') return true;
    if (typeof candidate.code === 'string') {
      if (UNREACHABLE_SYSTEM_CODES.has(candidate.code)) return true;
      if (/^[0-9A-Z]{5}$/.test(candidate.code) && isUnavailableSqlState(candidate.code)) return true;
    }
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.some((text) => (candidate.message as string).includes(text)))
      return true;
    if (current instanceof AggregateError && current.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = candidate.originalError ?? candidate.previous ?? candidate.cause;
  }
  return false;
}

/** What may be logged about a database failure: class names and codes, never messages (knex puts the SQL and its values there). */
export function describeDatabaseFailure(error: unknown): Array<{ name?: string; code?: string }> {
  const chain: Array<{ name?: string; code?: string }> = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 6; depth += 1) {
    const candidate = current as { name?: unknown; code?: unknown; originalError?: unknown; previous?: unknown; cause?: unknown };
    chain.push({
      ...(typeof candidate.name === 'string' ? { name: candidate.name } : {}),
      ...(typeof candidate.code === 'string' ? { code: candidate.code } : {}),
    });
    current = candidate.originalError ?? candidate.previous ?? candidate.cause;
  }
  return chain;
}
