/**
 * 年度工作报告 through real GraphQL requests: every figure equals an independent recount from the
 * rows of the database (not from the maintained counters the report reads), for Qingdao and for
 * Langfang, and bad input is refused with typed errors.
 */

import type { AddressInfo } from 'node:net';
import {
  calendarDateInShanghai,
  computeIdNumberCheckCharacter,
  HONOR_LEVELS,
  isGrassrootsLevelKind,
  isJoining,
  NEW_EMPLOYMENT_GROUPS,
} from '@gonghui/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { database, prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { createHttpServer } from '../src/http-server.js';
import { REPORT_SHEET_COLUMNS } from '../src/report/annual-report-workbook.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

const server = createHttpServer(
  { ...readConfig(), adminDist: '/nonexistent/admin', publicDist: '/nonexistent/public' },
  database,
);
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const report = /* GraphQL */ `query ($id: ID!, $from: Date!, $to: Date!) {
  annualReport(organizationId: $id, from: $from, to: $to) {
    __typename
    ... on AnnualReport {
      organizationId organizationName from to previousFrom previousTo
      sections { key title figures {
        key label unit basis value display previousValue change changePercent listPath
        valueFen previousValueFen changeFen } }
    }
    ... on ValidationError { field rule message }
    ... on Error { message }
  }
}`;

interface Figure {
  key: string;
  label: string;
  unit: string;
  basis: 'PERIOD' | 'TODAY';
  value: number;
  display: string;
  previousValue: number | null;
  change: number | null;
  changePercent: string | null;
  listPath: string | null;
  valueFen: number | null;
  previousValueFen: number | null;
  changeFen: number | null;
}

interface Report {
  __typename: string;
  organizationName: string;
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  sections: { key: string; title: string; figures: Figure[] }[];
  field?: string;
  rule?: string;
}

async function annualReport(id: string, from: string, to: string): Promise<Report> {
  const result = await graphql<{ annualReport: Report }>(report, {
    id: encodeGlobalId('Organization', id),
    from,
    to,
  });
  expect(result.errors).toBeUndefined();
  return result.data?.annualReport as Report;
}

const day = (value: Date) => value.toISOString().slice(0, 10);
const inPeriod = (date: string, from: string, to: string) => from <= date && date <= to;

/** Every figure of the report, recounted from the rows themselves for one period. */
async function recount(organizationId: string, from: string, to: string) {
  const inTree = { lineageIds: { has: organizationId } };
  const [
    organizations,
    members,
    events,
    awards,
    studios,
    results,
    positions,
    files,
    ledger,
    budgets,
  ] = await Promise.all([
    prisma.organization.findMany({ where: inTree }),
    prisma.member.findMany({ where: inTree }),
    prisma.memberEvent.findMany({ where: inTree, include: { member: true } }),
    prisma.honorAward.findMany({ where: inTree }),
    prisma.innovationStudio.findMany({ where: inTree }),
    prisma.innovationResult.findMany({ where: inTree }),
    prisma.servicePosition.findMany({ where: inTree }),
    prisma.hardshipFile.findMany({ where: inTree }),
    prisma.aidLedgerEntry.findMany({
      where: { accountKind: 'RECIPIENT', transaction: inTree },
      include: { transaction: true },
    }),
    prisma.aidBudget.findMany({ include: { program: true } }),
  ]);
  const programOfBudget = new Map(budgets.map((budget) => [budget.id, budget.program.kind]));
  const competitions = await prisma.competition.findMany({
    where: inTree,
    include: { entries: true, promotions: true },
  });
  const onRoll = members.filter((m) => m.status === 'ACTIVE' || m.status === 'RETIRED_KEPT');
  const joinings = events.filter(
    (event) =>
      isJoining({ type: event.type, fromStatus: event.fromStatus, toStatus: event.toStatus }) &&
      inPeriod(day(event.date), from, to),
  );
  const published = awards.filter(
    (award) =>
      award.revokedAt === null && inPeriod(calendarDateInShanghai(award.publishedAt), from, to),
  );
  const figures: Record<string, number> = {
    'organization.grassrootsUnions': organizations.filter(
      (o) => isGrassrootsLevelKind(o.kind) && o.dissolvedOn === null,
    ).length,
    'organization.grassrootsUnionsFounded': organizations.filter(
      (o) => isGrassrootsLevelKind(o.kind) && inPeriod(day(o.foundedOn), from, to),
    ).length,
    'member.members': onRoll.length,
    'member.femaleMembers': onRoll.filter((m) => m.sex === 'FEMALE').length,
    'member.migrantMembers': onRoll.filter((m) => m.isMigrant).length,
    'member.newEmploymentMembers': onRoll.filter((m) => m.employmentGroup !== null).length,
    'member.newMembers': joinings.length,
    'member.newMigrantMembers': joinings.filter((e) => e.member.isMigrant).length,
    'member.newNewEmploymentMembers': joinings.filter((e) => e.member.employmentGroup !== null)
      .length,
    'honor.awards': published.length,
  };
  for (const group of NEW_EMPLOYMENT_GROUPS) {
    figures[`member.newMembers.${group}`] = joinings.filter(
      (e) => e.member.employmentGroup === group,
    ).length;
  }
  for (const level of HONOR_LEVELS) {
    figures[`honor.level.${level}`] = published.filter((a) => a.level === level).length;
  }
  for (const award of published) {
    const key = `honor.title.${award.titleCode}`;
    figures[key] = (figures[key] ?? 0) + 1;
  }
  const add = (key: string, amount = 1) => {
    figures[key] = (figures[key] ?? 0) + amount;
  };
  const years = [Number(from.slice(0, 4)), Number(to.slice(0, 4))] as const;
  for (const studio of studios.filter((s) => s.status === 'ACTIVE')) {
    add('innovation.studios');
    add(`innovation.studios.level.${studio.level}`);
    if (studio.stars) add(`innovation.studios.stars.${studio.stars}`);
  }
  figures['innovation.studiosFounded'] = studios.filter((s) =>
    inPeriod(day(s.foundedOn), from, to),
  ).length;
  for (const result of results.filter((r) => r.year >= years[0] && r.year <= years[1])) {
    add('innovation.results');
    add(`innovation.results.${result.type}`);
    add('innovation.economicBenefit', Number(result.economicBenefitFen));
  }
  for (const competition of competitions) {
    if (!inPeriod(day(competition.startsOn), from, to)) continue;
    add('competition.held');
    add(`competition.held.${competition.kind}`);
    add('competition.participants', competition.entries.filter((e) => e.eligible).length);
    add('competition.promotions', competition.promotions.filter((p) => p.recommended).length);
  }
  // Positions serving on the period's last day: opened by then, and not closed on or before it.
  for (const position of positions.filter(
    (p) => day(p.openedOn) <= to && (p.closedOn === null || day(p.closedOn) > to),
  )) {
    add('service.positions');
    add(`service.positions.${position.kind}`);
  }
  figures['service.positionsOpened'] = positions.filter((p) =>
    inPeriod(day(p.openedOn), from, to),
  ).length;
  for (const file of files.filter((f) => f.state === 'ACTIVE' && f.category !== 'NONE')) {
    add('aid.households');
    add(`aid.households.${file.category}`);
  }
  figures['aid.householdsExited'] = files.filter(
    (f) => f.state === 'EXITED' && f.exitedOn && inPeriod(day(f.exitedOn), from, to),
  ).length;
  for (const entry of ledger) {
    if (!inPeriod(calendarDateInShanghai(entry.transaction.createdAt), from, to)) continue;
    add('aid.paid', Number(entry.amountFen));
    add(`aid.paid.${programOfBudget.get(entry.transaction.budgetId)}`, Number(entry.amountFen));
  }
  return figures;
}

async function expectRecounted(organizationId: string, from: string, to: string) {
  const answer = await annualReport(organizationId, from, to);
  expect(answer.__typename).toBe('AnnualReport');
  const now = await recount(organizationId, from, to);
  const before = await recount(organizationId, answer.previousFrom, answer.previousTo);
  const figures = answer.sections.flatMap((section) => section.figures);
  // Every figure the report gives is one the recount knows, and every count of the recount that
  // is not zero appears in the report.
  for (const figure of figures) {
    expect(now[figure.key] ?? 0, figure.key).toBe(figure.value);
    if (figure.basis === 'PERIOD') {
      expect(figure.previousValue, `${figure.key} (previous)`).toBe(before[figure.key] ?? 0);
      expect(figure.change).toBe(figure.value - (before[figure.key] ?? 0));
    } else {
      expect(figure.previousValue).toBeNull();
    }
    // Money figures come again as Fen, the same numbers; counts have none.
    const money = figure.unit === 'FEN';
    expect(figure.valueFen, `${figure.key} (Fen)`).toBe(money ? figure.value : null);
    expect(figure.previousValueFen).toBe(money ? figure.previousValue : null);
    expect(figure.changeFen).toBe(money ? figure.change : null);
  }

  const shown = new Set(figures.map((figure) => figure.key));
  for (const [key, value] of Object.entries(now)) {
    if (value > 0) expect(shown.has(key), `${key} is in the report`).toBe(true);
  }
  return { answer, figures: new Map(figures.map((figure) => [figure.key, figure])) };
}

describe('the annual work report', () => {
  it("gives Langfang's 2024 figures, each equal to a recount, compared with 2023", async () => {
    const { answer, figures } = await expectRecounted(
      seedUuid('langfang'),
      '2024-01-01',
      '2024-12-31',
    );
    expect(answer).toMatchObject({
      organizationName: '廊坊市总工会',
      previousFrom: '2023-01-01',
      previousTo: '2023-12-31',
    });
    expect(answer.sections.map((section) => section.title)).toEqual([
      '组织建设',
      '会员发展',
      '荣誉表彰',
      '职工创新',
      '劳动和技能竞赛',
      '帮扶救助',
      '服务阵地',
    ]);
    // The seed's sentence: 全国五一劳动奖章3名、全国工人先锋号2家、省劳动模范49名、省先进工作者17名、
    // 省先进集体12家.
    expect(figures.get('honor.title.NATIONAL_MAY_DAY_MEDAL')).toMatchObject({
      value: 3,
      display: '3人',
      previousValue: 0,
      change: 3,
      changePercent: null,
    });
    expect(figures.get('honor.title.NATIONAL_WORKERS_PIONEER')?.display).toBe('2个');
    expect(figures.get('honor.title.PROVINCIAL_MODEL_WORKER')?.value).toBe(49);
    expect(figures.get('honor.title.PROVINCIAL_ADVANCED_WORKER')?.value).toBe(17);
    expect(figures.get('honor.title.PROVINCIAL_ADVANCED_COLLECTIVE')?.value).toBe(12);
    expect(figures.get('honor.awards')?.value).toBe(83);
  });

  it('gives Qingdao’s figures for 2025 and for a quarter, each equal to a recount', async () => {
    const year = await expectRecounted(seedUuid('qingdao'), '2025-01-01', '2025-12-31');
    expect(year.figures.get('member.members')?.value).toBeGreaterThan(0);
    expect(year.figures.get('honor.awards')?.value).toBe(12);
    // The demo seed's studios, results and stations count in Qingdao's report.
    expect(year.figures.get('innovation.studios')?.value).toBeGreaterThan(0);
    expect(year.figures.get('service.positions')?.value).toBeGreaterThan(0);
    // A money figure, also as Fen (whole fen).
    const benefit = year.figures.get('innovation.economicBenefit');
    expect(benefit?.unit).toBe('FEN');
    expect(Number.isSafeInteger(benefit?.valueFen)).toBe(true);
    expect(benefit?.valueFen).toBeGreaterThan(0);
    expect(year.figures.get('member.members')?.listPath).toBe(
      `/members?org=${encodeURIComponent(encodeGlobalId('Organization', seedUuid('qingdao')))}&status=ACTIVE%2CRETIRED_KEPT`,
    );
    const quarter = await expectRecounted(seedUuid('qingdao'), '2025-04-01', '2025-06-30');
    // Langfang's 2025 against 2024: the titles of 2024 stay in the report, at 0.
    const after = await expectRecounted(seedUuid('langfang'), '2025-01-01', '2025-12-31');
    expect(after.figures.get('honor.title.PROVINCIAL_MODEL_WORKER')).toMatchObject({
      value: 0,
      previousValue: 49,
      change: -49,
      changePercent: '-100.0',
    });
    expect(quarter.answer).toMatchObject({ previousFrom: '2025-01-01', previousTo: '2025-03-31' });
    // Not whole months: counted from the events rather than the monthly counters.
    await expectRecounted(seedUuid('qingdao'), '2020-03-10', '2025-09-20');
    // A district's report is its own subtree's.
    await expectRecounted(seedUuid('qingdao-shinan'), '2020-01-01', '2024-12-31');
  });

  it('counts the period’s new members from the events, by group and migrant flag', async () => {
    // Joinings of the demo seed run up to 2025: some period must have some.
    const { figures } = await expectRecounted(seedUuid('acftu'), '2016-01-01', '2025-12-31');
    expect(figures.get('member.newMembers')?.value).toBeGreaterThan(0);
    const groups = NEW_EMPLOYMENT_GROUPS.reduce(
      (sum, group) => sum + (figures.get(`member.newMembers.${group}`)?.value ?? 0),
      0,
    );
    expect(groups).toBe(figures.get('member.newNewEmploymentMembers')?.value);
  });

  it('refuses bad input with typed errors', async () => {
    const langfang = seedUuid('langfang');
    expect(await annualReport(langfang, '2024-12-31', '2024-01-01')).toMatchObject({
      __typename: 'ValidationError',
      field: 'to',
      rule: 'REPORT_PERIOD_END_BEFORE_START',
    });
    expect(await annualReport(langfang, '2010-01-01', '2024-12-31')).toMatchObject({
      __typename: 'ValidationError',
      rule: 'REPORT_PERIOD_TOO_LONG',
    });
    const wrongType = await graphql<{ annualReport: Report }>(report, {
      id: encodeGlobalId('Member', langfang),
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(wrongType.data?.annualReport).toMatchObject({
      __typename: 'ValidationError',
      field: 'organizationId',
    });
    const unknown = await graphql<{ annualReport: Report }>(report, {
      id: encodeGlobalId('Organization', '00000000-0000-4000-8000-000000000000'),
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(unknown.data?.annualReport.__typename).toBe('NotFoundError');
    const badDate = await graphql(report, {
      id: encodeGlobalId('Organization', langfang),
      from: '2024-02-30',
      to: '2024-12-31',
    });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('names no one: the report types carry no personal field', async () => {
    for (const name of ['AnnualReport', 'ReportSection', 'ReportFigure']) {
      const result = await graphql<{ __type: { fields: { name: string }[] } }>(
        `query ($name: String!) { __type(name: $name) { fields { name } } }`,
        { name },
      );
      for (const field of result.data?.__type.fields ?? []) {
        expect(field.name).not.toMatch(/idNumber|phone|birth|income|health|member[A-Z]|person/i);
      }
    }
  });
});

/**
 * Figures without a console list behind them, and why. Everything else must link to its list.
 */
const WITHOUT_LIST: Record<string, string> = {
  'competition.participants':
    'entries are listed per competition (its page), there is no cross-competition entry list',
  'competition.promotions':
    'promotions are listed per competition (its page), there is no cross-competition list',
  'innovation.economicBenefit': 'a sum of money over results, not a count of rows',
};
/** The list behind a figure, as the console asks the API for it: its total count. */
async function countBehind(listPath: string, session: string): Promise<number> {
  const [path, query = ''] = listPath.split('?', 2);
  const params = new URLSearchParams(query);
  const list = (name: string) => params.get(name)?.split(',') ?? null;
  if (path === '/members') {
    const result = await graphql<{ members: { data: { totalCount: number } } }>(
      `query ($filter: MemberFilter) { members(filter: $filter, first: 1) {
        ... on QueryMembersSuccess { data { totalCount } } } }`,
      {
        filter: {
          organizationId: params.get('org'),
          status: list('status'),
          employmentGroup: list('group'),
          isMigrant: params.has('migrant') ? params.get('migrant') === 'yes' : null,
          sex: params.get('sex'),
          joinedFrom: params.get('from'),
          joinedTo: params.get('to'),
        },
      },
      { session },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.members.data.totalCount ?? -1;
  }
  if (path === '/honors/awards') {
    const result = await graphql<{ honorAwards: { data: { totalCount: number } } }>(
      `query ($filter: HonorAwardFilter) { honorAwards(filter: $filter, first: 1) {
        ... on QueryHonorAwardsSuccess { data { totalCount } } } }`,
      {
        filter: {
          organizationId: params.get('org'),
          level: list('level'),
          titleCode: params.get('title'),
          publishedFrom: params.get('from'),
          publishedTo: params.get('to'),
          revoked: params.has('revoked') ? params.get('revoked') === 'yes' : null,
        },
      },
      { session },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.honorAwards.data.totalCount ?? -1;
  }
  if (path === '/service') {
    const result = await graphql<{ managedServicePositions: { data: { totalCount: number } } }>(
      `query ($filter: ManagedServicePositionFilter) { managedServicePositions(filter: $filter, first: 1) {
        ... on QueryManagedServicePositionsSuccess { data { totalCount } } } }`,
      {
        filter: {
          organizationId: params.get('org'),
          kind: params.get('kind'),
          openOn: params.get('openOn'),
          openedFrom: params.get('openedFrom'),
          openedTo: params.get('openedTo'),
        },
      },
      { session },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.managedServicePositions.data.totalCount ?? -1;
  }
  if (path === '/competitions') {
    const result = await graphql<{ managedCompetitions: { data: { totalCount: number } } }>(
      `query ($filter: CompetitionFilter) { managedCompetitions(filter: $filter, first: 1) {
        ... on QueryManagedCompetitionsSuccess { data { totalCount } } } }`,
      {
        filter: {
          organizationId: params.get('org'),
          kind: params.get('kind'),
          startsFrom: params.get('from'),
          startsTo: params.get('to'),
        },
      },
      { session },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.managedCompetitions.data.totalCount ?? -1;
  }
  if (path === '/innovation') {
    const status = params.get('status');
    const result = await graphql<{ studios: { data: { totalCount: number } } }>(
      `query ($filter: StudioFilter) { studios(filter: $filter, first: 1) {
        ... on QueryStudiosSuccess { data { totalCount } } } }`,
      {
        filter: {
          organizationId: params.get('org'),
          level: params.get('level'),
          stars: params.has('stars') ? Number(params.get('stars')) : null,
          status: status === 'ALL' ? null : status,
          includeDelisted: status === 'ALL',
          foundedFrom: params.get('foundedFrom'),
          foundedTo: params.get('foundedTo'),
        },
      },
      { session },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.studios.data.totalCount ?? -1;
  }
  if (path === '/innovation/results') {
    const year = (name: string) => (params.has(name) ? Number(params.get(name)) : null);
    const result = await graphql<{ innovationResults: { data: { totalCount: number } } }>(
      `query ($filter: InnovationResultFilter) { innovationResults(filter: $filter, first: 1) {
        ... on QueryInnovationResultsSuccess { data { totalCount } } } }`,
      {
        filter: {
          organizationId: params.get('org'),
          type: params.get('type'),
          yearFrom: year('yearFrom'),
          yearTo: year('yearTo'),
        },
      },
      { session },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.innovationResults.data.totalCount ?? -1;
  }
  throw new Error(`no count for ${path}`);
}

/** The list path without the named address filters (a list that ignored them). */
function without(listPath: string, names: readonly string[]): string {
  const [path, query = ''] = listPath.split('?', 2);
  const params = new URLSearchParams(query);
  for (const name of names) params.delete(name);
  return `${path}?${params.toString()}`;
}

/** Filters that go together: a period is dropped as a whole. */
const FILTER_GROUPS: Record<string, readonly string[]> = {
  from: ['from', 'to'],
  to: ['from', 'to'],
  foundedFrom: ['foundedFrom', 'foundedTo'],
  foundedTo: ['foundedFrom', 'foundedTo'],
  yearFrom: ['yearFrom', 'yearTo'],
  yearTo: ['yearFrom', 'yearTo'],
};

describe('service positions in the report, by their dates', () => {
  it('counts the positions serving at the period’s end and those opened in the period', async () => {
    const session = await signIn('langfang.admin');
    const create = `mutation ($org: ID!, $input: ServicePositionInput!) {
      createServicePosition(organizationId: $org, input: $input) { __typename } }`;
    const station = {
      kind: 'UNION_STATION',
      regionCode: '131002',
      openingHours: '24小时',
      latitude: 39.5186,
      longitude: 116.6837,
    };
    for (const input of [
      { ...station, name: '报告测试驿站甲', address: '廊坊市安次区甲路', openedOn: '2024-03-01' },
      {
        ...station,
        name: '报告测试驿站乙',
        address: '廊坊市安次区乙路',
        openedOn: '2023-06-01',
        status: 'CLOSED',
        closedOn: '2024-09-30',
      },
    ]) {
      const created = await graphql<{ createServicePosition: { __typename: string } }>(
        create,
        { org: encodeGlobalId('Organization', seedUuid('langfang-anci')), input },
        { session },
      );
      expect(created.data?.createServicePosition.__typename).toBe('ServicePosition');
    }
    const langfang = seedUuid('langfang');
    const value = (figures: Map<string, Figure>, key: string) => figures.get(key)?.value;
    const q2 = (await expectRecounted(langfang, '2024-04-01', '2024-06-30')).figures;
    const q3 = (await expectRecounted(langfang, '2024-07-01', '2024-09-30')).figures;
    // 乙 closed on the last day of Q3: it served at the end of Q2, not at the end of Q3.
    expect(value(q2, 'service.positions.UNION_STATION')).toBe(2);
    expect(value(q3, 'service.positions.UNION_STATION')).toBe(1);
    expect(q3.get('service.positions.UNION_STATION')).toMatchObject({
      previousValue: 2,
      change: -1,
    });
    const year = (await expectRecounted(langfang, '2024-01-01', '2024-12-31')).figures;
    expect(value(year, 'service.positionsOpened')).toBe(1);
    const before = (await expectRecounted(langfang, '2023-01-01', '2023-12-31')).figures;
    expect(value(before, 'service.positionsOpened')).toBe(1);
    expect(value(before, 'service.positions')).toBe(1);
    await prisma.servicePosition.deleteMany({ where: { name: { startsWith: '报告测试驿站' } } });
  });
});

describe('the lists behind the figures', () => {
  it('every figure links to its list, except those named with a reason', async () => {
    const { figures } = await expectRecounted(seedUuid('langfang'), '2024-01-01', '2024-12-31');
    for (const figure of figures.values()) {
      if (figure.key in WITHOUT_LIST) {
        expect(figure.listPath, figure.key).toBeNull();
      } else {
        expect(figure.listPath, `${figure.key} has a list`).toMatch(/^\/[a-z]/);
      }
    }
  });

  it('the member, honor and service lists behind the figures count what the figures say', async () => {
    const session = await signIn('super.admin');
    for (const [id, from, to] of [
      ['langfang', '2024-01-01', '2024-12-31'],
      ['qingdao', '2025-01-01', '2025-12-31'],
      ['qingdao-shinan', '2025-01-01', '2025-12-31'],
    ] as const) {
      const { figures } = await expectRecounted(seedUuid(id), from, to);
      const checked = [...figures.values()].filter(
        (figure) =>
          figure.listPath?.startsWith('/honors/awards') ||
          figure.listPath?.startsWith('/service') ||
          (figure.listPath?.startsWith('/members') && figure.basis === 'TODAY'),
      );
      expect(checked.map((figure) => figure.key)).toEqual(
        expect.arrayContaining(['member.femaleMembers', 'honor.awards', 'service.positions']),
      );
      for (const figure of checked) {
        expect(await countBehind(figure.listPath ?? '', session), `${id} ${figure.key}`).toBe(
          figure.value,
        );
      }
    }
    expect(
      (await expectRecounted(seedUuid('langfang'), '2024-01-01', '2024-12-31')).figures.get(
        'member.femaleMembers',
      )?.listPath,
    ).toContain('sex=FEMALE');
  });

  it('the competition and innovation lists count what the figures say, and each filter matters', async () => {
    const session = await signIn('super.admin');
    const keys = /^(competition\.held|innovation\.(studios|results))/;
    // Every address filter of these lists, and whether leaving it out changed some count: a list
    // that ignored a filter would count more (or fewer) than its figure somewhere.
    const mattered = new Map<string, boolean>();
    const seen: string[] = [];
    // The seed's studios are all active: one is suspended and one de-listed for this test (both
    // founded within 2016–2025), so that the studio lists' status filters change some count.
    const [suspended, delisted] = await prisma.innovationStudio.findMany({
      where: {
        lineageIds: { has: seedUuid('qingdao') },
        status: 'ACTIVE',
        foundedOn: { gte: new Date('2016-01-01'), lte: new Date('2025-12-31') },
      },
      orderBy: { id: 'asc' },
      take: 2,
    });
    if (!suspended || !delisted) throw new Error('the seed has fewer than two Qingdao studios');
    await prisma.innovationStudio.update({
      where: { id: suspended.id },
      data: { status: 'SUSPENDED' },
    });
    await prisma.innovationStudio.update({
      where: { id: delisted.id },
      data: { status: 'DELISTED' },
    });
    try {
      for (const [id, from, to] of [
        ['langfang', '2024-01-01', '2024-12-31'],
        ['qingdao', '2025-01-01', '2025-12-31'],
        ['qingdao', '2025-04-01', '2025-06-30'],
        ['qingdao-shinan', '2020-01-01', '2024-12-31'],
        ['acftu', '2016-01-01', '2025-12-31'],
      ] as const) {
        const { figures } = await expectRecounted(seedUuid(id), from, to);
        for (const figure of figures.values()) {
          if (!keys.test(figure.key)) continue;
          const listPath = figure.listPath ?? '';
          const behind = await countBehind(listPath, session);
          expect(behind, `${id} ${from}–${to} ${figure.key}`).toBe(figure.value);
          if (figure.value > 0) seen.push(`${id} ${from}–${to} ${figure.key} = ${figure.value}`);
          const [path, query = ''] = listPath.split('?', 2);
          for (const name of new URLSearchParams(query).keys()) {
            const key = `${path} ${name}`;
            if (mattered.get(key)) continue;
            const loose = await countBehind(
              without(listPath, FILTER_GROUPS[name] ?? [name]),
              session,
            );
            mattered.set(key, loose !== figure.value);
          }
        }
      }
    } finally {
      for (const studio of [suspended, delisted]) {
        await prisma.innovationStudio.update({
          where: { id: studio.id },
          data: { status: studio.status },
        });
      }
    }
    console.info(`figures with lists behind them:\n${seen.join('\n')}`);
    expect(seen.some((line) => line.includes('competition.held.'))).toBe(true);
    expect(seen.some((line) => line.includes('innovation.results.'))).toBe(true);
    expect(seen.some((line) => line.includes('innovation.studiosFounded'))).toBe(true);
    expect(Object.fromEntries(mattered)).toEqual({
      '/competitions org': true,
      '/competitions kind': true,
      '/competitions from': true,
      '/competitions to': true,
      '/innovation org': true,
      '/innovation status': true,
      '/innovation level': true,
      '/innovation stars': true,
      '/innovation foundedFrom': true,
      '/innovation foundedTo': true,
      '/innovation/results org': true,
      '/innovation/results type': true,
      '/innovation/results yearFrom': true,
      '/innovation/results yearTo': true,
    });
  });

  it('refuses reversed ranges and bad years in these lists’ filters, naming the field', async () => {
    const session = await signIn('super.admin');
    const competitions = await graphql<{
      managedCompetitions: { __typename: string; field?: string; rule?: string };
    }>(
      `query ($filter: CompetitionFilter) { managedCompetitions(filter: $filter, first: 1) {
        __typename ... on ValidationError { field rule } } }`,
      { filter: { startsFrom: '2025-01-01', startsTo: '2024-12-31' } },
      { session },
    );
    expect(competitions.data?.managedCompetitions).toEqual({
      __typename: 'ValidationError',
      field: 'filter.startsTo',
      rule: 'FILTER_RANGE_END_BEFORE_START',
    });
    const studios = await graphql<{
      studios: { __typename: string; field?: string; rule?: string };
    }>(
      `query ($filter: StudioFilter) { studios(filter: $filter, first: 1) {
        __typename ... on ValidationError { field rule } } }`,
      { filter: { foundedFrom: '2025-01-01', foundedTo: '2024-12-31' } },
    );
    expect(studios.data?.studios).toEqual({
      __typename: 'ValidationError',
      field: 'filter.foundedTo',
      rule: 'FILTER_RANGE_END_BEFORE_START',
    });
    const resultsQuery = `query ($filter: InnovationResultFilter) { innovationResults(filter: $filter, first: 1) {
        __typename ... on ValidationError { field rule } } }`;
    const reversed = await graphql<{ innovationResults: { field?: string; rule?: string } }>(
      resultsQuery,
      { filter: { yearFrom: 2025, yearTo: 2024 } },
    );
    expect(reversed.data?.innovationResults).toMatchObject({
      field: 'filter.yearTo',
      rule: 'FILTER_RANGE_END_BEFORE_START',
    });
    const outOfRange = await graphql<{ innovationResults: { field?: string; rule?: string } }>(
      resultsQuery,
      { filter: { yearFrom: 1800 } },
    );
    expect(outOfRange.data?.innovationResults).toMatchObject({ rule: 'INNOVATION_YEAR_RANGE' });
    const badKind = await graphql(
      `query ($filter: CompetitionFilter) { managedCompetitions(filter: $filter, first: 1) { __typename } }`,
      { filter: { kind: 'NO_SUCH_KIND' } },
      { session },
    );
    expect(badKind.errors?.[0]?.message).toMatch(/NO_SUCH_KIND/);
  });

  it('the award list follows access control and refuses the public', async () => {
    const query = `query ($filter: HonorAwardFilter) { honorAwards(filter: $filter, first: 50) {
      __typename ... on QueryHonorAwardsSuccess { data { totalCount edges { node { name } } } } } }`;
    const anonymous = await graphql<{ honorAwards: { __typename: string } }>(query, {});
    expect(anonymous.data?.honorAwards.__typename).not.toBe('QueryHonorAwardsSuccess');
    const langfang = encodeGlobalId('Organization', seedUuid('langfang'));
    const qingdaoAdmin = await signIn('qingdao.admin');
    const outside = await graphql<{ honorAwards: { data: { totalCount: number } } }>(
      query,
      { filter: { organizationId: langfang } },
      { session: qingdaoAdmin },
    );
    expect(outside.data?.honorAwards.data.totalCount).toBe(0);
    const all = await graphql<{ honorAwards: { data: { totalCount: number } } }>(
      query,
      {},
      { session: qingdaoAdmin },
    );
    const qingdaoAwards = await prisma.honorAward.count({
      where: { lineageIds: { has: seedUuid('qingdao') } },
    });
    expect(all.data?.honorAwards.data.totalCount).toBe(qingdaoAwards);
    expect(qingdaoAwards).toBeGreaterThan(0);
  });
});

describe('the annual report as a workbook', () => {
  const path = (id: string, query: string) =>
    `/api/reports/${encodeGlobalId('Organization', id)}/annual-report.xlsx?${query}`;
  const download = (url: string, session?: string) =>
    fetch(`${base}${url}`, { headers: session ? { cookie: `gh_session=${session}` } : {} });

  it('holds the same numbers as the API, read back with exceljs', async () => {
    const langfang = seedUuid('langfang');
    const session = await signIn('langfang.admin');
    const response = await download(path(langfang, 'from=2024-01-01&to=2024-12-31'), session);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain('2024-01-01');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const sheet = book.getWorksheet('年度工作报告');
    if (!sheet) throw new Error('no report sheet');
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]?.[0]).toBe('廊坊市总工会工作报告数据');
    const headerIndex = rows.findIndex((row) => row[0] === REPORT_SHEET_COLUMNS[0]);
    expect(rows[headerIndex]).toEqual([...REPORT_SHEET_COLUMNS]);
    const byKey = new Map(rows.slice(headerIndex + 1).map((row) => [row[8], row]));
    const api = await annualReport(langfang, '2024-01-01', '2024-12-31');
    const figures = api.sections.flatMap((section) =>
      section.figures.map((figure) => ({ section: section.title, ...figure })),
    );
    expect(byKey.size).toBe(figures.length);
    for (const figure of figures) {
      const row = byKey.get(figure.key);
      expect(row?.[0]).toBe(figure.section);
      expect(row?.[1]).toBe(figure.label);
      expect(row?.[2], figure.key).toBe(figure.value);
      expect(row?.[3] ?? null).toBe(figure.previousValue);
      expect(row?.[4] ?? null).toBe(figure.change);
    }
    expect(byKey.get('honor.title.PROVINCIAL_MODEL_WORKER')?.[2]).toBe(49);
  });

  it('is for staff holding report.read over the organisation; bad periods are refused', async () => {
    const langfang = seedUuid('langfang');
    const query = 'from=2024-01-01&to=2024-12-31';
    expect((await download(path(langfang, query))).status).toBe(404);
    // Qingdao's admin has no scope over Langfang: as if it did not exist.
    const qingdao = await signIn('qingdao.admin');
    expect((await download(path(langfang, query), qingdao)).status).toBe(404);
    const own = await signIn('langfang.admin');
    const reversed = await download(path(langfang, 'from=2024-12-31&to=2024-01-01'), own);
    expect(reversed.status).toBe(400);
    expect(((await reversed.json()) as { error: string }).error).toBe('结束日期不能早于开始日期');
    expect((await download(path(langfang, 'from=2024-01-01'), own)).status).toBe(400);
  });
});

describe('headline figures (数据概览)', () => {
  it('gives members, unions, honorees, studios and positions of a subtree, as recounted', async () => {
    for (const key of ['acftu', 'qingdao', 'langfang']) {
      const id = seedUuid(key);
      const result = await graphql<{
        organization: { headlineFigures: { key: string; value: number; display: string }[] };
      }>(
        `query ($id: ID!) { organization(id: $id) { ... on Organization {
          headlineFigures { key value display } } } }`,
        { id: encodeGlobalId('Organization', id) },
      );
      expect(result.errors).toBeUndefined();
      const figures = new Map(
        (result.data?.organization.headlineFigures ?? []).map((f) => [f.key, f.value]),
      );
      const inTree = { lineageIds: { has: id } };
      // Counts of today: the positions serving today among them.
      const today = calendarDateInShanghai(new Date());
      const counted = await recount(id, today, today);
      const awards = await prisma.honorAward.findMany({ where: inTree });
      expect(Object.fromEntries(figures)).toEqual({
        'member.members': counted['member.members'],
        'organization.grassrootsUnions': counted['organization.grassrootsUnions'],
        'honor.honorees': awards.filter((a) => !a.revokedAt && a.publicScopes.includes('NAME'))
          .length,
        'innovation.studios': counted['innovation.studios'] ?? 0,
        'service.positions': counted['service.positions'] ?? 0,
      });
    }
  });
});

describe('new members of the period by group, as counted at the joining', () => {
  it('count a joining under the group the member had then, whatever they are recorded as later', async () => {
    const session = await signIn('shinan.admin');
    const hisense = encodeGlobalId('Organization', seedUuid('qingdao-shinan-hisense'));
    const shinan = seedUuid('qingdao-shinan');
    const before = await annualReport(shinan, '2026-01-01', '2026-12-31');
    const value = (report: Report, key: string) =>
      report.sections.flatMap((s) => s.figures).find((f) => f.key === key)?.value ?? 0;
    const first17 = '37020219900307123';
    const idNumber = first17 + computeIdNumberCheckCharacter(first17);
    const added = await graphql<{ addMember: { __typename: string; id?: string } }>(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { __typename ... on Member { id } } }`,
      {
        input: {
          organizationId: hisense,
          name: '报告测试',
          idNumber,
          phone: '13912345678',
          joinedOn: '2026-02-10',
          isMigrant: true,
          employmentGroup: 'COURIER',
          employerName: '海信集团',
        },
      },
      { session },
    );
    expect(added.data?.addMember.__typename).toBe('Member');
    const after = await annualReport(shinan, '2026-01-01', '2026-12-31');
    for (const key of [
      'member.newMembers',
      'member.newMigrantMembers',
      'member.newNewEmploymentMembers',
      'member.newMembers.COURIER',
    ]) {
      expect(value(after, key), key).toBe(value(before, key) + 1);
    }
    // Later the member is recorded as a rider and not a migrant worker: the joining stays a
    // courier's and a migrant worker's (the counters keep the facts at the joining).
    const updated = await graphql<{ updateMember: { __typename: string } }>(
      `mutation ($id: ID!, $input: UpdateMemberInput!) { updateMember(memberId: $id, input: $input) { __typename } }`,
      {
        id: added.data?.addMember.id,
        input: { isMigrant: false, employmentGroup: 'FOOD_DELIVERY_RIDER' },
      },
      { session },
    );
    expect(updated.data?.updateMember.__typename).toBe('Member');
    const later = await annualReport(shinan, '2026-01-01', '2026-12-31');
    expect(value(later, 'member.newMembers.COURIER')).toBe(
      value(after, 'member.newMembers.COURIER'),
    );
    expect(value(later, 'member.newMigrantMembers')).toBe(value(after, 'member.newMigrantMembers'));
    expect(value(later, 'member.newMembers.FOOD_DELIVERY_RIDER')).toBe(
      value(after, 'member.newMembers.FOOD_DELIVERY_RIDER'),
    );
  });
});
