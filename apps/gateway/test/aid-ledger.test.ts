import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { gid, qingdaoId, shinanId } from './aid-disbursement-helpers.js';
import { graphql, signIn } from './graphql.js';

/**
 * The aid ledger (PGlite and PostgreSQL): every allocation is a balanced transaction from the
 * union's funds to the budget; the database refuses an unbalanced set of entries (at the end of their INSERT) and any
 * UPDATE or DELETE of the ledger; staff see the ledger of their own subtree only; the subtree's
 * figures come from the ledger.
 */

type Typed = Record<string, unknown> & { __typename: string };
type Data = Record<string, Typed>;

const ledgerQuery = /* GraphQL */ `query ($budgetId: ID) { aidLedger(budgetId: $budgetId, first: 50) { __typename
  ... on QueryAidLedgerSuccess { data { totalCount edges { node { id kind kindLabel memo totalFen
    entries { accountKind accountLabel amountFen } budget { id year } } } } }
  ... on Error { code message } } }`;
const budgetsQuery = /* GraphQL */ `query { aidBudgets(year: 2026) { __typename
  ... on QueryAidBudgetsSuccess { data { id allocatedFen remainingFen paidFen ledgerBalanceFen program { name } } } } }`;
const createProgram = /* GraphQL */ `mutation ($input: CreateAidProgramInput!) { createAidProgram(input: $input) {
  __typename ... on AidUnionProgram { id } ... on ValidationError { field rule } ... on Error { message } } }`;
const createBudget = /* GraphQL */ `mutation ($programId: ID!, $amountFen: Fen!) {
  createAidBudget(programId: $programId, year: 2026, amountFen: $amountFen) { __typename ... on AidBudget { id } ... on Error { message } } }`;
const allocate = /* GraphQL */ `mutation ($budgetId: ID!, $amountFen: Fen!) {
  allocateAidBudget(budgetId: $budgetId, amountFen: $amountFen) { __typename
    ... on AidBudget { allocatedFen remainingFen ledgerBalanceFen } ... on ValidationError { field rule } ... on Error { message } } }`;

function field(result: { data?: Data; errors?: unknown }, name: string): Typed {
  const value = result.data?.[name];
  if (!value) throw new Error(`no ${name}: ${JSON.stringify(result.errors ?? result.data)}`);
  return value;
}

let shinan = '';
let laoshan = '';
let budgetId = '';

beforeAll(async () => {
  shinan = await signIn('shinan.admin');
  laoshan = await signIn('laoshan.admin');
  const program = field(
    await graphql<Data>(
      createProgram,
      {
        input: {
          organizationId: gid('Organization', shinanId),
          kind: 'SUMMER_COOLING',
          name: '市南区夏送清凉',
          grantPeriod: 'YEAR',
          publicNoticeRequired: false,
          secondApprovalAboveFen: 100_000,
        },
      },
      { session: shinan },
    ),
    'createAidProgram',
  );
  expect(program.__typename).toBe('AidUnionProgram');
  const budget = field(
    await graphql<Data>(
      createBudget,
      { programId: program.id, amountFen: 300_000 },
      { session: shinan },
    ),
    'createAidBudget',
  );
  budgetId = budget.id as string;
});

describe('the aid ledger', () => {
  it('records allocations as balanced transactions and keeps the budget and the ledger equal', async () => {
    const topUp = field(
      await graphql<Data>(allocate, { budgetId, amountFen: 50_000 }, { session: shinan }),
      'allocateAidBudget',
    );
    expect(topUp).toMatchObject({
      allocatedFen: 350_000,
      remainingFen: 350_000,
      ledgerBalanceFen: 350_000,
    });
    const zero = field(
      await graphql<Data>(allocate, { budgetId, amountFen: 0 }, { session: shinan }),
      'allocateAidBudget',
    );
    expect(zero).toMatchObject({ __typename: 'ValidationError', rule: 'AID_BUDGET_AMOUNT' });
    const ledger = field(
      await graphql<Data>(ledgerQuery, { budgetId }, { session: shinan }),
      'aidLedger',
    );
    const rows = (ledger.data as { edges: { node: Typed }[] }).edges.map((edge) => edge.node);
    expect(rows.map((row) => [row.kind, row.totalFen])).toEqual([
      ['ALLOCATION', 0],
      ['ALLOCATION', 0],
    ]);
    expect(rows[0]?.entries).toEqual([
      { accountKind: 'UNION_FUNDS', accountLabel: '工会帮扶资金', amountFen: -50_000 },
      { accountKind: 'BUDGET', accountLabel: '项目年度预算', amountFen: 50_000 },
    ]);
    const budgets = field(await graphql<Data>(budgetsQuery, {}, { session: shinan }), 'aidBudgets');
    for (const budget of budgets.data as { remainingFen: number; ledgerBalanceFen: number }[]) {
      expect(budget.ledgerBalanceFen).toBe(budget.remainingFen);
    }
  });

  it('shows another district nothing of it', async () => {
    const ledger = field(
      await graphql<Data>(ledgerQuery, { budgetId }, { session: laoshan }),
      'aidLedger',
    );
    expect((ledger.data as { totalCount: number }).totalCount).toBe(0);
    const budgets = field(
      await graphql<Data>(budgetsQuery, {}, { session: laoshan }),
      'aidBudgets',
    );
    expect(
      (budgets.data as { program: { name: string } }[]).map((b) => b.program.name),
    ).not.toContain('市南区夏送清凉');
  });

  it('refuses unbalanced entries, and any change to a posted transaction', async () => {
    const staff = await prisma.staffAccount.findFirstOrThrow({
      where: { username: 'shinan.admin' },
    });
    const union = await prisma.organization.findUniqueOrThrow({ where: { id: qingdaoId } });
    const rawBudgetId = Buffer.from(budgetId, 'base64url').toString('utf8').split(':')[1] as string;
    const before = await prisma.aidLedgerTransaction.count();
    await expect(
      prisma.aidLedgerTransaction.create({
        data: {
          kind: 'ALLOCATION',
          organizationId: union.id,
          lineageIds: union.lineageIds,
          budgetId: rawBudgetId,
          memo: '不平的记账',
          staffId: staff.id,
          entries: {
            createMany: {
              data: [
                { accountKind: 'UNION_FUNDS', accountRef: union.id, amountFen: -100n },
                { accountKind: 'BUDGET', accountRef: rawBudgetId, amountFen: 99n },
              ],
            },
          },
        },
      }),
    ).rejects.toThrow();
    expect(await prisma.aidLedgerTransaction.count()).toBe(before);
    // A transaction with a single entry does not balance either.
    await expect(
      prisma.aidLedgerTransaction.create({
        data: {
          kind: 'ALLOCATION',
          organizationId: union.id,
          lineageIds: union.lineageIds,
          budgetId: rawBudgetId,
          memo: '单边记账',
          staffId: staff.id,
          entries: {
            createMany: {
              data: [{ accountKind: 'BUDGET', accountRef: rawBudgetId, amountFen: 5n }],
            },
          },
        },
      }),
    ).rejects.toThrow();
    expect(await prisma.aidLedgerTransaction.count()).toBe(before);
    await expect(prisma.aidLedgerEntry.updateMany({ data: { amountFen: 1n } })).rejects.toThrow();
    await expect(prisma.aidLedgerEntry.deleteMany({})).rejects.toThrow();
    await expect(
      prisma.aidLedgerTransaction.updateMany({ data: { memo: '改' } }),
    ).rejects.toThrow();
    const total = await prisma.aidLedgerEntry.aggregate({ _sum: { amountFen: true } });
    expect(total._sum.amountFen).toBe(0n);
  });
});
