/**
 * `pnpm bench` (the root script; here `pnpm --filter @gonghui/gateway bench`): the city-scale
 * load benchmark of issue 10, against PostgreSQL (DATABASE_URL) — see docs/performance.md.
 *
 *   1. loads the data set: the city of city:generate (a no-op when present) plus honors in
 *      proportion (scripts/bench/city-honors.ts), studios, results, competitions, hardship files
 *      and aid in proportion (scripts/bench/city-modules.ts);
 *   2. builds the gateway and starts dist/server.js in production mode on a loopback port, with a
 *      preload that counts its SQL statements (scripts/bench/count-statements.mjs);
 *   3. starts the same-run baselines, each its own process: (a) bare node:http answering the
 *      gateway's recorded response bytes, (b) node:http + pg running hand-written SQL for the
 *      same data (scripts/bench/operations.ts, where each operation is one entry);
 *   4. drives each with autocannon (closed loop) at 1, 10 and 100 connections per operation and
 *      prints req/s, p50/p90/p99, errors, SQL statements per request, the gateway's peak RSS
 *      and the ratios full stack ÷ (b) and ÷ (a).
 *
 * Options: --duration S (seconds per run, default 3), --connections 1,10,100, --quick (1 s,
 * 10 connections), --only roll,stats (operation keys), --seed/--members/--unions (the city, as
 * for city:generate), --honors N, --no-migrate, --no-build, --env KEY=VALUE (to the gateway,
 * repeatable), --json FILE (the raw results), --warmup S (unmeasured load before each run),
 * --rounds N (every operation N times, interleaved; the same-gateway targets per round and their
 * median, bench/targets.ts).
 * A benchmark, not a test: it exits non-zero only when something answers wrongly or errs.
 */
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { decryptPersonalData } from '../src/auth/personal-data-crypto.js';
import { gatewayRoot, readDatabaseConfig } from '../src/config.js';
import { openDatabase } from '../src/database/open-database.js';
import { CITY_DEFAULTS } from '../src/seed/city-scale/generate-city.js';
import { generateCity } from '../src/seed/city-scale/write-city.js';
import { demoStaffPassword } from '../src/seed/demo-staff.js';
import { ensureBenchModules } from './bench/bench-modules.js';
import { ensureCityHonors } from './bench/city-honors.js';
import { ensureCityModules } from './bench/city-modules.js';
import {
  BENCH_OPERATIONS,
  type BenchContext,
  type BenchOperation,
  HONOR_FILTER,
  prismaCursor,
} from './bench/operations.js';
import { evaluateTargets, TARGETS } from './bench/targets.js';

// --- arguments ----------------------------------------------------------------------------------
const argv = process.argv.slice(2).filter((arg) => arg !== '--');
const flags = new Set<string>();
const values = new Map<string, string[]>();
for (let index = 0; index < argv.length; index += 1) {
  const arg = argv[index] ?? '';
  const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
  if (!match?.[1]) throw new Error(`unknown argument ${arg}`);
  const name = match[1];
  if (['quick', 'no-migrate', 'no-build'].includes(name)) {
    flags.add(name);
    continue;
  }
  if (
    ![
      'duration',
      'connections',
      'only',
      'seed',
      'members',
      'unions',
      'honors',
      'env',
      'json',
      'warmup',
      'rounds',
    ].includes(name)
  )
    throw new Error(`unknown option --${name}`);
  let value = match[2];
  if (value === undefined) {
    index += 1;
    value = argv[index];
  }
  if (value === undefined) throw new Error(`--${name} needs a value`);
  values.set(name, [...(values.get(name) ?? []), value]);
}
const option = (name: string) => values.get(name)?.at(-1);
const quick = flags.has('quick');
const duration = Number(option('duration') ?? (quick ? 1 : 3));
// Seconds of unmeasured load before each measured run (JIT and pool warm-up); 0: none.
const warmup = Number(option('warmup') ?? 0);
// How many times every operation runs, interleaved (the order reversed every other round):
// the same-gateway targets are reported per round and as the median (bench/targets.ts).
const rounds = Math.max(1, Number(option('rounds') ?? 1));
const connectionLevels = (option('connections') ?? (quick ? '10' : '1,10,100'))
  .split(',')
  .map(Number);
const only = option('only')?.split(',');
const operations = BENCH_OPERATIONS.filter((operation) => !only || only.includes(operation.key));
const gatewayEnv = Object.fromEntries(
  (values.get('env') ?? []).map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at), pair.slice(at + 1)];
  }),
);

const config = readDatabaseConfig();
if (config.kind !== 'postgres')
  throw new Error('pnpm bench needs DATABASE_URL (PostgreSQL): see docs/performance.md');
const databaseUrl = config.url;
if (!process.env.GONGHUI_DATA_KEY)
  throw new Error('GONGHUI_DATA_KEY must be the key the city was generated with');
const seed = Number(option('seed') ?? 42);
const unions = Number(option('unions') ?? CITY_DEFAULTS.postgres.unions);
const members = Number(option('members') ?? CITY_DEFAULTS.postgres.members);
const honors = Number(option('honors') ?? Math.max(3_000, Math.round(members / 100)));
const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

// --- 1. the data set ----------------------------------------------------------------------------
let started = performance.now();
const database = openDatabase(config);
if (!flags.has('no-migrate')) {
  const report = await database.migrate();
  if (report.applied.length) log(`migrations applied: ${report.applied.join(', ')}`);
}
const city = await generateCity(config, database, { seed, unions, members, log: () => {} });
const modules = await ensureBenchModules(database.prisma);
// Innovation, competitions and aid in proportion to the city (scripts/bench/city-modules.ts).
const cityModules = await ensureCityModules(database.prisma, { seed, members, log });
modules.push(...cityModules.written);
await database.close();
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const honorReport = await ensureCityHonors(db, { seed, count: honors });
log(
  `data: city of seed ${seed} ${city.status === 'present' ? 'present' : 'generated'}, honors ${honorReport.written ? `${honorReport.written} written` : `${honorReport.present} present`}${modules.length ? `, ${modules.join(', ')} written` : ''} (${seconds(started)})`,
);

const one = async <Row extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
  const { rows } = await db.query<Row>(sql, params);
  if (!rows[0]) throw new Error(`nothing found: ${sql}`);
  return rows[0];
};
const cityRow = await one<{ id: string }>(
  `SELECT id::text FROM organization WHERE kind = 'CITY_FEDERATION' AND name = '青岛市总工会'`,
);
const district = await one<{ id: string }>(
  `SELECT p.id::text FROM organization p WHERE p.kind = 'COUNTY_FEDERATION' AND $1 = ANY(p.lineage_ids)
   ORDER BY (SELECT count(*) FROM organization c WHERE c.parent_id = p.id) DESC, p.id LIMIT 1`,
  [cityRow.id],
);
const publicRoll = `revoked_at IS NULL AND 'NAME' = ANY(public_scopes) AND level = $1 AND region_code LIKE $2`;
const rollParams = [HONOR_FILTER.level, `${HONOR_FILTER.regionCode.slice(0, 4)}%`];
const honoree = await one<{ id: string }>(
  `SELECT id::text FROM honor_award WHERE ${publicRoll} ORDER BY year DESC, level, name, id LIMIT 1`,
  rollParams,
);
const deep = await one<{ id: string; year: number; level: string; name: string }>(
  `SELECT id::text, year, level::text, name FROM honor_award WHERE ${publicRoll}
   ORDER BY year DESC, level, name, id OFFSET 999 LIMIT 1`,
  rollParams,
);
const studio = await one<{ id: string }>(
  `SELECT s.id::text FROM innovation_studio s
   ORDER BY (SELECT count(*) FROM innovation_studio_member m WHERE m.studio_id = s.id) DESC, s.id LIMIT 1`,
);
const competition = await one<{ id: string }>(
  `SELECT c.id::text FROM competition c WHERE c.results_published_at IS NOT NULL
   ORDER BY (SELECT count(*) FROM competition_result r WHERE r.competition_id = c.id) DESC, c.id LIMIT 1`,
);
const sampled = await db.query<{ id_number_cipher: string }>(
  `SELECT id_number_cipher FROM member WHERE substring(id::text, 15, 1) = '8'
   ORDER BY md5(id::text || $1) LIMIT 200`,
  [String(seed)],
);
const idNumbers = sampled.rows.map((row) =>
  decryptPersonalData(row.id_number_cipher, 'member.idNumber'),
);

// --- 2. the gateway -----------------------------------------------------------------------------
if (!flags.has('no-build')) {
  started = performance.now();
  execFileSync('pnpm', ['exec', 'tsx', 'scripts/build.ts'], { cwd: gatewayRoot, stdio: 'ignore' });
  log(`gateway built (${seconds(started)})`);
}
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) child.kill();
});

function start(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; execArgv?: string[] },
) {
  const child = fork(script, args, {
    cwd: gatewayRoot,
    env: { ...process.env, ...options.env },
    execArgv: options.execArgv ?? [],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  children.push(child);
  return child;
}

const gateway = start(join(gatewayRoot, 'dist/server.js'), [], {
  env: {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
    RATE_LIMIT_STAFF_PER_MINUTE: '1000000000',
    ...gatewayEnv,
  },
  execArgv: ['--import', join(gatewayRoot, 'scripts/bench/count-statements.mjs')],
});
const gatewayBase = await new Promise<string>((resolve, reject) => {
  let output = '';
  gateway.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const found = /GraphQL API\s+(http:\/\/localhost:\d+)/.exec(output);
    if (found?.[1]) resolve(found[1].replace('localhost', '127.0.0.1'));
  });
  gateway.once('exit', (code) => reject(new Error(`gateway exited (${code}): ${output}`)));
});
const gatewayPid = gateway.pid ?? 0;

const statementCount = () =>
  new Promise<number>((resolve) => {
    gateway.once('message', (message: { statements: number }) => resolve(message.statements));
    gateway.send('statements?');
  });

async function post(url: string, body: string, cookie?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const login = await post(
  `${gatewayBase}/graphql`,
  JSON.stringify({
    query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }`,
    variables: { u: 'qingdao.admin', p: demoStaffPassword },
  }),
);
const staffToken = decodeURIComponent(
  /gh_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '',
);
if (!staffToken) throw new Error(`login failed: ${login.text}`);
const staffCookie = `gh_session=${encodeURIComponent(staffToken)}`;

const context: BenchContext = {
  cityId: cityRow.id,
  districtId: district.id,
  honoreeId: honoree.id,
  deepCursor: prismaCursor(deep.id),
  deepKey: { year: deep.year, level: deep.level, name: deep.name, id: deep.id },
  idNumbers,
  staffToken,
  studioId: studio.id,
  competitionId: competition.id,
};
const bodyOf = (operation: BenchOperation, index: number) =>
  JSON.stringify(operation.request(context, index));

// Each operation once: the answer (recorded for (a)), no errors, and SQL statements per request.
const recorded: Record<string, string> = {};
const statementsPer: Record<string, number> = {};
for (const operation of operations) {
  const cookie = operation.staff ? staffCookie : undefined;
  const first = await post(`${gatewayBase}/graphql`, bodyOf(operation, 0), cookie);
  if (first.status !== 200 || first.text.includes('"errors"'))
    throw new Error(`${operation.key}: ${first.status} ${first.text.slice(0, 400)}`);
  recorded[operation.key] = first.text;
  const before = await statementCount();
  for (let index = 0; index < 10; index += 1)
    await post(`${gatewayBase}/graphql`, bodyOf(operation, index), cookie);
  statementsPer[operation.key] = ((await statementCount()) - before) / 10;
}

// --- 3. the baselines ---------------------------------------------------------------------------
async function startBaseline(mode: 'static' | 'pg') {
  const child = start(join(gatewayRoot, 'scripts/bench/baseline-server.ts'), [mode], {
    execArgv: ['--import', 'tsx'],
  });
  const port = await new Promise<number>((resolve) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.send({ context, bodies: recorded, databaseUrl, poolSize: 10 });
  });
  return { child, base: `http://127.0.0.1:${port}` };
}
const bare = await startBaseline('static');
const handWritten = await startBaseline('pg');

// (b) must answer the same data as the gateway.
const sameData: Record<string, boolean> = {};
for (const operation of operations) {
  if (!operation.sql) continue;
  const answer = await post(
    `${handWritten.base}/${operation.key}`,
    '{}',
    operation.staff ? staffCookie : undefined,
  );
  const gatewayAnswer = await post(
    `${gatewayBase}/graphql`,
    bodyOf(operation, 0),
    operation.staff ? staffCookie : undefined,
  );
  sameData[operation.key] =
    JSON.stringify(JSON.parse(answer.text)) === JSON.stringify(JSON.parse(gatewayAnswer.text));
  if (!sameData[operation.key])
    log(
      `  note: (b) ${operation.key} differs from the gateway:\n    (b)     ${answer.text.slice(0, 300)}\n    gateway ${gatewayAnswer.text.slice(0, 300)}`,
    );
}
// The rotating operations restart at the same index on every target.
await post(`${handWritten.base}/__reset`, '{}');

// --- 4. load ------------------------------------------------------------------------------------
function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}

/** CPU time (user + system) a process has used so far, in milliseconds (/proc, 100 Hz ticks). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Run {
  operation: string;
  round: number;
  target: 'gateway' | 'pg' | 'bare';
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  peakRss?: number;
  /** The target process's CPU milliseconds per completed request (not PostgreSQL's). */
  cpuPerRequest: number;
}

async function drive(
  target: Run['target'],
  operation: BenchOperation,
  connections: number,
  round: number,
  timing: { duration: number; warmup: number } = { duration, warmup },
): Promise<Run> {
  const url =
    target === 'gateway'
      ? `${gatewayBase}/graphql`
      : `${target === 'pg' ? handWritten.base : bare.base}/${operation.key}`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (operation.staff) headers.cookie = staffCookie;
  if (timing.warmup > 0) {
    await autocannon({
      url,
      method: 'POST',
      connections,
      duration: timing.warmup,
      headers,
      body: bodyOf(operation, 0),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  let index = 0;
  let maxRss = 0;
  const pid =
    target === 'gateway'
      ? gatewayPid
      : ((target === 'pg' ? handWritten.child.pid : bare.child.pid) ?? 0);
  const cpuBefore = cpuMsOf(pid);
  const sampler =
    target === 'gateway'
      ? setInterval(() => {
          maxRss = Math.max(maxRss, rssOf(gatewayPid).rss);
        }, 200)
      : null;
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: timing.duration,
    headers,
    body: bodyOf(operation, 0),
    ...(operation.rotate && target === 'gateway'
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => {
                index += 1;
                return { ...request, body: bodyOf(operation, index) };
              },
            },
          ],
        }
      : {}),
  });
  if (sampler) clearInterval(sampler);
  const cpuPerRequest = (cpuMsOf(pid) - cpuBefore) / Math.max(1, result.requests.total);
  return {
    operation: operation.key,
    round,
    target,
    connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...(sampler ? { peakRss: maxRss } : {}),
    cpuPerRequest,
  };
}

async function settle(target: Run['target']) {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  if (target === 'gateway') await fetch(`${gatewayBase}/health`);
}

log(
  `\ngateway ${gatewayBase} (pid ${gatewayPid}); ${operations.length} operations × ${connectionLevels.join('/')} connections × 3 targets, ${duration} s each\n`,
);
const runs: Run[] = [];
for (let round = 1; round <= rounds; round += 1) {
  if (rounds > 1) log(`round ${round} of ${rounds}`);
  for (const operation of round % 2 === 1 ? operations : [...operations].reverse()) {
    for (const connections of connectionLevels) {
      for (const target of ['gateway', 'pg', 'bare'] as const) {
        if (target === 'pg' && !operation.sql) continue;
        const run = await drive(target, operation, connections, round);
        runs.push(run);
        // Requests still in flight when autocannon stops are not counted; let the target finish
        // them before the next run starts.
        await settle(target);
        log(
          `  ${operation.key.padEnd(10)} c=${String(connections).padStart(3)} ${target.padEnd(7)} ${run.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${run.p50} p90 ${run.p90} p97.5 ${run.p97_5} p99 ${run.p99} ms  cpu ${run.cpuPerRequest.toFixed(2)} ms/req${run.errors || run.non2xx ? `  ERRORS ${run.errors} non-2xx ${run.non2xx}` : ''}`,
        );
      }
    }
  }
}
// The latency targets' pairs (stats and pk, the deep and the first roll page), also driven in
// short alternating slices against the gateway, A B then B A, `sliceSeconds` each with no
// warm-up of their own, so both operations of a couple see nearly the same machine; each couple
// is one round of the target, judged on the median (bench/targets.ts).
const sliceSeconds = 1;
const pairedRuns: Run[] = [];
let couple = 0;
for (let round = 1; round <= rounds; round += 1) {
  for (const definition of TARGETS) {
    const [first, second] = (definition.pair ?? []).map((key) =>
      operations.find((operation) => operation.key === key),
    );
    if (!first || !second) continue;
    for (const connections of connectionLevels) {
      for (const order of [
        [first, second],
        [second, first],
      ]) {
        couple += 1;
        for (const operation of order) {
          if (!operation) continue;
          const run = await drive('gateway', operation, connections, couple, {
            duration: sliceSeconds,
            warmup: 0,
          });
          pairedRuns.push(run);
          await settle('gateway');
        }
        const shown = pairedRuns
          .slice(-2)
          .map(
            (run) =>
              `${run.operation} ${run.requestsPerSecond.toFixed(0)} req/s p90 ${run.p90} p97.5 ${run.p97_5} ms${run.errors || run.non2xx ? ` ERRORS ${run.errors} non-2xx ${run.non2xx}` : ''}`,
          );
        log(`  slices     c=${String(connections).padStart(3)} ${shown.join(' | ')}`);
      }
    }
  }
}
const gatewayMemory = rssOf(gatewayPid);

// --- report -------------------------------------------------------------------------------------
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)}`;
log(
  `\n| operation | conn | gateway req/s | p50 | p90 | p97.5 | p99 ms | (b) pg req/s | (b) p99 | (a) bare req/s | ÷ (b) | ÷ (a) | CPU ms/req | (b) CPU ms/req | SQL/req | RSS MB | errors |`,
);
log(
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (let round = 1; round <= rounds; round += 1) {
  for (const operation of operations) {
    for (const connections of connectionLevels) {
      const find = (target: Run['target']) =>
        runs.find(
          (run) =>
            run.operation === operation.key &&
            run.target === target &&
            run.connections === connections &&
            run.round === round,
        );
      const full = find('gateway');
      const b = find('pg');
      const a = find('bare');
      if (!full || !a) continue;
      log(
        `| ${rounds > 1 ? `${operation.key} (round ${round})` : operation.key} | ${connections} | ${full.requestsPerSecond.toFixed(0)} | ${full.p50} | ${full.p90} | ${full.p97_5} | ${full.p99} | ${b ? b.requestsPerSecond.toFixed(0) : '—'} | ${b ? b.p99 : '—'} | ${a.requestsPerSecond.toFixed(0)} | ${b ? ratio(full.requestsPerSecond / b.requestsPerSecond) : '—'} | ${ratio(full.requestsPerSecond / a.requestsPerSecond)} | ${full.cpuPerRequest.toFixed(1)} | ${b ? b.cpuPerRequest.toFixed(1) : '—'} | ${statementsPer[operation.key]} | ${mb(full.peakRss ?? 0)} | ${full.errors + full.non2xx + (b ? b.errors + b.non2xx : 0)} |`,
      );
    }
  }
}
const targets = evaluateTargets(runs, pairedRuns, {
  // As the gateway decides it (honor/public-read-cache.ts): on in production unless turned off.
  publicReadCache: gatewayEnv.PUBLIC_READ_CACHE !== 'off',
});
if (targets.length > 0) {
  log(
    `\nTargets through the same gateway (${rounds} round${rounds > 1 ? 's' : ''}; latency ratios at p90 / p97.5, which bracket p95; "alternating": the pair in alternating 1-second slices):`,
  );
  const shown = (values: number[]) => values.map((value) => ratio(value)).join(' / ');
  for (const outcome of targets)
    log(
      `  ${outcome.key.padEnd(11)} c=${String(outcome.connections).padStart(3)} ${outcome.bound.kind} ${outcome.bound.value}×: median ${shown(outcome.medians)} ${outcome.met ? 'met' : 'NOT met'}  ${outcome.source}  (rounds: ${outcome.rounds.map((entry) => shown(entry.values)).join('; ')})  ${outcome.title}`,
    );
}
log('\nOperations:');
for (const operation of operations)
  log(
    `  ${operation.key}: ${operation.title}${!operation.sql ? '  [no (b): not written yet]' : sameData[operation.key] ? '' : '  [(b) answer differs, see note above]'}`,
  );
log(
  `\nGateway peak RSS over the run: ${mb(gatewayMemory.peak)} MB (VmHWM). ÷ (b) and ÷ (a): the gateway's req/s over the baseline's, same run.`,
);
const jsonFile = option('json');
if (jsonFile)
  writeFileSync(
    jsonFile,
    JSON.stringify(
      {
        duration,
        rounds,
        connectionLevels,
        statementsPer,
        sameData,
        runs,
        pairedRuns,
        targets,
        gatewayMemory,
      },
      null,
      2,
    ),
  );
await db.end();
for (const child of children) child.kill();
const failed = [...runs, ...pairedRuns].some((run) => run.errors > 0 || run.non2xx > 0);
process.exit(failed ? 1 : 0);
