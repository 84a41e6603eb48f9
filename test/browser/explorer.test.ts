/**
 * The explorer in Debian's Chromium, as a developer opens it from `npm start`: the real API with the
 * explorer on and the analyst's token preset for a browser on this machine. The page opens with one
 * tab per analyst question; a query run with the button, another with Ctrl-Enter, shows the demo
 * data's answer in the result pane; and every request the page makes stays on this machine (no CDN,
 * fonts or telemetry).
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type App, createApp } from '../../server/app';
import { ANALYST_EXAMPLES } from '../../server/explorer-examples';
import { fixedClock } from '../../server/kernel/clock';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let data: TestApp;
let token: string;
/** The API with the explorer on and the analyst's token offered to loopback browsers, as `npm start` in development. */
let api: App;
let explorerUrl: string;
let browser: Browser;

beforeAll(async () => {
  data = await startTestApp();
  token = await data.tokenFor(ANALYST);
  api = await createApp({
    orm: data.orm,
    tokens: data.tokens,
    clock: fixedClock(DEMO_TODAY),
    explorer: true,
    explorerHeaders: { Authorization: `Bearer ${token}` },
  });
  explorerUrl = `http://127.0.0.1:${await api.listen(0, '127.0.0.1')}/graphql`;
  // As root Chromium needs --no-sandbox. Host names other than the loopback ones resolve to nothing,
  // so even a request the page did not mean to make could not leave the machine (and is recorded).
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await data?.close();
});

/** The text of the result pane's rendered lines. */
async function resultText(page: Page): Promise<string> {
  return (await page.locator('.graphiql-response').textContent()) ?? '';
}

/** Waits until the result pane shows every one of `texts`. */
async function waitForResult(page: Page, texts: string[]): Promise<void> {
  for (const text of texts) await expect.poll(() => resultText(page), { timeout: 30_000 }).toContain(text);
}

describe('the explorer in Chromium', () => {
  it('opens with the analyst tabs, runs their queries and shows the answers, all from this machine', async () => {
    // A fresh profile: no tabs stored by an earlier visit.
    const context: BrowserContext = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    const failed: string[] = [];
    const pageErrors: string[] = [];
    const graphqlAuthorizations: Array<string | undefined> = [];
    page.on('request', (request) => {
      requested.push(`${request.method()} ${request.url()}`);
      if (request.method() === 'POST' && request.url() === explorerUrl) graphqlAuthorizations.push(request.headers().authorization);
    });
    page.on('requestfailed', (request) => failed.push(`${request.method()} ${request.url()}`));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(explorerUrl);

      // The tabs, titled by their questions' operation names, in order; the first is open.
      const tabs = page.locator('.graphiql-tab');
      await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBe(ANALYST_EXAMPLES.length);
      const titles = (await page.locator('.graphiql-tab .graphiql-tab-button').allTextContents()).map((title) => title.trim());
      expect(titles).toEqual(ANALYST_EXAMPLES.map((example) => example.title));
      await expect.poll(() => page.locator('.graphiql-tab-active').textContent()).toContain('BudgetPerProvince');
      expect(await page.locator('.graphiql-query-editor').textContent()).toContain('clusterAggregates(groupBy: [PROVINCE])');

      // The run button on the first tab: budgets per province, the exact sums of the demo data.
      await page.locator('.graphiql-execute-button').click();
      await waitForResult(page, ['"IR-09"', 'Razavi Khorasan', '"85000000000"']);
      expect(await resultText(page)).not.toContain('"errors"');

      // Ctrl-Enter in the Persian search tab: the carpet cluster, found by «فرش».
      await page.locator('.graphiql-tab-button', { hasText: 'PersianSearchCarpetClusters' }).click();
      await expect.poll(() => page.locator('.graphiql-tab-active').textContent()).toContain('PersianSearchCarpetClusters');
      await expect.poll(() => page.locator('.graphiql-query-editor').textContent()).toContain('query PersianSearchCarpetClusters');
      await page.locator('.graphiql-query-editor .CodeMirror').click();
      // GraphiQL takes the operation name from the editor a moment after a tab switch; a run before
      // that names the previous tab's operation, and the API answers "Unknown operation". Once more then.
      let persianRuns = 0;
      for (let attempt = 1; ; attempt += 1) {
        persianRuns += 1;
        await page.keyboard.press('Control+Enter');
        await expect.poll(() => resultText(page), { timeout: 30_000 }).toMatch(/فرش|Unknown operation/);
        if (!(await resultText(page)).includes('Unknown operation') || attempt === 3) break;
      }
      // The Persian word searched for, in a cluster of Isfahan: whatever the demo cluster is called.
      await waitForResult(page, ['فرش', '"IR-10"']);
      expect(await resultText(page)).not.toContain('"errors"');

      // The schema's introspection and the queries (the search once per run), each with the preset token.
      expect(graphqlAuthorizations).toHaveLength(2 + persianRuns);
      expect(new Set(graphqlAuthorizations)).toEqual(new Set([`Bearer ${token}`]));

      // The page, its scripts and stylesheet, and its queries: every request went to this machine.
      const origin = new URL(explorerUrl).origin;
      expect(requested).toContain(`GET ${explorerUrl}`);
      for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css'])
        expect(requested).toContain(`GET ${origin}/explorer/${asset}`);
      expect(requested).toHaveLength(7 + persianRuns);
      const offMachine = requested.filter((entry) => {
        const url = new URL(entry.slice(entry.indexOf(' ') + 1));
        return url.protocol !== 'data:' && !['127.0.0.1', 'localhost'].includes(url.hostname);
      });
      expect(offMachine).toEqual([]);
      expect(failed).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
