import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestApp, type TestApp } from '../setup/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('the API on the demo data', () => {
  it('answers 31 provinces', async () => {
    const response = await app.graphql<{ provinces: { totalCount: number } }>('{ provinces(first: 100) { totalCount } }');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.provinces.totalCount).toBe(31);
  });
});
