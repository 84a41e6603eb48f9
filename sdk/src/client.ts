import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';
import {
  BadUserInputError,
  ForbiddenError,
  NetworkError,
  OversightError,
  RateLimitedError,
  ServerError,
  ServiceUnavailableError,
  UnauthenticatedError,
  type OversightErrorOptions,
  type RawGraphQLError,
} from './errors';

/**
 * The part of a `fetch` response the client reads. The global `Response` of browsers, Node 18+,
 * Deno and Bun satisfies it.
 */
export interface FetchResponseLike {
  /** HTTP status code. */
  readonly status: number;
  /** Response headers. */
  readonly headers: { get(name: string): string | null };
  /** Reads the body as text. */
  text(): Promise<string>;
}

/** What the client passes to `fetch`: always a POST with a JSON body. */
export interface FetchInitLike {
  /** Always `POST`. */
  method: string;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  /** The JSON request body. */
  body: string;
}

/**
 * A `fetch` implementation. The global `fetch` satisfies it; pass your own to add retries, timeouts,
 * proxies, logging or test doubles.
 */
export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** Full URL of the GraphQL endpoint, e.g. `https://oversight.example.ir/graphql`. */
  url: string;
  /**
   * Bearer token sent as `authorization: Bearer <token>`. Every query needs one; see the README for
   * how to obtain it. Change it later with {@link OversightClient.setToken}.
   */
  token?: string;
  /**
   * Partner key sent as `x-api-key`, for deployments whose gateway requires one. The API itself
   * authenticates by the bearer token.
   */
  apiKey?: string;
  /** The `fetch` to use; defaults to the global `fetch`. */
  fetch?: FetchLike;
  /** Extra headers sent with every request, e.g. `{ 'accept-language': 'fa' }`. */
  headers?: Record<string, string>;
}

/** Per-request options of {@link OversightClient.request}. */
export interface RequestOptions {
  /** Extra headers for this request only; they override the client's. */
  headers?: Record<string, string>;
}

/**
 * The arguments after the document: the variables, required when the operation has required
 * variables and optional otherwise, then the per-request options.
 */
export type RequestArguments<TVariables> = {} extends TVariables
  ? [variables?: TVariables, options?: RequestOptions]
  : [variables: TVariables, options?: RequestOptions];

/** A client for the cluster oversight API. Make one with {@link createClient}. */
export interface OversightClient {
  /** The endpoint the client talks to. */
  readonly url: string;

  /**
   * Runs one operation and resolves with its typed `data`.
   *
   * ```ts
   * const { clusters } = await client.request(ClustersDocument, { first: 20, filter: { provinceCodes: ['IR-10'] } });
   * ```
   *
   * @param document - A generated document, e.g. `ClustersDocument`; its types drive the result and variables.
   * @param args - The operation's variables (required when it has required ones), then {@link RequestOptions}.
   * @returns The response's `data`, typed by the document.
   * @throws {@link OversightError} subclasses: {@link UnauthenticatedError}, {@link ForbiddenError},
   *   {@link BadUserInputError}, {@link RateLimitedError}, {@link ServiceUnavailableError} (retryable),
   *   {@link ServerError}, {@link NetworkError}.
   *   Any GraphQL error in the response rejects the whole request; partial data is on the error's `data`.
   */
  request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...args: RequestArguments<TVariables>): Promise<TResult>;

  /**
   * Replaces the bearer token for the requests that follow, e.g. after minting a fresh one.
   *
   * @param token - The new token, or `undefined`/`null` to send none.
   */
  setToken(token: string | null | undefined): void;
}

/** The query text and operation name of a document, printed once per document. */
interface PreparedDocument {
  query: string;
  operationName?: string;
}

const prepared = new WeakMap<DocumentNode, PreparedDocument>();

function prepare(document: DocumentNode): PreparedDocument {
  let entry = prepared.get(document);
  if (!entry) {
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    // Name the operation only when the document holds exactly one; the server then logs it by name.
    const operationName = operations.length === 1 ? operations[0].name?.value : undefined;
    entry = { query: print(document), operationName };
    prepared.set(document, entry);
  }
  return entry;
}

/** GraphQL codes that mean the request itself was malformed. */
const BAD_INPUT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface ResponseBody {
  data?: unknown;
  errors?: RawGraphQLError[];
}

/**
 * Creates a client for the cluster oversight API.
 *
 * ```ts
 * import { createClient, ProvincesDocument } from '@cluster-oversight/sdk';
 *
 * const client = createClient({ url: 'http://localhost:4000/graphql', token: process.env.OVERSIGHT_TOKEN });
 * const { provinces } = await client.request(ProvincesDocument, { first: 100 });
 * ```
 *
 * @param options - Endpoint, credentials, `fetch` and extra headers; see {@link ClientOptions}.
 * @returns A client; it holds no connection and may be shared freely.
 * @throws {@link TypeError} when no `fetch` is given and the environment has none.
 */
export function createClient(options: ClientOptions): OversightClient {
  const fetchImpl = resolveFetch(options.fetch);
  const url = options.url;
  const baseHeaders = { ...lowerCaseKeys(options.headers ?? {}) };
  if (options.apiKey) baseHeaders['x-api-key'] = options.apiKey;
  let token = options.token;

  async function request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables, requestOptions]: RequestArguments<TVariables>
  ): Promise<TResult> {
    const { query, operationName } = prepare(document);
    const headers: Record<string, string> = {
      accept: 'application/graphql-response+json, application/json',
      ...baseHeaders,
      ...lowerCaseKeys(requestOptions?.headers ?? {}),
      'content-type': 'application/json',
    };
    if (token) headers.authorization = `Bearer ${token}`;
    const body = JSON.stringify({ query, variables: variables ?? {}, ...(operationName ? { operationName } : {}) });

    let response: FetchResponseLike;
    let text: string;
    try {
      response = await fetchImpl(url, { method: 'POST', headers, body });
      text = await response.text();
    } catch (cause) {
      throw new NetworkError(`Could not reach the oversight API at ${url}: ${describeFailure(cause)}`, { code: 'NETWORK_ERROR', cause });
    }

    const status = response.status;
    const requestId = response.headers.get('x-request-id') ?? undefined;
    const parsed = parseBody(text);

    if (status === 429) {
      throw new RateLimitedError('Too many requests to the oversight API; slow down and retry later.', {
        code: 'RATE_LIMITED',
        status,
        requestId,
        errors: parsed?.errors ?? [],
        retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')),
      });
    }
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
    if (parsed?.errors && parsed.errors.length > 0) {
      throw errorFromGraphQL(parsed.errors, { status, requestId, data: parsed.data ?? undefined, retryAfterSeconds: retryAfter });
    }
    if (status === 503) {
      throw new ServiceUnavailableError('The oversight API is temporarily unavailable; retry later.', {
        code: 'SERVICE_UNAVAILABLE',
        status,
        requestId,
        retryAfterSeconds: retryAfter,
      });
    }
    if (status < 200 || status >= 300) {
      throw errorFromStatus(status, requestId);
    }
    if (!parsed || parsed.data === undefined || parsed.data === null) {
      throw new ServerError('The oversight API answered without GraphQL data.', { code: 'INVALID_RESPONSE', status, requestId });
    }
    return parsed.data as TResult;
  }

  return {
    url,
    request,
    setToken(next) {
      token = next ?? undefined;
    },
  };
}

function resolveFetch(given: FetchLike | undefined): FetchLike {
  const fetchImpl = given ?? (globalThis as { fetch?: FetchLike }).fetch;
  if (typeof fetchImpl !== 'function') {
    throw new TypeError('No fetch is available: pass `fetch` to createClient (Node 18+, browsers, Deno and Bun have one).');
  }
  return fetchImpl;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function describeFailure(cause: unknown): string {
  if (cause instanceof Error) {
    // Node's fetch reports "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND, ...) in `cause`.
    const inner = (cause as { cause?: unknown }).cause;
    return inner instanceof Error && inner.message ? `${cause.message} (${inner.message})` : cause.message;
  }
  return String(cause);
}

function parseBody(text: string): ResponseBody | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const body = value as ResponseBody;
    return { data: body.data, errors: Array.isArray(body.errors) ? body.errors : undefined };
  } catch {
    return undefined;
  }
}

function errorFromGraphQL(
  errors: RawGraphQLError[],
  context: { status: number; requestId?: string; data?: unknown; retryAfterSeconds?: number },
): OversightError {
  const first = errors[0];
  const rawCode = first.extensions?.code;
  const code = typeof rawCode === 'string' ? rawCode : undefined;
  const errorId = errors.map((error) => error.extensions?.errorId).find((id): id is string => typeof id === 'string');
  const details = validationDetails(first);
  const firstMessage = details ? `${first.message}: ${details}` : first.message;
  const message = errors.length > 1 ? `${firstMessage} (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : firstMessage;
  const options: OversightErrorOptions = { code: code ?? codeForStatus(context.status), status: context.status, errors, data: context.data, requestId: context.requestId, errorId };
  if (code === 'UNAUTHENTICATED') return new UnauthenticatedError(message, options);
  if (code === 'FORBIDDEN') return new ForbiddenError(message, options);
  if (code !== undefined && BAD_INPUT_CODES.has(code)) return new BadUserInputError(message, options);
  const unavailable = errors.find((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
  if (code === 'SERVICE_UNAVAILABLE' || unavailable || context.status === 503) {
    const hinted = unavailable?.extensions?.retryAfterSeconds;
    return new ServiceUnavailableError(message, {
      ...options,
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: context.retryAfterSeconds ?? (typeof hinted === 'number' && hinted >= 0 ? hinted : undefined),
    });
  }
  if (code === 'INTERNAL_SERVER_ERROR') return new ServerError(message, options);
  // No code, or one this SDK does not know: the HTTP status decides.
  return classByStatus(context.status, message, options);
}

/**
 * Argument validation failures carry their reasons in `extensions.validationErrors[].constraints`
 * (e.g. "first must not be less than 1"); the top-level message alone says only that validation failed.
 */
function validationDetails(error: RawGraphQLError): string | undefined {
  const validationErrors = error.extensions?.validationErrors;
  if (!Array.isArray(validationErrors)) return undefined;
  const reasons = validationErrors.flatMap((entry: unknown) => {
    const constraints = (entry as { constraints?: unknown } | null)?.constraints;
    return constraints && typeof constraints === 'object' ? Object.values(constraints).filter((reason): reason is string => typeof reason === 'string') : [];
  });
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

function errorFromStatus(status: number, requestId: string | undefined): OversightError {
  return classByStatus(status, `The oversight API answered HTTP ${status}.`, { code: codeForStatus(status), status, requestId });
}

function classByStatus(status: number, message: string, options: OversightErrorOptions): OversightError {
  if (status === 401) return new UnauthenticatedError(message, options);
  if (status === 403) return new ForbiddenError(message, options);
  if (status === 400) return new BadUserInputError(message, options);
  return new ServerError(message, options);
}

function codeForStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 400) return 'BAD_USER_INPUT';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'HTTP_ERROR';
}

/** `Retry-After` is either delta-seconds or an HTTP date (RFC 9110, section 10.2.3). */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
