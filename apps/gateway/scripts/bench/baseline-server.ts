/**
 * The baselines of `pnpm bench`, one process each (like the gateway), on a loopback port:
 *
 *   static  (a) bare node:http answering each operation's recorded gateway response bytes
 *   pg      (b) node:http + pg running the operation's hand-written SQL (operations.ts)
 *
 * POST /<operation key>. The context (ids, ID numbers, the static bodies) comes over IPC;
 * the process answers { port } when listening.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { BENCH_OPERATIONS, type BenchContext } from './operations.js';

const mode = process.argv[2];
if (mode !== 'static' && mode !== 'pg') throw new Error('usage: baseline-server.ts static|pg');

interface Setup {
  context: BenchContext;
  bodies: Record<string, string>;
  databaseUrl: string;
  poolSize: number;
}

process.once('message', (setup: Setup) => {
  const operations = new Map(BENCH_OPERATIONS.map((operation) => [operation.key, operation]));
  const bodies = new Map(
    Object.entries(setup.bodies).map(([key, body]) => [key, Buffer.from(body)]),
  );
  const db =
    mode === 'pg'
      ? new pg.Pool({ connectionString: setup.databaseUrl, max: setup.poolSize })
      : null;
  const counters = new Map<string, number>();
  const server = createServer((request, response) => {
    // The body is read (and dropped) as the gateway reads its request.
    request.resume();
    request.on('end', () => {
      const key = (request.url ?? '/').slice(1);
      if (key === '__reset') {
        counters.clear();
        response.writeHead(204).end();
        return;
      }
      const operation = operations.get(key);
      if (!operation || (db && !operation.sql)) {
        response.writeHead(404).end();
        return;
      }
      if (!db) {
        const body = bodies.get(key) ?? Buffer.from('{}');
        response.writeHead(200, {
          'content-type': 'application/graphql-response+json; charset=utf-8',
          'content-length': body.length,
        });
        response.end(body);
        return;
      }
      const index = counters.get(key) ?? 0;
      counters.set(key, index + 1);
      const token = /gh_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
      operation.sql?.(db, setup.context, index, token ? decodeURIComponent(token) : undefined).then(
        (answer) => {
          const body = Buffer.from(JSON.stringify(answer));
          response.writeHead(200, {
            'content-type': 'application/graphql-response+json; charset=utf-8',
            'content-length': body.length,
          });
          response.end(body);
        },
        (error: unknown) => {
          console.error(error);
          response.writeHead(500).end();
        },
      );
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
});
