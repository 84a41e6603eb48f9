import http from 'node:http';

/** What the proxy does with one request: answer it itself, hold it unanswered, or pass it on. */
export type ProxyStep =
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'hang' }
  | { kind: 'forward'; delayMs?: number };

export interface SeenRequest {
  at: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface ScriptedProxy {
  url: string;
  /** Every request that reached the proxy, in order. */
  seen: SeenRequest[];
  /** Steps for the next requests; once used up, requests are forwarded. */
  script(...steps: ProxyStep[]): void;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of the real API that misbehaves on cue: the network between a partner's
 * application and the API is the process boundary the SDK's timeouts and retries are about.
 */
export async function startScriptedProxy(target: string): Promise<ScriptedProxy> {
  const steps: ProxyStep[] = [];
  const seen: SeenRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    seen.push({ at: performance.now(), headers: request.headers, body });
    const step = steps.shift() ?? { kind: 'forward' };
    if (step.kind === 'hang') {
      hanging.add(response);
      return;
    }
    if (step.kind === 'answer') {
      response.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
      response.end(step.body ?? '');
      return;
    }
    if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'content-length' && name !== 'connection') headers[name] = value;
    }
    const answer = await fetch(target, { method: request.method ?? 'POST', headers, body: request.method === 'POST' ? body : undefined });
    const text = await answer.text();
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'content-encoding' && name !== 'transfer-encoding' && name !== 'connection')
        out[name] = value;
    });
    response.writeHead(answer.status, out);
    response.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    seen,
    script: (...next) => {
      steps.splice(0, steps.length, ...next);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
