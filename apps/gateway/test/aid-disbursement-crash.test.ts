import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { demoStaffPassword } from '../src/seed/demo-staff.js';
import { approvedApplications, gid, moneyFacts, qingdaoId } from './aid-disbursement-helpers.js';
import { loginMutation } from './graphql.js';

/**
 * The crash test (PostgreSQL only — an embedded PGlite lives inside the killed process): a real
 * gateway process is started on the test's own database, concurrent disbursements are fired at
 * it, and it is killed with SIGKILL at a random moment, several times; each time it is restarted
 * and every key that has no answer yet (and some that have) is retried. At the end: no
 * application paid twice, every acknowledged payment still there under its key with the same
 * id, exactly the grants the budget fits paid, the budget never below 0, the ledger balanced.
 */

const postgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;
const gatewayRoot = join(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function startGateway(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: gatewayRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`gateway exited: ${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`gateway did not start: ${stderr}`);
}

async function killed(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function post(port: number, body: unknown, cookie?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return {
    headers: response.headers,
    json: (await response.json()) as { data?: Record<string, Record<string, unknown>> },
  };
}

const disburse = /* GraphQL */ `mutation ($applicationId: ID!, $key: String!) {
  disburseAid(applicationId: $applicationId, idempotencyKey: $key) {
    __typename ... on AidDisburseResult { replayed disbursement { id } }
    ... on RuleViolationError { rule } ... on Error { code message } } }`;

describe.skipIf(!postgres)(
  'disbursement survives SIGKILL (PostgreSQL only: the database must outlive the gateway)',
  () => {
    it('never pays twice, never loses an acknowledged payment, keeps the ledger balanced', {
      timeout: 600_000,
    }, async () => {
      const amount = 40_000;
      const fits = 40;
      const count = 60;
      const staff = await prisma.staffAccount.findFirstOrThrow({
        where: { username: 'qingdao.admin' },
      });
      const union = await prisma.organization.findUniqueOrThrow({ where: { id: qingdaoId } });
      const program = await prisma.aidUnionProgram.create({
        data: {
          organizationId: union.id,
          lineageIds: union.lineageIds,
          kind: 'WINTER_RELIEF',
          name: '崩溃测试',
          grantPeriod: 'YEAR',
          publicNoticeRequired: false,
          noticeDays: 5,
          secondApprovalAboveFen: 10_000_000n,
          createdByStaffId: staff.id,
        },
      });
      const allocated = BigInt(fits * amount + 10_000);
      const budget = await prisma.aidBudget.create({
        data: {
          programId: program.id,
          organizationId: union.id,
          lineageIds: union.lineageIds,
          year: 2026,
          allocatedFen: allocated,
          remainingFen: allocated,
        },
      });
      await prisma.aidLedgerTransaction.create({
        data: {
          kind: 'ALLOCATION',
          organizationId: union.id,
          lineageIds: union.lineageIds,
          budgetId: budget.id,
          memo: '崩溃测试预算',
          staffId: staff.id,
          entries: {
            createMany: {
              data: [
                { accountKind: 'UNION_FUNDS', accountRef: union.id, amountFen: -allocated },
                { accountKind: 'BUDGET', accountRef: budget.id, amountFen: allocated },
              ],
            },
          },
        },
      });
      const ids = await approvedApplications(prisma, {
        programId: program.id,
        budgetId: budget.id,
        count,
        amountFen: amount,
        createdBy: staff.id,
        period: '2026',
        offset: 3000,
      });
      const keys = ids.map((id, index) => ({
        applicationId: gid('AidApplication', id),
        key: `crash-${index}-key`,
      }));

      const acknowledged = new Map<string, string>(); // key → disbursement id, once a client saw it
      const refused = new Set<string>();
      let cookie = '';
      const rounds: string[] = [];
      let acknowledgedBeforeFinalRound = 0;
      for (let round = 0; round < 5; round += 1) {
        const port = await freePort();
        const child = await startGateway(port);
        const login = await post(port, {
          query: loginMutation,
          variables: { username: 'shinan.admin', password: demoStaffPassword },
        });
        cookie = /gh_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? cookie;
        const last = round === 4;
        if (last) acknowledgedBeforeFinalRound = acknowledged.size;
        // Every key without a definite answer, plus a replay of a few acknowledged ones, 3× each.
        const todo = keys.filter((k) => !acknowledged.has(k.key) && !refused.has(k.key));
        const replays = keys.filter((k) => acknowledged.has(k.key)).slice(0, 10);
        const batch = [...todo, ...todo, ...todo, ...replays];
        let answered = 0;
        let lost = 0;
        // Kill after a random number of answers (so some payments are acknowledged, others are
        // in flight), plus a random few milliseconds.
        const killAfter = 1 + Math.floor(Math.random() * Math.max(1, Math.floor(batch.length / 3)));
        let reachedKillPoint: () => void = () => {};
        const killPoint = new Promise<void>((resolve) => {
          reachedKillPoint = resolve;
        });
        const firing = Promise.all(
          batch.map(async (variables) => {
            try {
              const { json } = await post(port, { query: disburse, variables }, cookie);
              const answer = json.data?.disburseAid;
              answered += 1;
              if (answered >= killAfter) reachedKillPoint();
              if (answer?.__typename === 'AidDisburseResult') {
                const id = (answer.disbursement as { id: string }).id;
                const before = acknowledged.get(variables.key);
                if (before) expect(id).toBe(before);
                acknowledged.set(variables.key, id);
              } else if (answer?.rule === 'AID_DISBURSEMENT_BUDGET_INSUFFICIENT' && last) {
                refused.add(variables.key);
              }
            } catch {
              lost += 1; // the connection died with the process: the client does not know
            }
          }),
        );
        if (!last) {
          await Promise.race([killPoint, firing]);
          await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 40)));
          await killed(child);
        }
        await firing;
        if (last) await killed(child);
        rounds.push(
          `round ${round + 1}: ${batch.length} requests, ${answered} answered, ${lost} cut off${last ? '' : ` by SIGKILL after ${killAfter}+ answers`}`,
        );
      }
      const facts = await moneyFacts(prisma, budget.id);
      const paid = facts.applications.filter((a) => a.state === 'DISBURSED');
      console.log(
        `[aid crash] ${rounds.join('; ')} → ${acknowledgedBeforeFinalRound} keys acknowledged before the last restart, ${acknowledged.size} in all, ${refused.size} refused; ${facts.disbursements.length} disbursement rows, ${paid.length} applications paid; remaining ${facts.remaining} fen (ledger ${facts.budgetBalance}); ledger total ${facts.ledgerTotal}`,
      );
      // Nothing lost: every acknowledged payment is stored under its key with the id the client saw.
      for (const [key, id] of acknowledged) {
        const row = facts.disbursements.find((d) => d.idempotencyKey === key);
        expect(row && gid('AidDisbursement', row.id)).toBe(id);
      }
      // Nothing twice: one disbursement per paid application, recipients got exactly what was paid.
      expect(new Set(facts.disbursements.map((d) => d.applicationId)).size).toBe(
        facts.disbursements.length,
      );
      expect(facts.disbursements).toHaveLength(fits);
      expect(paid).toHaveLength(fits);
      expect(acknowledged.size).toBe(fits);
      // The crashes happened with payments acknowledged and others in flight.
      expect(acknowledgedBeforeFinalRound).toBeGreaterThan(0);
      for (const application of facts.applications) {
        expect(facts.recipients.get(application.id) ?? 0n).toBe(application.paidFen);
      }
      expect(facts.remaining).toBe(10_000n);
      expect(facts.budgetBalance).toBe(facts.remaining);
      expect(facts.unbalancedTransactions).toBe(0);
      expect(facts.ledgerTotal).toBe(0n);
    });
  },
);
