/**
 * The cluster oversight SDK: a typed client for the oversight GraphQL API.
 *
 * - {@link createClient} makes a client; `client.request(Document, variables)` runs one operation,
 *   `client.paginate(Document, variables)` iterates a connection's rows page by page.
 * - Every generated `…Document` (e.g. `ClustersDocument`, `ClusterDetailDocument`) carries its
 *   result and variables types (`ClustersQuery`, `ClustersQueryVariables`); fragments give the
 *   shapes of list rows (`ClusterSummaryFragment`, ...).
 * - Mutations (`AppointSupervisorDocument`, `AdjustPlanBudgetDocument`, ...) answer with a payload
 *   holding the changed object and `userErrors` (each with an `ErrorCode`, a message, the input
 *   `field` and the regulation's `article`); {@link assertNoUserErrors} turns them into a
 *   {@link RuleViolationError}.
 * - Failures reject with subclasses of {@link OversightError}.
 *
 * @packageDocumentation
 */
export type {
  AbortSignalLike,
  ClientLogEvent,
  ClientLogger,
  ClientOptions,
  ConnectionOf,
  DocumentLike,
  DocumentTypeDecoration,
  FetchInitLike,
  FetchLike,
  FetchResponseLike,
  ForwardPagingVariables,
  NodeOf,
  OversightClient,
  PageInfoLike,
  PaginateOptions,
  Paginator,
  PlatformAbortSignal,
  RequestArguments,
  RequestOptions,
  RetryOptions,
} from './client.js';
export { createClient, MAX_PAGE_SIZE } from './client.js';
export type { AcceptedPayload, GraphQLErrorLocation, OversightErrorOptions, RawGraphQLError, UserErrorLike } from './errors.js';
export {
  assertNoUserErrors,
  BadUserInputError,
  ForbiddenError,
  NetworkError,
  OversightError,
  RateLimitedError,
  RequestAbortedError,
  RequestTimeoutError,
  RuleViolationError,
  ServerError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from './errors.js';
export * from './generated/graphql.js';
export { SDK_NAME, SDK_VERSION } from './version.js';
