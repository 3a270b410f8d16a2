import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import { clientAddress } from './auth/client-address.js';
import { handleCompetitionRoute, isCompetitionRoute } from './competition/http-routes.js';
import type { GatewayConfig } from './config.js';
import type { Database } from './database/open-database.js';
import { publicReadCacheEnabled } from './honor/public-read-cache.js';
import { logger } from './logger.js';
import { createPublicPageRenderer } from './public-site/server-render.js';
import { handleReportRoute, isReportRoute } from './report/http-routes.js';
import { handleRosterRoute, isRosterRoute } from './roster/http-routes.js';
import { bodyLimitFor } from './security.js';
import { maxGraphQLBodyBytes, maxUploadBodyBytes, yoga } from './yoga.js';

export { maxGraphQLBodyBytes, maxUploadBodyBytes };

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** Serves a built single-page app, or explains how to build it when it is missing. */
function staticApp(folder: string, name: string): Handler {
  if (!existsSync(folder)) {
    return (_request, response) => {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(
        `${name} is not built: run \`pnpm start\` (or \`pnpm build\`) at the repository root.`,
      );
    };
  }
  // The public build carries .br/.gz copies of its files (apps/public/scripts/precompress.mjs):
  // sent to browsers that accept them; a build without them is served as it is.
  const serve = sirv(folder, { single: true, dev: false, etag: true, gzip: true, brotli: true });
  return (request, response, next) => serve(request, response, next);
}

function notFound(response: ServerResponse) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}

async function health(database: Database, response: ServerResponse) {
  try {
    await database.ping();
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: 'ok', database: database.kind }));
  } catch (error) {
    logger.error({ err: error }, 'health check failed');
    response.writeHead(503, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: 'unavailable', database: database.kind }));
  }
}

/**
 * One port: /graphql, the roster downloads under /api/ (src/roster/http-routes.ts), /health,
 * the admin console under /admin, the public site under /.
 */
export function createHttpServer(config: GatewayConfig, database: Database): Server {
  const adminApp = staticApp(config.adminDist, 'The admin console');
  const publicApp = staticApp(config.publicDist, 'The public site');
  // The honor roll is server-rendered (src/public-site/server-render.ts); the rest is static.
  const publicPages = createPublicPageRenderer({
    publicDist: config.publicDist,
    graphql: (graphqlRequest, visitor) => yoga.fetch(graphqlRequest, { req: visitor }),
    keepPages: publicReadCacheEnabled(),
  });
  return createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      const limit = bodyLimitFor(request.headers['content-type'], {
        body: maxGraphQLBodyBytes,
        upload: maxUploadBodyBytes,
      });
      if (Number(request.headers['content-length'] ?? 0) > limit) {
        response.writeHead(413, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: '请求体过大' }] }));
        request.resume();
        return;
      }
      yoga(request, response);
    } else if (isCompetitionRoute(path)) {
      void handleCompetitionRoute(
        request,
        response,
        clientAddress(request.headers['x-forwarded-for'], request.socket.remoteAddress),
      );
    } else if (isReportRoute(path)) {
      void handleReportRoute(
        request,
        response,
        clientAddress(request.headers['x-forwarded-for'], request.socket.remoteAddress),
      );
    } else if (isRosterRoute(path)) {
      void handleRosterRoute(
        request,
        response,
        clientAddress(request.headers['x-forwarded-for'], request.socket.remoteAddress),
      );
    } else if (path === '/health') {
      void health(database, response);
    } else if (path === '/admin' || path.startsWith('/admin/')) {
      if (path === '/admin') {
        response.writeHead(301, { location: '/admin/' });
        response.end();
        return;
      }
      request.url = (request.url ?? '/').slice('/admin'.length) || '/';
      adminApp(request, response, () => notFound(response));
    } else {
      void publicPages.serve(request, response, () =>
        publicApp(request, response, () => notFound(response)),
      );
    }
  });
}
