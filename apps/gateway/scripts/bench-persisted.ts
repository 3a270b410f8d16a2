/**
 * `pnpm --filter @gonghui/gateway bench:persisted`: the public site's honor roll request sent
 * two ways to the production gateway on PostgreSQL (docs/performance.md, "Persisted
 * documents"): as a POST with the full document (what the site sent before, and what third
 * parties send) and as a GET carrying only the document's sha256 (what the site sends now).
 * Both runs in turn against the same gateway, same variables, autocannon (closed loop): req/s,
 * latency, the gateway's CPU per request, and the bytes of each request and answer.
 *
 *   DATABASE_URL=… GONGHUI_DATA_KEY=… pnpm --filter @gonghui/gateway bench:persisted -- \
 *     [--duration 8] [--connections 10] [--rounds 2] [--env PUBLIC_READ_CACHE=off] [--no-build]
 *
 * The database needs the bench's data (`pnpm bench` writes it): the roll filter is the bench's.
 */
import { execFileSync, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { gatewayRoot, readDatabaseConfig, repositoryRoot } from '../src/config.js';
import { HONOR_FILTER } from './bench/operations.js';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};
const duration = Number(option('duration') ?? 8);
const connections = Number(option('connections') ?? 10);
const rounds = Number(option('rounds') ?? 2);
const extraEnv = Object.fromEntries(
  args
    .flatMap((arg, index) => (arg === '--env' ? [args[index + 1] ?? ''] : []))
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
if (readDatabaseConfig().kind !== 'postgres')
  throw new Error('bench:persisted needs DATABASE_URL (PostgreSQL)');

// The site's own document, from its manifest: the roll's first page (with titles and stats).
const manifest = JSON.parse(
  readFileSync(join(repositoryRoot, 'apps/public/persisted-documents.json'), 'utf8'),
) as Record<string, string>;
const [hash, text] =
  Object.entries(manifest).find(([, document]) =>
    document.startsWith('query PublicHonorRollFirstPage('),
  ) ?? [];
if (!hash || !text) throw new Error('PublicHonorRollFirstPage is not in the public manifest');
const variables = { filter: HONOR_FILTER, first: 20 };
const operationName = 'PublicHonorRollFirstPage';

if (!args.includes('--no-build'))
  execFileSync('pnpm', ['exec', 'tsx', 'scripts/build.ts'], { cwd: gatewayRoot, stdio: 'ignore' });
const gateway = fork(join(gatewayRoot, 'dist/server.js'), [], {
  cwd: gatewayRoot,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
    ...extraEnv,
  },
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
process.on('exit', () => gateway.kill());
const base = await new Promise<string>((resolve, reject) => {
  let output = '';
  gateway.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const found = /GraphQL API\s+(http:\/\/localhost:\d+)/.exec(output);
    if (found?.[1]) resolve(found[1].replace('localhost', '127.0.0.1'));
  });
  gateway.once('exit', (code) => reject(new Error(`gateway exited (${code}): ${output}`)));
});
const host = new URL(base).host;

interface Variant {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}
const post: Variant = {
  name: 'full document, POST',
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ operationName, query: text, variables }),
};
const search = new URLSearchParams({
  operationName,
  variables: JSON.stringify(variables),
  extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
});
const get: Variant = {
  name: 'hash only, GET',
  method: 'GET',
  path: `/graphql?${search}`,
  headers: { 'x-graphql-yoga-csrf': 'bench' },
};

/** The bytes of the request as sent: request line, the headers autocannon writes, body. */
function requestBytes(variant: Variant): number {
  const lines = [
    `${variant.method} ${variant.path} HTTP/1.1`,
    `Host: ${host}`,
    ...Object.entries(variant.headers).map(([name, value]) => `${name}: ${value}`),
    ...(variant.body ? [`Content-Length: ${Buffer.byteLength(variant.body)}`] : []),
  ];
  return Buffer.byteLength(`${lines.join('\r\n')}\r\n\r\n`) + Buffer.byteLength(variant.body ?? '');
}

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

// Both answer the same JSON before anything is timed.
const answers = await Promise.all(
  [post, get].map(async (variant) => {
    const response = await fetch(`${base}${variant.path}`, {
      method: variant.method,
      headers: variant.headers,
      ...(variant.body ? { body: variant.body } : {}),
    });
    return { status: response.status, text: await response.text() };
  }),
);
if (answers[0]?.text !== answers[1]?.text || answers[0]?.status !== 200)
  throw new Error(`the two requests answer differently: ${JSON.stringify(answers)}`);
if (answers[0].text.includes('"errors"')) throw new Error(`errors: ${answers[0].text}`);

const pid = gateway.pid ?? 0;
const rows: string[] = [];
for (let round = 1; round <= rounds; round += 1) {
  // Alternate which goes first, so neither always gets the warmer (or the busier) window.
  for (const variant of round % 2 === 1 ? [post, get] : [get, post]) {
    const before = cpuMs(pid);
    const result = await autocannon({
      url: `${base}${variant.path}`,
      method: variant.method,
      headers: variant.headers,
      ...(variant.body ? { body: variant.body } : {}),
      connections,
      duration,
    });
    const cpu = (cpuMs(pid) - before) / Math.max(1, result.requests.total);
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    rows.push(
      `| ${round} | ${variant.name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p99} | ${cpu.toFixed(2)} | ${requestBytes(variant)} | ${Math.round(result.throughput.total / Math.max(1, result.requests.total))} | ${result.errors + result.timeouts}/${result.non2xx} | ${load} |`,
    );
    process.stdout.write(`${rows.at(-1)}\n`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
process.stdout.write(
  `\n${connections} connections, ${duration} s a run, env ${JSON.stringify(extraEnv)}\n` +
    '| round | request | req/s | p50 ms | p90 ms | p99 ms | gateway CPU ms/req | request bytes | answer bytes | errors/non-2xx | load |\n' +
    '| --: | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |\n' +
    `${rows.join('\n')}\n`,
);
gateway.kill();
process.exit(0);
