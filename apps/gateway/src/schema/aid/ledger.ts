import {
  AID_LEDGER_ACCOUNT_LABELS,
  AID_LEDGER_TRANSACTION_LABELS,
  AID_PROGRAM_LABELS,
  addDays,
  type CalendarDate,
  can,
  isAidProgram,
} from '@gonghui/domain';
import { organizationForAction, requireStaff, withinScopes } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { AidBudgetRef } from './budget.js';
import { AidLedgerFilter } from './ledger-filter.js';
import './disburse.js';

builder.prismaObject('AidLedgerEntry', {
  description: 'One line of a ledger transaction: a signed amount on one account.',
  fields: (t) => ({
    accountKind: t.exposeString('accountKind'),
    accountLabel: t.string({
      select: { accountKind: true },
      resolve: (e) => AID_LEDGER_ACCOUNT_LABELS[e.accountKind],
    }),
    accountRef: t.exposeString('accountRef'),
    amountFen: t.field({
      type: 'Fen',
      select: { amountFen: true },
      resolve: (e) => Number(e.amountFen),
    }),
  }),
});

builder.prismaObject('AidLedgerTransaction', {
  description: '台账: one balanced, append-only transaction (预算拨付, 发放 or 冲正).',
  select: { id: true, lineageIds: true },
  authScopes: (tx, context) =>
    context.viewer.kind === 'staff' && can(context.viewer.assignments, 'aid.read', tx.lineageIds),
  fields: (t) => ({
    id: t.id({ resolve: (tx) => encodeGlobalId('AidLedgerTransaction', tx.id) }),
    kind: t.exposeString('kind'),
    kindLabel: t.string({
      select: { kind: true },
      resolve: (tx) => AID_LEDGER_TRANSACTION_LABELS[tx.kind],
    }),
    memo: t.exposeString('memo'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    budget: t.field({
      type: AidBudgetRef,
      select: { budgetId: true },
      resolve: (tx) => prisma.aidBudget.findUniqueOrThrow({ where: { id: tx.budgetId } }),
    }),
    disbursement: t.relation('disbursement', { nullable: true }),
    reversesId: t.id({
      nullable: true,
      select: { reversesId: true },
      resolve: (tx) =>
        tx.reversesId ? encodeGlobalId('AidLedgerTransaction', tx.reversesId) : null,
    }),
    entries: t.relation('entries', { query: { orderBy: { amountFen: 'asc' } } }),
    totalFen: t.field({
      type: 'Fen',
      description: 'The sum of the entries: always 0.',
      select: { entries: { select: { amountFen: true } } },
      resolve: (tx) => Number(tx.entries.reduce((sum, e) => sum + e.amountFen, 0n)),
    }),
  }),
});

interface ProgramFigureShape {
  kind: string;
  label: string;
  paidFen: number;
  grants: number;
}

const AidProgramFigureRef = builder.objectRef<ProgramFigureShape>('AidProgramFigure').implement({
  fields: (t) => ({
    kind: t.exposeString('kind'),
    label: t.exposeString('label'),
    paidFen: t.expose('paidFen', { type: 'Fen', description: 'Net of reversals, integer fen.' }),
    grants: t.exposeInt('grants', { description: 'Disbursements not reversed.' }),
  }),
});

interface FiguresShape {
  year: number;
  byProgram: ProgramFigureShape[];
  totalPaidFen: number;
  ledgerTotalFen: number;
}

const AidFiguresRef = builder.objectRef<FiguresShape>('AidFigures').implement({
  description: 'Aid paid within a subtree in a year, by program. Aggregates only.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    byProgram: t.field({ type: [AidProgramFigureRef], resolve: (f) => f.byProgram }),
    totalPaidFen: t.expose('totalPaidFen', { type: 'Fen' }),
    ledgerTotalFen: t.expose('ledgerTotalFen', {
      type: 'Fen',
      description: 'Sum of every ledger entry of the subtree’s transactions: 0 when it balances.',
    }),
  }),
});

builder.queryFields((t) => ({
  aidLedger: t.prismaConnection({
    type: 'AidLedgerTransaction',
    cursor: 'id',
    description:
      'Ledger transactions within the viewer’s aid.read subtrees, newest first; optionally of one budget.',
    authScopes: { permission: 'aid.read' },
    errors: { types: [ValidationError, UnauthenticatedError, ForbiddenError] },
    args: {
      budgetId: t.arg.id({ required: false }),
      filter: t.arg({ type: AidLedgerFilter, required: false }),
    },
    totalCount: async (_root, args, context) =>
      prisma.aidLedgerTransaction.count({
        where: await ledgerWhere(requireStaff(context), args.budgetId, args.filter),
      }),
    resolve: async (query, _root, args, context) => {
      checkUuidCursors(args);
      return prisma.aidLedgerTransaction.findMany({
        ...query,
        where: await ledgerWhere(requireStaff(context), args.budgetId, args.filter),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
  aidFigures: t.field({
    type: AidFiguresRef,
    description: 'Amounts paid by program within a union’s subtree in a year (net of reversals).',
    authScopes: { permission: 'aid.read' },
    errors: {
      types: [ValidationError, NotFoundError, ForbiddenError, UnauthenticatedError],
      directResult: true,
    },
    args: { organizationId: t.arg.id({ required: true }), year: t.arg.int({ required: true }) },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const union = await organizationForAction(
        viewer,
        'aid.read',
        args.organizationId,
        'organizationId',
      );
      const rows = await prisma.$queryRaw<{ kind: string; paid: bigint; grants: bigint }[]>`
        SELECT p."kind" AS "kind",
               COALESCE(SUM(e."amount_fen"), 0)::bigint AS "paid",
               COUNT(DISTINCT t."disbursement_id") FILTER (WHERE t."kind" = 'DISBURSEMENT')::bigint
                 - COUNT(DISTINCT t."disbursement_id") FILTER (WHERE t."kind" = 'REVERSAL')::bigint AS "grants"
          FROM "aid_ledger_entry" e
          JOIN "aid_ledger_transaction" t ON t."id" = e."transaction_id"
          JOIN "aid_budget" b ON b."id" = t."budget_id"
          JOIN "aid_union_program" p ON p."id" = b."program_id"
         WHERE e."account_kind" = 'RECIPIENT'
           AND ${union.id} = ANY(t."lineage_ids")
           AND b."year" = ${args.year}
         GROUP BY p."kind"
         ORDER BY p."kind"`;
      const total = await prisma.$queryRaw<{ total: bigint }[]>`
        SELECT COALESCE(SUM(e."amount_fen"), 0)::bigint AS "total"
          FROM "aid_ledger_entry" e
          JOIN "aid_ledger_transaction" t ON t."id" = e."transaction_id"
         WHERE ${union.id} = ANY(t."lineage_ids")`;
      const byProgram = rows.map((row) => ({
        kind: row.kind,
        label: isAidProgram(row.kind) ? AID_PROGRAM_LABELS[row.kind] : row.kind,
        paidFen: Number(row.paid),
        grants: Number(row.grants),
      }));
      return {
        year: args.year,
        byProgram,
        totalPaidFen: byProgram.reduce((sum, p) => sum + p.paidFen, 0),
        ledgerTotalFen: Number(total[0]?.total ?? 0n),
      };
    },
  }),
}));

async function ledgerWhere(
  viewer: Parameters<typeof withinScopes>[0],
  budgetId: string | null | undefined,
  filter: typeof AidLedgerFilter.$inferInput | null | undefined,
): Promise<Prisma.AidLedgerTransactionWhereInput> {
  const conditions: Prisma.AidLedgerTransactionWhereInput[] = [withinScopes(viewer, 'aid.read')];
  if (budgetId) conditions.push({ budgetId: parseGlobalIdOf('AidBudget', budgetId, 'budgetId') });
  if (filter?.organizationId) {
    const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
    conditions.push({ lineageIds: { has: id } });
  }
  if (filter?.programKind) {
    // The transactions keep the budget id only (no relation): the kind's budgets first.
    const budgets = await prisma.aidBudget.findMany({
      where: { program: { kind: filter.programKind } },
      select: { id: true },
    });
    conditions.push({ budgetId: { in: budgets.map((budget) => budget.id) } });
  }
  if (filter?.from) {
    conditions.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00+08:00`) } });
  }
  if (filter?.to) {
    conditions.push({
      createdAt: { lt: new Date(`${addDays(filter.to as CalendarDate, 1)}T00:00:00+08:00`) },
    });
  }
  if (filter?.payments) conditions.push({ kind: { in: ['DISBURSEMENT', 'REVERSAL'] } });
  return { AND: conditions };
}
