/**
 * Typed failures of the cluster oversight API.
 *
 * Every failed request rejects with a subclass of {@link OversightError}, so callers can branch with
 * `instanceof` instead of reading status codes and error arrays:
 *
 * | Class                   | When                                                                 |
 * |-------------------------|----------------------------------------------------------------------|
 * | {@link UnauthenticatedError} | missing, invalid or expired token (`UNAUTHENTICATED`, HTTP 401)  |
 * | {@link ForbiddenError}       | known caller without the right (`FORBIDDEN`, HTTP 403)           |
 * | {@link BadUserInputError}    | malformed request or arguments (`BAD_USER_INPUT`, validation and parse failures, HTTP 400) |
 * | {@link RateLimitedError}     | too many requests (HTTP 429); see `retryAfterSeconds`           |
 * | {@link ServiceUnavailableError} | the API cannot reach its database now (`SERVICE_UNAVAILABLE`, HTTP 503); retryable, see `retryAfterSeconds` |
 * | {@link ServerError}          | anything else, including masked internal errors (HTTP 5xx)      |
 * | {@link NetworkError}         | no HTTP answer at all (DNS, refused connection, reset)          |
 * | {@link RequestTimeoutError}  | no answer within `timeoutMs` (a {@link NetworkError}, code `TIMEOUT`) |
 * | {@link RequestAbortedError}  | the caller's `signal` aborted (a {@link NetworkError}, code `ABORTED`) |
 * | {@link RuleViolationError}   | a mutation refused to break a rule of the regulation (`userErrors`), raised by {@link assertNoUserErrors} |
 *
 * @packageDocumentation
 */

/** Where a GraphQL error happened in the query text (1-based). */
export interface GraphQLErrorLocation {
  /** Line, from 1. */
  readonly line: number;
  /** Column, from 1. */
  readonly column: number;
}

/** A GraphQL error exactly as the API sent it in the response's `errors` array. */
export interface RawGraphQLError {
  /** Human-readable explanation. */
  readonly message: string;
  /** Where in the query text the error is, if it is about the text. */
  readonly locations?: readonly GraphQLErrorLocation[];
  /** Path of the response field that failed, if any. */
  readonly path?: readonly (string | number)[];
  /** Machine-readable details: `code`, and for masked internal errors `errorId`. */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** What every {@link OversightError} can be constructed with. */
export interface OversightErrorOptions {
  /** Stable machine-readable code, e.g. `UNAUTHENTICATED`. */
  code: string;
  /** HTTP status of the response, when there was one. */
  status?: number;
  /** The GraphQL errors of the response, as sent. */
  errors?: readonly RawGraphQLError[];
  /** Whatever `data` came with the errors (partial results), if any. */
  data?: unknown;
  /** Id of the request, from the `x-request-id` response header when the API sends one. */
  requestId?: string;
  /** Id under which the API logged a masked internal error (`extensions.errorId`); quote it to support. */
  errorId?: string;
  /** The underlying failure, e.g. the exception `fetch` threw. */
  cause?: unknown;
}

/**
 * Base class of every failure the SDK reports. Catch this to handle them all; check the subclasses
 * (or {@link OversightError.code}) to handle them one by one.
 */
export class OversightError extends Error {
  override name = 'OversightError';
  /**
   * Stable machine-readable code: the API's `extensions.code` (`UNAUTHENTICATED`, `FORBIDDEN`,
   * `BAD_USER_INPUT`, `GRAPHQL_VALIDATION_FAILED`, `SERVICE_UNAVAILABLE`, `INTERNAL_SERVER_ERROR`, ...), or one of the SDK's
   * own: `RATE_LIMITED`, `NETWORK_ERROR`, `HTTP_ERROR`, `INVALID_RESPONSE`; for
   * {@link RuleViolationError} the code of the first user error.
   */
  readonly code: string;
  /** HTTP status of the response; undefined when no response arrived ({@link NetworkError}). */
  readonly status?: number;
  /** The GraphQL errors of the response, as sent; empty when the failure was not a GraphQL error. */
  readonly errors: readonly RawGraphQLError[];
  /** Partial `data` that came with the errors, if any. */
  readonly data?: unknown;
  /** Id of the request, when the API sends an `x-request-id` header. */
  readonly requestId?: string;
  /** Id of a masked internal error in the API's logs (`extensions.errorId`); quote it to support. */
  readonly errorId?: string;
  /**
   * True when the same request may succeed if sent again later unchanged
   * ({@link ServiceUnavailableError}, {@link RateLimitedError}); wait `retryAfterSeconds` first.
   */
  readonly retryable: boolean = false;

  /**
   * @param message - Human-readable explanation (the first GraphQL error's message when there is one).
   * @param options - Code, status, raw errors and identifiers; see {@link OversightErrorOptions}.
   */
  constructor(message: string, options: OversightErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.status = options.status;
    this.errors = options.errors ?? [];
    this.data = options.data;
    this.requestId = options.requestId;
    this.errorId = options.errorId;
  }
}

/**
 * The request carried no valid credentials: no token, a malformed, expired or forged one, or one
 * naming nobody the API knows. Code `UNAUTHENTICATED`, HTTP 401. Mint a new token and retry.
 */
export class UnauthenticatedError extends OversightError {
  // Written out: minifiers rename classes, and `name` is what logs and error reporters show.
  override name = 'UnauthenticatedError';
}

/** The caller is known but may not do this. Code `FORBIDDEN`. Retrying will not help. */
export class ForbiddenError extends OversightError {
  // Written out: minifiers rename classes, and `name` is what logs and error reporters show.
  override name = 'ForbiddenError';
}

/**
 * The request itself is wrong: a malformed query (`GRAPHQL_PARSE_FAILED`), one the schema rejects
 * (`GRAPHQL_VALIDATION_FAILED`), or arguments outside their allowed shape or range
 * (`BAD_USER_INPUT`, e.g. `first: 0` or `first: 101`), or any other HTTP 400. Fix the request; do not
 * retry it as is. The first error's `extensions` often name the offending argument.
 */
export class BadUserInputError extends OversightError {
  // Written out: minifiers rename classes, and `name` is what logs and error reporters show.
  override name = 'BadUserInputError';
}

/** The API (or a gateway in front of it) refused because of too many requests. HTTP 429. */
export class RateLimitedError extends OversightError {
  override name = 'RateLimitedError';
  override readonly retryable = true;
  /**
   * Seconds to wait before retrying, from the `Retry-After` header (seconds or an HTTP date);
   * undefined when the header is absent or unreadable.
   */
  readonly retryAfterSeconds?: number;

  /**
   * @param message - Human-readable explanation.
   * @param options - As for {@link OversightError}, plus the parsed `Retry-After`.
   */
  constructor(message: string, options: OversightErrorOptions & { retryAfterSeconds?: number }) {
    super(message, options);
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/**
 * The API failed: a masked internal error (`INTERNAL_SERVER_ERROR`, with {@link OversightError.errorId}
 * to quote to support), an HTTP 5xx, an answer that is not GraphQL, or any code this SDK does not
 * know. Retrying later may help.
 */
export class ServerError extends OversightError {
  // Written out: minifiers rename classes, and `name` is what logs and error reporters show.
  override name = 'ServerError';
}

/**
 * The API is up but cannot reach its database right now (code `SERVICE_UNAVAILABLE`, HTTP 503), or a
 * gateway in front of it answered 503. Nothing about the request is wrong: wait
 * {@link ServiceUnavailableError.retryAfterSeconds} and send it again. A subclass of
 * {@link ServerError}, so code that handles server failures as a whole keeps working.
 */
export class ServiceUnavailableError extends ServerError {
  override name = 'ServiceUnavailableError';
  override readonly retryable = true;
  /**
   * Seconds to wait before retrying, from the `Retry-After` header (or the error's
   * `extensions.retryAfterSeconds`); undefined when neither says.
   */
  readonly retryAfterSeconds?: number;

  /**
   * @param message - Human-readable explanation.
   * @param options - As for {@link OversightError}, plus the parsed `Retry-After`.
   */
  constructor(message: string, options: OversightErrorOptions & { retryAfterSeconds?: number }) {
    super(message, options);
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/**
 * No HTTP answer arrived: the host could not be resolved or reached, the connection was refused or
 * reset, or the request was aborted. {@link OversightError.cause} holds what `fetch` threw.
 */
export class NetworkError extends OversightError {
  // Written out: minifiers rename classes, and `name` is what logs and error reporters show.
  override name = 'NetworkError';
}

/**
 * No answer arrived within the `timeoutMs` of the client or the call. Code `TIMEOUT`. Queries are
 * retried; a mutation is retried with the same idempotency key, so it is applied at most once.
 */
export class RequestTimeoutError extends NetworkError {
  override name = 'RequestTimeoutError';
}

/** The caller's `signal` aborted the call. Code `ABORTED`. Never retried. */
export class RequestAbortedError extends NetworkError {
  override name = 'RequestAbortedError';
}

/**
 * A rule of the regulation (or of the house) a mutation refused to break, as returned in the
 * payload's `userErrors`. Mirrors the API's `UserError` type; `code` is an `ErrorCode` such as
 * `BUDGET_CAP_EXCEEDED`.
 */
export interface UserErrorLike {
  /** Stable machine-readable code (the API's `ErrorCode`). */
  readonly code: string;
  /** Human-readable explanation. */
  readonly message: string;
  /** Path of the input field at fault, if any, e.g. `["input", "amount"]`. */
  readonly field?: readonly string[] | null;
  /** Article of the regulation the rule comes from, e.g. `Art. 4-4`, if any. */
  readonly article?: string | null;
}

/**
 * A mutation was well formed but broke one or more rules; nothing was changed. Raised by
 * {@link assertNoUserErrors}. `code` is the first user error's code; all of them are in
 * {@link RuleViolationError.userErrors}.
 */
export class RuleViolationError extends OversightError {
  override name = 'RuleViolationError';
  /** Every rule the mutation broke, in the API's order. */
  readonly userErrors: readonly UserErrorLike[];

  /**
   * @param userErrors - The payload's `userErrors`; at least one.
   */
  constructor(userErrors: readonly UserErrorLike[]) {
    super(userErrors.map(describeUserError).join('; ') || 'The mutation broke a rule.', {
      code: userErrors[0]?.code ?? 'RULE_VIOLATION',
    });
    this.userErrors = userErrors;
  }
}

function describeUserError(error: UserErrorLike): string {
  return error.article ? `${error.message} (${error.article})` : error.message;
}

/**
 * A mutation payload that reported no `userErrors`. The API then always returns the changed object,
 * so every field besides `userErrors` (and `__typename`) is present and not null:
 * `AcceptedPayload<AdjustPlanBudgetMutation['adjustPlanBudget']>['adjustment']` is the adjustment,
 * not `… | null`.
 */
export type AcceptedPayload<TPayload> = {
  [K in keyof TPayload]-?: K extends 'userErrors' | '__typename' ? TPayload[K] : NonNullable<TPayload[K]>;
};

/**
 * Throws a {@link RuleViolationError} when a mutation payload reports `userErrors`, and otherwise
 * returns the payload unchanged, typed so that the changed object is not null. A successful result
 * reads straight through:
 *
 * ```ts
 * const { adjustPlanBudget } = await client.request(AdjustPlanBudgetDocument, { input });
 * const { adjustment } = assertNoUserErrors(adjustPlanBudget);
 * console.log(adjustment.resultingBudget); // no null check needed
 * ```
 *
 * Works with the payload of every generated mutation document (`…Mutation['<mutationName>']`).
 *
 * @param payload - A mutation payload with a `userErrors` list.
 * @returns The same payload, typed as {@link AcceptedPayload}.
 * @throws {@link RuleViolationError} when `payload.userErrors` is not empty.
 * @throws {@link ServerError} (code `INVALID_RESPONSE`) when there are no user errors yet the changed
 *   object is missing, which the API never answers.
 */
export function assertNoUserErrors<TPayload extends { readonly userErrors: readonly UserErrorLike[] }>(
  payload: TPayload,
): AcceptedPayload<TPayload> {
  if (payload.userErrors.length > 0) throw new RuleViolationError(payload.userErrors);
  for (const [key, value] of Object.entries(payload)) {
    if (key !== 'userErrors' && key !== '__typename' && value == null) {
      throw new ServerError(`The mutation reported no user errors but returned no \`${key}\`.`, { code: 'INVALID_RESPONSE' });
    }
  }
  return payload as AcceptedPayload<TPayload>;
}
