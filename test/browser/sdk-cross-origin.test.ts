/**
 * A partner's web page, served from an origin of its own, imports the SDK's ES module build
 * (sdk/dist/esm, as built by `npm run sdk:build`) straight from its server, with no bundler, and
 * calls the API on another origin from Debian's Chromium. The API answers the CORS preflight for the
 * origin listed in its CORS_ORIGINS and refuses it for one that is not listed; every request the page
 * makes stays on this machine.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';

import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type App, createApp } from '../../server/app';
import { fixedClock } from '../../server/kernel/clock';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SDK_ESM = path.resolve(__dirname, '../../sdk/dist/esm');

/** One exchange as the API's HTTP server saw it. */
interface Exchange {
  method: string;
  path: string;
  origin: string | undefined;
  requestHeaders: string | undefined;
  status: number;
  allowOrigin: string | undefined;
  allowHeaders: string | undefined;
}

let data: TestApp;
let token: string;
let partner: Server;
let partnerOrigin: string;
/** The API with the partner's origin in its CORS origins. */
let open: App;
let openUrl: string;
const openExchanges: Exchange[] = [];
/** The API as `startTestApp` makes it: no CORS origins. */
const closedExchanges: Exchange[] = [];
let browser: Browser;

/** Records every exchange of an API's HTTP server, beside Express, without touching the answer. */
function recordExchanges(app: App, into: Exchange[]): void {
  app.httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    response.on('finish', () => {
      const header = (name: string) => {
        const value = response.getHeader(name);
        return value === undefined ? undefined : String(value);
      };
      into.push({
        method: request.method ?? '',
        // Express strips the mount path from `url` while routing; `originalUrl` keeps what was asked.
        path: (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '',
        origin: request.headers.origin,
        requestHeaders: request.headers['access-control-request-headers'],
        status: response.statusCode,
        allowOrigin: header('access-control-allow-origin'),
        allowHeaders: header('access-control-allow-headers'),
      });
    });
  });
}

/** The partner's page: imports the SDK from its own origin, lists the provinces, reports failures by name. */
function page(api: string): string {
  // `<` escaped so that no value can close the script element.
  const config = JSON.stringify({ api, token }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Partner report</title></head>
<body>
<h1>Provinces</h1>
<p id="status">loading</p>
<ol id="provinces"></ol>
<script type="application/json" id="config">${config}</script>
<script type="module">
import { createClient, ProvincesDocument } from '/sdk/index.js';
const config = JSON.parse(document.getElementById('config').textContent);
const status = document.getElementById('status');
const client = createClient({ url: config.api, token: config.token, retry: false, timeoutMs: 15000 });
try {
  const { provinces } = await client.request(ProvincesDocument, { first: 100, orderBy: { field: 'CODE', direction: 'ASC' } });
  const list = document.getElementById('provinces');
  for (const { node } of provinces.edges) {
    const item = document.createElement('li');
    item.textContent = node.code + ' ' + node.nameEn + ' / ' + node.nameFa;
    list.append(item);
  }
  status.textContent = provinces.totalCount + ' provinces';
  document.body.dataset.state = 'done';
} catch (error) {
  status.textContent = 'failed: ' + error.name;
  document.body.dataset.state = 'failed';
}
</script>
</body>
</html>
`;
}

/** The partner's web server: the page at /ok (listed API) and /refused (API without CORS), the SDK under /sdk/. */
function servePartner(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://partner.invalid');
  const send = (status: number, type: string, body: string | Buffer) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  if (url.pathname === '/ok') return send(200, 'text/html; charset=utf-8', page(openUrl));
  if (url.pathname === '/refused') return send(200, 'text/html; charset=utf-8', page(data.url));
  if (url.pathname.startsWith('/sdk/') && url.pathname.endsWith('.js')) {
    const file = path.resolve(SDK_ESM, `.${url.pathname.slice('/sdk'.length)}`);
    if (!file.startsWith(`${SDK_ESM}${path.sep}`)) return send(404, 'text/plain', 'not found');
    readFile(file).then(
      (body) => send(200, 'text/javascript; charset=utf-8', body),
      () => send(404, 'text/plain', 'not found'),
    );
    return;
  }
  send(404, 'text/plain', 'not found');
}

beforeAll(async () => {
  data = await startTestApp();
  recordExchanges(data.app, closedExchanges);
  token = await data.tokenFor(ANALYST);

  partner = createServer(servePartner);
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const address = partner.address();
  partnerOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  open = await createApp({ orm: data.orm, tokens: data.tokens, clock: fixedClock(DEMO_TODAY), corsOrigins: [partnerOrigin] });
  openUrl = `http://127.0.0.1:${await open.listen(0, '127.0.0.1')}/graphql`;
  recordExchanges(open, openExchanges);

  // As root Chromium needs --no-sandbox. Host names other than the loopback ones resolve to nothing,
  // so even a request the page did not mean to make could not leave the machine.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
});

afterAll(async () => {
  await browser?.close();
  await open?.stop();
  if (partner?.listening) await new Promise<void>((resolve, reject) => partner.close((error) => (error ? reject(error) : resolve())));
  await data?.close();
});

/** Opens the partner's page, waits for its script to finish, and returns every URL the page requested. */
async function visit(pathname: string): Promise<{ page: Page; requested: string[]; failed: string[] }> {
  const page = await browser.newPage();
  const requested: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => requested.push(`${request.method()} ${request.url()}`));
  page.on('requestfailed', (request) => failed.push(`${request.method()} ${request.url()}`));
  await page.goto(`${partnerOrigin}${pathname}`);
  await page.waitForSelector('body[data-state]', { timeout: 30_000 });
  return { page, requested, failed };
}

function hostsOf(requests: string[]): Set<string> {
  return new Set(requests.map((entry) => new URL(entry.slice(entry.indexOf(' ') + 1)).hostname));
}

describe('the SDK in Chromium on a partner origin', () => {
  it('lists the 31 provinces through a preflighted cross-origin call to an API that allows the origin', async () => {
    const { page, requested, failed } = await visit('/ok');
    try {
      expect(await page.textContent('#status')).toBe('31 provinces');
      expect(await page.locator('body').getAttribute('data-state')).toBe('done');
      const rows = await page.locator('#provinces li').allTextContents();
      expect(rows).toHaveLength(31);
      expect(rows).toContain('IR-23 Tehran / تهران');
      expect(rows).toEqual([...rows].sort());

      // The page loaded itself and the SDK's modules from its own origin, then POSTed to the API's.
      expect(failed).toEqual([]);
      expect(requested).toContain(`GET ${partnerOrigin}/ok`);
      for (const module of ['index.js', 'client.js', 'errors.js', 'platform.js', 'version.js', 'generated/graphql.js']) {
        expect(requested).toContain(`GET ${partnerOrigin}/sdk/${module}`);
      }
      expect(requested.filter((entry) => entry.startsWith('POST '))).toEqual([`POST ${openUrl}`]);
      expect(new URL(openUrl).origin).not.toBe(partnerOrigin);
      // Nothing went anywhere but this machine.
      expect([...hostsOf(requested)]).toEqual(['127.0.0.1']);

      // The API saw the preflight first, answered it for the partner's origin, then the call itself.
      const exchanges = openExchanges.filter((exchange) => exchange.origin === partnerOrigin);
      expect(exchanges.map((exchange) => `${exchange.method} ${exchange.path} ${exchange.status}`)).toEqual([
        'OPTIONS /graphql 204',
        'POST /graphql 200',
      ]);
      const [preflight, call] = exchanges;
      expect(preflight.allowOrigin).toBe(partnerOrigin);
      const asked = (preflight.requestHeaders ?? '').split(',').map((name) => name.trim());
      expect(asked).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-oversight-sdk']));
      const allowed = (preflight.allowHeaders ?? '').split(',').map((name) => name.trim());
      expect(allowed).toEqual(expect.arrayContaining(asked));
      expect(call.allowOrigin).toBe(partnerOrigin);
    } finally {
      await page.close();
    }
  });

  it('fails with the SDK’s NetworkError when the API does not list the origin, and the API runs nothing', async () => {
    const { page, requested } = await visit('/refused');
    try {
      expect(await page.textContent('#status')).toBe('failed: NetworkError');
      expect(await page.locator('#provinces li').count()).toBe(0);
      expect([...hostsOf(requested)]).toEqual(['127.0.0.1']);

      // Chromium stopped at the refused preflight: the query itself never reached the API.
      const exchanges = closedExchanges.filter((exchange) => exchange.origin === partnerOrigin);
      expect(exchanges.map((exchange) => `${exchange.method} ${exchange.path} ${exchange.status}`)).toEqual(['OPTIONS /graphql 403']);
      expect(exchanges[0].allowOrigin).toBeUndefined();
    } finally {
      await page.close();
    }
  });
});
