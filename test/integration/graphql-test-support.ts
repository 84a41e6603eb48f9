/**
 * Small helpers shared by the integration tests of the read API: send a query and insist it
 * succeeded, or insist it failed with one top-level error code. Not a test file itself.
 */
import { expect } from 'vitest';

import type { GraphQLResponse, TestApp } from '../setup/test-app';

/** A JSON object as it comes back from the API; tests read the fields they selected. */
export type Json = Record<string, any>;

/** Sends a query that must succeed (HTTP 200, no `errors`) and returns its `data`. */
export async function queryData<T = Json>(
  app: TestApp,
  query: string,
  variables?: Record<string, unknown>,
  options?: { as?: string; token?: string | null },
): Promise<T> {
  const response = await app.graphql<T>(query, variables, options);
  expect(response.body.errors, `unexpected errors for ${query}: ${JSON.stringify(response.body.errors)}`).toBeUndefined();
  expect(response.status).toBe(200);
  expect(response.body.data).toBeTruthy();
  return response.body.data as T;
}

/** Sends a query that must fail with top-level errors, every one of them carrying `code`. */
export async function expectErrorCode(
  app: TestApp,
  code: string,
  query: string,
  variables?: Record<string, unknown>,
  options?: { as?: string; token?: string | null },
): Promise<GraphQLResponse> {
  const response = await app.graphql(query, variables, options);
  const errors = response.body.errors ?? [];
  const detail = `for ${query} ${JSON.stringify(variables ?? {})}: ${response.status} ${JSON.stringify(response.body)}`;
  expect(errors.length, `expected a top-level ${code} error ${detail}`).toBeGreaterThan(0);
  expect(
    errors.map((error) => error.extensions?.code),
    `expected every error to be ${code} ${detail}`,
  ).toEqual(errors.map(() => code));
  // Whatever failed must not leak a partial answer for the failing field.
  const data = response.body.data as Json | null | undefined;
  expect(data == null || Object.values(data).every((value) => value == null), `no data expected ${detail}`).toBe(true);
  return response;
}

/** Distinct non-null values of `pick` over `items`, in order of first appearance (arrays are flattened). */
export function distinct<T>(items: readonly Json[], pick: (item: Json) => T | T[] | null | undefined): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const picked = pick(item);
    for (const value of Array.isArray(picked) ? picked : [picked]) {
      if (value == null) continue;
      const key = JSON.stringify(value);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(value);
      }
    }
  }
  return out;
}

/** The ISO date one day after `isoDate`. */
export function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The ISO date `days` days after `isoDate` (negative for earlier). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The comparison form of Persian text as docs/domain.md section 4 defines it, written here independently
 * of the server: Arabic yeh/kaf equal Persian yeh/kaf, Persian and Arabic digits equal ASCII digits,
 * zero-width non-joiners and repeated spaces are ignored, case is ignored.
 */
export function foldPersian(text: string): string {
  return text
    .replace(/[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
