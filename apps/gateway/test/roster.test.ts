import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { computeIdNumberCheckCharacter } from '@gonghui/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readConfig } from '../src/config.js';
import { database, prisma } from '../src/db.js';
import { decodeGlobalId, encodeGlobalId } from '../src/global-id.js';
import { createHttpServer } from '../src/http-server.js';
import { rosterImportsSettled, streamRows } from '../src/roster/import-runner.js';
import { maxUploadBodyBytes } from '../src/roster/limits.js';
import { demoMembers } from '../src/seed/demo-members.js';
import { flattenDemoTree, seedUuid } from '../src/seed/seed-demo.js';
import { yoga } from '../src/yoga.js';
import { figureMismatches } from './figures-helpers.js';
import { graphql, signIn } from './graphql.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const hisense = seedUuid('qingdao-shinan-hisense');
const hisenseId = encodeGlobalId('Organization', hisense);
const shinanId = encodeGlobalId('Organization', seedUuid('qingdao-shinan'));

const server = createHttpServer(
  { ...readConfig(), adminDist: '/nonexistent/admin', publicDist: '/nonexistent/public' },
  database,
);
let base = '';
let admin = ''; // shinan.admin: UNION_ADMIN of the district holding Hisense

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  admin = await signIn('shinan.admin');
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Valid ID numbers of a region no demo member comes from (Beijing, 110105). */
const withCheck = (first17: string) => first17 + computeIdNumberCheckCharacter(first17);
const idFor = (birth: string, sequence: number) =>
  withCheck(`110105${birth}${String(sequence).padStart(3, '0')}`);
const goodA = idFor('19850412', 11);
const goodB = idFor('19920105', 22);
const goodC = idFor('19781130', 33);
const noName = idFor('19900606', 44);
const badCheck = (() => {
  const id = idFor('19880808', 55);
  return id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
})();

const rows = flattenDemoTree();
const demo = demoMembers(rows);
const laoshan = seedUuid('qingdao-laoshan');
const laoshanUnion = rows.find(
  (row) => row.kind === 'GRASSROOTS_UNION' && row.lineageIds.includes(laoshan),
);
const memberElsewhere = demo.find((member) => member.row.organizationId === laoshanUnion?.id);
const memberHere = demo.find((member) => member.row.organizationId === hisense);

const HEADER = [
  '姓名',
  '身份证号',
  '手机号',
  '入会日期',
  '是否农民工',
  '新就业形态群体',
  '工作单位',
];

async function workbook(sheetRows: unknown[][]): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('花名册');
  for (const row of sheetRows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The roster of the main test: good rows and every kind of bad row. */
async function mixedRoster() {
  return workbook([
    // Columns in another order than the template, with spaces around a header.
    [' 身份证号 ', '姓名', '手机号', '入会日期', '是否农民工', '新就业形态群体', '工作单位'],
    [goodA, '张三', '13800138000', '2020-03-01', '是', '外卖送餐员', '海信视像'], // 2 good
    [badCheck, '李四', '', '2020-03-01'], // 3 bad check character
    [idFor('19700101', 66), '王五', '12345', '2020-03-01'], // 4 bad phone
    [idFor('19700102', 77), '赵六', '', '2020-02-30'], // 5 bad date
    [goodA.toLowerCase(), '孙七', '', '2021/1/1'], // 6 repeats row 2
    [memberElsewhere?.idNumber, '周八', '', '2021-01-01'], // 7 member of a Laoshan union
    [noName, '', '', '2021-01-01'], // 8 no name
    [goodB, '吴九', null, new Date(Date.UTC(2019, 4, 1))], // 9 good, Excel date cell
    [], // 10 blank: skipped
    [goodC, '郑十', 13912345678, '2019年5月1日', '否'], // 11 good, phone typed as a number
    [memberHere?.idNumber, '冯十一', '', '2018-01-01'], // 12 already a member of Hisense
  ]);
}

const importMutation = /* GraphQL */ `
  mutation ($organizationId: ID!, $file: File!) {
    importRoster(organizationId: $organizationId, file: $file) {
      __typename
      ... on RosterImport { id status fileName createdByName reportUrl }
      ... on ValidationError { field rule message }
      ... on Error { message }
    }
  }
`;

interface Uploaded {
  importRoster: { __typename: string; id?: string; status?: string; field?: string; rule?: string };
}

/** A GraphQL multipart request (the spec's `operations`, `map` and one file part). */
async function upload(
  session: string | undefined,
  organizationId: string,
  bytes: Uint8Array<ArrayBuffer>,
  fileName = 'roster.xlsx',
) {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: importMutation, variables: { organizationId, file: null } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new File([bytes], fileName, { type: XLSX }));
  const headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' };
  if (session) headers.cookie = `gh_session=${session}`;
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers,
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Uploaded; errors?: unknown[] },
  };
}

const importQuery = /* GraphQL */ `
  query ($id: ID!, $first: Int) {
    node(id: $id) {
      __typename
      ... on RosterImport {
        id status totalRows processedRows importedRows alreadyMemberRows failedRows
        failureMessage finishedAt createdByName reportUrl fileName
        organization { id }
        issues(first: $first) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { rowNumber column field rule message } }
        }
      }
    }
  }
`;

interface ImportNode {
  status: string;
  totalRows: number | null;
  processedRows: number;
  importedRows: number;
  alreadyMemberRows: number;
  failedRows: number;
  failureMessage: string | null;
  finishedAt: string | null;
  createdByName: string | null;
  reportUrl: string | null;
  issues: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    edges: {
      node: { rowNumber: number; column: string; field: string; rule: string; message: string };
    }[];
  };
}

async function importOf(id: string, session = admin, first = 50) {
  const result = await graphql<{ node: ImportNode | null }>(
    importQuery,
    { id, first },
    { session },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.node ?? null;
}

/** Uploads a file as shinan.admin and waits for its import to finish. */
async function importFile(bytes: Uint8Array<ArrayBuffer>, organizationId = hisenseId) {
  const uploaded = await upload(admin, organizationId, bytes);
  expect(uploaded.body.errors).toBeUndefined();
  const result = uploaded.body.data?.importRoster;
  expect(result?.__typename, JSON.stringify(result)).toBe('RosterImport');
  expect(['QUEUED', 'RUNNING']).toContain(result?.status);
  await rosterImportsSettled();
  const node = await importOf(result?.id ?? '');
  return { id: result?.id ?? '', node: node as ImportNode };
}

const hisenseMembers = () => prisma.member.count({ where: { organizationId: hisense } });

describe('roster import', () => {
  let firstImportId = '';

  it('imports the good rows and reports every bad row with its row, column and rule', async () => {
    expect(memberElsewhere && memberHere).toBeTruthy();
    const before = await hisenseMembers();
    const { id, node } = await importFile(await mixedRoster());
    firstImportId = id;
    expect(node).toMatchObject({
      status: 'SUCCEEDED',
      totalRows: 10,
      processedRows: 10,
      importedRows: 3,
      alreadyMemberRows: 1,
      failedRows: 6,
      failureMessage: null,
      createdByName: '李秀梅',
      reportUrl: `/api/roster-imports/${id}/report.xlsx`,
    });
    expect(node.issues.totalCount).toBe(6);
    expect(
      node.issues.edges.map(({ node: issue }) => [
        issue.rowNumber,
        issue.column,
        issue.field,
        issue.rule,
      ]),
    ).toEqual([
      [3, '身份证号', 'idNumber', 'ID_NUMBER_CHECKSUM'],
      [4, '手机号', 'phone', 'PHONE_FORMAT'],
      [5, '入会日期', 'joinedOn', 'DATE_INVALID'],
      [6, '身份证号', 'idNumber', 'ROSTER_ID_NUMBER_DUPLICATE'],
      [7, '身份证号', 'idNumber', 'ID_NUMBER_ALREADY_MEMBER'],
      [8, '姓名', 'name', 'MEMBER_NAME_EMPTY'],
    ]);
    const messages = node.issues.edges.map(({ node: issue }) => issue.message);
    expect(messages[3]).toContain('第 2 行');
    expect(messages[4]).toBe('已是其他工会会员，请办理转会');

    expect(await hisenseMembers()).toBe(before + 3);
    const imported = await prisma.member.findMany({
      where: { organizationId: hisense, name: { in: ['张三', '吴九', '郑十'] } },
      orderBy: { name: 'asc' },
    });
    expect(imported.map((member) => member.name).sort()).toEqual(['吴九', '张三', '郑十']);
    const zhang = imported.find((member) => member.name === '张三');
    expect(zhang).toMatchObject({
      isMigrant: true,
      employmentGroup: 'FOOD_DELIVERY_RIDER',
      employerName: '海信视像',
      phoneMasked: '138****8000',
      idNumberMasked: `${goodA.slice(0, 4)}**********${goodA.slice(-4)}`,
      sex: 'MALE',
      status: 'ACTIVE',
    });
    expect(zhang?.joinedOn.toISOString().slice(0, 10)).toBe('2020-03-01');
    const wu = imported.find((member) => member.name === '吴九');
    expect(wu?.joinedOn.toISOString().slice(0, 10)).toBe('2019-05-01');
    expect(wu?.phoneMasked).toBeNull();
    expect(imported.find((member) => member.name === '郑十')?.phoneMasked).toBe('139****5678');

    const events = await prisma.memberEvent.count({
      where: { memberId: { in: imported.map((member) => member.id) }, type: 'JOINED' },
    });
    expect(events).toBe(3);
    const audit = await prisma.auditLog.findMany({
      where: { action: 'member.importRoster', targetId: decodeGlobalId(id).id },
    });
    expect(audit.map((entry) => [entry.organizationId, entry.after])).toEqual([
      [hisense, { imported: 3, firstRow: 2, lastRow: 11 }],
    ]);
    expect(await figureMismatches()).toEqual([]);
  });

  it('pages the issues in row order', async () => {
    const page = await importOf(firstImportId, admin, 2);
    expect(page?.issues.totalCount).toBe(6);
    expect(page?.issues.pageInfo.hasNextPage).toBe(true);
    expect(page?.issues.edges.map(({ node }) => node.rowNumber)).toEqual([3, 4]);
  });

  it('creates no duplicates when the same file is imported again', async () => {
    const before = await hisenseMembers();
    const { node } = await importFile(await mixedRoster());
    expect(node).toMatchObject({
      status: 'SUCCEEDED',
      importedRows: 0,
      alreadyMemberRows: 4,
      failedRows: 6,
    });
    expect(await hisenseMembers()).toBe(before);
    expect(await figureMismatches()).toEqual([]);
  });

  it('lists the imports into a union, newest first', async () => {
    const result = await graphql<{
      rosterImports: {
        data: { totalCount: number; edges: { node: { id: string; createdAt: string } }[] };
      };
    }>(
      `query ($id: ID!) { rosterImports(organizationId: $id, first: 10) { __typename
        ... on QueryRosterImportsSuccess { data { totalCount edges { node { id createdAt } } } } } }`,
      { id: hisenseId },
      { session: admin },
    );
    const edges = result.data?.rosterImports.data.edges ?? [];
    expect(result.data?.rosterImports.data.totalCount).toBe(edges.length);
    expect(edges.length).toBeGreaterThanOrEqual(2);
    expect(edges.at(-1)?.node.id).toBe(firstImportId);
    const times = edges.map(({ node }) => node.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('imports the downloadable template’s example row', async () => {
    const response = await fetch(`${base}/api/rosters/template.xlsx`, {
      headers: { cookie: `gh_session=${admin}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(book.worksheets[0]?.getRow(1).values).toEqual([undefined, ...HEADER]);
    const { node } = await importFile(bytes);
    expect(node).toMatchObject({
      status: 'SUCCEEDED',
      totalRows: 1,
      importedRows: 1,
      failedRows: 0,
    });
  });

  it('fails a file that is not a roster as a whole, and refuses one that is not an xlsx', async () => {
    const missing = await importFile(
      await workbook([
        ['姓名', '手机号'],
        ['张三', '13800138000'],
      ]),
    );
    expect(missing.node.status).toBe('FAILED');
    expect(missing.node.failureMessage).toContain('缺少必填列「身份证号」');
    expect(missing.node.failureMessage).toContain('缺少必填列「入会日期」');
    expect(missing.node.finishedAt).not.toBeNull();

    // Over 256 KiB (the limit of every other body), looks like a zip, is not a workbook.
    const fake = new Uint8Array(300 * 1024).fill(7);
    fake.set([0x50, 0x4b, 0x03, 0x04]);
    const broken = await importFile(fake);
    expect(broken.node.status).toBe('FAILED');
    expect(broken.node.failureMessage).toContain('.xlsx');

    const text = new TextEncoder().encode('姓名,身份证号\n张三,1\n');
    for (const name of ['roster.csv', 'roster.xlsx']) {
      const refused = await upload(admin, hisenseId, text, name);
      expect(refused.body.data?.importRoster).toMatchObject({
        __typename: 'ValidationError',
        field: 'file',
        rule: 'ROSTER_FILE_TYPE',
      });
    }
  });

  it('refuses a file over the upload limit with 413, before reading it', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: importMutation, variables: {} }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new File([new Uint8Array(maxUploadBodyBytes + 1)], 'big.xlsx'));
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'x-graphql-yoga-csrf': '1', cookie: `gh_session=${admin}` },
      body: form,
    });
    expect(response.status, await response.text()).toBe(413);
  });

  it('accepts an upload through the HTTP port too, and refuses an oversized one there', async () => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: importMutation,
        variables: { organizationId: hisenseId, file: null },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    // Over 256 KiB: a second worksheet of random text (only the first worksheet is read).
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('花名册');
    sheet.addRow(HEADER);
    sheet.addRow(['卫十二', idFor('19950505', 99), '', '2023-03-03']);
    const notes = book.addWorksheet('备注');
    for (let index = 0; index < 4000; index += 1) {
      notes.addRow([randomBytes(48).toString('hex'), '这里不是会员']);
    }
    const padded = new Uint8Array(await book.xlsx.writeBuffer());
    expect(padded.byteLength).toBeGreaterThan(256 * 1024);
    form.append('0', new File([padded], 'padded.xlsx', { type: XLSX }));
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'x-graphql-yoga-csrf': '1', cookie: `gh_session=${admin}` },
      body: form,
    });
    const body = (await response.json()) as { data?: Uploaded };
    expect(response.status).toBe(200);
    expect(body.data?.importRoster.__typename).toBe('RosterImport');
    await rosterImportsSettled();
    const node = await importOf(body.data?.importRoster.id ?? '');
    expect(node).toMatchObject({ status: 'SUCCEEDED', totalRows: 1, importedRows: 1 });

    const big = new FormData();
    big.append('operations', JSON.stringify({ query: importMutation, variables: {} }));
    big.append('map', JSON.stringify({ 0: ['variables.file'] }));
    big.append('0', new File([new Uint8Array(maxUploadBodyBytes + 1)], 'big.xlsx'));
    const refused = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'x-graphql-yoga-csrf': '1', cookie: `gh_session=${admin}` },
      body: big,
    });
    expect(refused.status).toBe(413);
  });

  it('refuses a union that holds no members, and callers without the right', async () => {
    const bytes = await mixedRoster();
    const district = await upload(admin, shinanId, bytes);
    expect(district.body.data?.importRoster).toMatchObject({
      __typename: 'ValidationError',
      field: 'organizationId',
      rule: 'MEMBER_JOINING_ORGANIZATION_KIND',
    });
    const outside = await upload(await signIn('laoshan.admin'), hisenseId, bytes);
    expect(outside.body.data?.importRoster.__typename).toBe('NotFoundError');
    const caseworker = await upload(await signIn('hisense.caseworker'), hisenseId, bytes);
    expect(caseworker.body.data?.importRoster.__typename).toBe('ForbiddenError');
    const anonymous = await upload(undefined, hisenseId, bytes);
    expect(anonymous.body.data?.importRoster.__typename).toBe('UnauthenticatedError');
    const withoutCsrf = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { cookie: `gh_session=${admin}` },
      body: new FormData(),
    });
    expect(withoutCsrf.status).toBe(403);
  });

  it('still lands the good rows when a batch meets a person added meanwhile', async () => {
    // The batch's look-up misses the people already recorded (as if they were added between
    // the look-up and the insert): its transaction meets the unique index and is retried row
    // by row.
    const lookup = prisma.member.findMany.bind(prisma.member);
    const spy = vi
      .spyOn(prisma.member, 'findMany')
      .mockImplementationOnce((async () => []) as unknown as typeof lookup);
    const fresh = idFor('19930303', 88);
    const before = await hisenseMembers();
    const { node } = await importFile(
      await workbook([
        HEADER,
        ['钱一', fresh, '', '2022-02-02'],
        ['冯十一', memberHere?.idNumber, '', '2018-01-01'],
        ['周八', memberElsewhere?.idNumber, '', '2021-01-01'],
      ]),
    );
    spy.mockRestore();
    expect(node).toMatchObject({
      status: 'SUCCEEDED',
      importedRows: 1,
      alreadyMemberRows: 1,
      failedRows: 1,
    });
    expect(node.issues.edges.map(({ node: issue }) => [issue.rowNumber, issue.rule])).toEqual([
      [4, 'ID_NUMBER_ALREADY_MEMBER'],
    ]);
    expect(await hisenseMembers()).toBe(before + 1);
    expect(await figureMismatches()).toEqual([]);
  });

  it('hides an import from staff of another district', async () => {
    const laoshanAdmin = await signIn('laoshan.admin');
    expect(await importOf(firstImportId, laoshanAdmin)).toBeNull();
    const list = await graphql<{ rosterImports: { __typename: string } }>(
      `query ($id: ID!) { rosterImports(organizationId: $id, first: 5) { __typename
        ... on QueryRosterImportsSuccess { data { totalCount } } } }`,
      { id: hisenseId },
      { session: laoshanAdmin },
    );
    expect(list.data?.rosterImports.__typename).toBe('NotFoundError');
  });
});

async function download(path: string, session?: string) {
  const response = await fetch(`${base}${path}`, {
    headers: session ? { cookie: `gh_session=${session}` } : {},
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes };
}

async function sheetRows(bytes: Uint8Array): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  const rowsOut: string[][] = [];
  book.worksheets[0]?.eachRow((row) => {
    rowsOut.push((row.values as unknown[]).slice(1).map((value) => String(value ?? '')));
  });
  return rowsOut;
}

describe('roster downloads', () => {
  let importId = '';

  beforeAll(async () => {
    await rosterImportsSettled();
    const latest = await prisma.rosterImport.findFirstOrThrow({
      where: { organizationId: hisense, failedRows: 6 },
      orderBy: { createdAt: 'asc' },
    });
    importId = encodeGlobalId('RosterImport', latest.id);
  });

  it('gives the import report as a workbook listing each issue, identities masked', async () => {
    const report = await download(`/api/roster-imports/${importId}/report.xlsx`, admin);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-disposition')).toMatch(/^attachment;/);
    const sheet = await sheetRows(report.bytes);
    expect(sheet[0]?.slice(0, 3)).toEqual(['行号', '列', '原因']);
    expect(sheet[0]?.slice(3)).toEqual(HEADER);
    expect(sheet.slice(1).map((row) => [row[0], row[1]])).toEqual([
      ['3', '身份证号'],
      ['4', '手机号'],
      ['5', '入会日期'],
      ['6', '身份证号'],
      ['7', '身份证号'],
      ['8', '姓名'],
    ]);
    const phoneRow = sheet.find((row) => row[0] === '4');
    expect(phoneRow?.[3]).toBe('王五');
    expect(phoneRow?.[5]).toBe('*****'); // the bad phone '12345', masked
    const text = JSON.stringify(sheet);
    for (const id of [badCheck, goodA, noName, memberElsewhere?.idNumber ?? '']) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(id.toLowerCase());
    }
    expect(text).toContain(`${badCheck.slice(0, 4)}**********${badCheck.slice(-4)}`);
  });

  it('answers 404 for another district’s import, a bogus id and an anonymous caller', async () => {
    const laoshanAdmin = await signIn('laoshan.admin');
    for (const [path, session] of [
      [`/api/roster-imports/${importId}/report.xlsx`, laoshanAdmin],
      [`/api/roster-imports/${importId}/report.xlsx`, undefined],
      [
        `/api/roster-imports/${encodeGlobalId('RosterImport', seedUuid('nothing'))}/report.xlsx`,
        admin,
      ],
      ['/api/roster-imports/not-an-id/report.xlsx', admin],
      [`/api/rosters/${hisenseId}/roster.xlsx`, laoshanAdmin],
      ['/api/rosters/template.xlsx', undefined],
      ['/api/elsewhere', admin],
    ] as const) {
      expect((await download(path, session)).status, path).toBe(404);
    }
  });

  it('exports a union’s roster masked, and unmasked only with the right and a logged reason', async () => {
    const expected = await prisma.member.count({
      where: { lineageIds: { has: hisense }, status: { in: ['ACTIVE', 'RETIRED_KEPT'] } },
    });
    const auditsBefore = await prisma.auditLog.count({ where: { action: 'member.exportRoster' } });

    const masked = await download(`/api/rosters/${hisenseId}/roster.xlsx`, admin);
    expect(masked.status).toBe(200);
    const maskedRows = await sheetRows(masked.bytes);
    expect(maskedRows[0]).toEqual([...HEADER, '会籍状态', '所属工会']);
    expect(maskedRows.length - 1).toBe(expected);
    const zhang = maskedRows.find((row) => row[0] === '张三');
    expect(zhang?.[1]).toBe(`${goodA.slice(0, 4)}**********${goodA.slice(-4)}`);
    expect(zhang?.[2]).toBe('138****8000');
    expect(zhang?.slice(3, 7)).toEqual(['2020-03-01', '是', '外卖送餐员', '海信视像']);
    expect(JSON.stringify(maskedRows)).not.toContain(goodA);

    // Reading members is not enough: exporting them needs 导出会员数据 (member.export).
    for (const username of ['qingdao.viewer', 'hisense.caseworker']) {
      const refused = await download(
        `/api/rosters/${hisenseId}/roster.xlsx`,
        await signIn(username),
      );
      expect(refused.status, username).toBe(403);
      expect(new TextDecoder().decode(refused.bytes)).toContain('没有导出会员数据的权限');
    }

    const noReason = await download(`/api/rosters/${hisenseId}/roster.xlsx?reveal=1`, admin);
    expect(noReason.status).toBe(400);
    expect(new TextDecoder().decode(noReason.bytes)).toContain('请填写查看原因');
    const viewer = await download(
      `/api/rosters/${hisenseId}/roster.xlsx?reveal=1&reason=${encodeURIComponent('年度会员核查工作')}`,
      await signIn('qingdao.viewer'),
    );
    expect(viewer.status).toBe(403);

    const reason = '年度会员核查工作';
    const revealed = await download(
      `/api/rosters/${hisenseId}/roster.xlsx?reveal=1&reason=${encodeURIComponent(reason)}`,
      admin,
    );
    expect(revealed.status).toBe(200);
    const revealedRows = await sheetRows(revealed.bytes);
    expect(revealedRows.find((row) => row[0] === '张三')?.slice(1, 3)).toEqual([
      goodA,
      '13800138000',
    ]);

    const audits = await prisma.auditLog.findMany({
      where: { action: 'member.exportRoster' },
      orderBy: { id: 'asc' },
    });
    expect(audits.length - auditsBefore).toBe(2);
    expect(audits.slice(-2).map((audit) => [audit.after, audit.reason])).toEqual([
      [{ reveal: false, rows: expected }, null],
      [{ reveal: true, rows: expected }, reason],
    ]);
    expect(audits.at(-1)?.targetId).toBe(hisense);
  });
});

describe('reading a roster', () => {
  it('keeps every Chinese character of a large file intact (no U+FFFD between chunks)', async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false });
    const sheet = writer.addWorksheet('花名册');
    sheet.addRow(HEADER).commit();
    const count = 20_000;
    for (let index = 0; index < count; index += 1) {
      sheet.addRow([`会员${index}`, '', '', '', '', '快递员', '青岛示例物流有限公司']).commit();
    }
    sheet.commit();
    await writer.commit();
    let read = 0;
    for await (const row of streamRows(new Uint8Array(Buffer.concat(chunks)))) {
      expect(row.cells.name).toBe(`会员${row.rowNumber - 2}`);
      expect(row.cells.employmentGroup).toBe('快递员');
      expect(row.cells.employerName).toBe('青岛示例物流有限公司');
      read += 1;
    }
    expect(read).toBe(count);
  });
});

describe('personal data of imported rosters', () => {
  it('stores no plaintext ID number or phone in any table', async () => {
    await rosterImportsSettled();
    const tables = await prisma.$queryRaw<{ tablename: string }[]>`
      SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public'`;
    const secrets = [goodA, goodB, goodC, noName, badCheck, '13800138000', '13912345678'];
    for (const { tablename } of tables) {
      const dump = await prisma.$queryRawUnsafe<{ row: string }[]>(
        `SELECT row_to_json(t)::text AS row FROM "${tablename}" t`,
      );
      const text = dump.map((entry) => entry.row).join('\n');
      for (const secret of secrets) {
        expect(text.includes(secret), `${tablename} holds a plaintext value`).toBe(false);
        expect(text.includes(secret.toLowerCase()), tablename).toBe(false);
      }
    }
  });
});
