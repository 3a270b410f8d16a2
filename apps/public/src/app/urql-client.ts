import { Client, cacheExchange, fetchExchange, type SSRData, ssrExchange } from 'urql';
import { persistedDocumentsExchange } from './persisted';

export interface UrqlClientOptions {
  url?: string;
  /**
   * Server render (entry-server.tsx): record the answers, to send them with the page.
   * Browser: the answers a server-rendered page came with, replayed once instead of asked
   * again, so the page hydrates with the data it was drawn from.
   */
  ssr?: { mode: 'server' } | { mode: 'client'; data: SSRData };
  /** The server render's own fetch (the gateway answers it in-process). */
  fetch?: typeof fetch;
}

/**
 * The gateway serves the site and the API from one origin; `pnpm dev` proxies /graphql. Queries
 * go as GETs carrying the document's hash (./persisted.ts), in the browser and in the server
 * render alike; the gateway's CSRF check wants the header below on a GET.
 */
export function createUrqlClient({ url = '/graphql', ssr, fetch }: UrqlClientOptions = {}) {
  const replay = ssr
    ? ssrExchange(
        ssr.mode === 'server' ? { isClient: false } : { isClient: true, initialState: ssr.data },
      )
    : null;
  const client = new Client({
    url,
    exchanges: replay
      ? [cacheExchange, replay, persistedDocumentsExchange, fetchExchange]
      : [cacheExchange, persistedDocumentsExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: { headers: { 'x-graphql-yoga-csrf': 'gonghui-public' } },
    ...(fetch ? { fetch } : {}),
  });
  return { client, extractData: () => replay?.extractData() ?? {} };
}
