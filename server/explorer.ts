import { isIP } from 'node:net';
import path from 'node:path';

import express, { type Request, type Router } from 'express';

import { ANALYST_EXAMPLES } from './explorer-examples';

/**
 * The in-browser explorer: GraphiQL served from npm packages (react, react-dom, graphiql), never from
 * a CDN, so that it works on machines without Internet access.
 */
const ASSETS: Record<string, { packageName: string; file: string; type: string }> = {
  'react.js': { packageName: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { packageName: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { packageName: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { packageName: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

function packageFile(packageName: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file);
}

/** What a new tab (the "+" button) starts with; the page opens with the analysts' questions. */
const DEFAULT_QUERY = `# Every request needs a bearer token: set it under "Headers" below.
# Clusters by province, with the agent and supervisor in office today:
query ClustersByProvince {
  provinces(first: 100) {
    totalCount
    nodes {
      code
      nameEn
      clusters(first: 10) {
        totalCount
        nodes {
          name
          nameFa
          currentAgent { fullNameLatin }
          currentSupervisor { fullNameLatin }
        }
      }
    }
  }
}
`;

const NO_TOKEN = { Authorization: 'Bearer <paste a token here>' };

/** 127.0.0.0/8 and ::1, also in their IPv4-mapped IPv6 form (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.toLowerCase().replace(/^::ffff:/, '');
  if (isIP(plain) === 4) return plain.startsWith('127.');
  return plain === '::1' || plain === '0:0:0:0:0:0:0:1';
}

/**
 * The headers the explorer page starts with. A preset (the development demo token) goes only to a
 * browser on this machine: the connection comes from a loopback address and no proxy header says it
 * was relayed for someone else. Anyone else gets a placeholder.
 */
export function explorerHeadersFor(
  request: Pick<Request, 'socket' | 'headers'>,
  preset: Record<string, string> | undefined,
): Record<string, string> {
  const relayed = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return preset && !relayed && isLoopbackAddress(request.socket.remoteAddress) ? preset : NO_TOKEN;
}

export function explorerPage(headers: Record<string, string>): string {
  const headerText = JSON.stringify(headers, null, 2);
  // One tab per analyst question, each with the same headers. GraphiQL uses them when the browser
  // has no tabs stored from an earlier visit (its localStorage), and titles them by operation name.
  const tabs = ANALYST_EXAMPLES.map((example) => ({ query: example.query, headers: headerText }));
  const config = JSON.stringify({ defaultQuery: DEFAULT_QUERY, headers: headerText, tabs }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Cluster oversight API — explorer</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/explorer/graphiql.css" />
  <style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="explorer">Loading the explorer…</div>
  <script src="/explorer/react.js"></script>
  <script src="/explorer/react-dom.js"></script>
  <script src="/explorer/graphiql.js"></script>
  <script>
    const config = ${config};
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: config.defaultQuery,
        defaultTabs: config.tabs,
        defaultHeaders: config.headers,
        headerEditorEnabled: true,
        shouldPersistHeaders: true,
        defaultEditorToolsVisibility: 'headers',
      }),
    );
  </script>
</body>
</html>
`;
}

export function explorerAssets(): Router {
  const router = express.Router();
  for (const [name, asset] of Object.entries(ASSETS)) {
    const file = packageFile(asset.packageName, asset.file);
    router.get(`/${name}`, (_request, response) => {
      response.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(file);
    });
  }
  return router;
}
