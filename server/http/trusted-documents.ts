import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';

import type { Context } from '../context';
import { TopLevelCode } from '../kernel/errors';

/**
 * The SDK's operations by the SHA-256 of their text (schema/trusted-documents.json, written by
 * `npm run sdk:generate`). Found beside the sources and beside the build (dist/server/http).
 */
export function loadTrustedDocuments(): ReadonlyMap<string, string> {
  for (const candidate of [path.resolve(__dirname, '..', '..', 'schema'), path.resolve(__dirname, '..', '..', '..', 'schema')]) {
    const file = path.join(candidate, 'trusted-documents.json');
    if (existsSync(file)) return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  }
  return new Map();
}

interface PersistedBody {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/**
 * Persisted operations: a request that names one of the SDK's documents by hash, without its text
 * (`{ extensions: { persistedQuery: { version: 1, sha256Hash } } }`, as the SDK sends with
 * `trustedDocuments: true`), runs that document. Apollo then checks the hash against the text as
 * for any persisted query; a hash the manifest does not know is answered PERSISTED_QUERY_NOT_FOUND.
 */
export function trustedDocuments(manifest: ReadonlyMap<string, string>): RequestHandler {
  return (request, _response, next) => {
    const body = request.body as PersistedBody | undefined;
    const hash = body?.extensions?.persistedQuery?.sha256Hash;
    if (body && body.query === undefined && typeof hash === 'string') {
      const query = manifest.get(hash);
      if (query !== undefined) body.query = query;
    }
    next();
  };
}

/**
 * Refuses, for an API key limited to trusted documents, every request that is not one of the SDK's
 * documents sent by hash: such a key cannot run an ad hoc query even if it leaks, whatever the query.
 */
export function trustedDocumentsOnlyPlugin(manifest: ReadonlyMap<string, string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, request, queryHash }) {
          if (!contextValue.viewer.apiKey?.trustedDocumentsOnly) return;
          const hash = (request.extensions as PersistedBody['extensions'] | undefined)?.persistedQuery?.sha256Hash;
          if (typeof hash === 'string' && manifest.has(hash) && hash === queryHash) return;
          throw new GraphQLError("This API key runs only the SDK's operations, sent by hash (the SDK's `trustedDocuments: true`).", {
            extensions: { code: TopLevelCode.FORBIDDEN, http: { status: 403 } },
          });
        },
      };
    },
  };
}
