import { expect } from 'vitest';

import { auditEventCount, databaseFingerprint } from './database-state';
import type { TestApp } from './test-app';

export interface UserErrorShape {
  code: string;
  message: string;
  field: string[] | null;
  article: string | null;
}

export const USER_ERRORS = 'userErrors { code message field article }';

/** Runs a mutation whose payload is aliased `result`, and returns that payload. */
export async function mutate<T extends Record<string, unknown>>(
  app: TestApp,
  document: string,
  input: Record<string, unknown>,
  as: string,
): Promise<T & { userErrors: UserErrorShape[] }> {
  const response = await app.graphql<{ result: T & { userErrors: UserErrorShape[] } }>(document, { input }, { as });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!.result;
}

/**
 * Given a mutation the rules forbid: it answers with the expected code (and article), changes no
 * row of any table, and writes no audit event.
 */
export async function expectRefused(
  app: TestApp,
  document: string,
  input: Record<string, unknown>,
  as: string,
  expected: { code: string; article?: string | null },
): Promise<UserErrorShape> {
  const before = await databaseFingerprint(app.orm);
  const auditBefore = await auditEventCount(app.orm);
  const payload = await mutate(app, document, input, as);
  expect(payload.userErrors.map((error) => error.code)).toEqual([expected.code]);
  const [error] = payload.userErrors;
  if (expected.article !== undefined) expect(error.article).toBe(expected.article);
  expect(error.message.length).toBeGreaterThan(10);
  expect(await auditEventCount(app.orm)).toBe(auditBefore);
  expect(await databaseFingerprint(app.orm)).toEqual(before);
  return error;
}

/** Given a mutation the rules allow: no user errors and exactly one new audit event of `action`. */
export async function expectAccepted<T extends Record<string, unknown>>(
  app: TestApp,
  document: string,
  input: Record<string, unknown>,
  as: string,
  action: string,
): Promise<T> {
  const auditBefore = await auditEventCount(app.orm, action);
  const allAuditBefore = await auditEventCount(app.orm);
  const payload = await mutate<T>(app, document, input, as);
  expect(payload.userErrors).toEqual([]);
  expect(await auditEventCount(app.orm, action)).toBe(auditBefore + 1);
  expect(await auditEventCount(app.orm)).toBe(allAuditBefore + 1);
  return payload;
}
