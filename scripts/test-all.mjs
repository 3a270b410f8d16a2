#!/usr/bin/env node
/**
 * `pnpm test`: the whole test suite, as CI runs it.
 *
 *  1. generated code, the committed GraphQL schema, migrations and the apps' persisted-document
 *     manifests are in step with the source;
 *  2. lint, typecheck and build every package (Turborepo; cached on a second run), and the
 *     front-end budgets (gzipped JavaScript per screen, size-limit);
 *  3. unit tests (domain, apps) and the gateway's GraphQL tests on embedded PGlite;
 *  4. the gateway's GraphQL tests again on a real PostgreSQL server started here on a
 *     loopback port (Debian's postgresql package is installed with apt-get when missing);
 *  5. browser journeys of both apps in Debian Chromium (installed when missing).
 *
 * It ends with one line `N passed, N failed` (tests, plus any check step that failed) and
 * exits non-zero on any failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, '.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const isRoot = process.getuid?.() === 0;
const results = []; // { step, ok, passed, failed, skipped }

function log(message) {
  process.stdout.write(`\n\x1b[1m▶ ${message}\x1b[0m\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...options.env },
    stdio: 'inherit',
  });
  return result.status === 0;
}

function step(name, command, args, options) {
  log(name);
  const ok = run(command, args, options);
  results.push({ step: name, ok, passed: 0, failed: ok ? 0 : 1, skipped: 0, counted: false });
  return ok;
}

/** Runs vitest in a package with a JSON report, and records its test counts. */
function vitestStep(name, packageDir, reportName, env = {}) {
  log(name);
  const outputFile = join(reports, `${reportName}.json`);
  const ok = run(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${outputFile}`,
    ],
    { cwd: join(root, packageDir), env },
  );
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (existsSync(outputFile)) {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    counts = {
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + (ok || report.numFailedTests ? 0 : 1),
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
    if (report.numTotalTests === 0) counts.failed += 1; // a suite that ran nothing is a failure
  }
  results.push({ step: name, ok, ...counts, counted: true });
  return ok;
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function aptInstall(packages) {
  if (!isRoot || !commandExists('apt-get')) return false;
  log(`Installing ${packages.join(', ')} with apt-get`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  return run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
}

/** The folder holding pg_ctl and initdb: PostgreSQL 15 preferred, installed when absent. */
function findPostgresBin() {
  const candidates = () => {
    const base = '/usr/lib/postgresql';
    const versions = existsSync(base)
      ? readdirSync(base).sort((a, b) => Number(b) - Number(a))
      : [];
    const preferred = versions.includes('15')
      ? ['15', ...versions.filter((v) => v !== '15')]
      : versions;
    return preferred
      .map((v) => join(base, v, 'bin'))
      .filter((dir) => existsSync(join(dir, 'pg_ctl')));
  };
  let found = candidates();
  if (found.length === 0) {
    aptInstall(['postgresql']);
    found = candidates();
  }
  if (found.length === 0 && commandExists('pg_ctl')) {
    return resolve(execFileSync('sh', ['-c', 'dirname "$(command -v pg_ctl)"']).toString().trim());
  }
  return found[0] ?? null;
}

/** Starts a throw-away PostgreSQL on a loopback port; returns its URL and a stop function. */
function startPostgres() {
  const bin = findPostgresBin();
  if (!bin)
    return {
      error: 'PostgreSQL is not installed and could not be installed (need root + apt-get).',
    };
  const base = join(tmpdir(), `gonghui-pg-${process.pid}`);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  chmodSync(base, 0o777);
  const data = join(base, 'data');
  const port = String(54_000 + (process.pid % 900));
  // initdb refuses to run as root: use the postgres system user the Debian package creates.
  const asUser = isRoot ? ['runuser', '-u', 'postgres', '--'] : [];
  const exec = (args) => {
    const [command, ...rest] = [...asUser, ...args];
    return run(command, rest, { cwd: base });
  };
  if (
    !exec([
      join(bin, 'initdb'),
      '-D',
      data,
      '-U',
      'gonghui',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ])
  ) {
    return { error: 'initdb failed' };
  }
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${base} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  if (
    !exec([
      join(bin, 'pg_ctl'),
      '-D',
      data,
      '-o',
      options,
      '-l',
      join(base, 'server.log'),
      '-w',
      'start',
    ])
  ) {
    return { error: `pg_ctl start failed (log: ${join(base, 'server.log')})` };
  }
  const version = execFileSync(join(bin, 'postgres'), ['--version']).toString().trim();
  exec([join(bin, 'createdb'), '-h', '127.0.0.1', '-p', port, '-U', 'gonghui', 'gonghui_test']);
  return {
    url: `postgresql://gonghui@127.0.0.1:${port}/gonghui_test`,
    dump: (file) =>
      run('sh', [
        '-c',
        `"${join(bin, 'pg_dump')}" -h 127.0.0.1 -p ${port} -U gonghui gonghui_test > "${file}"`,
      ]),
    version,
    stop: () => {
      exec([join(bin, 'pg_ctl'), '-D', data, '-m', 'fast', 'stop']);
      rmSync(base, { recursive: true, force: true });
    },
  };
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const present = () => candidates.find((path) => path && existsSync(path));
  if (!present()) aptInstall(['chromium']);
  return present() ?? null;
}

const turbo = ['exec', 'turbo', 'run', '--output-logs=errors-only'];

// 1. Generated code and committed artefacts.
step('Generate the Prisma client and Pothos types', 'pnpm', [
  '--filter',
  '@gonghui/gateway',
  'exec',
  'prisma',
  'generate',
]);
step('schema.graphql matches the code', 'pnpm', [
  '--filter',
  '@gonghui/gateway',
  'run',
  'schema:check',
]);
step("Persisted-document manifests match the apps' documents", 'node', [
  'scripts/persisted-documents.mjs',
  '--check',
]);
step('Migrations match the Prisma schema', 'pnpm', [
  '--filter',
  '@gonghui/gateway',
  'run',
  'migrations:check',
]);

// 2. Lint, typecheck, build.
step('Lint (Biome)', 'pnpm', ['exec', 'biome', 'check', '.']);
step('Typecheck and build every package (Turborepo)', 'pnpm', [...turbo, 'typecheck', 'build']);
// Front-end budgets (size-limit, gzipped JS per screen; docs/performance.md).
step('Front-end budgets: public site (size-limit)', 'pnpm', [
  '--filter',
  '@gonghui/public',
  'run',
  'size',
]);
step('Front-end budgets: admin console (size-limit)', 'pnpm', [
  '--filter',
  '@gonghui/admin',
  'run',
  'size',
]);

// 3. Unit tests and gateway tests on the embedded database.
vitestStep('Domain rules (unit and property tests)', 'packages/domain', 'domain');
vitestStep('Admin console unit tests', 'apps/admin', 'admin');
vitestStep('Public site unit tests', 'apps/public', 'public');
vitestStep('Gateway GraphQL tests on embedded PGlite', 'apps/gateway', 'gateway-pglite');

// 4. Gateway tests on PostgreSQL.
log('Starting PostgreSQL on a loopback port');
const postgres = startPostgres();
if (postgres.error) {
  console.error(postgres.error);
  results.push({ step: 'PostgreSQL', ok: false, passed: 0, failed: 1, skipped: 0 });
} else {
  console.log(`${postgres.version} at ${postgres.url}`);
  try {
    const env = { DATABASE_URL: postgres.url };
    step(
      'Apply migrations to PostgreSQL (pnpm db:migrate)',
      'pnpm',
      ['--filter', '@gonghui/gateway', 'run', 'db:migrate'],
      { env },
    );
    vitestStep('Gateway GraphQL tests on PostgreSQL', 'apps/gateway', 'gateway-postgres', {
      ...env,
      LOG_LEVEL: 'debug',
      LOG_FILE: join(reports, 'gateway-postgres.log'),
    });
    log('Dumping the PostgreSQL test database (scanned for personal data below)');
    postgres.dump(join(reports, 'postgres-dump.sql'));
  } finally {
    postgres.stop();
  }
}

// 5. Browser journeys.
log('Browser journeys in Chromium');
const chromium = findChromium();
if (!chromium) {
  console.error('Chromium is not installed and could not be installed (need root + apt-get).');
  results.push({ step: 'Chromium', ok: false, passed: 0, failed: 1, skipped: 0 });
} else {
  const outputFile = join(reports, 'e2e.json');
  const ok = run('pnpm', ['exec', 'playwright', 'test'], {
    cwd: join(root, 'e2e'),
    env: { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: outputFile },
  });
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (existsSync(outputFile)) {
    const { stats } = JSON.parse(readFileSync(outputFile, 'utf8'));
    counts = {
      passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
      failed: (stats.unexpected ?? 0) + (ok || stats.unexpected ? 0 : 1),
      skipped: stats.skipped ?? 0,
    };
    if ((stats.expected ?? 0) + (stats.unexpected ?? 0) + (stats.flaky ?? 0) === 0)
      counts.failed += 1;
  }
  results.push({ step: 'Browser journeys (Playwright, Chromium)', ok, ...counts });
}

// 6. Personal data at rest and in logs.
const scanned = [
  join(reports, 'postgres-dump.sql'),
  join(reports, 'gateway-postgres.log'),
  join(reports, 'gateway-e2e.log'),
].filter((file) => existsSync(file));
step('No plaintext ID number or phone in the database dump or the gateway logs', 'pnpm', [
  '--filter',
  '@gonghui/gateway',
  'exec',
  'tsx',
  'scripts/scan-personal-data.ts',
  ...scanned,
]);
if (scanned.length < 3) {
  console.error(`expected a dump and two logs to scan, found: ${scanned.join(', ') || 'none'}`);
  results.push({ step: 'Personal-data scan inputs', ok: false, passed: 0, failed: 1, skipped: 0 });
}

// Summary.
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const skipped = results.reduce((sum, r) => sum + r.skipped, 0);
process.stdout.write('\n\x1b[1mSummary\x1b[0m\n');
for (const r of results) {
  const counts =
    r.passed || r.failed > (r.ok ? 0 : 1) || r.counted
      ? ` (${r.passed} passed, ${r.failed} failed)`
      : '';
  process.stdout.write(`  ${r.ok ? '✔' : '✘'} ${r.step}${counts}\n`);
}
process.stdout.write(
  `\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);
