/**
 * The load generator: `concurrency` clients, each sending its next request as soon as the previous
 * one is answered, for a fixed time, over loopback HTTP with keep-alive (Node's fetch). It runs in
 * the benchmark's own process; the servers it measures run in child processes.
 */

export type Send = () => Promise<void>;

export interface LoadRun {
  requests: number;
  seconds: number;
  /** Latencies in milliseconds, ascending. */
  latencies: number[];
}

export async function runLoad(send: Send, concurrency: number, seconds: number): Promise<LoadRun> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        await send();
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, seconds: elapsed, latencies };
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/** A request that must be answered 200 with data and no errors; the body is read but not parsed (parsing would load the client, not the server). */
export function sender(url: string, init: RequestInit): Send {
  return async () => {
    const response = await fetch(url, init).catch((error: unknown) => {
      // A kept-alive connection the server closed while idle fails the next request on it (a race of
      // HTTP keep-alive, not an answer of the server): sent once more, on a new connection.
      if (isClosedConnection(error)) return fetch(url, init);
      throw error;
    });
    const text = await response.text();
    if (response.status !== 200 || !/^\{\s*"data"\s*:/.test(text) || text.includes('"errors"')) {
      throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
    }
  };
}

function isClosedConnection(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  return error instanceof TypeError && ['UND_ERR_SOCKET', 'ECONNRESET'].includes(cause?.code ?? '');
}

/** Leaves out what only the API has (ids, cursors, page info), so that both answers can be compared. */
export function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id' && key !== 'cursor' && key !== 'pageInfo')
        .map(([key, item]) => [key, normalise(item)]),
    );
  }
  return value;
}

/** The path of the first difference between two JSON values, with both sides, or null when they are equal. */
export function firstDifference(ours: unknown, floor: unknown, path = 'data'): string | null {
  if (Array.isArray(ours) && Array.isArray(floor)) {
    if (ours.length !== floor.length) return `${path}: ${ours.length} items in the API's answer, ${floor.length} in the floor's`;
    for (let index = 0; index < ours.length; index += 1) {
      const difference = firstDifference(ours[index], floor[index], `${path}[${index}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (ours && floor && typeof ours === 'object' && typeof floor === 'object' && !Array.isArray(ours) && !Array.isArray(floor)) {
    const keys = new Set([...Object.keys(ours), ...Object.keys(floor)]);
    for (const key of keys) {
      const difference = firstDifference((ours as Record<string, unknown>)[key], (floor as Record<string, unknown>)[key], `${path}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return ours === floor ? null : `${path}: API ${JSON.stringify(ours)?.slice(0, 120)}, floor ${JSON.stringify(floor)?.slice(0, 120)}`;
}
