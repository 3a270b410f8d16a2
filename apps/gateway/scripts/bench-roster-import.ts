/**
 * `pnpm --filter @gonghui/gateway exec tsx scripts/bench-roster-import.ts [rows]`: writes a roster
 * of 50,000 rows (default) with exceljs's streaming writer, some rows bad on purpose, uploads it
 * through the real GraphQL multipart mutation to an in-memory PGlite gateway (migrated and
 * seeded with the demo data) and prints rows per second and the peak RSS, sampled every 50 ms.
 * The RSS includes the in-memory database itself (WebAssembly memory, which grows with the
 * members imported and never shrinks); the JS heap peak shows what the import itself holds.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.DATA_DIR = 'memory://bench-roster';
process.env.LOG_LEVEL ??= 'silent';
process.env.RATE_LIMIT_STAFF_PER_MINUTE ??= '100000';
// A fixed key for this throw-away database only.
process.env.GONGHUI_DATA_KEY ??= 'YmVuY2gtb25seS1rZXktbm90LWZvci1wcm9kdWN0aW8=';

const total = Number(process.argv[2] ?? 50_000);
const { computeIdNumberCheckCharacter } = await import('@gonghui/domain');
const ExcelJS = (await import('exceljs')).default;
const { database } = await import('../src/db.js');
const { seedDemoIfEmpty, seedUuid } = await import('../src/seed/seed-demo.js');
const { encodeGlobalId } = await import('../src/global-id.js');
const { yoga } = await import('../src/yoga.js');
const { rosterImportsSettled } = await import('../src/roster/import-runner.js');
const { demoStaffPassword } = await import('../src/seed/demo-staff.js');

let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
}, 50);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** A distinct valid ID number per row (Beijing districts, birth dates 1960–1999). */
function idNumberOf(index: number): string {
  const district = 110101 + (index % 8);
  const day = new Date(Date.UTC(1960, 0, 1) + (index % 14_600) * 86_400_000);
  const birth = day.toISOString().slice(0, 10).replace(/-/g, '');
  const sequence = String(Math.floor(index / 14_600)).padStart(3, '0');
  const first17 = `${district}${birth}${sequence}`;
  return first17 + computeIdNumberCheckCharacter(first17);
}

async function writeRoster(path: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false });
  const sheet = workbook.addWorksheet('花名册');
  sheet
    .addRow(['姓名', '身份证号', '手机号', '入会日期', '是否农民工', '新就业形态群体', '工作单位'])
    .commit();
  let bad = 0;
  for (let index = 0; index < total; index += 1) {
    let id = idNumberOf(index);
    let phone = `139${String(index).padStart(8, '0')}`;
    if (index % 50 === 49) {
      id = id.slice(0, 17) + (id.endsWith('0') ? '1' : '0'); // wrong check character
      bad += 1;
    } else if (index % 97 === 96) {
      phone = '12345'; // bad phone
      bad += 1;
    } else if (index % 1000 === 998) {
      id = idNumberOf(index - 1); // repeats the row before
      bad += 1;
    }
    sheet
      .addRow([
        `会员${index}`,
        id,
        phone,
        `20${String(10 + (index % 14)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}`,
        index % 5 === 0 ? '是' : '否',
        index % 11 === 0 ? '快递员' : '',
        '示例物流有限公司',
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return bad;
}

async function post(body: BodyInit, headers: Record<string, string>) {
  const response = await yoga.fetch('http://bench.local/graphql', {
    method: 'POST',
    headers: { 'x-graphql-yoga-csrf': '1', ...headers },
    body,
  });
  return { response, json: (await response.json()) as { data?: Record<string, unknown> } };
}

const folder = mkdtempSync(join(tmpdir(), 'roster-bench-'));
try {
  await database.migrate();
  await seedDemoIfEmpty(database.prisma);
  const path = join(folder, 'roster.xlsx');
  const writeStart = performance.now();
  const bad = await writeRoster(path);
  const bytes = readFileSync(path);
  console.log(
    `wrote ${total} rows (${bad} bad on purpose), ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, in ${((performance.now() - writeStart) / 1000).toFixed(1)} s`,
  );

  const login = await post(
    JSON.stringify({
      query:
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }',
      variables: { u: 'shinan.admin', p: demoStaffPassword },
    }),
    { 'content-type': 'application/json' },
  );
  const session = /gh_session=([^;]+)/.exec(login.response.headers.get('set-cookie') ?? '')?.[1];
  if (!session) throw new Error('sign-in failed');

  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query:
        'mutation ($o: ID!, $f: File!) { importRoster(organizationId: $o, file: $f) { __typename ... on RosterImport { id } ... on Error { message } } }',
      variables: { o: encodeGlobalId('Organization', seedUuid('qingdao-shinan-hisense')), f: null },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.f'] }));
  form.append('0', new File([bytes], 'roster.xlsx'));
  peakRss = process.memoryUsage().rss;
  peakHeap = process.memoryUsage().heapUsed;
  const baseline = peakRss;
  const baselineHeap = peakHeap;
  const start = performance.now();
  const uploaded = await post(form, { cookie: `gh_session=${session}` });
  const result = uploaded.json.data?.importRoster as { __typename: string; id?: string };
  if (result?.__typename !== 'RosterImport') throw new Error(JSON.stringify(uploaded.json));
  await rosterImportsSettled();
  const seconds = (performance.now() - start) / 1000;
  const outcome = await database.prisma.rosterImport.findFirstOrThrow({
    orderBy: { createdAt: 'desc' },
  });
  console.log(
    `import ${outcome.status}: ${outcome.processedRows} rows (${outcome.importedRows} imported, ${outcome.failedRows} with issues, ${outcome.alreadyMemberRows} already members) in ${seconds.toFixed(1)} s = ${Math.round(outcome.processedRows / seconds)} rows/s`,
  );
  const rules = await database.prisma.rosterImportIssue.groupBy({
    by: ['rule'],
    where: { importId: outcome.id },
    _count: { _all: true },
  });
  console.log(`issues by rule: ${rules.map((row) => `${row.rule} ${row._count._all}`).join(', ')}`);
  console.log(`RSS before the upload ${mib(baseline)}, peak during the import ${mib(peakRss)}`);
  // PGlite's memory (the in-memory database, which grows with every row) is WebAssembly
  // memory outside the JavaScript heap: the heap is what the import itself holds.
  console.log(
    `JS heap used before the upload ${mib(baselineHeap)}, peak during the import ${mib(peakHeap)}`,
  );
} finally {
  clearInterval(sampler);
  rmSync(folder, { recursive: true, force: true });
  await database.close();
}
