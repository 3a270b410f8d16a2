import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '../src/db.js';
import { approvedApplications, gid, moneyFacts, qingdaoId } from './aid-disbursement-helpers.js';
import { graphql, signIn } from './graphql.js';

/**
 * Disbursement, exactly once, through real GraphQL requests (PGlite and PostgreSQL): replay of
 * the same key, refusal of the same key with another payload, a budget that runs out, the
 * approved amount, reversal (冲正) and the ledger balancing after every step. The 1,000-request
 * race is PostgreSQL only (PGlite has one connection, so nothing would run concurrently).
 */

type Typed = Record<string, unknown> & { __typename: string };
type Data = Record<string, Typed>;

const errorFields = /* GraphQL */ `
  ... on ValidationError { field rule }
  ... on RuleViolationError { rule reasons { field rule message } }
  ... on Error { code message }
`;
const disburse = /* GraphQL */ `mutation ($applicationId: ID!, $key: String!, $amountFen: Fen) {
  disburseAid(applicationId: $applicationId, idempotencyKey: $key, amountFen: $amountFen) {
    __typename ... on AidDisburseResult { replayed disbursement { id amountFen idempotencyKey reversed application { state paidFen } } }
    ${errorFields} } }`;
const reverse = /* GraphQL */ `mutation ($id: ID!, $reason: String!) { reverseAidDisbursement(disbursementId: $id, reason: $reason) {
  __typename ... on AidDisbursement { id reversed application { state paidFen } } ${errorFields} } }`;
const figures = /* GraphQL */ `query ($org: ID!, $year: Int!) { aidFigures(organizationId: $org, year: $year) {
  __typename ... on AidFigures { year totalPaidFen ledgerTotalFen byProgram { kind label paidFen grants } } } }`;

function field(result: { data?: Data; errors?: unknown }, name: string): Typed {
  const value = result.data?.[name];
  if (!value) throw new Error(`no ${name}: ${JSON.stringify(result.errors ?? result.data)}`);
  return value;
}

let shinan = '';
let qingdao = '';
let programId = '';

async function newBudget(name: string, allocated: number) {
  const qingdaoStaff = await prisma.staffAccount.findFirstOrThrow({
    where: { username: 'qingdao.admin' },
  });
  const union = await prisma.organization.findUniqueOrThrow({ where: { id: qingdaoId } });
  const program = await prisma.aidUnionProgram.create({
    data: {
      organizationId: union.id,
      lineageIds: union.lineageIds,
      kind: 'WINTER_RELIEF',
      name,
      grantPeriod: 'YEAR',
      publicNoticeRequired: false,
      noticeDays: 5,
      secondApprovalAboveFen: 10_000_000n,
      createdByStaffId: qingdaoStaff.id,
    },
  });
  const created = await graphql<Data>(
    /* GraphQL */ `mutation ($programId: ID!, $amountFen: Fen!) { createAidBudget(programId: $programId, year: 2026, amountFen: $amountFen) { __typename ... on AidBudget { id } } }`,
    { programId: gid('AidUnionProgram', program.id), amountFen: allocated },
    { session: qingdao },
  );
  const budget = await prisma.aidBudget.findFirstOrThrow({ where: { programId: program.id } });
  expect(field(created, 'createAidBudget').__typename).toBe('AidBudget');
  return { program, budget, createdBy: qingdaoStaff.id };
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-10T02:00:00Z'));
  shinan = await signIn('shinan.admin');
  qingdao = await signIn('qingdao.admin');
});

afterAll(() => {
  vi.useRealTimers();
});

describe('disburseAid', () => {
  it('pays once, replays the same key, refuses the key for another payload, and keeps the ledger balanced', async () => {
    const { program, budget, createdBy } = await newBudget('发放测试', 120_000);
    programId = gid('AidUnionProgram', program.id);
    const [a, b, c] = await approvedApplications(prisma, {
      programId: program.id,
      budgetId: budget.id,
      count: 3,
      amountFen: 50_000,
      createdBy,
      period: '2026',
      offset: 500,
    });
    const idA = gid('AidApplication', a as string);
    const idB = gid('AidApplication', b as string);
    const idC = gid('AidApplication', c as string);

    const first = field(
      await graphql<Data>(disburse, { applicationId: idA, key: 'pay-a-0001' }, { session: shinan }),
      'disburseAid',
    );
    expect(first).toMatchObject({
      replayed: false,
      disbursement: { amountFen: 50_000, application: { state: 'DISBURSED', paidFen: 50_000 } },
    });
    const replay = field(
      await graphql<Data>(disburse, { applicationId: idA, key: 'pay-a-0001' }, { session: shinan }),
      'disburseAid',
    );
    expect(replay).toMatchObject({ replayed: true });
    expect((replay.disbursement as Typed).id).toBe((first.disbursement as Typed).id);

    const otherPayload = field(
      await graphql<Data>(disburse, { applicationId: idB, key: 'pay-a-0001' }, { session: shinan }),
      'disburseAid',
    );
    expect(otherPayload).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'AID_DISBURSEMENT_KEY_REUSED',
    });
    const otherKey = field(
      await graphql<Data>(disburse, { applicationId: idA, key: 'pay-a-0002' }, { session: shinan }),
      'disburseAid',
    );
    expect(otherKey).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'AID_DISBURSEMENT_ALREADY_DISBURSED',
    });
    const wrongAmount = field(
      await graphql<Data>(
        disburse,
        { applicationId: idB, key: 'pay-b-0001', amountFen: 60_000 },
        { session: shinan },
      ),
      'disburseAid',
    );
    expect(wrongAmount).toMatchObject({
      __typename: 'ValidationError',
      rule: 'AID_DISBURSEMENT_AMOUNT_MISMATCH',
    });
    const badKey = field(
      await graphql<Data>(disburse, { applicationId: idB, key: 'x y' }, { session: shinan }),
      'disburseAid',
    );
    expect(badKey).toMatchObject({
      __typename: 'ValidationError',
      rule: 'AID_DISBURSEMENT_KEY_FORMAT',
    });
    const ownCase = field(
      await graphql<Data>(
        disburse,
        { applicationId: idB, key: 'pay-b-0001' },
        { session: qingdao },
      ),
      'disburseAid',
    );
    expect(ownCase).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'AID_APPLICATION_SELF_REVIEW',
    });

    const paidB = field(
      await graphql<Data>(
        disburse,
        { applicationId: idB, key: 'pay-b-0001', amountFen: 50_000 },
        { session: shinan },
      ),
      'disburseAid',
    );
    expect(paidB).toMatchObject({ replayed: false });
    // 120,000 − 2 × 50,000 = 20,000 left: C does not fit.
    const short = field(
      await graphql<Data>(disburse, { applicationId: idC, key: 'pay-c-0001' }, { session: shinan }),
      'disburseAid',
    );
    expect(short).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'AID_DISBURSEMENT_BUDGET_INSUFFICIENT',
    });
    expect(await prisma.aidDisbursement.count({ where: { idempotencyKey: 'pay-c-0001' } })).toBe(0);

    let facts = await moneyFacts(prisma, budget.id);
    expect(facts).toMatchObject({
      remaining: 20_000n,
      budgetBalance: 20_000n,
      unbalancedTransactions: 0,
      ledgerTotal: 0n,
    });
    expect(facts.disbursements).toHaveLength(2);

    // 冲正 of A: a reversal entry, the money back in the budget, A back to APPROVED.
    const reversed = field(
      await graphql<Data>(
        reverse,
        { id: (first.disbursement as Typed).id, reason: '银行退票，账号有误' },
        { session: qingdao },
      ),
      'reverseAidDisbursement',
    );
    expect(reversed).toMatchObject({
      reversed: true,
      application: { state: 'APPROVED', paidFen: 0 },
    });
    const twice = field(
      await graphql<Data>(
        reverse,
        { id: (first.disbursement as Typed).id, reason: '再次冲正' },
        { session: qingdao },
      ),
      'reverseAidDisbursement',
    );
    expect(twice).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'AID_LEDGER_ALREADY_REVERSED',
    });
    // The old key still replays its (reversed) payment; a new key pays again, now C fits.
    const oldKey = field(
      await graphql<Data>(disburse, { applicationId: idA, key: 'pay-a-0001' }, { session: shinan }),
      'disburseAid',
    );
    expect(oldKey).toMatchObject({ replayed: true, disbursement: { reversed: true } });
    const paidC = field(
      await graphql<Data>(disburse, { applicationId: idC, key: 'pay-c-0001' }, { session: shinan }),
      'disburseAid',
    );
    expect(paidC).toMatchObject({ replayed: false });
    facts = await moneyFacts(prisma, budget.id);
    expect(facts).toMatchObject({
      remaining: 20_000n,
      budgetBalance: 20_000n,
      unbalancedTransactions: 0,
      ledgerTotal: 0n,
    });
    expect(facts.recipients.get(a as string)).toBe(0n);
    expect(facts.recipients.get(c as string)).toBe(50_000n);

    const shown = field(
      await graphql<Data>(
        figures,
        { org: gid('Organization', qingdaoId), year: 2026 },
        { session: qingdao },
      ),
      'aidFigures',
    );
    expect(shown).toMatchObject({ year: 2026, ledgerTotalFen: 0 });
    expect(shown.byProgram).toEqual([
      expect.objectContaining({
        kind: 'WINTER_RELIEF',
        label: '冬送温暖',
        paidFen: 100_000,
        grants: 2,
      }),
    ]);
  });

  it('refuses to touch the ledger or disbursements after the fact (append-only)', async () => {
    await expect(prisma.aidLedgerEntry.updateMany({ data: { amountFen: 1n } })).rejects.toThrow();
    await expect(prisma.aidLedgerTransaction.deleteMany({})).rejects.toThrow();
    await expect(prisma.aidDisbursement.updateMany({ data: { amountFen: 1n } })).rejects.toThrow();
    await expect(prisma.aidBudget.updateMany({ data: { remainingFen: -1n } })).rejects.toThrow();
    expect(programId).not.toBe('');
  });
});

const postgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;

describe.skipIf(!postgres)(
  '1,000 concurrent disbursements over 100 keys (PostgreSQL only: PGlite runs one statement at a time)',
  () => {
    it('pays exactly the grants the budget fits, each once; the budget never below 0; the ledger balanced', {
      timeout: 300_000,
    }, async () => {
      const amount = 50_000;
      const fits = 37;
      const { program, budget, createdBy } = await newBudget('并发发放', fits * amount + 30_000);
      const ids = await approvedApplications(prisma, {
        programId: program.id,
        budgetId: budget.id,
        count: 100,
        amountFen: amount,
        createdBy,
        period: '2026',
        offset: 1000,
      });
      const requests = ids.flatMap((id, index) =>
        Array.from({ length: 10 }, () => ({
          applicationId: gid('AidApplication', id),
          key: `race-${index}-key`,
        })),
      );
      // Shuffle so duplicates of a key do not arrive together.
      for (let i = requests.length - 1; i > 0; i -= 1) {
        const j = Math.floor(Math.random() * (i + 1));
        [requests[i], requests[j]] = [requests[j] as never, requests[i] as never];
      }
      const started = performance.now();
      const answers = await Promise.all(
        requests.map(async (variables) => ({
          key: variables.key,
          answer: field(
            await graphql<Data>(disburse, variables, { session: shinan }),
            'disburseAid',
          ),
        })),
      );
      const byKey = new Map<string, Typed[]>();
      for (const { key, answer } of answers) byKey.set(key, [...(byKey.get(key) ?? []), answer]);
      let paidKeys = 0;
      let replays = 0;
      let refusals = 0;
      for (const [, list] of byKey) {
        const paid = list.filter((a) => a.__typename === 'AidDisburseResult');
        if (paid.length > 0) {
          paidKeys += 1;
          // Every answer for a paid key is that payment: one original, the rest replays.
          expect(paid).toHaveLength(10);
          expect(paid.filter((a) => a.replayed === false)).toHaveLength(1);
          expect(new Set(paid.map((a) => (a.disbursement as Typed).id)).size).toBe(1);
          replays += paid.length - 1;
        } else {
          expect(
            list.every(
              (a) =>
                a.__typename === 'RuleViolationError' &&
                a.rule === 'AID_DISBURSEMENT_BUDGET_INSUFFICIENT',
            ),
          ).toBe(true);
          refusals += list.length;
        }
      }
      const facts = await moneyFacts(prisma, budget.id);
      console.log(
        `[aid race] ${requests.length} requests over ${byKey.size} keys in ${Math.round(performance.now() - started)} ms: ${paidKeys} paid, ${replays} replays, ${refusals} refusals; budget remaining ${facts.remaining} fen (ledger ${facts.budgetBalance}); ${facts.disbursements.length} disbursement rows; ledger total ${facts.ledgerTotal}`,
      );
      expect(paidKeys).toBe(fits);
      expect(facts.disbursements).toHaveLength(fits);
      expect(new Set(facts.disbursements.map((d) => d.applicationId)).size).toBe(fits);
      expect(facts.remaining).toBe(30_000n);
      expect(facts.budgetBalance).toBe(facts.remaining);
      expect(facts.unbalancedTransactions).toBe(0);
      expect(facts.ledgerTotal).toBe(0n);
      expect(facts.applications.filter((a) => a.state === 'DISBURSED')).toHaveLength(fits);
      for (const application of facts.applications) {
        expect(application.paidFen <= (application.approvedFen ?? 0n)).toBe(true);
        expect(facts.recipients.get(application.id) ?? 0n).toBe(application.paidFen);
      }
    });
  },
);
