import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { gid, qingdaoId } from './aid-disbursement-helpers.js';
import { graphql, signIn } from './graphql.js';

/**
 * The `Fen` scalar through real GraphQL requests: every amount of the aid API is a whole number
 * of fen as a JSON number. A budget above Int's 2^31 − 1 fen (21.47 million 元) round-trips
 * exactly; fractions, strings and unsafe integers are refused before any resolver runs, in
 * variables and in literals alike, with the domain's rule; a field's own lower bound (a budget
 * allocation above 0, a non-negative threshold) is checked by the field.
 */

type Typed = Record<string, unknown> & { __typename: string };
type Data = Record<string, Typed>;
type Response = Awaited<ReturnType<typeof graphql<Data>>>;

const createProgram = /* GraphQL */ `mutation ($input: CreateAidProgramInput!) { createAidProgram(input: $input) {
  __typename ... on AidUnionProgram { id secondApprovalAboveFen } ... on ValidationError { field rule } ... on Error { message } } }`;
const createBudget = /* GraphQL */ `mutation ($programId: ID!, $amountFen: Fen!) {
  createAidBudget(programId: $programId, year: 2026, amountFen: $amountFen) { __typename
    ... on AidBudget { id allocatedFen remainingFen } ... on ValidationError { field rule } ... on Error { message } } }`;
const allocate = /* GraphQL */ `mutation ($budgetId: ID!, $amountFen: Fen!) {
  allocateAidBudget(budgetId: $budgetId, amountFen: $amountFen) { __typename
    ... on AidBudget { allocatedFen remainingFen paidFen ledgerBalanceFen } ... on ValidationError { field rule } ... on Error { message } } }`;
const ledgerQuery = /* GraphQL */ `query ($budgetId: ID) { aidLedger(budgetId: $budgetId, first: 10) { __typename
  ... on QueryAidLedgerSuccess { data { edges { node { totalFen entries { accountKind amountFen } } } } } } }`;

function field(result: Response, name: string): Typed {
  const value = result.data?.[name];
  if (!value) throw new Error(`no ${name}: ${JSON.stringify(result.errors ?? result.data)}`);
  return value;
}

/** The request was refused by the scalar: no data, one error carrying the domain's rule. */
function refusedWith(result: Response, rule: string, where: string) {
  expect(result.data?.allocateAidBudget ?? result.data?.createAidProgram).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  expect(error?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', rule });
  expect(error?.message).toContain(where);
  expect(error?.message).toContain(rule);
  expect(error?.message).toContain('整数分');
}

let qingdao = '';
let programId = '';
let budgetId = '';

/** The budget's allocation straight from its table. */
async function allocated(): Promise<bigint> {
  const budget = await prisma.aidBudget.findFirstOrThrow({
    where: { program: { name: '青岛市夏送清凉（金额类型）' } },
  });
  return budget.allocatedFen;
}

beforeAll(async () => {
  qingdao = await signIn('qingdao.admin');
  const program = field(
    await graphql<Data>(
      createProgram,
      {
        input: {
          organizationId: gid('Organization', qingdaoId),
          kind: 'SUMMER_COOLING',
          name: '青岛市夏送清凉（金额类型）',
          grantPeriod: 'YEAR',
          publicNoticeRequired: false,
          secondApprovalAboveFen: 3_000_000_000,
        },
      },
      { session: qingdao },
    ),
    'createAidProgram',
  );
  expect(program).toMatchObject({
    __typename: 'AidUnionProgram',
    secondApprovalAboveFen: 3_000_000_000,
  });
  programId = program.id as string;
});

describe('the Fen scalar on the aid API', () => {
  it('round-trips a city budget above 21.47 million 元 exactly, in variables and literals', async () => {
    // 30,000,000.01 元: above Int's 2^31 − 1 fen, with a single fen that a Float rounding would lose.
    const budget = field(
      await graphql<Data>(
        createBudget,
        { programId, amountFen: 3_000_000_001 },
        { session: qingdao },
      ),
      'createAidBudget',
    );
    expect(budget).toMatchObject({
      __typename: 'AidBudget',
      allocatedFen: 3_000_000_001,
      remainingFen: 3_000_000_001,
    });
    budgetId = budget.id as string;

    const topUp = field(
      await graphql<Data>(allocate, { budgetId, amountFen: 2 ** 31 }, { session: qingdao }),
      'allocateAidBudget',
    );
    const afterVariable = 3_000_000_001 + 2 ** 31;
    expect(topUp).toMatchObject({
      allocatedFen: afterVariable,
      remainingFen: afterVariable,
      paidFen: 0,
      ledgerBalanceFen: afterVariable,
    });

    // A literal in the document: 90,071,992,547,409.91 元, the largest safe number of fen,
    // less what is already there, so the total lands exactly on 2^53 − 1.
    const literal = Number.MAX_SAFE_INTEGER - afterVariable;
    const inline = field(
      await graphql<Data>(
        /* GraphQL */ `mutation ($budgetId: ID!) { allocateAidBudget(budgetId: $budgetId, amountFen: ${literal}) {
          __typename ... on AidBudget { allocatedFen remainingFen ledgerBalanceFen } ... on Error { message } } }`,
        { budgetId },
        { session: qingdao },
      ),
      'allocateAidBudget',
    );
    expect(inline).toMatchObject({
      allocatedFen: Number.MAX_SAFE_INTEGER,
      remainingFen: Number.MAX_SAFE_INTEGER,
      ledgerBalanceFen: Number.MAX_SAFE_INTEGER,
    });
    expect(await allocated()).toBe(BigInt(Number.MAX_SAFE_INTEGER));

    const ledger = field(
      await graphql<Data>(ledgerQuery, { budgetId }, { session: qingdao }),
      'aidLedger',
    ) as unknown as { data: { edges: { node: { entries: { amountFen: number }[] } }[] } };
    const amounts = ledger.data.edges.flatMap((edge) =>
      edge.node.entries.map((entry) => entry.amountFen),
    );
    expect(amounts.sort((a, b) => a - b)).toEqual(
      [-3_000_000_001, -(2 ** 31), -literal, literal, 2 ** 31, 3_000_000_001].sort((a, b) => a - b),
    );
  });

  it.each([
    ['a fraction of a fen', 100.5, 'MONEY_NOT_INTEGER'],
    ['a string of digits', '10000', 'MONEY_NOT_NUMBER'],
    ['a yuan string', '100.00', 'MONEY_NOT_NUMBER'],
    ['a boolean', true, 'MONEY_NOT_NUMBER'],
    ['2^53, beyond the safe integers', 2 ** 53, 'MONEY_OUT_OF_RANGE'],
    ['1e21', 1e21, 'MONEY_OUT_OF_RANGE'],
  ])('refuses %s in a variable, writing nothing', async (_label, amountFen, rule) => {
    const before = await allocated();
    const result = await graphql<Data>(allocate, { budgetId, amountFen }, { session: qingdao });
    refusedWith(result, rule, '$amountFen');
    expect(await allocated()).toBe(before);
  });

  it.each([
    ['a fraction of a fen', '0.5', 'MONEY_NOT_INTEGER'],
    ['a string', '"10000"', 'MONEY_NOT_NUMBER'],
    ['an integer beyond 2^53', '9007199254740993', 'MONEY_OUT_OF_RANGE'],
  ])('refuses %s in a literal', async (_label, literal, rule) => {
    const before = await allocated();
    const result = await graphql<Data>(
      /* GraphQL */ `mutation ($budgetId: ID!) { allocateAidBudget(budgetId: $budgetId, amountFen: ${literal}) { __typename } }`,
      { budgetId },
      { session: qingdao },
    );
    expect(result.data).toBeUndefined();
    const [error] = result.errors ?? [];
    expect(error?.extensions).toMatchObject({ rule });
    expect(error?.message).toContain(rule);
    expect(await allocated()).toBe(before);
  });

  it('leaves a field’s lower bound to the field: a negative or zero allocation is refused by name', async () => {
    for (const amountFen of [-100, 0, -(2 ** 31) - 1]) {
      const result = field(
        await graphql<Data>(allocate, { budgetId, amountFen }, { session: qingdao }),
        'allocateAidBudget',
      );
      expect(result).toMatchObject({
        __typename: 'ValidationError',
        field: 'amountFen',
        rule: 'AID_BUDGET_AMOUNT',
      });
    }
  });

  it('checks the amounts inside input objects too', async () => {
    const input = {
      organizationId: gid('Organization', qingdaoId),
      kind: 'WINTER_RELIEF',
      name: '青岛市冬送温暖（金额类型）',
      grantPeriod: 'YEAR',
      publicNoticeRequired: false,
    };
    const fraction = await graphql<Data>(
      createProgram,
      { input: { ...input, secondApprovalAboveFen: 0.01 } },
      { session: qingdao },
    );
    refusedWith(fraction, 'MONEY_NOT_INTEGER', 'secondApprovalAboveFen');
    const text = await graphql<Data>(
      createProgram,
      { input: { ...input, secondApprovalAboveFen: '500000' } },
      { session: qingdao },
    );
    refusedWith(text, 'MONEY_NOT_NUMBER', 'secondApprovalAboveFen');
    const negative = field(
      await graphql<Data>(
        createProgram,
        { input: { ...input, secondApprovalAboveFen: -1 } },
        { session: qingdao },
      ),
      'createAidProgram',
    );
    expect(negative).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.secondApprovalAboveFen',
      rule: 'AID_PROGRAM_THRESHOLD',
    });
    expect(await prisma.aidUnionProgram.count({ where: { name: input.name } })).toBe(0);
  });

  it('refuses an amount declared as Float, so no client can send fractions by typing', async () => {
    const result = await graphql<Data>(
      /* GraphQL */ `mutation ($budgetId: ID!, $amountFen: Float!) { allocateAidBudget(budgetId: $budgetId, amountFen: $amountFen) { __typename } }`,
      { budgetId, amountFen: 100 },
      { session: qingdao },
    );
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toContain('Float!');
  });
});
