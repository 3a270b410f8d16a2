import { GraphQLError } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import { useSessionCookies } from './auth/cookies.js';
import { createContext } from './context.js';
import { publicReadCacheEnabled, usePublicHonorReadCache } from './honor/public-read-cache.js';
import { logger } from './logger.js';
import { usePersistedDocuments } from './persisted-documents.js';
import { maxUploadBodyBytes } from './roster/limits.js';
import { schema } from './schema/index.js';
import { securityPlugins, useBodySizeLimits } from './security.js';

/**
 * A GraphQL request body larger than this is refused (413). The HTTP server refuses a
 * declared Content-Length above it before reading; yoga counts the bytes of a body sent
 * without one (chunked) as it reads them.
 */
export const maxGraphQLBodyBytes = 256 * 1024;

/** A multipart/form-data body (a file upload, e.g. a roster) may be this large instead. */
export { maxUploadBodyBytes } from './roster/limits.js';

/**
 * A GraphQL server object. Unexpected errors are masked ("Unexpected error."): only
 * AppError subclasses, which are GraphQLErrors, reach clients with their message and code.
 * `production` turns GraphiQL off, and introspection and suggestions off for anonymous callers.
 * `plugins` are appended after the security plugins (tests use this to observe execution).
 * `publicReadCache` answers repeated anonymous honor-roll reads from memory (see
 * honor/public-read-cache.ts). `persistedDocuments` (hash → text) are the documents a request
 * may name by hash only: by default the apps' manifests (src/persisted-documents.ts).
 */
export function createGatewayYoga({
  production,
  plugins = [],
  publicReadCache = false,
  persistedDocuments,
}: {
  production: boolean;
  plugins?: Plugin[];
  publicReadCache?: boolean;
  persistedDocuments?: ReadonlyMap<string, string>;
}) {
  return createYoga({
    schema,
    context: createContext,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: production ? false : { title: '工会平台 GraphQL' },
    batching: false,
    // Off: useBodySizeLimits keeps uploads to maxUploadBodyBytes and every other body to
    // maxGraphQLBodyBytes (413 before reading for a declared Content-Length, counted as it
    // streams without one); yoga's own limit would pipe every body through a counting
    // TransformStream once more (about 4 % of the CPU of a small request, docs/performance.md).
    maxRequestBodySize: false,
    plugins: [
      ...usePersistedDocuments(persistedDocuments),
      ...securityPlugins(production),
      useBodySizeLimits({ body: maxGraphQLBodyBytes, upload: maxUploadBodyBytes }),
      useSessionCookies(),
      ...(publicReadCache ? [usePublicHonorReadCache()] : []),
      ...plugins,
    ],
    maskedErrors: {
      isDev: false,
      maskError(error, message) {
        const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
        if (!(original instanceof GraphQLError)) {
          logger.error({ err: original }, 'unexpected error while executing an operation');
        }
        return maskError(error, message, false);
      },
    },
    logging: {
      debug: (...args) => logger.debug({ args }, 'yoga'),
      info: (...args) => logger.info({ args }, 'yoga'),
      warn: (...args) => logger.warn({ args }, 'yoga'),
      error: (...args) => logger.error({ args }, 'yoga'),
    },
  });
}

/** The server object of this process. Tests call `yoga.fetch(...)` directly, with no port. */
export const yoga = createGatewayYoga({
  production: process.env.NODE_ENV === 'production',
  publicReadCache: publicReadCacheEnabled(),
});
