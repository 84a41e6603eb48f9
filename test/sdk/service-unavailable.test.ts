/**
 * How the SDK reads a 503 that did not come from the API itself (a gateway or load balancer in front
 * of it, with no GraphQL body): the same retryable class as the API's own SERVICE_UNAVAILABLE
 * (test/faults/database-outage.test.ts covers that one against a frozen database). The network is the
 * process boundary, so `fetch` is replaced here.
 */
import { describe, expect, it } from 'vitest';

import { createClient, type FetchLike, ProvincesDocument, ServerError, ServiceUnavailableError } from '../../sdk/dist/index.js';

function answering(status: number, body: string, headers: Record<string, string>): FetchLike {
  return async () => ({ status, headers: { get: (name: string) => headers[name.toLowerCase()] ?? null }, text: async () => body });
}

async function failure(fetch: FetchLike): Promise<unknown> {
  const client = createClient({ url: 'http://oversight.invalid/graphql', token: 't', fetch });
  return client.request(ProvincesDocument, { first: 1 }).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('HTTP 503 in the SDK', () => {
  it('is a retryable ServiceUnavailableError with the seconds of Retry-After, also without a GraphQL body', async () => {
    const error = await failure(
      answering(503, '<html>Service Unavailable</html>', { 'retry-after': '12', 'x-request-id': 'gateway-1234' }),
    );
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toBeInstanceOf(ServerError);
    const unavailable = error as ServiceUnavailableError;
    expect(unavailable.code).toBe('SERVICE_UNAVAILABLE');
    expect(unavailable.status).toBe(503);
    expect(unavailable.retryable).toBe(true);
    expect(unavailable.retryAfterSeconds).toBe(12);
    expect(unavailable.requestId).toBe('gateway-1234');
  });

  it('takes the wait from the error when the header is missing; other server errors are not retryable', async () => {
    const body = JSON.stringify({
      errors: [{ message: 'Unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } }],
    });
    const unavailable = (await failure(answering(503, body, {}))) as ServiceUnavailableError;
    expect(unavailable).toBeInstanceOf(ServiceUnavailableError);
    expect(unavailable.retryAfterSeconds).toBe(5);

    const internal = JSON.stringify({
      errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: 'e-1' } }],
    });
    const error = (await failure(answering(500, internal, {}))) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error).not.toBeInstanceOf(ServiceUnavailableError);
    expect(error.retryable).toBe(false);
  });
});
