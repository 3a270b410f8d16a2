/**
 * `pnpm --filter @gonghui/gateway bench:report -- [--iterations 5] [--explain]`: times the admin
 * 数据看板's request (`AdminDashboard`: the annual report, the monthly new members and the
 * children's figures, as the console sends it) for 青岛市总工会 on DATABASE_URL (the city of
 * docs/performance.md), for 2024, 2025 and a quarter, as qingdao.admin through the real yoga
 * server object (no port); then each report section alone, so the slow one shows. Prints the
 * median and the slowest of the timed runs (after one warm-up) and the SQL statements per
 * request. A benchmark, not a test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

process.env.LOG_LEVEL ??= 'warn';
process.env.RATE_LIMIT_STAFF_PER_MINUTE ??= '100000000';
process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE ??= '100000000';

let statements = 0;
let counting = false;
const pgQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  if (counting) statements += 1;
  return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const { database } = await import('../src/db.js');
const { yoga } = await import('../src/yoga.js');
const { encodeGlobalId } = await import('../src/global-id.js');
const { demoStaffPassword } = await import('../src/seed/demo-staff.js');
const { reportSections } = await import('../src/report/annual-report.js');

const argv = process.argv.slice(2).filter((arg) => arg !== '--');
const iterationsArg = argv.indexOf('--iterations');
const iterations = iterationsArg >= 0 ? Number(argv[iterationsArg + 1]) : 5;

// The console's own document, read from its source so the bench sends what the dashboard sends.
const source = readFileSync(
  resolve(import.meta.dirname, '../../admin/src/features/report/report-queries.ts'),
  'utf8',
);
const document = /graphql\(`\s*(query AdminDashboard[\s\S]*?)`\)/.exec(source)?.[1];
if (!document) throw new Error('AdminDashboard not found in report-queries.ts');

async function post(query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await yoga.fetch('http://gateway.bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return { data: body.data ?? {}, setCookie: response.headers.get('set-cookie') };
}

const login = await post(
  `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }`,
  { u: 'qingdao.admin', p: demoStaffPassword },
);
const session = /gh_session=[^;]+/.exec(login.setCookie ?? '')?.[0];
if (!session) throw new Error(`login failed: ${JSON.stringify(login.data)}`);

const [qingdao] = (await database.prisma.$queryRawUnsafe(
  `SELECT id::text, lineage_ids FROM organization WHERE kind = 'CITY_FEDERATION' AND name = '青岛市总工会'`,
)) as { id: string; lineage_ids: string[] }[];
if (!qingdao) throw new Error('青岛市总工会 not found');
const members = (await database.prisma.$queryRawUnsafe(
  'SELECT members FROM organization_figures WHERE organization_id = $1::uuid',
  qingdao.id,
)) as { members: number }[];
console.log(`青岛市总工会: ${members[0]?.members ?? '?'} members on the roll`);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const ms = (value: number) => `${value.toFixed(0)} ms`;

const periods = [
  { from: '2024-01-01', to: '2024-12-31' },
  { from: '2025-01-01', to: '2025-12-31' },
  { from: '2025-04-01', to: '2025-06-30' },
];
for (const period of periods) {
  const variables = { id: encodeGlobalId('Organization', qingdao.id), ...period };
  await post(document, variables, session);
  const times: number[] = [];
  let perRequest = 0;
  for (let run = 0; run < iterations; run += 1) {
    statements = 0;
    counting = true;
    const started = performance.now();
    await post(document, variables, session);
    times.push(performance.now() - started);
    counting = false;
    perRequest = statements;
  }
  console.log(
    `AdminDashboard ${period.from} – ${period.to}: median ${ms(median(times))}, slowest ${ms(Math.max(...times))}, ${perRequest} SQL statements`,
  );
  // The two halves of the request alone: the report, and the monthly trend with the children.
  const cut = document.indexOf('    organization(id: $id)');
  const halves = {
    annualReport: `${document.slice(0, cut)}}`,
    'trend + children': `query AdminDashboardRest($id: ID!, $from: Date!, $to: Date!) {\n${document.slice(cut)}`,
  };
  for (const [name, half] of Object.entries(halves)) {
    const halfTimes: number[] = [];
    for (let run = 0; run < iterations; run += 1) {
      const started = performance.now();
      await post(half, variables, session);
      halfTimes.push(performance.now() - started);
    }
    console.log(`  ${name} alone: median ${ms(median(halfTimes))}`);
  }
  const scope = { organizationId: qingdao.id, lineageIds: qingdao.lineage_ids };
  const parts: string[] = [];
  for (const section of reportSections) {
    const sectionTimes: number[] = [];
    for (let run = 0; run < Math.max(1, Math.min(iterations, 3)); run += 1) {
      const started = performance.now();
      await section.figures(scope, period as never);
      sectionTimes.push(performance.now() - started);
    }
    parts.push(`${section.key} ${ms(median(sectionTimes))}`);
  }
  console.log(`  sections alone (one period each): ${parts.join(', ')}`);
}
await database.close();
