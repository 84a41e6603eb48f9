/**
 * How much one request may ask of the API. Every number has a default that the whole test suite and
 * the README's example queries stay well inside; deployments change them through the environment
 * (README, "Configuration") and tests through `createApp({ limits })`.
 */
export interface RequestLimits {
  /** Deepest nesting of fields in an operation, root fields at depth 1 (introspection excepted). */
  maxDepth: number;
  /** Aliases in an operation, counting each fragment once per spread. */
  maxAliases: number;
  /** Directives in an operation, counting each fragment once per spread. */
  maxDirectives: number;
  /** Lexical tokens in a document; the parser stops reading at this many. */
  maxTokens: number;
  /** Estimated cost of an operation (see `query-cost.ts`). */
  maxCost: number;
  /** Bytes of a request body. */
  maxBodyBytes: number;
  /** Requests per minute per principal (token subject, or IP address without a valid token); 0 turns the limiter off. */
  requestsPerMinute: number;
  /**
   * How long a request waits for its count in PostgreSQL before its process counts it alone (in
   * memory). Short by default: a database that does not answer must not add much to the timeouts
   * the request meets anyway; an overloaded process may see it expire and count a few requests alone.
   */
  rateLimitStoreTimeoutMs: number;
}

export const DEFAULT_REQUEST_LIMITS: Readonly<RequestLimits> = Object.freeze({
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  // The SQL-statement-count tests nest three pages of 100 (working groups → plans → reports, about
  // 5,060,000): the default lets them through with room to spare and still refuses a fourth level of
  // 100 (over 100,000,000) or fifteen aliased copies of a million-object query. Deployments whose
  // clients ask less should set GRAPHQL_MAX_COST lower (README).
  maxCost: 1_000_000,
  maxBodyBytes: 100 * 1024,
  requestsPerMinute: 1200,
  rateLimitStoreTimeoutMs: 500,
});

/** Error codes of refusals by these limits; clients see them unmasked. */
export const LimitErrorCode = {
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  RATE_LIMITED: 'RATE_LIMITED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
} as const;
