/**
 * The cluster oversight SDK: a typed client for the oversight GraphQL API.
 *
 * - {@link createClient} makes a client; `client.request(Document, variables)` runs one operation.
 * - Every generated `…Document` (e.g. `ClustersDocument`, `ClusterDetailDocument`) carries its
 *   result and variables types (`ClustersQuery`, `ClustersQueryVariables`); fragments give the
 *   shapes of list rows (`ClusterSummaryFragment`, ...).
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
  UnauthenticatedError,
} from './errors';
export type { GraphQLErrorLocation, OversightErrorOptions, RawGraphQLError, UserErrorLike } from './errors';
export * from './generated/graphql';
