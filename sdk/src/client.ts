import {
  BadUserInputError,
  ForbiddenError,
  NetworkError,
  OversightError,
  type OversightErrorOptions,
  RateLimitedError,
  type RawGraphQLError,
  RequestAbortedError,
  RequestTimeoutError,
  ServerError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from './errors.js';
import { AbortController, clearTimeout, randomKey, setTimeout, sha256Hex } from './platform.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

/**
 * What the client accepts as a document: the generated `…Document` constants (query strings that
 * carry their result and variables types), or any `TypedDocumentNode` whose AST kept its source
 * text (`graphql-tag`, `parse()` without `noLocation`).
 */
export type DocumentLike<TResult = unknown, TVariables = unknown> = DocumentTypeDecoration<TResult, TVariables>;

/**
 * The type-only mark a typed document carries, the same shape as `DocumentTypeDecoration` of
 * `@graphql-typed-document-node/core`, so documents typed with that package are accepted too; declared
 * here so that the SDK depends on no package at all.
 */
export interface DocumentTypeDecoration<TResult, TVariables> {
  /** Never set at run time: it only carries the result and variables types. */
  __apiType?: (variables: TVariables) => TResult;
}

/** The signal the client reads: the platform's `AbortSignal` satisfies it. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * The signal the client hands to `fetch`: the platform's `AbortSignal` where its types are loaded
 * (the DOM's or Node's), so that the global `fetch` accepts {@link FetchInitLike}; else the part of it
 * the client reads.
 */
export type PlatformAbortSignal = typeof globalThis extends { AbortSignal: { prototype: infer TSignal } } ? TSignal : AbortSignalLike;

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
  /** Aborted when the caller's signal aborts or the request's time is up. */
  signal?: PlatformAbortSignal;
}

/**
 * A `fetch` implementation. The global `fetch` satisfies it; pass your own for proxies, logging or
 * test doubles.
 */
export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

/** When and how often a failed call is sent again. */
export interface RetryOptions {
  /** Attempts after the first; default 2. 0 turns retries off. */
  retries?: number | undefined;
  /** Base of the exponential backoff in milliseconds (the first wait is up to this); default 300. */
  baseDelayMs?: number | undefined;
  /**
   * Longest single wait in milliseconds; default 1 000. A `Retry-After` asking for longer is not
   * waited out: the call rejects at once, and the error's `retryAfterSeconds` says when to try again.
   */
  maxDelayMs?: number | undefined;
  /** No retry starts that would begin later than this many milliseconds after the first attempt; default 10 000. */
  maxElapsedMs?: number | undefined;
}

/** One thing the client reports: a retry it is about to make. Holds no variables and no credentials. */
export interface ClientLogEvent {
  /** `retry`: the attempt failed and will be sent again after `delayMs`. */
  event: 'retry';
  /** The operation's name, e.g. `Provinces`. */
  operationName: string | undefined;
  /** The attempt that failed, from 1. */
  attempt: number;
  /** The wait before the next attempt. */
  delayMs: number;
  /** The failure's code, e.g. `RATE_LIMITED`. */
  code: string;
  /** HTTP status of the failed attempt, if it got an answer. */
  status: number | undefined;
}

/** Where the client reports retries; `console` fits. */
export interface ClientLogger {
  warn(message: string, event: ClientLogEvent): void;
}

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** Full URL of the GraphQL endpoint, e.g. `https://oversight.example.ir/graphql`. */
  url: string;
  /**
   * Bearer token sent as `authorization: Bearer <token>` (a person's session). Change it later with
   * {@link OversightClient.setToken}. Give this or `apiKey`.
   */
  token?: string | undefined;
  /**
   * A partner agency's API key, sent as `x-api-key`: the API authenticates the key itself and acts as
   * the service account it was issued to. Give this or `token`.
   */
  apiKey?: string | undefined;
  /** The `fetch` to use; defaults to the global `fetch`. */
  fetch?: FetchLike | undefined;
  /** Extra headers sent with every request, e.g. `{ 'accept-language': 'fa' }`. */
  headers?: Record<string, string> | undefined;
  /** Time allowed for one attempt, in milliseconds; none by default. */
  timeoutMs?: number | undefined;
  /** Retries of queries (and of mutations, which always carry an idempotency key); `false` for none. */
  retry?: RetryOptions | false | undefined;
  /** Told about each retry. */
  logger?: ClientLogger | undefined;
  /**
   * Send the SDK's own operations by hash (persisted operations) instead of their text, as API keys
   * limited to the SDK's documents require. Default false.
   */
  trustedDocuments?: boolean | undefined;
}

/** Per-request options of {@link OversightClient.request}. */
export interface RequestOptions {
  /** Extra headers for this request only; they override the client's. */
  headers?: Record<string, string> | undefined;
  /** Aborts the call (and its retries); it then rejects with {@link RequestAbortedError}. */
  signal?: AbortSignalLike | undefined;
  /** Time allowed for each attempt of this call; overrides the client's. */
  timeoutMs?: number | undefined;
  /**
   * For mutations: the `Idempotency-Key`. The same key with the same input applies the mutation once
   * and answers every repeat with the first response. Generated per call when not given; give your
   * own to retry safely across restarts of your application.
   */
  idempotencyKey?: string | undefined;
  /** Retry policy of this call; overrides the client's. */
  retry?: RetryOptions | false | undefined;
}

/**
 * The arguments after the document: the variables, required when the operation has required
 * variables and optional otherwise, then the per-request options.
 */
export type RequestArguments<TVariables> = {} extends TVariables
  ? [variables?: TVariables, options?: RequestOptions]
  : [variables: TVariables, options?: RequestOptions];

/** The `pageInfo` of a forward-paged connection. */
export interface PageInfoLike {
  readonly hasNextPage: boolean;
  readonly endCursor?: string | null | undefined;
}

/** The connection a paged document reads: its one top-level field whose value has `pageInfo`. */
export type ConnectionOf<TResult> = {
  [K in keyof TResult]-?: NonNullable<TResult[K]> extends { readonly pageInfo: PageInfoLike } ? NonNullable<TResult[K]> : never;
}[keyof TResult];

/** The row type of a connection: its `edges[].node`, or its `nodes[]`. */
export type NodeOf<TConnection> = TConnection extends { readonly edges: ReadonlyArray<{ readonly node: infer N }> }
  ? N
  : TConnection extends { readonly nodes: ReadonlyArray<infer N> }
    ? N
    : never;

/** Variables of a document that pages forward with `first` and `after`. */
export interface ForwardPagingVariables {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

/** Options of {@link OversightClient.paginate}. */
export interface PaginateOptions extends Omit<RequestOptions, 'idempotencyKey'> {
  /** Rows per request, 1 to {@link MAX_PAGE_SIZE}; default {@link MAX_PAGE_SIZE}. */
  pageSize?: number | undefined;
}

/** The largest `first` the API accepts. */
export const MAX_PAGE_SIZE = 100;

/** What {@link OversightClient.paginate} returns: iterate it for the rows, or `pages()` for whole pages. */
export interface Paginator<TNode, TConnection> extends AsyncIterable<TNode> {
  /** One connection per request, in order, each as the API returned it. */
  pages(): AsyncIterable<TConnection>;
}

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
   *   {@link ServerError}, {@link NetworkError} and its {@link RequestTimeoutError} and {@link RequestAbortedError}.
   *   Any GraphQL error in the response rejects the whole request; partial data is on the error's `data`.
   */
  request<TResult, TVariables>(document: DocumentLike<TResult, TVariables>, ...args: RequestArguments<TVariables>): Promise<TResult>;

  /**
   * Pages forward through the one connection a document reads, following `pageInfo.endCursor`.
   *
   * ```ts
   * for await (const plan of client.paginate(DevelopmentPlansDocument, { filter: { provinceCodes: ['IR-10'] } })) { … }
   * for await (const page of client.paginate(ClustersDocument, {}, { pageSize: 50 }).pages()) { … }
   * ```
   *
   * Stops after the last page, or rejects with {@link RequestAbortedError} once `signal` aborts.
   */
  paginate<TResult, TVariables extends ForwardPagingVariables>(
    document: DocumentLike<TResult, TVariables>,
    variables?: Omit<TVariables, 'first' | 'after'>,
    options?: PaginateOptions,
  ): Paginator<NodeOf<ConnectionOf<TResult>>, ConnectionOf<TResult>>;

  /**
   * Replaces the bearer token for the requests that follow, e.g. after minting a fresh one.
   *
   * @param token - The new token, or `undefined`/`null` to send none.
   */
  setToken(token: string | null | undefined): void;
}

/** The query text, operation name and kind of a document, read once per document. */
interface PreparedDocument {
  query: string;
  operationName: string | undefined;
  mutation: boolean;
  /** SHA-256 of the query text, computed when first sent by hash. */
  hash?: Promise<string>;
}

const prepared = new WeakMap<object, PreparedDocument>();
const OPERATION = /(?:^|[\s}])(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/g;

function prepare(document: object): PreparedDocument {
  let entry = prepared.get(document);
  if (!entry) {
    const query = documentText(document);
    const operations = [...query.matchAll(OPERATION)];
    const only = operations.length === 1 ? operations[0] : undefined;
    // Name the operation only when the document holds exactly one; the server then logs it by name.
    const operationName = only?.[2];
    entry = {
      query,
      operationName,
      mutation: only?.[1] === 'mutation',
    };
    prepared.set(document, entry);
  }
  return entry;
}

function documentText(document: object): string {
  const source = (document as { loc?: { source?: { body?: unknown } } }).loc?.source?.body;
  const text =
    typeof source === 'string' ? source : typeof document === 'string' || document instanceof String ? document.toString() : undefined;
  if (text === undefined) {
    throw new TypeError('The document has no query text: pass a generated …Document, or a document parsed with its source location.');
  }
  return text.trim();
}

/** GraphQL codes that mean the request itself was malformed. */
const BAD_INPUT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'IDEMPOTENCY_KEY_REUSED',
]);

interface ResponseBody {
  data?: unknown;
  errors?: RawGraphQLError[];
}

const DEFAULT_RETRY: Required<{ [K in keyof RetryOptions]: number }> = {
  retries: 2,
  baseDelayMs: 300,
  maxDelayMs: 1_000,
  maxElapsedMs: 10_000,
};

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
 * @param options - Endpoint, credentials, `fetch`, headers, timeout, retries; see {@link ClientOptions}.
 * @returns A client; it holds no connection and may be shared freely.
 * @throws {@link TypeError} when no `fetch` is given and the environment has none.
 */
export function createClient(options: ClientOptions): OversightClient {
  const fetchImpl = resolveFetch(options.fetch);
  const url = options.url;
  const baseHeaders: Record<string, string> = { 'x-oversight-sdk': `${SDK_NAME}/${SDK_VERSION}`, ...lowerCaseKeys(options.headers ?? {}) };
  // Browsers keep their own user agent; elsewhere the SDK names itself there too.
  if (typeof (globalThis as { document?: unknown }).document === 'undefined') baseHeaders['user-agent'] = `${SDK_NAME}/${SDK_VERSION}`;
  if (options.apiKey) baseHeaders['x-api-key'] = options.apiKey;
  let token = options.token;

  async function attempt(
    prepared: PreparedDocument,
    variables: unknown,
    requestOptions: RequestOptions | undefined,
    idempotencyKey: string | undefined,
  ): Promise<unknown> {
    const headers: Record<string, string> = {
      accept: 'application/graphql-response+json, application/json',
      ...baseHeaders,
      ...lowerCaseKeys(requestOptions?.headers ?? {}),
      'content-type': 'application/json',
    };
    if (token) headers.authorization = `Bearer ${token}`;
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
    const { query, operationName } = prepared;
    let hash: string | undefined;
    if (options.trustedDocuments === true) hash = await (prepared.hash ??= sha256Hex(query));
    const body = JSON.stringify({
      ...(hash !== undefined ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query }),
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
    });

    const timeoutMs = requestOptions?.timeoutMs ?? options.timeoutMs;
    const callerSignal = requestOptions?.signal;
    const controller = AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs);

    let response: FetchResponseLike;
    let text: string;
    try {
      if (callerSignal?.aborted) throw abortedError(callerSignal.reason);
      response = await fetchImpl(url, { method: 'POST', headers, body, signal: controller.signal as PlatformAbortSignal });
      text = await response.text();
    } catch (cause) {
      if (cause instanceof OversightError) throw cause;
      if (timedOut) throw new RequestTimeoutError(`The oversight API did not answer within ${timeoutMs} ms.`, { code: 'TIMEOUT', cause });
      if (callerSignal?.aborted) throw abortedError(cause);
      throw new NetworkError(`Could not reach the oversight API at ${url}: ${describeFailure(cause)}`, { code: 'NETWORK_ERROR', cause });
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    }
    return readResponse(response, text);
  }

  async function request<TResult, TVariables>(
    document: DocumentLike<TResult, TVariables>,
    ...[variables, requestOptions]: RequestArguments<TVariables>
  ): Promise<TResult> {
    const entry = prepare(document);
    // Every mutation carries a key, so that sending it again (a retry, a reload) cannot apply it twice.
    const idempotencyKey = entry.mutation ? (requestOptions?.idempotencyKey ?? randomKey()) : undefined;
    const policy = retryPolicy(requestOptions?.retry === undefined ? options.retry : requestOptions.retry);
    const started = Date.now();
    for (let attemptNumber = 1; ; attemptNumber += 1) {
      try {
        return (await attempt(entry, variables, requestOptions, idempotencyKey)) as TResult;
      } catch (error) {
        const delayMs = policy && attemptNumber <= policy.retries ? retryDelay(error, attemptNumber, policy) : undefined;
        if (delayMs === undefined || Date.now() - started + delayMs > policy!.maxElapsedMs) throw error;
        options.logger?.warn(`Retrying ${entry.operationName ?? 'the operation'} in ${delayMs} ms`, {
          event: 'retry',
          operationName: entry.operationName,
          attempt: attemptNumber,
          delayMs,
          code: (error as OversightError).code,
          status: (error as OversightError).status,
        });
        await sleep(delayMs, requestOptions?.signal);
      }
    }
  }

  function paginate<TResult, TVariables extends ForwardPagingVariables>(
    document: DocumentLike<TResult, TVariables>,
    variables?: Omit<TVariables, 'first' | 'after'>,
    paginateOptions: PaginateOptions = {},
  ): Paginator<NodeOf<ConnectionOf<TResult>>, ConnectionOf<TResult>> {
    const pageSize = paginateOptions.pageSize ?? MAX_PAGE_SIZE;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new RangeError(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}; got ${pageSize}.`);
    }
    const { pageSize: _pageSize, ...requestOptions } = paginateOptions;
    async function* pages(): AsyncGenerator<ConnectionOf<TResult>> {
      let after: string | null = null;
      for (;;) {
        const signal = requestOptions.signal;
        if (signal?.aborted) throw abortedError(signal.reason);
        const pageVariables = { ...variables, first: pageSize, after } as unknown as TVariables;
        const data = await request<TResult, TVariables>(
          document,
          ...([pageVariables, requestOptions] as unknown as RequestArguments<TVariables>),
        );
        const connection = connectionIn(data);
        yield connection as ConnectionOf<TResult>;
        const { hasNextPage, endCursor } = connection.pageInfo;
        if (!hasNextPage || !endCursor) return;
        after = endCursor;
      }
    }
    return {
      pages,
      async *[Symbol.asyncIterator]() {
        for await (const connection of pages()) {
          const page = connection as ConnectionShape;
          const rows = Array.isArray(page.edges)
            ? page.edges.map((edge: { node: unknown }) => edge.node)
            : Array.isArray(page.nodes)
              ? page.nodes
              : [];
          yield* rows as Array<NodeOf<ConnectionOf<TResult>>>;
        }
      },
    };
  }

  return {
    url,
    request,
    paginate,
    setToken(next) {
      token = next ?? undefined;
    },
  };
}

interface ConnectionShape {
  pageInfo: PageInfoLike;
  edges?: Array<{ node: unknown }>;
  nodes?: unknown[];
}

function connectionIn(data: unknown): ConnectionShape {
  const values = Object.values((data ?? {}) as Record<string, unknown>);
  const connections = values.filter(
    (value): value is ConnectionShape => typeof value === 'object' && value !== null && 'pageInfo' in value,
  );
  if (connections.length !== 1) {
    throw new TypeError(
      `paginate needs a document with exactly one top-level connection (a field with pageInfo); found ${connections.length}.`,
    );
  }
  return connections[0];
}

function retryPolicy(given: RetryOptions | false | undefined): Required<{ [K in keyof RetryOptions]: number }> | undefined {
  if (given === false) return undefined;
  return {
    retries: given?.retries ?? DEFAULT_RETRY.retries,
    baseDelayMs: given?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: given?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    maxElapsedMs: given?.maxElapsedMs ?? DEFAULT_RETRY.maxElapsedMs,
  };
}

/**
 * How long to wait before sending a failed attempt again, or undefined when it must not be sent
 * again: only failures that say nothing about the request (no answer, a timeout, 429, 503) are
 * retried; `Retry-After` is honoured, otherwise the wait is exponential with full jitter.
 */
function retryDelay(error: unknown, attemptNumber: number, policy: Required<{ [K in keyof RetryOptions]: number }>): number | undefined {
  if (error instanceof RequestAbortedError) return undefined;
  const retryable = error instanceof NetworkError || error instanceof RateLimitedError || error instanceof ServiceUnavailableError;
  if (!retryable) return undefined;
  const hinted = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
  if (hinted !== undefined) return hinted * 1000 <= policy.maxDelayMs ? hinted * 1000 : undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptNumber - 1));
  return Math.round(Math.random() * ceiling);
}

function sleep(ms: number, signal: AbortSignalLike | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal.reason));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortedError(cause: unknown): RequestAbortedError {
  return new RequestAbortedError('The request was aborted by its caller.', { code: 'ABORTED', cause });
}

function resolveFetch(given: FetchLike | undefined): FetchLike {
  const fetchImpl = given ?? (globalThis as { fetch?: FetchLike }).fetch;
  if (typeof fetchImpl !== 'function') {
    throw new TypeError('No fetch is available: pass `fetch` to createClient (Node 18+, browsers, Deno and Bun have one).');
  }
  // Called unbound: browsers refuse `fetch` called with another `this`.
  return given ?? ((input, init) => fetchImpl(input, init));
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

function readResponse(response: FetchResponseLike, text: string): unknown {
  const status = response.status;
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const parsed = parseBody(text);
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));

  if (status === 429) {
    throw new RateLimitedError('Too many requests to the oversight API; slow down and retry later.', {
      code: 'RATE_LIMITED',
      status,
      requestId,
      errors: parsed?.errors ?? [],
      retryAfterSeconds: retryAfter,
    });
  }
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
  return parsed.data;
}

function errorFromGraphQL(
  errors: RawGraphQLError[],
  context: { status: number; requestId: string | undefined; data: unknown; retryAfterSeconds: number | undefined },
): OversightError {
  const first = errors[0];
  const rawCode = first.extensions?.code;
  const code = typeof rawCode === 'string' ? rawCode : undefined;
  const errorId = errors.map((error) => error.extensions?.errorId).find((id): id is string => typeof id === 'string');
  const details = validationDetails(first);
  const firstMessage = details ? `${first.message}: ${details}` : first.message;
  const message = errors.length > 1 ? `${firstMessage} (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : firstMessage;
  const options: OversightErrorOptions = {
    code: code ?? codeForStatus(context.status),
    status: context.status,
    errors,
    data: context.data,
    requestId: context.requestId,
    errorId,
  };
  if (code === 'UNAUTHENTICATED') return new UnauthenticatedError(message, options);
  if (code === 'FORBIDDEN') return new ForbiddenError(message, options);
  if (code === 'RATE_LIMITED') return new RateLimitedError(message, { ...options, retryAfterSeconds: context.retryAfterSeconds });
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
 * (e.g. "first must not be less than 1"); those the message does not already say are added to it.
 */
function validationDetails(error: RawGraphQLError): string | undefined {
  const validationErrors = error.extensions?.validationErrors;
  if (!Array.isArray(validationErrors)) return undefined;
  const reasons = validationErrors.flatMap((entry: unknown) => {
    const constraints = (entry as { constraints?: unknown } | null)?.constraints;
    return constraints && typeof constraints === 'object'
      ? Object.values(constraints).filter((reason): reason is string => typeof reason === 'string')
      : [];
  });
  const unsaid = reasons.filter((reason) => !error.message.includes(reason));
  return unsaid.length > 0 ? unsaid.join('; ') : undefined;
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
