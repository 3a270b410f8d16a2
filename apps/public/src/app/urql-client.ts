import { Client, cacheExchange, fetchExchange } from 'urql';

/** The gateway serves the site and the API from one origin; `pnpm dev` proxies /graphql. */
export function createUrqlClient(url = '/graphql'): Client {
  return new Client({ url, exchanges: [cacheExchange, fetchExchange], preferGetMethod: false });
}
