import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { isUnauthenticatedResult } from '../shared/graphql-errors';
import { persistedDocumentsExchange } from './persisted';

export interface UrqlClientOptions {
  url?: string;
  /** Called when an answer says the session has ended (expired, revoked, password reset). */
  onUnauthenticated?: () => void;
}

/**
 * One client per session. The gateway serves the console and the API from one origin, so the
 * API is the relative `/graphql` (and `pnpm dev` proxies it to a local gateway); the session
 * is an HttpOnly cookie the browser sends by itself. Signing in or out replaces the client,
 * so nothing one person loaded stays in the cache for the next. Queries go as GETs carrying the
 * document's hash (./persisted.ts); mutations (and uploads) stay POSTs with their text.
 */
export function createUrqlClient({
  url = '/graphql',
  onUnauthenticated,
}: UrqlClientOptions = {}): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      mapExchange({
        onResult(result) {
          if (
            onUnauthenticated &&
            isUnauthenticatedResult(result.error?.graphQLErrors, result.data)
          ) {
            onUnauthenticated();
          }
        },
      }),
      persistedDocumentsExchange,
      fetchExchange,
    ],
    preferGetMethod: false,
    // graphql-yoga's CSRF prevention refuses multipart requests (file uploads such as
    // importRoster) and GETs (the queries, sent by hash) without this header; a cross-site form
    // cannot set it.
    fetchOptions: {
      credentials: 'same-origin',
      headers: { 'x-graphql-yoga-csrf': 'gonghui-admin' },
    },
  });
}
