/**
 * The cluster oversight SDK: a typed client for the oversight GraphQL API.
 *
 * - {@link createClient} makes a client; `client.request(Document, variables)` runs one operation.
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
export { createClient } from './client';
export type { ClientOptions, FetchInitLike, FetchLike, FetchResponseLike, OversightClient, RequestArguments, RequestOptions } from './client';
export {
  assertNoUserErrors,
  BadUserInputError,
  ForbiddenError,
  NetworkError,
  OversightError,
  RateLimitedError,
  RuleViolationError,
  ServerError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from './errors';
export type { AcceptedPayload, GraphQLErrorLocation, OversightErrorOptions, RawGraphQLError, UserErrorLike } from './errors';
export * from './generated/graphql';
