/**
 * `pnpm --filter @gonghui/gateway bench:hierarchy -- [--seed 42] [--members N] [--unions N]
 *  [--iterations 300] [--warmup 30]`: times the hierarchy's hot read paths on the city-scale
 * data (see docs/performance.md) against DATABASE_URL, or the embedded database:
 *
 *   (a) 青岛市总工会's stats (all the figures)
 *   (b) 市南区总工会's children(first: 20) page with each child's name, kind and stats.members
 *   (c) members(filter: { idNumber }) for a random member of the city
 *   (d) baseline: organization(id) { name }, a primary-key lookup through the same gateway
 *   (e) (a)–(c) and (d) as raw SQL through `pg` (PostgreSQL only), for context
 *
 * Gateway operations go through the real yoga server object in-process (`yoga.fetch`, no
 * port) with a staff session of qingdao.admin. The members' plaintext ID numbers are never
 * read from the database: the city is replayed from its seed (the same plan as city:generate).
 * Prints p50/p95/p99/mean per operation, the ratio to (d), and SQL statements per operation.
 * A benchmark, not a test: it fails only when an answer is wrong.
 */
import pg from 'pg';

process.env.LOG_LEVEL ??= 'warn';
process.env.RATE_LIMIT_STAFF_PER_MINUTE ??= '100000000';
process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE ??= '100000000';

// SQL statements sent by the gateway: every pg client query (PrismaPg uses pg.Pool's clients)
// or every PGlite query. Patched before the gateway's modules load.
let statements = 0;
let counting = false;
let seen: string[] = [];
const textOf = (query: unknown) =>
  typeof query === 'string' ? query : String((query as { text?: unknown } | null)?.text ?? '');
const pgQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  if (counting) {
    statements += 1;
    seen.push(textOf(args[0]));
  }
  return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;
const { PGlite } = await import('@electric-sql/pglite');
for (const method of ['query', 'exec'] as const) {
  const original = PGlite.prototype[method] as (...a: unknown[]) => unknown;
  (PGlite.prototype as unknown as Record<string, unknown>)[method] = function counted(
    this: unknown,
    ...args: unknown[]
  ) {
    if (counting) {
      statements += 1;
      seen.push(textOf(args[0]));
    }
    return original.apply(this, args);
  };
}

const { readDatabaseConfig } = await import('../src/config.js');
const { database } = await import('../src/db.js');
const { yoga } = await import('../src/yoga.js');
const { encodeGlobalId } = await import('../src/global-id.js');
const { blindIndex } = await import('../src/auth/personal-data-crypto.js');
const { demoStaffPassword } = await import('../src/seed/demo-staff.js');
const { seededRandom } = await import('../src/seed/demo-members.js');
const { CITY_DEFAULTS, cityMembers } = await import('../src/seed/city-scale/generate-city.js');
const { planCityFrom } = await import('../src/seed/city-scale/write-city.js');

function readArgs(argv: string[]) {
  const values: Record<string, number> = {};
  const args = argv.filter((arg) => arg !== '--');
  for (let index = 0; index < args.length; index += 1) {
    const match = /^--(seed|members|unions|iterations|warmup)(?:=(.*))?$/.exec(args[index] ?? '');
    if (!match?.[1]) throw new Error(`unknown argument ${args[index]}`);
    let value = match[2];
    if (value === undefined) {
      index += 1;
      value = args[index];
    }
    if (value === undefined || !/^\d+$/.test(value))
      throw new Error(`--${match[1]} needs a number`);
    values[match[1]] = Number(value);
  }
  return values;
}

const args = readArgs(process.argv.slice(2));
const config = readDatabaseConfig();
const defaults = CITY_DEFAULTS[config.kind];
const seed = args.seed ?? 42;
const iterations = args.iterations ?? 300;
const warmup = args.warmup ?? 30;
const prisma = database.prisma;
const sql = {
  async query<Row>(text: string, params: unknown[] = []) {
    return (await prisma.$queryRawUnsafe(text, ...params)) as Row[];
  },
};

// --- the city's members, replayed from the seed: a random sample of their ID numbers -------
const replayStarted = performance.now();
const plan = await planCityFrom(sql, {
  seed,
  unions: args.unions ?? defaults.unions,
  members: args.members ?? defaults.members,
});
const total = plan.input.members;
const pick = seededRandom(seed ^ 0x5bd1e995);
const wanted = new Set<number>();
while (wanted.size < Math.min(total, 500)) wanted.add(Math.floor(pick() * total));
const sample: string[] = [];
for (const member of cityMembers(plan)) {
  if (wanted.has(member.serial)) sample.push(member.idNumber);
}
console.log(
  `${config.kind}: replayed the city of seed ${seed} (${total} members) in ${((performance.now() - replayStarted) / 1000).toFixed(1)} s; ${sample.length} ID numbers sampled`,
);

// --- a staff session of qingdao.admin ----------------------------------------------------------
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

const [qingdao] = await sql.query<{ id: string }>(
  `SELECT id::text FROM organization WHERE kind = 'CITY_FEDERATION' AND name = '青岛市总工会'`,
);
const [shinan] = await sql.query<{ id: string; children: bigint }>(
  `SELECT d.id::text, (SELECT count(*) FROM organization c WHERE c.parent_id = d.id) AS children
   FROM organization d WHERE d.kind = 'COUNTY_FEDERATION' AND d.name = '市南区总工会'`,
);
if (!qingdao || !shinan)
  throw new Error('青岛市总工会 / 市南区总工会 missing: run city:generate first');
const qingdaoGid = encodeGlobalId('Organization', qingdao.id);
const shinanGid = encodeGlobalId('Organization', shinan.id);

const statsQuery = `query($id: ID!) { organization(id: $id) { __typename ... on Organization {
  stats { grassrootsUnions members retiredMembers migrantMembers femaleMembers
    newEmploymentMembers { group members } employersCovered employeesAtCoveredEmployers
    unionCoverage { percent } membershipAtCoveredEmployers { percent } } } } }`;
const childrenQuery = `query($id: ID!) { organization(id: $id) { __typename ... on Organization {
  children(first: 20) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name kind stats { members } } } } } } }`;
const memberQuery = `query($idNumber: String!) { members(filter: { idNumber: $idNumber }, first: 20) {
  __typename ... on QueryMembersSuccess { data { totalCount edges { node { id name idNumberMasked
    status organization { name } } } } } } }`;
const nameQuery = `query($id: ID!) { organization(id: $id) { __typename ... on Organization { name } } }`;

let sampleIndex = 0;
const nextIdNumber = () => sample[sampleIndex++ % sample.length] as string;

type Operation = { name: string; run: () => Promise<void> };
const gatewayOperations: Operation[] = [
  {
    name: '(a) 青岛市总工会 stats (all figures)',
    async run() {
      const { data } = await post(statsQuery, { id: qingdaoGid }, session);
      const stats = (data.organization as { stats?: { members: number } }).stats;
      if (!stats || stats.members < total * 0.9)
        throw new Error(`stats wrong: ${JSON.stringify(data)}`);
    },
  },
  {
    name: '(b) 市南区总工会 children(first: 20) + stats.members',
    async run() {
      const { data } = await post(childrenQuery, { id: shinanGid }, session);
      const page = (data.organization as { children?: { totalCount: number; edges: unknown[] } })
        .children;
      if (!page || page.edges.length !== Math.min(20, Number(shinan.children)))
        throw new Error(`children wrong: ${JSON.stringify(data).slice(0, 300)}`);
    },
  },
  {
    name: '(c) members(filter: { idNumber }) of a random member',
    async run() {
      const { data } = await post(memberQuery, { idNumber: nextIdNumber() }, session);
      const result = (data.members as { data?: { totalCount: number } }).data;
      if (result?.totalCount !== 1) throw new Error(`member not found: ${JSON.stringify(data)}`);
    },
  },
  {
    name: '(d) baseline organization(id) { name }',
    async run() {
      const { data } = await post(nameQuery, { id: shinanGid }, session);
      if ((data.organization as { name?: string }).name !== '市南区总工会')
        throw new Error(`name wrong: ${JSON.stringify(data)}`);
    },
  },
];

type Result = { name: string; times: number[]; statements: number[]; sql: string[] };

async function measure(operation: Operation): Promise<Result> {
  for (let index = 0; index < warmup; index += 1) await operation.run();
  const times: number[] = [];
  const counts: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    statements = 0;
    seen = [];
    counting = true;
    const started = performance.now();
    await operation.run();
    times.push(performance.now() - started);
    counting = false;
    counts.push(statements);
  }
  return { name: operation.name, times, statements: counts, sql: seen };
}

const results: Result[] = [];
for (const operation of gatewayOperations) results.push(await measure(operation));

// --- the same reads as raw SQL through pg, for context (PostgreSQL only) ---------------------
if (config.kind === 'postgres') {
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  const raw: Operation[] = [
    {
      name: '(e) raw SQL: figures row of 青岛市总工会',
      async run() {
        await client.query('SELECT * FROM organization_figures WHERE organization_id = $1', [
          qingdao.id,
        ]);
      },
    },
    {
      name: '(e) raw SQL: 20 children of 市南区 + members + count',
      async run() {
        await client.query(
          `SELECT o.id, o.name, o.kind, f.members FROM organization o
           JOIN organization_figures f ON f.organization_id = o.id
           WHERE o.parent_id = $1 ORDER BY o.id LIMIT 21`,
          [shinan.id],
        );
        await client.query('SELECT count(*) FROM organization WHERE parent_id = $1', [shinan.id]);
      },
    },
    {
      name: '(e) raw SQL: member by blind index within scope',
      async run() {
        const { rows } = await client.query(
          `SELECT m.id, m.name, m.id_number_masked, o.name AS organization FROM member m
           JOIN organization o ON o.id = m.organization_id
           WHERE m.id_number_index = $1 AND $2 = ANY(m.lineage_ids)`,
          [blindIndex(nextIdNumber(), 'member.idNumber'), qingdao.id],
        );
        if (rows.length !== 1) throw new Error('raw member look-up found nothing');
      },
    },
    {
      name: '(e) raw SQL: organization name by primary key',
      async run() {
        await client.query('SELECT name FROM organization WHERE id = $1', [shinan.id]);
      },
    },
  ];
  for (const operation of raw) results.push(await measure(operation));
  await client.end();
}

// --- report -------------------------------------------------------------------------------------
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
const ratio = (value: number) => value.toFixed(value < 1 ? 2 : 1);
const baseline = results.find((result) => result.name.startsWith('(d)'));
const baselineP50 = baseline
  ? percentile(
      [...baseline.times].sort((a, b) => a - b),
      50,
    )
  : 1;
console.log(
  `\n${iterations} iterations after ${warmup} warm-up, sequential, one session; times in ms\n`,
);
console.log('| operation | p50 | p95 | p99 | mean | p50 ÷ (d) | SQL statements |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const result of results) {
  const sorted = [...result.times].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  const min = Math.min(...result.statements);
  const max = Math.max(...result.statements);
  const counted = result.name.startsWith('(e)') ? '—' : min === max ? `${min}` : `${min}–${max}`;
  console.log(
    `| ${result.name} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 95).toFixed(2)} | ${percentile(sorted, 99).toFixed(2)} | ${mean.toFixed(2)} | ${ratio(percentile(sorted, 50) / baselineP50)}× | ${counted} |`,
  );
}
console.log('\nSQL statements of the last iteration of each gateway operation:');
for (const result of results.filter((result) => !result.name.startsWith('(e)'))) {
  console.log(`\n${result.name}`);
  for (const text of result.sql) console.log(`  - ${text.replace(/\s+/g, ' ').slice(0, 220)}`);
}
await database.close();
