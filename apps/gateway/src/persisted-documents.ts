import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { repositoryRoot } from './config.js';
import { logger } from './logger.js';

/**
 * Persisted documents (issue 10; docs/architecture.md, "Persisted documents"). The two apps'
 * build-time manifests (`apps/<app>/persisted-documents.json`, written by
 * scripts/persisted-documents.mjs: sha256 of the text urql sends → that text) are loaded at
 * start. A request may then carry only the hash, as `extensions.persistedQuery.sha256Hash`
 * (Apollo's and urql's form, POST or GET) or as `documentId: "sha256:<hash>"`; the gateway puts
 * the manifest's text in its place and the request goes on as if the text had been sent:
 * parsed (yoga's parse cache), validated with every security rule, executed.
 *
 * Full documents stay allowed (third parties send them; docs/api.md). A hash the manifests do
 * not hold is refused with `PersistedQueryNotFound` before anything is parsed; a hash sent
 * with a text whose sha256 it is not is refused too (a stale or tampered pair). Nothing is
 * learned from requests: the manifests are the only documents that can go by hash.
 */

/** The apps whose manifests the gateway loads. */
export const persistedDocumentApps = ['public', 'admin'] as const;

export const persistedQueryNotFoundCode = 'PERSISTED_QUERY_NOT_FOUND';
export const persistedQueryHashMismatchCode = 'PERSISTED_QUERY_HASH_MISMATCH';

const sha256Hex = /^[0-9a-f]{64}$/;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Reads the apps' manifests. An entry whose key is not the sha256 of its text is left out (and
 * logged): the gateway only ever serves a text under its own hash. A missing manifest leaves the
 * app's documents to go as full texts (the apps fall back when a hash is not found).
 */
export function loadPersistedDocuments(
  files: readonly string[] = persistedDocumentApps.map((app) =>
    join(repositoryRoot, 'apps', app, 'persisted-documents.json'),
  ),
): ReadonlyMap<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    if (!existsSync(file)) {
      logger.warn({ file }, 'persisted-document manifest missing: its app sends full documents');
      continue;
    }
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [hash, text] of Object.entries(manifest)) {
      if (typeof text !== 'string' || !sha256Hex.test(hash) || sha256(text) !== hash) {
        logger.error({ file, hash }, 'persisted-document manifest entry does not match its hash');
        continue;
      }
      documents.set(hash, text);
    }
  }
  return documents;
}

/**
 * The hash a request names, or null: `extensions.persistedQuery.sha256Hash` (version 1), else
 * `documentId` ("sha256:<hex>") from a JSON body or, for GET, the address (yoga's GET parser
 * keeps only query, variables, operationName and extensions). An id in another form is kept as
 * given and will not be found.
 */
export function requestedHash(params: GraphQLParams, request: Request): string | null {
  const persistedQuery = (params.extensions as { persistedQuery?: unknown } | undefined)
    ?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (persistedQuery && typeof persistedQuery === 'object') {
    if (persistedQuery.version === 1 && typeof persistedQuery.sha256Hash === 'string')
      return persistedQuery.sha256Hash;
  }
  let documentId = (params as { documentId?: unknown }).documentId;
  if (documentId === undefined && request.method === 'GET') {
    const at = request.url.indexOf('?');
    if (at !== -1) documentId = new URLSearchParams(request.url.slice(at + 1)).get('documentId');
  }
  if (typeof documentId !== 'string' || documentId === '') return null;
  return documentId.startsWith('sha256:') ? documentId.slice('sha256:'.length) : documentId;
}

function hashMismatch() {
  return new GraphQLError('provided sha does not match query', {
    extensions: { code: persistedQueryHashMismatchCode, http: { status: 400 } },
  });
}

/**
 * The plugins (one entry in src/yoga.ts): a check that a hash sent along with a text is that
 * text's sha256 (graphql-yoga's plugin ignores the hash when a text comes with it), then
 * `@graphql-yoga/plugin-persisted-operations` with arbitrary documents allowed.
 */
export function usePersistedDocuments(
  documents: ReadonlyMap<string, string> = loadPersistedDocuments(),
): Plugin[] {
  const checkPair: Plugin = {
    onParams({ params, request, setParams }) {
      if (typeof params.query !== 'string' || params.query === '') return;
      const hash = requestedHash(params, request);
      if (hash !== null && hash !== sha256(params.query)) throw hashMismatch();
      // A text with its (matching) `documentId`: yoga refuses parameters it does not know.
      if ('documentId' in params) {
        const { documentId: _checked, ...rest } = params as GraphQLParams & {
          documentId?: unknown;
        };
        setParams(rest);
      }
    },
  };
  return [
    checkPair,
    usePersistedOperations({
      allowArbitraryOperations: true,
      extractPersistedOperationId: requestedHash,
      getPersistedOperation: (hash) => documents.get(hash) ?? null,
      customErrors: {
        notFound: {
          // The message is the convention clients act on: urql's and Apollo's persisted-query
          // links send the full document again on exactly this message.
          message: 'PersistedQueryNotFound',
          extensions: { code: persistedQueryNotFoundCode, http: { status: 404 } },
        },
        // Neither a text nor a hash: yoga's own answer to a request without a query.
        keyNotFound: {
          message: 'Must provide query string.',
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        },
      },
    }) as Plugin,
  ];
}
