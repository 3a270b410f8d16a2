import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '../src/db.js';
import { decodeGlobalId, encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { yoga } from '../src/yoga.js';
import { graphql, signIn } from './graphql.js';

/**
 * Service positions through real GraphQL requests: staff register positions in 廊坊 (the demo's
 * service positions are all in 青岛, far away), the public finds them by district and kind and
 * nearest first — checked against distances this test computes itself — and imports keep every
 * good row of a workbook with bad ones in it.
 */

const gid = (type: string, id: string) => encodeGlobalId(type, id);
const langfang = gid('Organization', seedUuid('langfang'));
const anci = gid('Organization', seedUuid('langfang-anci'));
const shinan = gid('Organization', seedUuid('qingdao-shinan'));

type Typed = Record<string, unknown> & { __typename: string };

const positionFields = /* GraphQL */ `
  __typename
  ... on ServicePosition { id kind kindLabel name libraryLevel regionCode address latitude longitude
    openingHours open24Hours openNow services capacity hostName status organizationName
    openedOn closedOn }
  ... on ValidationError { field rule issues { field rule message } }
  ... on Error { code message }
`;
const create = /* GraphQL */ `mutation ($org: ID!, $input: ServicePositionInput!) {
  createServicePosition(organizationId: $org, input: $input) { ${positionFields} } }`;
const update = /* GraphQL */ `mutation ($id: ID!, $input: ServicePositionInput!) {
  updateServicePosition(id: $id, input: $input) { ${positionFields} } }`;
const nearest = /* GraphQL */ `query ($lat: Float!, $lng: Float!, $kind: ServicePositionKind, $first: Int, $system: CoordinateSystem, $openNow: Boolean) {
  nearestServicePositions(latitude: $lat, longitude: $lng, kind: $kind, first: $first, coordinateSystem: $system, openNow: $openNow) {
    __typename
    ... on QueryNearestServicePositionsSuccess { data { distanceMetres position { id name latitude longitude kind } } }
    ... on ValidationError { field rule }
  } }`;
const list = /* GraphQL */ `query ($filter: ServicePositionFilter, $first: Int, $after: String) {
  servicePositions(filter: $filter, first: $first, after: $after) {
    __typename
    ... on QueryServicePositionsSuccess { data { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id name kind regionCode status openNow } } } }
    ... on ValidationError { field rule }
  } }`;
const managed = /* GraphQL */ `query ($filter: ManagedServicePositionFilter) {
  managedServicePositions(filter: $filter, first: 100) {
    __typename
    ... on QueryManagedServicePositionsSuccess { data { totalCount edges { node { id name status } } } }
    ... on Error { code }
  } }`;
const counts = /* GraphQL */ `query ($org: ID, $region: String) {
  servicePositionCounts(organizationId: $org, regionCode: $region) {
    __typename ... on ServicePositionCounts { total byKind { kind label count open24Hours } }
  } }`;
const single = /* GraphQL */ `query ($id: ID!) { servicePosition(id: $id) { __typename ... on ServicePosition { id name status } } }`;

async function run(query: string, variables: Record<string, unknown>, session?: string) {
  const result = await graphql<Record<string, Typed>>(query, variables, session ? { session } : {});
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data ?? {};
}

/** Independent great-circle distance (spherical law of cosines), metres. */
function independentDistance(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const cos =
    Math.sin(a[0] * rad) * Math.sin(b[0] * rad) +
    Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.cos((b[1] - a[1]) * rad);
  return 6_371_008.8 * Math.acos(Math.min(1, Math.max(-1, cos)));
}

const base = {
  regionCode: '131002',
  openingHours: '24小时',
  services: ['饮水', '充电'],
  capacity: 10,
};
/** Stations around 廊坊 (GCJ-02), each a known offset from the search origin. */
const ORIGIN: [number, number] = [39.5186, 116.6837];
const stations = [
  {
    name: '安次区银河南路户外劳动者服务站点',
    kind: 'OUTDOOR_WORKER_STATION',
    at: [39.5215, 116.6901],
  },
  {
    name: '安次区永华道户外劳动者服务站点',
    kind: 'OUTDOOR_WORKER_STATION',
    at: [39.5102, 116.6712],
  },
  { name: '安次区光明西道工会驿站', kind: 'UNION_STATION', at: [39.5301, 116.6622] },
  { name: '安次区医院爱心妈妈小屋', kind: 'CARING_MOTHER_ROOM', at: [39.509, 116.7005] },
  {
    name: '廊坊市职工书屋',
    kind: 'WORKER_LIBRARY',
    at: [39.5412, 116.7203],
    libraryLevel: 'NATIONAL',
  },
] as const;

let admin = '';
let viewer = '';
let shinanAdmin = '';
const ids = new Map<string, string>();

beforeAll(async () => {
  admin = await signIn('langfang.admin');
  viewer = await signIn('qingdao.viewer');
  shinanAdmin = await signIn('shinan.admin');
  for (const station of stations) {
    const data = await run(
      create,
      {
        org: anci,
        input: {
          ...base,
          kind: station.kind,
          name: station.name,
          address: `廊坊市安次区${station.name.slice(3, 7)}`,
          latitude: station.at[0],
          longitude: station.at[1],
          ...('libraryLevel' in station
            ? { libraryLevel: station.libraryLevel, openingHours: '周一至周五 09:00-17:00' }
            : {}),
        },
      },
      admin,
    );
    const created = data.createServicePosition as Typed;
    expect(created.__typename).toBe('ServicePosition');
    ids.set(station.name, created.id as string);
  }
});

afterEach(() => {
  vi.useRealTimers();
});

describe('registering a position', () => {
  it('stores what the domain normalised, and writes an audit row', async () => {
    const data = await run(
      create,
      {
        org: anci,
        input: {
          ...base,
          kind: 'CHILDCARE_STATION',
          name: '  安次区 爱心托管班 ',
          address: '廊坊市安次区建设南路 2 号',
          latitude: 39.512_345_678,
          longitude: 116.688_888_888,
          openingHours: '星期一-星期五 8:00~12:00，14:00-17:30',
          services: ['托管、辅导', '托管'],
        },
      },
      admin,
    );
    const created = data.createServicePosition as Typed;
    expect(created).toMatchObject({
      __typename: 'ServicePosition',
      name: '安次区 爱心托管班',
      kindLabel: '托管驿站',
      latitude: 39.512_346,
      longitude: 116.688_889,
      openingHours: '周一至周五 08:00-12:00，14:00-17:30',
      open24Hours: false,
      services: ['托管', '辅导'],
      status: 'OPEN',
      organizationName: '安次区总工会',
    });
    const audit = await prisma.auditLog.findFirst({
      where: { action: 'service.position.create', targetType: 'ServicePosition' },
      orderBy: { id: 'desc' },
    });
    expect(audit?.after).toMatchObject({ kind: 'CHILDCARE_STATION', regionCode: '131002' });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'swapped coordinates',
      { latitude: 116.68, longitude: 39.51 },
      'input.latitude',
      'COORDINATES_SWAPPED',
    ],
    [
      'a point abroad',
      { latitude: 48.85, longitude: 2.35 },
      'input.latitude',
      'COORDINATES_OUTSIDE_CHINA',
    ],
    ['unreadable hours', { openingHours: '看情况' }, 'input.openingHours', 'OPENING_HOURS_FORMAT'],
    [
      'a level on a station',
      { libraryLevel: 'CITY' },
      'input.libraryLevel',
      'LIBRARY_LEVEL_NOT_LIBRARY',
    ],
    [
      'a district of another city',
      { regionCode: '370202' },
      'input.regionCode',
      'SERVICE_POSITION_REGION_OUTSIDE_UNION',
    ],
    ['a negative capacity', { capacity: -1 }, 'input.capacity', 'SERVICE_POSITION_CAPACITY'],
  ])('refuses %s as a typed error and writes nothing', async (_name, change, field, rule) => {
    const before = await prisma.servicePosition.count();
    const data = await run(
      create,
      {
        org: anci,
        input: {
          ...base,
          kind: 'UNION_STATION',
          name: '不应写入的驿站',
          address: '廊坊市安次区',
          latitude: 39.5,
          longitude: 116.7,
          ...change,
        },
      },
      admin,
    );
    expect(data.createServicePosition).toMatchObject({
      __typename: 'ValidationError',
      field,
      rule,
    });
    expect(await prisma.servicePosition.count()).toBe(before);
  });

  it('needs service.manage at the union, and a signed-in staff member', async () => {
    const input = {
      ...base,
      kind: 'UNION_STATION',
      name: '越权驿站',
      address: '某地',
      latitude: 39.5,
      longitude: 116.7,
    };
    const asViewer = await run(
      create,
      { org: gid('Organization', seedUuid('qingdao')), input },
      viewer,
    );
    expect((asViewer.createServicePosition as Typed).code).toBe('FORBIDDEN');
    const outside = await run(create, { org: langfang, input }, shinanAdmin);
    expect((outside.createServicePosition as Typed).code).toBe('NOT_FOUND');
    const anonymous = await run(create, { org: langfang, input });
    expect((anonymous.createServicePosition as Typed).code).toBe('UNAUTHENTICATED');
  });
});

describe('nearestServicePositions', () => {
  it('lists the nearest first, with the distances an independent formula gives', async () => {
    const data = await run(nearest, { lat: ORIGIN[0], lng: ORIGIN[1], first: 5 });
    const answer = (data.nearestServicePositions as Typed).data as {
      distanceMetres: number;
      position: { name: string; latitude: number; longitude: number };
    }[];
    const expected = stations
      .map((station) => ({ name: station.name, d: independentDistance(ORIGIN, [...station.at]) }))
      .sort((a, b) => a.d - b.d);
    // The childcare station created above is also near: compare the stations of this file.
    const ours = answer.filter((entry) => stations.some((s) => s.name === entry.position.name));
    expect(ours.map((entry) => entry.position.name)).toEqual(
      expected.slice(0, ours.length).map((e) => e.name),
    );
    for (const entry of answer) {
      const own = independentDistance(ORIGIN, [entry.position.latitude, entry.position.longitude]);
      expect(Math.abs(entry.distanceMetres - own)).toBeLessThanOrEqual(1);
    }
    const distances = answer.map((entry) => entry.distanceMetres);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(answer).toHaveLength(5);
  });

  it('filters by kind and reaches far when nothing is near', async () => {
    const libraries = await run(nearest, {
      lat: ORIGIN[0],
      lng: ORIGIN[1],
      kind: 'WORKER_LIBRARY',
      first: 1,
    });
    const [first] = (libraries.nearestServicePositions as Typed).data as {
      position: { name: string };
    }[];
    expect(first?.position.name).toBe('廊坊市职工书屋');
    // From 乌鲁木齐 the nearest are still found (thousands of km away), nearest first.
    const far = await run(nearest, { lat: 43.8256, lng: 87.6168, first: 3 });
    const farAnswer = (far.nearestServicePositions as Typed).data as { distanceMetres: number }[];
    expect(farAnswer).toHaveLength(3);
    expect(farAnswer[0]?.distanceMetres).toBeGreaterThan(2_000_000);
  });

  it('converts a WGS-84 point (a browser’s geolocation) to GCJ-02 first', async () => {
    const gcj = await run(nearest, { lat: ORIGIN[0], lng: ORIGIN[1], first: 1 });
    const wgs = await run(nearest, { lat: ORIGIN[0], lng: ORIGIN[1], first: 1, system: 'WGS84' });
    const d = (result: Record<string, Typed>) =>
      ((result.nearestServicePositions as Typed).data as { distanceMetres: number }[])[0]
        ?.distanceMetres;
    expect(d(wgs)).not.toBe(d(gcj));
  });

  it('refuses a bad point or count', async () => {
    const bad = await run(nearest, { lat: 95, lng: 116 });
    expect(bad.nearestServicePositions).toMatchObject({
      __typename: 'ValidationError',
      field: 'latitude',
    });
    const tooMany = await run(nearest, { lat: 39.5, lng: 116.7, first: 500 });
    expect(tooMany.nearestServicePositions).toMatchObject({
      __typename: 'ValidationError',
      rule: 'NEAREST_FIRST_RANGE',
    });
  });
});

describe('the public list, counts and the registry', () => {
  it('filters by district, kind, search and subtree, and pages', async () => {
    const byRegion = await run(list, { filter: { regionCode: '131002' }, first: 2 });
    const page = (byRegion.servicePositions as Typed).data as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { name: string; regionCode: string } }[];
    };
    expect(page.totalCount).toBeGreaterThanOrEqual(stations.length);
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await run(list, {
      filter: { regionCode: '131002' },
      first: 2,
      after: page.pageInfo.endCursor,
    });
    const nextNames = ((next.servicePositions as Typed).data as typeof page).edges.map(
      (e) => e.node.name,
    );
    expect(nextNames).not.toContain(page.edges[0]?.node.name);
    const byKind = await run(list, {
      filter: { kind: 'OUTDOOR_WORKER_STATION', organizationId: langfang },
      first: 50,
    });
    expect(
      ((byKind.servicePositions as Typed).data as typeof page).edges.map((e) => e.node.name).sort(),
    ).toEqual(
      stations
        .filter((s) => s.kind === 'OUTDOOR_WORKER_STATION')
        .map((s) => s.name)
        .sort(),
    );
    const search = await run(list, { filter: { search: '书屋', regionCode: '131000' }, first: 50 });
    expect(
      ((search.servicePositions as Typed).data as typeof page).edges.map((e) => e.node.name),
    ).toEqual(['廊坊市职工书屋']);
    const bad = await run(list, { filter: { regionCode: '12' } });
    expect(bad.servicePositions).toMatchObject({
      __typename: 'ValidationError',
      field: 'filter.regionCode',
    });
  });

  it('answers open now in China Standard Time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const library = { search: '廊坊市职工书屋' };
    vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00')); // Monday 10:00
    const monday = await run(list, { filter: { ...library, openNow: true }, first: 5 });
    expect(((monday.servicePositions as Typed).data as { totalCount: number }).totalCount).toBe(1);
    vi.setSystemTime(new Date('2026-12-06T10:00:00+08:00')); // Sunday
    const sunday = await run(list, { filter: { ...library, openNow: true }, first: 5 });
    expect(((sunday.servicePositions as Typed).data as { totalCount: number }).totalCount).toBe(0);
    const always = await run(list, {
      filter: { organizationId: langfang, kind: 'OUTDOOR_WORKER_STATION', openNow: true },
      first: 5,
    });
    expect(((always.servicePositions as Typed).data as { totalCount: number }).totalCount).toBe(2);
  });

  it('counts by kind for a subtree, every kind listed', async () => {
    const data = await run(counts, { org: langfang });
    const result = data.servicePositionCounts as Typed & {
      total: number;
      byKind: { kind: string; count: number; open24Hours: number }[];
    };
    expect(result.byKind).toHaveLength(8);
    const of = (kind: string) => result.byKind.find((entry) => entry.kind === kind);
    expect(of('OUTDOOR_WORKER_STATION')).toMatchObject({ count: 2, open24Hours: 2 });
    expect(of('WORKER_LIBRARY')).toMatchObject({ count: 1, open24Hours: 0 });
    const recount = await prisma.servicePosition.count({
      where: { lineageIds: { has: seedUuid('langfang') }, status: { not: 'CLOSED' } },
    });
    expect(result.total).toBe(recount);
  });

  it('keeps the opening and closing dates, and shows the public only positions serving today', async () => {
    const input = {
      ...base,
      kind: 'UNION_STATION',
      name: '安次区日期测试驿站',
      address: '廊坊市安次区日期路 1 号',
      latitude: 39.5205,
      longitude: 116.6855,
    };
    const opened = (
      await run(create, { org: anci, input: { ...input, openedOn: '2020-05-01' } }, admin)
    ).createServicePosition as Typed;
    expect(opened).toMatchObject({ openedOn: '2020-05-01', closedOn: null, status: 'OPEN' });
    const id = opened.id as string;
    const publicNames = async () =>
      (
        ((await run(list, { filter: { search: '日期测试' }, first: 10 })).servicePositions as Typed)
          .data as { edges: { node: { name: string } }[] }
      ).edges.map((edge) => edge.node.name);
    expect(await publicNames()).toEqual(['安次区日期测试驿站']);
    // An edit that leaves the dates out keeps them.
    const edited = (await run(update, { id, input: { ...input, capacity: 12 } }, admin))
      .updateServicePosition as Typed;
    expect(edited).toMatchObject({ openedOn: '2020-05-01', closedOn: null });
    for (const [change, field, rule] of [
      [{ closedOn: '2024-01-01' }, 'input.closedOn', 'SERVICE_POSITION_CLOSED_ON_NOT_CLOSED'],
      [
        { status: 'CLOSED', closedOn: '2020-04-30' },
        'input.closedOn',
        'SERVICE_POSITION_CLOSED_BEFORE_OPENED',
      ],
      [{ openedOn: '2999-01-01' }, 'input.openedOn', 'SERVICE_POSITION_OPENED_ON_FUTURE'],
    ] as const) {
      const refused = (await run(update, { id, input: { ...input, ...change } }, admin))
        .updateServicePosition as Typed;
      expect(refused.issues).toContainEqual(expect.objectContaining({ field, rule }));
    }
    const closed = (
      await run(
        update,
        { id, input: { ...input, status: 'CLOSED', closedOn: '2024-01-01' } },
        admin,
      )
    ).updateServicePosition as Typed;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      openedOn: '2020-05-01',
      closedOn: '2024-01-01',
    });
    expect(await publicNames()).toEqual([]);
    // The registry finds it as serving on a day before it closed, not on the closing day.
    const servingOn = async (day: string) =>
      (
        (
          (await run(managed, { filter: { openOn: day, search: '日期测试' } }, admin))
            .managedServicePositions as Typed
        ).data as { totalCount: number }
      ).totalCount;
    expect([
      await servingOn('2020-04-30'),
      await servingOn('2023-12-31'),
      await servingOn('2024-01-01'),
    ]).toEqual([0, 1, 0]);
    const reopened = (await run(update, { id, input: { ...input, status: 'OPEN' } }, admin))
      .updateServicePosition as Typed;
    expect(reopened).toMatchObject({ status: 'OPEN', closedOn: null });
    expect(await publicNames()).toEqual(['安次区日期测试驿站']);
    // Closed again, out of the way of the tests that follow.
    await prisma.servicePosition.update({
      where: { id: decodeGlobalId(id).id },
      data: { status: 'CLOSED', closedOn: new Date('2024-01-01T00:00:00Z') },
    });
  });

  it('a closed position leaves the public list but stays in the registry of its subtree only', async () => {
    const id = ids.get('安次区光明西道工会驿站') as string;
    const closed = await run(
      update,
      {
        id,
        input: {
          ...base,
          kind: 'UNION_STATION',
          name: '安次区光明西道工会驿站',
          address: '廊坊市安次区光明西道',
          latitude: 39.5301,
          longitude: 116.6622,
          status: 'CLOSED',
        },
      },
      admin,
    );
    expect(closed.updateServicePosition).toMatchObject({
      __typename: 'ServicePosition',
      status: 'CLOSED',
    });
    expect((await run(single, { id })).servicePosition).toBeNull();
    expect((await run(single, { id }, admin)).servicePosition).toMatchObject({ status: 'CLOSED' });
    const registry = await run(managed, { filter: { status: 'CLOSED' } }, admin);
    const names = (
      (registry.managedServicePositions as Typed).data as { edges: { node: { name: string } }[] }
    ).edges.map((e) => e.node.name);
    expect(names).toContain('安次区光明西道工会驿站');
    const otherCity = await run(managed, { filter: { status: 'CLOSED' } }, shinanAdmin);
    const otherNames = (
      (otherCity.managedServicePositions as Typed).data as { edges: { node: { name: string } }[] }
    ).edges.map((e) => e.node.name);
    expect(otherNames).not.toContain('安次区光明西道工会驿站');
    const anonymous = await run(managed, {});
    expect((anonymous.managedServicePositions as Typed).code).toBe('UNAUTHENTICATED');
    const notTheirs = await run(
      update,
      {
        id,
        input: {
          ...base,
          kind: 'UNION_STATION',
          name: 'x',
          address: 'y',
          latitude: 39.5,
          longitude: 116.7,
        },
      },
      shinanAdmin,
    );
    expect((notTheirs.updateServicePosition as Typed).code).toBe('NOT_FOUND');
    const audit = await prisma.auditLog.findFirst({
      where: { action: 'service.position.update', targetId: decodeGlobalId(id).id },
    });
    expect(audit?.before).toMatchObject({ status: 'OPEN' });
    expect(audit?.after).toMatchObject({ status: 'CLOSED' });
  });
});

const importMutation = /* GraphQL */ `mutation ($organizationId: ID!, $file: File!) {
  importServicePositions(organizationId: $organizationId, file: $file) {
    __typename
    ... on ServicePositionImport { fileName totalRows imported alreadyRegistered failed issueCount
      issues { rowNumber column field rule message } }
    ... on ValidationError { field rule message }
    ... on Error { code message }
  } }`;

async function workbook(rows: unknown[][]): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('服务阵地');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function upload(
  session: string | undefined,
  organizationId: string,
  bytes: Uint8Array<ArrayBuffer>,
  name = '阵地.xlsx',
) {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: importMutation, variables: { organizationId, file: null } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new File([bytes], name));
  const headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' };
  if (session) headers.cookie = `gh_session=${session}`;
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers,
    body: form,
  });
  const body = (await response.json()) as { data?: { importServicePositions: Typed } };
  return body.data?.importServicePositions as Typed;
}

const HEADER = [
  '阵地名称',
  '阵地类型',
  '书屋级别',
  '行政区划代码',
  '地址',
  '纬度（GCJ-02）',
  '经度（GCJ-02）',
  '开放时间',
  '服务内容',
  '容纳人数',
  '承办单位',
  '状态',
];

describe('importServicePositions', () => {
  it('imports the good rows and lists each bad row’s problems', async () => {
    const bytes = await workbook([
      HEADER,
      [
        '广阳区新华路户外劳动者服务站点',
        '户外劳动者服务站点',
        '',
        '131003',
        '廊坊市广阳区新华路 88 号',
        39.5382,
        116.7131,
        '24小时',
        '饮水、充电、热饭',
        8,
        '',
        '',
      ],
      [
        '广阳区工会妈妈小屋',
        '工会妈妈小屋',
        '',
        '131003',
        '廊坊市广阳区和平路 5 号',
        '39.5401',
        '116.7055',
        '周一至周五 08:30-17:30',
        '哺乳、休息',
        '2',
        '某某商场',
        '开放',
      ],
      [
        '坐标填反的驿站',
        '工会驿站',
        '',
        '131003',
        '廊坊市广阳区',
        116.71,
        39.54,
        '每天 08:00-20:00',
        '',
        '',
        '',
        '',
      ],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
      [
        '类型不明的站点',
        '健身房',
        '',
        '131003',
        '廊坊市广阳区',
        39.54,
        116.71,
        '看情况',
        '',
        '很多',
        '',
        '',
      ],
      [
        '广阳区新华路户外劳动者服务站点',
        '户外劳动者服务站点',
        '',
        '131003',
        '廊坊市广阳区新华路 88 号',
        39.5382,
        116.7131,
        '24小时',
        '',
        '',
        '',
        '',
      ],
    ]);
    const result = await upload(admin, langfang, bytes);
    expect(result).toMatchObject({
      __typename: 'ServicePositionImport',
      totalRows: 5,
      imported: 2,
      alreadyRegistered: 0,
      failed: 3,
    });
    const issues = result.issues as { rowNumber: number; column: string; rule: string }[];
    expect(issues).toContainEqual(
      expect.objectContaining({ rowNumber: 4, column: '纬度', rule: 'COORDINATES_SWAPPED' }),
    );
    expect(
      issues
        .filter((issue) => issue.rowNumber === 6)
        .map((issue) => issue.rule)
        .sort(),
    ).toEqual(
      ['OPENING_HOURS_FORMAT', 'SERVICE_IMPORT_NUMBER', 'SERVICE_POSITION_KIND_UNKNOWN'].sort(),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ rowNumber: 7, rule: 'SERVICE_IMPORT_DUPLICATE_ROW' }),
    );
    const stored = await prisma.servicePosition.findFirst({
      where: { name: '广阳区工会妈妈小屋' },
    });
    expect(stored).toMatchObject({
      kind: 'CARING_MOTHER_ROOM',
      capacity: 2,
      hostName: '某某商场',
      importedFrom: '阵地.xlsx',
    });

    // The same file again: nothing is registered twice.
    const again = await upload(admin, langfang, bytes);
    expect(again).toMatchObject({ imported: 0, alreadyRegistered: 2, failed: 3 });
  });

  it('reads the opening and closing dates from date or text cells', async () => {
    const bytes = await workbook([
      [...HEADER, '启用日期', '撤销日期'],
      [
        '广阳区银河北路工会驿站',
        '工会驿站',
        '',
        '131003',
        '廊坊市广阳区银河北路 3 号',
        39.5391,
        116.7042,
        '每天 08:00-20:00',
        '',
        '',
        '',
        '已撤销',
        new Date('2019-04-01T00:00:00Z'),
        '2024-06-30',
      ],
      [
        '广阳区未来的驿站',
        '工会驿站',
        '',
        '131003',
        '廊坊市广阳区未来路 1 号',
        39.5392,
        116.7043,
        '24小时',
        '',
        '',
        '',
        '',
        '2999-01-01',
        '',
      ],
    ]);
    const result = await upload(admin, langfang, bytes);
    expect(result).toMatchObject({ imported: 1, failed: 1 });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ rowNumber: 3, rule: 'SERVICE_POSITION_OPENED_ON_FUTURE' }),
    );
    const stored = await prisma.servicePosition.findFirstOrThrow({
      where: { name: '广阳区银河北路工会驿站' },
    });
    expect([stored.status, stored.openedOn, stored.closedOn]).toEqual([
      'CLOSED',
      new Date('2019-04-01T00:00:00Z'),
      new Date('2024-06-30T00:00:00Z'),
    ]);
  });

  it('refuses a file without the header, a non-xlsx file and callers without the permission', async () => {
    const noHeader = await upload(admin, langfang, await workbook([['名称', '地址']]));
    expect(noHeader).toMatchObject({
      __typename: 'ValidationError',
      field: 'file',
      rule: 'SERVICE_IMPORT_FILE',
    });
    expect(noHeader.message).toContain('阵地类型');
    const text = await upload(
      admin,
      langfang,
      new TextEncoder().encode('a,b') as Uint8Array<ArrayBuffer>,
      'x.csv',
    );
    expect(text).toMatchObject({ __typename: 'ValidationError', rule: 'SERVICE_IMPORT_FILE_TYPE' });
    const bytes = await workbook([HEADER]);
    expect((await upload(viewer, gid('Organization', seedUuid('qingdao')), bytes)).code).toBe(
      'FORBIDDEN',
    );
    expect((await upload(shinanAdmin, langfang, bytes)).code).toBe('NOT_FOUND');
    expect((await upload(undefined, langfang, bytes)).code).toBe('UNAUTHENTICATED');
  });

  it('keeps staff of another city out of the import target', async () => {
    expect((await upload(admin, shinan, await workbook([HEADER]))).code).toBe('NOT_FOUND');
  });
});
