/**
 * The public innovation figures of any subtree equal a from-scratch recount of the stored rows,
 * whatever random sequence of studio, evaluation, status, result and conversion changes goes
 * through the GraphQL API (refused changes included: a refusal must change nothing).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

const UNIONS = [
  'qingdao-shinan-hisense',
  'qingdao-shinan-badaguan',
  'qingdao-laoshan-haier',
  'qingdao-chengyang-crrc-sifang',
  'qingdao-shinan',
];
const CHECKED = ['qingdao', 'qingdao-shinan', 'qingdao-laoshan', 'qingdao-chengyang', ...UNIONS];
const LEVELS = ['NATIONAL_DEMONSTRATION', 'PROVINCIAL', 'CITY', 'DISTRICT'] as const;
const STATUSES = ['ACTIVE', 'SUSPENDED', 'DELISTED'] as const;
const TYPES = [
  'SMALL_INVENTION',
  'SMALL_SUGGESTION',
  'RATIONALISATION_PROPOSAL',
  'TECHNICAL_BREAKTHROUGH',
] as const;
const MOVES = ['ASSESS', 'PROMOTE', 'START_CONVERSION', 'SECURE_RETURNS', 'ABANDON'] as const;

const operation = fc.record({
  op: fc.constantFrom(
    'studio',
    'studio',
    'evaluate',
    'evaluate',
    'status',
    'result',
    'result',
    'move',
    'move',
  ),
  a: fc.nat(),
  b: fc.nat(),
  level: fc.constantFrom(...LEVELS),
  status: fc.constantFrom(...STATUSES),
  type: fc.constantFrom(...TYPES),
  move: fc.constantFrom(...MOVES),
  year: fc.integer({ min: 2019, max: 2027 }),
  measure: fc.integer({ min: -1, max: 12 }),
  benefit: fc.integer({ min: -10, max: 500_000_000 }),
  qualified: fc.boolean(),
});
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const result = `{ __typename ... on Error { code } }`;
const mutations = {
  studio: `mutation ($input: CreateStudioInput!) { r: createStudio(input: $input) { __typename ... on InnovationStudio { id } ... on Error { code } } }`,
  evaluate: `mutation ($id: ID!, $input: StudioEvaluationInput!) { r: recordStudioEvaluation(studioId: $id, input: $input) ${result} }`,
  status: `mutation ($id: ID!, $status: StudioStatus!) { r: changeStudioStatus(studioId: $id, status: $status, changedOn: "2026-05-01", reason: "随机变更") ${result} }`,
  result: `mutation ($input: CreateInnovationResultInput!) { r: createInnovationResult(input: $input) { __typename ... on InnovationResult { id } ... on Error { code } } }`,
  move: `mutation ($id: ID!, $move: ConversionMove!, $returns: Fen) { r: moveInnovationResult(resultId: $id, move: $move, movedOn: "2026-05-02", note: "随机", returnsFen: $returns) ${result} }`,
};
const figuresQuery = `query ($id: ID) { f: innovationFigures(organizationId: $id) { ... on InnovationFigures {
  studioCount resultCount totalEconomicBenefitFen returnsSecuredFen
  studiosByLevel { key count } studiosByStars { key count } resultsByType { key count } resultsByConversionState { key count } } } }`;

let session = '';
let serial = 0;
const studios: string[] = [];
const results: string[] = [];
const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length ? items[index % items.length] : undefined;

async function run(step: Operation) {
  const org = (key: string) => encodeGlobalId('Organization', seedUuid(key));
  let query = '';
  let variables: Record<string, unknown> = {};
  switch (step.op) {
    case 'studio':
      serial += 1;
      query = mutations.studio;
      variables = {
        input: {
          organizationId: org(pick(UNIONS, step.a) ?? 'qingdao-shinan'),
          name: `随机工作室${serial}`,
          level: step.level,
          hostEmployerName: '随机单位',
          industryChain: '高端装备',
          regionCode: '370202',
          foundedOn: '2020-01-01',
          leadName: '随机领衔人',
          leadHonorCodes: step.qualified ? ['CITY_MODEL_WORKER'] : [],
          leadSkillLevel: null,
        },
      };
      break;
    case 'evaluate':
    case 'status': {
      const studio = pick(studios, step.a);
      if (!studio) return;
      if (step.op === 'status') {
        query = mutations.status;
        variables = { id: studio, status: step.status };
      } else {
        query = mutations.evaluate;
        variables = {
          id: studio,
          input: {
            year: step.year,
            measures: {
              resultsAndPatents: step.measure,
              peopleTrained: step.b % 12,
              economicBenefitFen: step.benefit,
              facilitiesAndRules: step.measure,
              activity: step.a % 15,
            },
          },
        };
      }
      break;
    }
    case 'result': {
      serial += 1;
      const studio = step.b % 2 === 0 ? pick(studios, step.a) : undefined;
      query = mutations.result;
      variables = {
        input: {
          ...(studio
            ? { studioId: studio }
            : { organizationId: org(pick(UNIONS, step.a) ?? 'qingdao-shinan') }),
          title: `随机成果${serial}`,
          type: step.type,
          team: step.qualified ? ['随机完成人'] : [],
          year: Math.min(step.year, 2026),
          economicBenefitFen: step.benefit,
        },
      };
      break;
    }
    case 'move': {
      const id = pick(results, step.a);
      if (!id) return;
      query = mutations.move;
      variables = {
        id,
        move: step.move,
        returns: step.move === 'SECURE_RETURNS' ? step.b % 1_000_000 : null,
      };
      break;
    }
  }
  const response = await graphql<{ r: { __typename: string; id?: string } }>(query, variables, {
    session,
  });
  const answer = response.data?.r;
  if (!answer) throw new Error(`no answer: ${JSON.stringify(response.errors)}`);
  if (answer.__typename === 'InnovationStudio' && answer.id) studios.push(answer.id);
  if (answer.__typename === 'InnovationResult' && answer.id && step.op === 'result')
    results.push(answer.id);
}

type Count = { key: string; count: number };
const asMap = (rows: Count[]) =>
  Object.fromEntries(rows.filter((row) => row.count > 0).map((row) => [row.key, row.count]));
const tally = (keys: string[]) => {
  const out: Record<string, number> = {};
  for (const key of keys) out[key] = (out[key] ?? 0) + 1;
  return out;
};

async function recount(organizationId: string) {
  const [studioRows, resultRows] = await Promise.all([
    prisma.innovationStudio.findMany({
      select: { lineageIds: true, level: true, stars: true, status: true },
    }),
    prisma.innovationResult.findMany({
      select: {
        lineageIds: true,
        type: true,
        conversionState: true,
        economicBenefitFen: true,
        returnsFen: true,
      },
    }),
  ]);
  const s = studioRows.filter(
    (row) => row.lineageIds.includes(organizationId) && row.status !== 'DELISTED',
  );
  const r = resultRows.filter((row) => row.lineageIds.includes(organizationId));
  return {
    studioCount: s.length,
    resultCount: r.length,
    totalEconomicBenefitFen: Number(r.reduce((sum, row) => sum + row.economicBenefitFen, 0n)),
    returnsSecuredFen: Number(
      r
        .filter((row) => row.conversionState === 'RETURNS_SECURED')
        .reduce((sum, row) => sum + (row.returnsFen ?? 0n), 0n),
    ),
    studiosByLevel: tally(s.map((row) => row.level)),
    studiosByStars: tally(s.map((row) => (row.stars === null ? 'UNRATED' : String(row.stars)))),
    resultsByType: tally(r.map((row) => row.type)),
    resultsByConversionState: tally(r.map((row) => row.conversionState)),
  };
}

async function expectFiguresMatchRecount() {
  for (const key of CHECKED) {
    const id = seedUuid(key);
    const response = await graphql<{
      f: Record<string, unknown> & {
        studiosByLevel: Count[];
        studiosByStars: Count[];
        resultsByType: Count[];
        resultsByConversionState: Count[];
      };
    }>(figuresQuery, { id: encodeGlobalId('Organization', id) });
    const f = response.data?.f;
    if (!f) throw new Error(JSON.stringify(response.errors));
    expect(
      {
        studioCount: f.studioCount,
        resultCount: f.resultCount,
        totalEconomicBenefitFen: f.totalEconomicBenefitFen,
        returnsSecuredFen: f.returnsSecuredFen,
        studiosByLevel: asMap(f.studiosByLevel),
        studiosByStars: asMap(f.studiosByStars),
        resultsByType: asMap(f.resultsByType),
        resultsByConversionState: asMap(f.resultsByConversionState),
      },
      key,
    ).toEqual(await recount(id));
  }
}

beforeAll(async () => {
  session = await signIn('qingdao.admin');
});

describe('innovation figures', () => {
  it('match a from-scratch recount after random changes', async () => {
    await expectFiguresMatchRecount();
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const step of steps) await run(step);
        await expectFiguresMatchRecount();
      }),
      { numRuns: 6 },
    );
    // the random operations did change something
    expect(studios.length + results.length).toBeGreaterThan(0);
  }, 240_000);
});
