import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

/**
 * Innovation through real GraphQL requests: studios with their lead's qualification, yearly
 * evaluations turned into stars by the domain, status changes, members, alliances, results and
 * their conversion pipeline, all-staff innovation enterprises within quota, public figures, and
 * who may do what. Today is 2026-06-01 in Shanghai.
 */

const gid = (type: string, id: string) => encodeGlobalId(type, id);
const qingdao = gid('Organization', seedUuid('qingdao'));
const shinan = gid('Organization', seedUuid('qingdao-shinan'));
const hisense = gid('Organization', seedUuid('qingdao-shinan-hisense'));
const haier = gid('Organization', seedUuid('qingdao-laoshan-haier'));

type Typed = Record<string, unknown> & { __typename: string };
type Data = Record<string, Typed>;

const errorFields = /* GraphQL */ `
  ... on ValidationError { field rule issues { field rule message } }
  ... on RuleViolationError { rule reasons { field rule message } }
  ... on Error { code message }
`;
const studioFields = /* GraphQL */ `
  __typename
  ... on InnovationStudio { id name level status statusSince stars hostEmployerName industryChain regionCode foundedOn
    lead { name honors { code name } skillLevel skillLevelLabel }
    members { id name role joinedOn }
    ratings { year stars score change previousStars explanation breakdown { criterion points explanation } }
    statusChanges { fromStatus toStatus changedOn reason }
    missedEvaluationYears }
  ${errorFields}
`;
const createStudio = `mutation ($input: CreateStudioInput!) { createStudio(input: $input) { ${studioFields} } }`;
const evaluate = `mutation ($id: ID!, $input: StudioEvaluationInput!) { recordStudioEvaluation(studioId: $id, input: $input) {
  __typename ... on StudioRating { year stars score change previousStars explanation breakdown { criterion percent points explanation } }
  ${errorFields} } }`;
const studioQuery = `query ($id: ID!) { studio(id: $id) { ${studioFields.replace(errorFields, '... on Error { code message }')} } }`;
const studiosQuery = `query ($filter: StudioFilter, $first: Int, $after: String) { studios(filter: $filter, first: $first, after: $after) {
  __typename ... on QueryStudiosSuccess { data { totalCount pageInfo { hasNextPage endCursor } edges { node { id name level stars } } } }
  ... on ValidationError { field rule } } }`;
const changeStatus = `mutation ($id: ID!, $status: StudioStatus!, $on: Date!, $reason: String!) {
  changeStudioStatus(studioId: $id, status: $status, changedOn: $on, reason: $reason) { ${studioFields} } }`;
const createResult = `mutation ($input: CreateInnovationResultInput!) { createInnovationResult(input: $input) {
  __typename ... on InnovationResult { id title type patentNumber team firstCompleter economicBenefitFen conversionState availableMoves }
  ${errorFields} } }`;
const moveResult = `mutation ($id: ID!, $move: ConversionMove!, $on: Date, $note: String, $returns: Fen) {
  moveInnovationResult(resultId: $id, move: $move, movedOn: $on, note: $note, returnsFen: $returns) {
  __typename ... on InnovationResult { conversionState conversionMovedOn returnsFen availableMoves steps { move fromState toState movedOn note returnsFen } }
  ${errorFields} } }`;
const figures = `query ($id: ID) { innovationFigures(organizationId: $id) { __typename ... on InnovationFigures {
  studioCount resultCount totalEconomicBenefitFen returnsSecuredFen
  studiosByLevel { key count } studiosByStars { key count } resultsByType { key count } } ... on Error { code message } } }`;

function field(result: { data?: Data; errors?: unknown }, name: string): Typed {
  const value = result.data?.[name];
  if (!value) throw new Error(`no ${name}: ${JSON.stringify(result.errors ?? result.data)}`);
  return value;
}

async function run(query: string, variables: Record<string, unknown>, session?: string) {
  return graphql<Data>(query, variables, session ? { session } : {});
}

const studioInput = (extra: Record<string, unknown> = {}) => ({
  organizationId: hisense,
  name: '测试劳模创新工作室（演示）',
  level: 'CITY',
  hostEmployerName: '海信集团',
  industryChain: '智能家电',
  regionCode: '370202',
  foundedOn: '2022-03-01',
  leadName: '演示领衔人甲',
  leadHonorCodes: ['CITY_MODEL_WORKER', 'MOST_BEAUTIFUL_WORKER'],
  leadSkillLevel: 'SENIOR_TECHNICIAN',
  ...extra,
});

const goodMeasures = {
  resultsAndPatents: 6,
  peopleTrained: 5,
  economicBenefitFen: 100_000_000,
  facilitiesAndRules: 8,
  activity: 4,
};

let sessions: Record<'qingdao' | 'shinan' | 'laoshan' | 'viewer', string>;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T02:00:00Z'));
  sessions = {
    qingdao: await signIn('qingdao.admin'),
    shinan: await signIn('shinan.admin'),
    laoshan: await signIn('laoshan.admin'),
    viewer: await signIn('qingdao.viewer'),
  };
});

afterAll(() => {
  vi.useRealTimers();
});

describe('studios and their star ratings', () => {
  it('registers a studio whose lead qualifies, keeping only what qualifies them', async () => {
    const studio = field(
      await run(createStudio, { input: studioInput() }, sessions.shinan),
      'createStudio',
    );
    expect(studio.__typename).toBe('InnovationStudio');
    expect(studio).toMatchObject({
      status: 'ACTIVE',
      stars: null,
      statusSince: '2022-03-01',
      lead: {
        name: '演示领衔人甲',
        honors: [{ code: 'CITY_MODEL_WORKER', name: '市劳动模范' }],
        skillLevel: 'SENIOR_TECHNICIAN',
        skillLevelLabel: '高级技师',
      },
      // 2023, 2024 and 2025 were due by 31 March of the next year and are missing.
      missedEvaluationYears: [2023, 2024, 2025],
    });
    const audit = await prisma.auditLog.findFirst({
      where: {
        action: 'innovation.studio.create',
        targetId: Buffer.from(String(studio.id), 'base64url').toString().split(':')[1] ?? '',
      },
    });
    expect(audit?.actorName).toBe('shinan.admin');
  });

  it('refuses a lead who does not qualify, and bad input under its field, writing nothing', async () => {
    const before = await prisma.innovationStudio.count();
    const unqualified = field(
      await run(
        createStudio,
        {
          input: studioInput({
            leadHonorCodes: ['MOST_BEAUTIFUL_WORKER'],
            leadSkillLevel: 'SENIOR',
          }),
        },
        sessions.shinan,
      ),
      'createStudio',
    );
    expect(unqualified).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'INNOVATION_STUDIO_LEAD_NOT_QUALIFIED',
    });
    const badRegion = field(
      await run(createStudio, { input: studioInput({ regionCode: '999999' }) }, sessions.shinan),
      'createStudio',
    );
    expect(badRegion).toMatchObject({ __typename: 'ValidationError', field: 'input.regionCode' });
    const blankName = field(
      await run(createStudio, { input: studioInput({ name: '  ' }) }, sessions.shinan),
      'createStudio',
    );
    expect(blankName).toMatchObject({
      __typename: 'ValidationError',
      rule: 'INNOVATION_STUDIO_NAME_EMPTY',
    });
    const future = field(
      await run(createStudio, { input: studioInput({ foundedOn: '2026-06-02' }) }, sessions.shinan),
      'createStudio',
    );
    expect(future).toMatchObject({ __typename: 'ValidationError', field: 'input.foundedOn' });
    expect(await prisma.innovationStudio.count()).toBe(before);
  });

  it('lets staff act only within their subtree and with the permission', async () => {
    const outside = field(
      await run(createStudio, { input: studioInput({ organizationId: haier }) }, sessions.shinan),
      'createStudio',
    );
    expect(outside).toMatchObject({ __typename: 'NotFoundError' });
    const viewer = field(
      await run(createStudio, { input: studioInput() }, sessions.viewer),
      'createStudio',
    );
    expect(viewer).toMatchObject({ __typename: 'ForbiddenError' });
    const anonymous = field(await run(createStudio, { input: studioInput() }), 'createStudio');
    expect(anonymous).toMatchObject({ __typename: 'UnauthenticatedError' });
  });

  it('evaluates a year into stars with a breakdown; a year is never overwritten; the history is public', async () => {
    const studio = field(
      await run(createStudio, { input: studioInput({ name: '评星演示工作室' }) }, sessions.shinan),
      'createStudio',
    );
    const id = studio.id as string;
    const first = field(
      await run(evaluate, { id, input: { year: 2024, measures: goodMeasures } }, sessions.shinan),
      'recordStudioEvaluation',
    );
    expect(first).toMatchObject({
      __typename: 'StudioRating',
      year: 2024,
      stars: 4,
      score: 78.5,
      change: 'INITIAL',
      previousStars: null,
    });
    expect((first.breakdown as { explanation: string }[])[0]?.explanation).toBe(
      '创新成果和专利 6 项，达到 ≥5 项 档（85%），得 25.5 / 30 分',
    );
    const again = field(
      await run(evaluate, { id, input: { year: 2024, measures: goodMeasures } }, sessions.shinan),
      'recordStudioEvaluation',
    );
    expect(again).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'INNOVATION_EVALUATION_YEAR_EVALUATED',
    });
    const down = field(
      await run(
        evaluate,
        {
          id,
          input: { year: 2025, measures: { ...goodMeasures, economicBenefitFen: 0, activity: 0 } },
        },
        sessions.shinan,
      ),
      'recordStudioEvaluation',
    );
    expect(down).toMatchObject({ stars: 2, change: 'DOWNGRADE', previousStars: 4 });
    // An older, missed year does not replace the latest year's stars.
    const older = field(
      await run(evaluate, { id, input: { year: 2023, measures: goodMeasures } }, sessions.shinan),
      'recordStudioEvaluation',
    );
    expect(older).toMatchObject({ stars: 4, change: 'INITIAL' });
    const bad = field(
      await run(
        evaluate,
        {
          id,
          input: {
            year: 2022,
            measures: { ...goodMeasures, facilitiesAndRules: 11, peopleTrained: -1 },
          },
        },
        sessions.shinan,
      ),
      'recordStudioEvaluation',
    );
    expect(bad.__typename).toBe('ValidationError');
    expect((bad.issues as { field: string }[]).map((issue) => issue.field)).toEqual([
      'input.measures.peopleTrained',
      'input.measures.facilitiesAndRules',
    ]);
    const viewerTry = field(
      await run(evaluate, { id, input: { year: 2022, measures: goodMeasures } }, sessions.viewer),
      'recordStudioEvaluation',
    );
    expect(viewerTry.__typename).toBe('ForbiddenError');

    const publicView = field(await run(studioQuery, { id }), 'studio');
    expect(publicView).toMatchObject({ stars: 2, missedEvaluationYears: [] });
    expect((publicView.ratings as { year: number }[]).map((rating) => rating.year)).toEqual([
      2025, 2024, 2023,
    ]);
    expect(JSON.stringify(publicView)).not.toMatch(/idNumber|phone/);
  });

  it('previews the stars without storing anything', async () => {
    const before = await prisma.innovationStudioRating.count();
    const preview = field(
      await run(
        `query ($m: StarMeasuresInput!) { previewStarRating(measures: $m) { __typename ... on StarRating { stars score explanation } ... on Error { code message } } }`,
        { m: goodMeasures },
      ),
      'previewStarRating',
    );
    expect(preview).toMatchObject({
      stars: 4,
      score: 78.5,
      explanation: '总分 78.5 分，达到 4 星（≥75 分）',
    });
    expect(await prisma.innovationStudioRating.count()).toBe(before);
  });

  it('suspends, de-lists for good, and keeps the dated history', async () => {
    const studio = field(
      await run(createStudio, { input: studioInput({ name: '摘牌演示工作室' }) }, sessions.shinan),
      'createStudio',
    );
    const id = studio.id as string;
    const vars = (status: string, on: string, reason = '连续两年未参加评定') => ({
      id,
      status,
      on,
      reason,
    });
    const suspended = field(
      await run(changeStatus, vars('SUSPENDED', '2026-01-10'), sessions.shinan),
      'changeStudioStatus',
    );
    expect(suspended).toMatchObject({
      status: 'SUSPENDED',
      statusSince: '2026-01-10',
      missedEvaluationYears: [],
    });
    const backdated = field(
      await run(changeStatus, vars('ACTIVE', '2026-01-09'), sessions.shinan),
      'changeStudioStatus',
    );
    expect(backdated).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'INNOVATION_STUDIO_STATUS_DATE',
    });
    const noReason = field(
      await run(changeStatus, vars('DELISTED', '2026-02-01', ' '), sessions.shinan),
      'changeStudioStatus',
    );
    expect(noReason).toMatchObject({ rule: 'INNOVATION_STUDIO_REASON_REQUIRED' });
    const delisted = field(
      await run(changeStatus, vars('DELISTED', '2026-02-01'), sessions.shinan),
      'changeStudioStatus',
    );
    expect(delisted).toMatchObject({ status: 'DELISTED' });
    expect((delisted.statusChanges as unknown[]).length).toBe(2);
    const revived = field(
      await run(changeStatus, vars('ACTIVE', '2026-03-01'), sessions.shinan),
      'changeStudioStatus',
    );
    expect(revived).toMatchObject({ rule: 'INNOVATION_STUDIO_DELISTED' });
    const evaluation = field(
      await run(evaluate, { id, input: { year: 2025, measures: goodMeasures } }, sessions.shinan),
      'recordStudioEvaluation',
    );
    expect(evaluation).toMatchObject({ rule: 'INNOVATION_EVALUATION_STUDIO_NOT_ACTIVE' });
    // The public directory leaves de-listed studios out unless asked for them.
    const listed = field(
      await run(studiosQuery, { filter: { search: '摘牌演示' } }),
      'studios',
    ) as { data?: { totalCount: number } } & Typed;
    expect(listed.data?.totalCount).toBe(0);
    const asked = field(
      await run(studiosQuery, { filter: { search: '摘牌演示', status: 'DELISTED' } }),
      'studios',
    ) as { data?: { totalCount: number } } & Typed;
    expect(asked.data?.totalCount).toBe(1);
  });

  it('filters and pages the public directory, refusing bad filters with typed errors', async () => {
    for (const name of ['分页演示一', '分页演示二', '分页演示三']) {
      field(
        await run(
          createStudio,
          {
            input: studioInput({
              name,
              level: 'DISTRICT',
              regionCode: '370212',
              organizationId: haier,
            }),
          },
          sessions.laoshan,
        ),
        'createStudio',
      );
    }
    const page = field(
      await run(studiosQuery, {
        filter: { level: 'DISTRICT', regionCode: '370212', search: '分页演示' },
        first: 2,
      }),
      'studios',
    ) as Typed & {
      data: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    expect(page.data.totalCount).toBe(3);
    expect(page.data.pageInfo.hasNextPage).toBe(true);
    const next = field(
      await run(studiosQuery, {
        filter: { search: '分页演示' },
        first: 2,
        after: page.data.pageInfo.endCursor,
      }),
      'studios',
    ) as Typed & {
      data: { edges: unknown[] };
    };
    expect(next.data.edges).toHaveLength(1);
    const badStars = field(await run(studiosQuery, { filter: { stars: 6 } }), 'studios');
    expect(badStars).toMatchObject({
      __typename: 'ValidationError',
      rule: 'INNOVATION_STARS_RANGE',
    });
    const badId = field(
      await run(studioQuery.replace('... on Error { code message }', ''), { id: 'nope' }),
      'studio',
    );
    expect(badId).toMatchObject({ __typename: 'ValidationError' });
  });

  it('adds and removes members with dates', async () => {
    const studio = field(
      await run(createStudio, { input: studioInput({ name: '成员演示工作室' }) }, sessions.shinan),
      'createStudio',
    );
    const add = `mutation ($id: ID!, $input: StudioMemberInput!) { addStudioMember(studioId: $id, input: $input) { __typename ... on StudioMember { id name role } ${errorFields} } }`;
    const member = field(
      await run(
        add,
        { id: studio.id, input: { name: '演示成员乙', role: '技术骨干', joinedOn: '2023-01-01' } },
        sessions.shinan,
      ),
      'addStudioMember',
    );
    expect(member).toMatchObject({ __typename: 'StudioMember', name: '演示成员乙' });
    const twice = field(
      await run(
        add,
        { id: studio.id, input: { name: '演示成员乙', role: '徒弟', joinedOn: '2023-01-01' } },
        sessions.shinan,
      ),
      'addStudioMember',
    );
    expect(twice).toMatchObject({ rule: 'INNOVATION_MEMBER_EXISTS' });
    const remove = `mutation ($id: ID!, $on: Date!) { removeStudioMember(memberId: $id, leftOn: $on) { __typename ... on StudioMember { leftOn } ${errorFields} } }`;
    const early = field(
      await run(remove, { id: member.id, on: '2022-12-31' }, sessions.shinan),
      'removeStudioMember',
    );
    expect(early).toMatchObject({ rule: 'INNOVATION_MEMBER_LEFT_BEFORE_JOINING' });
    const left = field(
      await run(remove, { id: member.id, on: '2026-05-01' }, sessions.shinan),
      'removeStudioMember',
    );
    expect(left).toMatchObject({ leftOn: '2026-05-01' });
    const view = field(await run(studioQuery, { id: studio.id }), 'studio');
    expect(view.members).toEqual([]);
  });
});

describe('alliances', () => {
  it('joins and leaves with dates, across districts', async () => {
    const createAlliance = `mutation ($input: CreateAllianceInput!) { createAlliance(input: $input) { __typename ... on InnovationAlliance { id name kind } ${errorFields} } }`;
    const alliance = field(
      await run(
        createAlliance,
        {
          input: {
            organizationId: qingdao,
            name: '青岛市轨道交通创新工作室联盟（演示）',
            kind: 'CROSS_REGION',
            foundedOn: '2023-05-01',
          },
        },
        sessions.qingdao,
      ),
      'createAlliance',
    );
    expect(alliance.__typename).toBe('InnovationAlliance');
    const studio = field(
      await run(createStudio, { input: studioInput({ name: '联盟演示工作室' }) }, sessions.shinan),
      'createStudio',
    );
    const join = `mutation ($a: ID!, $s: ID!, $on: Date!) { joinAlliance(allianceId: $a, studioId: $s, joinedOn: $on) { __typename ... on AllianceMembership { joinedOn leftOn } ${errorFields} } }`;
    const leave = `mutation ($a: ID!, $s: ID!, $on: Date!) { leaveAlliance(allianceId: $a, studioId: $s, leftOn: $on) { __typename ... on AllianceMembership { joinedOn leftOn } ${errorFields} } }`;
    const vars = (on: string) => ({ a: alliance.id, s: studio.id, on });
    expect(
      field(await run(join, vars('2023-04-30'), sessions.qingdao), 'joinAlliance'),
    ).toMatchObject({ rule: 'INNOVATION_ALLIANCE_JOIN_BEFORE_FOUNDING' });
    expect(
      field(await run(join, vars('2024-01-01'), sessions.qingdao), 'joinAlliance'),
    ).toMatchObject({ joinedOn: '2024-01-01', leftOn: null });
    expect(
      field(await run(join, vars('2024-02-01'), sessions.qingdao), 'joinAlliance'),
    ).toMatchObject({ rule: 'INNOVATION_ALLIANCE_ALREADY_MEMBER' });
    expect(
      field(await run(join, vars('2024-02-01'), sessions.shinan), 'joinAlliance'),
    ).toMatchObject({ __typename: 'NotFoundError' });
    expect(
      field(await run(leave, vars('2025-06-30'), sessions.qingdao), 'leaveAlliance'),
    ).toMatchObject({ leftOn: '2025-06-30' });
    expect(
      field(await run(join, vars('2025-06-01'), sessions.qingdao), 'joinAlliance'),
    ).toMatchObject({ rule: 'INNOVATION_ALLIANCE_JOIN_BEFORE_LAST_LEAVE' });
    expect(
      field(await run(join, vars('2026-01-01'), sessions.qingdao), 'joinAlliance'),
    ).toMatchObject({ joinedOn: '2026-01-01' });
    const view = field(
      await run(
        `query ($id: ID!) { studio(id: $id) { ... on InnovationStudio { alliances { joinedOn leftOn alliance { name } } } } }`,
        { id: studio.id },
      ),
      'studio',
    );
    expect(view.alliances).toEqual([
      {
        joinedOn: '2026-01-01',
        leftOn: null,
        alliance: { name: '青岛市轨道交通创新工作室联盟（演示）' },
      },
      {
        joinedOn: '2024-01-01',
        leftOn: '2025-06-30',
        alliance: { name: '青岛市轨道交通创新工作室联盟（演示）' },
      },
    ]);
  });
});

describe('results and their conversion', () => {
  const resultInput = (extra: Record<string, unknown> = {}) => ({
    organizationId: hisense,
    title: '变频空调压缩机降噪装置（演示）',
    type: 'UTILITY_MODEL_PATENT',
    patentNumber: 'ZL 2024 2 0123456.X',
    team: ['演示完成人甲', '演示完成人乙'],
    year: 2025,
    economicBenefitFen: 35_000_000,
    awards: ['青岛市职工优秀技术创新成果二等奖'],
    ...extra,
  });

  it('checks the patent number and the team', async () => {
    const wrongCheck = field(
      await run(
        createResult,
        { input: resultInput({ patentNumber: 'ZL202420123456.1' }) },
        sessions.shinan,
      ),
      'createInnovationResult',
    );
    expect(wrongCheck).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.patentNumber',
      rule: 'INNOVATION_PATENT_NUMBER_CHECKSUM',
    });
    const noTeam = field(
      await run(
        createResult,
        { input: resultInput({ team: [], economicBenefitFen: -5 }) },
        sessions.shinan,
      ),
      'createInnovationResult',
    );
    expect((noTeam.issues as { rule: string }[]).map((issue) => issue.rule)).toEqual([
      'INNOVATION_PATENT_NUMBER_CHECKSUM',
      'INNOVATION_RESULT_TEAM_EMPTY',
      'INNOVATION_RESULT_BENEFIT_NEGATIVE',
    ]);
  });

  it('walks the conversion pipeline and refuses illegal moves', async () => {
    // the check character of 202420123456 under weights 2..9,2..5 mod 11
    const digits = '202420123456';
    let sum = 0;
    for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * (2 + (i % 8));
    const check = sum % 11 === 10 ? 'X' : String(sum % 11);
    const result = field(
      await run(
        createResult,
        { input: resultInput({ patentNumber: `ZL ${digits}.${check}` }) },
        sessions.shinan,
      ),
      'createInnovationResult',
    );
    expect(result).toMatchObject({
      __typename: 'InnovationResult',
      patentNumber: `ZL${digits}.${check}`,
      firstCompleter: '演示完成人甲',
      economicBenefitFen: 35_000_000,
      conversionState: 'REGISTERED',
      availableMoves: ['ASSESS', 'ABANDON'],
    });
    const id = result.id;
    expect(
      field(
        await run(moveResult, { id, move: 'PROMOTE' }, sessions.shinan),
        'moveInnovationResult',
      ),
    ).toMatchObject({ rule: 'INNOVATION_CONVERSION_MOVE_NOT_ALLOWED' });
    expect(
      field(
        await run(moveResult, { id, move: 'ASSESS', on: '2026-03-01' }, sessions.shinan),
        'moveInnovationResult',
      ),
    ).toMatchObject({ conversionState: 'ASSESSED' });
    expect(
      field(
        await run(moveResult, { id, move: 'PROMOTE', on: '2026-02-01' }, sessions.shinan),
        'moveInnovationResult',
      ),
    ).toMatchObject({ rule: 'INNOVATION_CONVERSION_DATE_BEFORE_LAST' });
    expect(
      field(
        await run(moveResult, { id, move: 'PROMOTE', on: '2026-04-01' }, sessions.viewer),
        'moveInnovationResult',
      ),
    ).toMatchObject({ __typename: 'ForbiddenError' });
    expect(
      field(
        await run(moveResult, { id, move: 'PROMOTE', on: '2026-04-01' }, sessions.shinan),
        'moveInnovationResult',
      ),
    ).toMatchObject({ conversionState: 'PROMOTED' });
    expect(
      field(
        await run(moveResult, { id, move: 'START_CONVERSION' }, sessions.shinan),
        'moveInnovationResult',
      ),
    ).toMatchObject({ conversionState: 'IN_CONVERSION' });
    expect(
      field(
        await run(moveResult, { id, move: 'SECURE_RETURNS' }, sessions.shinan),
        'moveInnovationResult',
      ),
    ).toMatchObject({ rule: 'INNOVATION_CONVERSION_RETURNS_REQUIRED' });
    const secured = field(
      await run(moveResult, { id, move: 'SECURE_RETURNS', returns: 12_000_000 }, sessions.shinan),
      'moveInnovationResult',
    );
    expect(secured).toMatchObject({
      conversionState: 'RETURNS_SECURED',
      returnsFen: 12_000_000,
      availableMoves: [],
    });
    expect((secured.steps as { move: string }[]).map((step) => step.move)).toEqual([
      'ASSESS',
      'PROMOTE',
      'START_CONVERSION',
      'SECURE_RETURNS',
    ]);
    expect(
      field(
        await run(moveResult, { id, move: 'ABANDON', note: '无' }, sessions.shinan),
        'moveInnovationResult',
      ),
    ).toMatchObject({ rule: 'INNOVATION_CONVERSION_FINAL' });
    expect(
      await prisma.auditLog.count({ where: { action: 'innovation.result.move' } }),
    ).toBeGreaterThanOrEqual(4);
  });
});

describe('figures and enterprises', () => {
  it('counts a subtree’s studios, results and benefit', async () => {
    const fresh = gid('Organization', seedUuid('qingdao-shinan-badaguan'));
    const before = field(await run(figures, { id: fresh }), 'innovationFigures');
    const studio = field(
      await run(
        createStudio,
        {
          input: studioInput({
            name: '八大关演示工作室',
            organizationId: fresh,
            level: 'PROVINCIAL',
          }),
        },
        sessions.shinan,
      ),
      'createStudio',
    );
    field(
      await run(
        evaluate,
        { id: studio.id, input: { year: 2025, measures: goodMeasures } },
        sessions.shinan,
      ),
      'recordStudioEvaluation',
    );
    field(
      await run(
        createResult,
        {
          input: {
            studioId: studio.id,
            title: '演示小革新',
            type: 'SMALL_INNOVATION',
            team: ['演示人丙'],
            year: 2025,
            economicBenefitFen: 500_000,
          },
        },
        sessions.shinan,
      ),
      'createInnovationResult',
    );
    const after = field(await run(figures, { id: fresh }), 'innovationFigures');
    expect(after.studioCount).toBe((before.studioCount as number) + 1);
    expect(after.resultCount).toBe((before.resultCount as number) + 1);
    expect(after.totalEconomicBenefitFen).toBe(
      (before.totalEconomicBenefitFen as number) + 500_000,
    );
    const four = (after.studiosByStars as { key: string; count: number }[]).find(
      (row) => row.key === '4',
    );
    const fourBefore = (before.studiosByStars as { key: string; count: number }[]).find(
      (row) => row.key === '4',
    );
    expect(four?.count).toBe((fourBefore?.count ?? 0) + 1);
    const city = field(await run(figures, { id: qingdao }), 'innovationFigures');
    expect(city.studioCount as number).toBeGreaterThanOrEqual(after.studioCount as number);
  });

  it('selects all-staff innovation enterprises within the quota', async () => {
    const select = `mutation ($input: SelectEnterpriseInput!) { selectInnovationEnterprise(input: $input) { __typename ... on InnovationEnterprise { enterpriseName year } ${errorFields} } }`;
    const quota = `query ($id: ID!, $year: Int!) { enterpriseQuota(organizationId: $id, year: $year) { __typename ... on EnterpriseQuota { quota selected remaining over explanation } ${errorFields} } }`;
    for (let index = 1; index <= 10; index += 1) {
      const row = field(
        await run(
          select,
          { input: { organizationId: shinan, year: 2024, enterpriseName: `市南演示企业${index}` } },
          sessions.shinan,
        ),
        'selectInnovationEnterprise',
      );
      expect(row.__typename).toBe('InnovationEnterprise');
    }
    const eleventh = field(
      await run(
        select,
        { input: { organizationId: shinan, year: 2024, enterpriseName: '市南演示企业11' } },
        sessions.shinan,
      ),
      'selectInnovationEnterprise',
    );
    expect(eleventh).toMatchObject({ rule: 'INNOVATION_ENTERPRISE_OVER_QUOTA' });
    const twice = field(
      await run(
        select,
        { input: { organizationId: shinan, year: 2024, enterpriseName: '市南演示企业3' } },
        sessions.shinan,
      ),
      'selectInnovationEnterprise',
    );
    expect(twice).toMatchObject({ rule: 'INNOVATION_ENTERPRISE_ALREADY_SELECTED' });
    const grassroots = field(
      await run(
        select,
        { input: { organizationId: hisense, year: 2024, enterpriseName: '海信' } },
        sessions.shinan,
      ),
      'selectInnovationEnterprise',
    );
    expect(grassroots).toMatchObject({ rule: 'INNOVATION_ENTERPRISE_NOT_A_SELECTOR' });
    const status = field(await run(quota, { id: shinan, year: 2024 }), 'enterpriseQuota');
    expect(status).toMatchObject({ quota: 10, selected: 10, remaining: 0, over: 0 });
  });
});

describe('public types and concurrent writes', () => {
  it('has no personal field on any public innovation type', async () => {
    for (const name of [
      'InnovationStudio',
      'StudioLead',
      'StudioMember',
      'StudioRating',
      'InnovationResult',
      'InnovationAlliance',
      'AllianceMembership',
      'InnovationFigures',
      'InnovationEnterprise',
    ]) {
      const result = await run(
        `query ($name: String!) { __type(name: $name) { fields { name } } }`,
        { name },
      );
      const fields = (
        (result.data?.__type as unknown as { fields: { name: string }[] } | undefined)?.fields ?? []
      ).map((f) => f.name);
      expect(fields.length, name).toBeGreaterThan(0);
      for (const fieldName of fields) {
        expect(fieldName, `${name}.${fieldName}`).not.toMatch(
          /idNumber|phone|address|birth|lineage|staff|memberId/i,
        );
      }
    }
  });

  it('never selects more than the quota, even when the requests race', async () => {
    const select = `mutation ($input: SelectEnterpriseInput!) { selectInnovationEnterprise(input: $input) { __typename ... on Error { code } } }`;
    const answers = await Promise.all(
      Array.from({ length: 13 }, (_, index) =>
        run(
          select,
          {
            input: {
              organizationId: qingdao,
              year: 2023,
              enterpriseName: `并发演示企业${index % 12}`,
            },
          },
          sessions.qingdao,
        ),
      ),
    );
    const accepted = answers.filter(
      (answer) => answer.data?.selectInnovationEnterprise?.__typename === 'InnovationEnterprise',
    );
    expect(answers.every((answer) => answer.data?.selectInnovationEnterprise)).toBe(true);
    expect(accepted).toHaveLength(10);
    expect(
      await prisma.innovationEnterprise.count({
        where: { organizationId: seedUuid('qingdao'), year: 2023 },
      }),
    ).toBe(10);
  });
});

describe('the lead’s honor-roll profile and the studio link each other', () => {
  const honoreeQuery = `query ($id: ID!) { honoree(id: $id) { __typename ... on Honoree { name titleName
    ledStudios { id name level stars lead { name honoreeId } } } ... on Error { code message } } }`;
  const leadQuery = `query ($id: ID!) { studio(id: $id) { __typename ... on InnovationStudio { name
    lead { name honoreeId honors { code } } } } }`;
  const updateStudio = `mutation ($id: ID!, $input: UpdateStudioInput!) { updateStudio(studioId: $id, input: $input) {
    __typename ... on InnovationStudio { id name level hostEmployerName industryChain description lead { name honoreeId honors { code } } }
    ${errorFields} } }`;
  const honoree = (index: number) => gid('Honoree', seedUuid(`honor-award:${index}`));

  it('links the seeded studios led by honorees both ways, with names that agree', async () => {
    const linked = await prisma.innovationStudio.findMany({
      where: { leadAwardId: { not: null } },
      include: { leadAward: true },
    });
    expect(linked.length).toBeGreaterThanOrEqual(3);
    for (const studio of linked) {
      expect(studio.leadAward?.name).toBe(studio.leadName);
      expect(studio.leadAward?.subject).toBe('PERSON');
    }
    const chen = field(await run(honoreeQuery, { id: honoree(0) }), 'honoree');
    expect(chen).toMatchObject({ name: '陈立军', titleName: '全国五一劳动奖章' });
    const studios = chen.ledStudios as { id: string; name: string; lead: { honoreeId: string } }[];
    expect(studios.map((studio) => studio.name)).toEqual(['陈立军劳模创新工作室']);
    expect(studios[0]?.lead.honoreeId).toBe(honoree(0));
    // A lead who is not an honoree has no profile link.
    const other = field(
      await run(leadQuery, {
        id: gid('InnovationStudio', seedUuid('innovation-studio:crrc-wheelset')),
      }),
      'studio',
    );
    expect(other).toMatchObject({ lead: { name: '林振华', honoreeId: null } });
  });

  it('registers a studio led by an honoree only under the honoree’s own name, and a person', async () => {
    const before = await prisma.innovationStudio.count();
    const wrongName = field(
      await run(
        createStudio,
        { input: studioInput({ name: '姓名不符演示工作室', leadHonoreeId: honoree(9) }) },
        sessions.qingdao,
      ),
      'createStudio',
    );
    expect(wrongName).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'INNOVATION_LEAD_AWARD_NAME',
      reasons: [{ field: 'input.leadHonoreeId' }],
    });
    const collectiveAward = await prisma.honorAward.findFirstOrThrow({
      where: { subject: 'COLLECTIVE' },
    });
    const collective = field(
      await run(
        createStudio,
        {
          input: studioInput({
            name: '集体演示工作室',
            leadName: collectiveAward.name,
            leadHonoreeId: gid('Honoree', collectiveAward.id),
          }),
        },
        sessions.qingdao,
      ),
      'createStudio',
    );
    expect(collective).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.leadHonoreeId',
      rule: 'INNOVATION_LEAD_AWARD_NOT_PERSON',
    });
    const unknown = field(
      await run(
        createStudio,
        {
          input: studioInput({
            leadHonoreeId: gid('Honoree', '00000000-0000-4000-8000-000000000000'),
          }),
        },
        sessions.qingdao,
      ),
      'createStudio',
    );
    expect(unknown).toMatchObject({ __typename: 'ValidationError', field: 'input.leadHonoreeId' });
    expect(await prisma.innovationStudio.count()).toBe(before);

    // 韩志刚 holds the 2025 青岛工匠 title: it alone qualifies him.
    const created = field(
      await run(
        createStudio,
        {
          input: studioInput({
            name: '韩志刚船体装配创新工作室',
            leadName: '韩志刚',
            leadHonorCodes: [],
            leadSkillLevel: null,
            leadHonoreeId: honoree(9),
          }),
        },
        sessions.qingdao,
      ),
      'createStudio',
    );
    expect(created).toMatchObject({
      __typename: 'InnovationStudio',
      lead: { name: '韩志刚', honors: [{ code: 'QINGDAO_CRAFTSMAN' }] },
    });
    const profile = field(await run(honoreeQuery, { id: honoree(9) }), 'honoree');
    expect((profile.ledStudios as { name: string }[]).map((studio) => studio.name)).toContain(
      '韩志刚船体装配创新工作室',
    );
  });

  it('drops the link both ways when the honoree withdraws consent', async () => {
    const studioId = gid('InnovationStudio', seedUuid('innovation-studio:haier-mould'));
    const linked = field(await run(leadQuery, { id: studioId }), 'studio');
    expect(linked).toMatchObject({ lead: { name: '李春雷', honoreeId: honoree(8) } });
    const nominationId = (
      await prisma.honorAward.findUniqueOrThrow({ where: { id: seedUuid('honor-award:8') } })
    ).nominationId as string;
    const withdrawn = await run(
      `mutation ($id: ID!) { withdrawConsent(nominationId: $id) { __typename ... on Error { code message } } }`,
      { id: gid('Nomination', nominationId) },
      sessions.qingdao,
    );
    expect(withdrawn.data?.withdrawConsent?.__typename).not.toMatch(/Error$/);
    const unlinked = field(await run(leadQuery, { id: studioId }), 'studio');
    // The studio stays public, its lead's name too, but without the profile link.
    expect(unlinked).toMatchObject({
      name: '李春雷技能大师工作室',
      lead: { name: '李春雷', honoreeId: null },
    });
    const profile = await run(honoreeQuery, { id: honoree(8) });
    expect(profile.data?.honoree ?? null).toBeNull();
  });

  it('edits a studio’s details and its lead’s link, audited, within the editor’s subtree', async () => {
    const studio = field(
      await run(
        createStudio,
        { input: studioInput({ name: '修改演示工作室', leadName: '赵文博' }) },
        sessions.shinan,
      ),
      'createStudio',
    );
    const id = studio.id as string;
    const input = {
      name: '修改后演示工作室',
      level: 'PROVINCIAL',
      hostEmployerName: '海信集团控股股份有限公司',
      industryChain: '新一代信息技术',
      description: '  激光显示光学引擎攻关  ',
      leadHonoreeId: honoree(3),
    };
    const edited = field(await run(updateStudio, { id, input }, sessions.shinan), 'updateStudio');
    expect(edited).toMatchObject({
      name: '修改后演示工作室',
      level: 'PROVINCIAL',
      industryChain: '新一代信息技术',
      description: '激光显示光学引擎攻关',
      lead: { name: '赵文博', honoreeId: honoree(3) },
    });
    // 市五一劳动奖章 qualifies, so it joins the lead's qualifying honors.
    expect((edited.lead as { honors: { code: string }[] }).honors.map((h) => h.code)).toEqual([
      'CITY_MODEL_WORKER',
      'CITY_MAY_DAY_MEDAL',
    ]);
    const audit = await prisma.auditLog.findFirst({
      where: { action: 'innovation.studio.update' },
      orderBy: { occurredAt: 'desc' },
    });
    expect(audit).toMatchObject({
      actorName: 'shinan.admin',
      before: expect.objectContaining({ name: '修改演示工作室', leadAwardId: null }),
      after: expect.objectContaining({
        name: '修改后演示工作室',
        leadAwardId: seedUuid('honor-award:3'),
      }),
    });
    const unlinked = field(
      await run(updateStudio, { id, input: { ...input, leadHonoreeId: null } }, sessions.shinan),
      'updateStudio',
    );
    expect(unlinked).toMatchObject({ lead: { honoreeId: null } });
    const blank = field(
      await run(updateStudio, { id, input: { ...input, name: ' ' } }, sessions.shinan),
      'updateStudio',
    );
    expect(blank).toMatchObject({ __typename: 'ValidationError', field: 'input.name' });
    const wrongLead = field(
      await run(
        updateStudio,
        { id, input: { ...input, leadHonoreeId: honoree(0) } },
        sessions.shinan,
      ),
      'updateStudio',
    );
    expect(wrongLead).toMatchObject({ rule: 'INNOVATION_LEAD_AWARD_NAME' });
    const outside = field(await run(updateStudio, { id, input }, sessions.laoshan), 'updateStudio');
    expect(outside).toMatchObject({ __typename: 'NotFoundError' });
    const viewer = field(await run(updateStudio, { id, input }, sessions.viewer), 'updateStudio');
    expect(viewer).toMatchObject({ __typename: 'ForbiddenError' });
    field(
      await run(
        changeStatus,
        { id, status: 'DELISTED', on: '2026-05-01', reason: '撤销' },
        sessions.qingdao,
      ),
      'changeStudioStatus',
    );
    const delisted = field(await run(updateStudio, { id, input }, sessions.shinan), 'updateStudio');
    expect(delisted).toMatchObject({ rule: 'INNOVATION_STUDIO_DELISTED' });
  });
});

describe('the innovation configuration, versioned per region', () => {
  const createVersion = `mutation ($input: InnovationConfigVersionInput!) { createInnovationConfigVersion(input: $input) {
    __typename ... on InnovationConfigVersion { id regionCode version effectiveFrom parameters }
    ... on ValidationError { field rule issues { field rule message } } ... on Error { code message } } }`;
  const inForce = `query ($code: String!) { innovationConfigInForce(regionCode: $code) { __typename
    ... on InnovationConfigInForce { version sources { regionCode version } enterpriseQuotas { kind quota }
      leadQualification { minimumSkillLevel } rubric { starBands { stars minScore } } } ... on Error { message } } }`;
  const preview = `query ($measures: StarMeasuresInput!, $code: String) { previewStarRating(measures: $measures, regionCode: $code) {
    __typename ... on StarRating { stars score } ... on Error { message } } }`;
  const strictBands = [
    { stars: 1, minScore: 0 },
    { stars: 2, minScore: 50 },
    { stars: 3, minScore: 65 },
    { stars: 4, minScore: 80 },
    { stars: 5, minScore: 95 },
  ];
  let admin: string;

  beforeAll(async () => {
    admin = await signIn('super.admin');
  });

  it('stores a region’s new version; the region and those beneath it use it, others keep the defaults', async () => {
    const defaults = field(await run(inForce, { code: '370202' }), 'innovationConfigInForce');
    expect(defaults).toMatchObject({ version: '000000 v0' });
    const rubric = field(
      await run(
        `{ studioRubric { criteria { criterion weight bands { min percent } } starBands { stars minScore } } }`,
        {},
      ),
      'studioRubric',
    );
    const input = {
      regionCode: '370200',
      regionName: '青岛市',
      effectiveFrom: '2026-01-01',
      changeNote: '提高星级门槛；市总名额 12 家',
      parameters: {
        rubric: { criteria: rubric.criteria, starBands: strictBands },
        enterpriseQuotas: { CITY_FEDERATION: 12, COUNTY_FEDERATION: 10 },
      },
    };
    // Only config.manage may edit it.
    const forbidden = field(
      await run(createVersion, { input }, sessions.qingdao),
      'createInnovationConfigVersion',
    );
    expect(forbidden).toMatchObject({ __typename: 'ForbiddenError' });
    const created = field(
      await run(createVersion, { input }, admin),
      'createInnovationConfigVersion',
    );
    expect(created).toMatchObject({
      regionCode: '370200',
      version: 1,
      effectiveFrom: '2026-01-01',
    });
    const shinan = field(await run(inForce, { code: '370202' }), 'innovationConfigInForce');
    expect(shinan).toMatchObject({
      version: '000000 v0 / 370200 v1',
      rubric: { starBands: strictBands },
      leadQualification: { minimumSkillLevel: 'TECHNICIAN' },
    });
    expect(shinan.enterpriseQuotas).toEqual([
      { kind: 'CITY_FEDERATION', quota: 12 },
      { kind: 'COUNTY_FEDERATION', quota: 10 },
    ]);
    const langfang = field(await run(inForce, { code: '131000' }), 'innovationConfigInForce');
    expect(langfang).toMatchObject({ version: '000000 v0' });
    const audit = await prisma.auditLog.findFirst({
      where: { action: 'innovation.config.create' },
    });
    expect(audit?.actorName).toBe('super.admin');
  });

  it('evaluates with the version in force and records it; an earlier evaluation keeps its own', async () => {
    const measures = goodMeasures; // 78.5 points: 4 ★ by default, 3 ★ under Qingdao's version 1
    expect(field(await run(preview, { measures }), 'previewStarRating')).toMatchObject({
      stars: 4,
    });
    expect(
      field(await run(preview, { measures, code: '370202' }), 'previewStarRating'),
    ).toMatchObject({
      stars: 3,
    });
    const studio = field(
      await run(
        createStudio,
        { input: studioInput({ name: '配置版本演示工作室' }) },
        sessions.shinan,
      ),
      'createStudio',
    );
    const id = studio.id as string;
    const recorded = `mutation ($id: ID!, $input: StudioEvaluationInput!) { recordStudioEvaluation(studioId: $id, input: $input) {
      __typename ... on StudioRating { year stars configVersion } ${errorFields} } }`;
    const rating = field(
      await run(recorded, { id, input: { year: 2025, measures } }, sessions.shinan),
      'recordStudioEvaluation',
    );
    expect(rating).toMatchObject({ year: 2025, stars: 3, configVersion: '000000 v0 / 370200 v1' });
    // Evaluated on a date before version 1 took effect: the defaults, and it says so.
    const earlier = field(
      await run(
        recorded,
        { id, input: { year: 2024, evaluatedOn: '2025-03-01', measures } },
        sessions.shinan,
      ),
      'recordStudioEvaluation',
    );
    expect(earlier).toMatchObject({ year: 2024, stars: 4, configVersion: '000000 v0' });
    // A seeded rating keeps the version it was computed with.
    const seeded = await prisma.innovationStudioRating.findFirstOrThrow({
      where: { studioId: seedUuid('innovation-studio:crrc-wheelset'), year: 2025 },
    });
    expect(seeded.configVersion).toBe('000000 v0');
  });

  it('checks quotas against the version in force, and refuses a bad version under its fields', async () => {
    const quota = field(
      await run(
        `query ($id: ID!) { enterpriseQuota(organizationId: $id, year: 2026) { __typename ... on EnterpriseQuota { quota } } }`,
        { id: qingdao },
      ),
      'enterpriseQuota',
    );
    expect(quota).toMatchObject({ quota: 12 });
    const before = await prisma.innovationConfigVersion.count();
    const bad = field(
      await run(
        createVersion,
        {
          input: {
            regionCode: '370202',
            regionName: '市南区',
            effectiveFrom: '2026-01-01',
            parameters: { enterpriseQuotas: { COUNTY_FEDERATION: -2 } },
          },
        },
        admin,
      ),
      'createInnovationConfigVersion',
    );
    expect(bad).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.parameters.enterpriseQuotas.COUNTY_FEDERATION',
      rule: 'INNOVATION_CONFIG_QUOTA',
    });
    const shape = field(
      await run(
        createVersion,
        {
          input: {
            regionCode: '370202',
            regionName: '市南区',
            effectiveFrom: '2026-01-01',
            parameters: { quotas: 3 },
          },
        },
        admin,
      ),
      'createInnovationConfigVersion',
    );
    expect(shape).toMatchObject({ __typename: 'ValidationError', rule: 'INNOVATION_CONFIG_SHAPE' });
    expect(await prisma.innovationConfigVersion.count()).toBe(before);
    const history = field(
      await run(
        `query ($code: String!) { innovationConfigVersions(regionCode: $code) { __typename ... on QueryInnovationConfigVersionsSuccess { data { regionCode version } } } }`,
        { code: '370202' },
        sessions.qingdao,
      ),
      'innovationConfigVersions',
    ) as Typed & { data: unknown[] };
    expect(history.data).toEqual([{ regionCode: '370200', version: 1 }]);
  });
});
