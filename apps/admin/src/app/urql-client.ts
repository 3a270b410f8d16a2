import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * One client for the console. The gateway serves the console and the API from one origin,
 * so the API is the relative `/graphql` (and `pnpm dev` proxies it to a local gateway).
 * The document cache is enough while the console only reads.
 */
export function createUrqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
  });
}
