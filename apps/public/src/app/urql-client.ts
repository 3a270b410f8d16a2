import { Client, cacheExchange, fetchExchange, type SSRData, ssrExchange } from 'urql';

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

/** The gateway serves the site and the API from one origin; `pnpm dev` proxies /graphql. */
export function createUrqlClient({ url = '/graphql', ssr, fetch }: UrqlClientOptions = {}) {
  const replay = ssr
    ? ssrExchange(
        ssr.mode === 'server' ? { isClient: false } : { isClient: true, initialState: ssr.data },
      )
    : null;
  const client = new Client({
    url,
    exchanges: replay ? [cacheExchange, replay, fetchExchange] : [cacheExchange, fetchExchange],
    preferGetMethod: false,
    ...(fetch ? { fetch } : {}),
  });
  return { client, extractData: () => replay?.extractData() ?? {} };
}
