import { allocationEntries, type Fen, formatYuan, roleHasPermission } from '@gonghui/domain';
import { aidRuleViolation } from '../../aid/application-records.js';
import { postLedgerTransaction } from '../../aid/ledger-posting.js';
import { requirePermissionOn, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { programVisibility, visibleProgram } from './program.js';

/**
 * 年度预算: one per program and year. `remainingFen` is kept by the disbursements' conditional
 * UPDATE (never below 0: CHECK); `ledgerBalanceFen` is the same figure summed from the ledger,
 * so the budget view shows both and whether they agree.
 */
export const AidBudgetRef = builder.prismaObject('AidBudget', {
  description: '年度预算 of one union program.',
  select: { id: true, lineageIds: true, organizationId: true },
  authScopes: (budget, context) =>
    context.viewer.kind === 'staff' &&
    context.viewer.assignments.some(
      (a) =>
        roleHasPermission(a.role, 'aid.read') &&
        (budget.lineageIds.includes(a.organizationId) ||
          a.lineageIds.includes(budget.organizationId)),
    ),
  fields: (t) => ({
    id: t.id({ resolve: (budget) => encodeGlobalId('AidBudget', budget.id) }),
    program: t.relation('program'),
    year: t.exposeInt('year'),
    allocatedFen: t.field({
      type: 'Fen',
      description: 'Integer fen allocated this year.',
      select: { allocatedFen: true },
      resolve: (budget) => Number(budget.allocatedFen),
    }),
    remainingFen: t.field({
      type: 'Fen',
      description: 'Integer fen left (never below 0).',
      select: { remainingFen: true },
      resolve: (budget) => Number(budget.remainingFen),
    }),
    paidFen: t.field({
      type: 'Fen',
      description: 'Allocated − remaining.',
      select: { allocatedFen: true, remainingFen: true },
      resolve: (budget) => Number(budget.allocatedFen - budget.remainingFen),
    }),
    ledgerBalanceFen: t.field({
      type: 'Fen',
      description:
        'The budget account’s balance summed from the ledger (should equal remainingFen).',
      resolve: async (budget) => {
        const sum = await prisma.aidLedgerEntry.aggregate({
          where: { accountKind: 'BUDGET', accountRef: budget.id },
          _sum: { amountFen: true },
        });
        return Number(sum._sum.amountFen ?? 0n);
      },
    }),
  }),
});

const errors = {
  types: [ValidationError, RuleViolationError, NotFoundError, ForbiddenError, UnauthenticatedError],
  directResult: true as const,
};

/**
 * A budget amount: the `Fen` scalar has already made it a whole, safe number of fen; a budget
 * also takes only money above 0.
 */
function amountOf(amount: Fen, field: string): Fen {
  if (amount <= 0) throw ValidationError.of(field, 'AID_BUDGET_AMOUNT', '金额必须大于 0');
  return amount;
}

builder.queryFields((t) => ({
  aidBudgets: t.prismaField({
    type: ['AidBudget'],
    description: 'Budgets of the programs the viewer sees, for one year (default: all years).',
    authScopes: { permission: 'aid.read' },
    errors: { types: [UnauthenticatedError, ForbiddenError] },
    args: { year: t.arg.int({ required: false }) },
    resolve: (query, _root, args, context) =>
      prisma.aidBudget.findMany({
        ...query,
        where: {
          program: programVisibility(requireStaff(context)),
          ...(args.year ? { year: args.year } : {}),
        },
        orderBy: [{ year: 'desc' }, { createdAt: 'asc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  createAidBudget: t.prismaField({
    type: 'AidBudget',
    description:
      'Opens a program’s budget for a year with its first allocation (a ledger ALLOCATION from the union’s funds); needs aid.approve at the program’s union.',
    errors,
    args: {
      programId: t.arg.id({ required: true }),
      year: t.arg.int({ required: true }),
      amountFen: t.arg({ type: 'Fen', required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const program = await visibleProgram(viewer, args.programId, 'programId');
      requirePermissionOn(viewer, 'aid.approve', program.lineageIds, '帮扶项目');
      if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100) {
        throw ValidationError.of('year', 'AID_BUDGET_YEAR', '年度应在 2000–2100 之间');
      }
      const amount = amountOf(args.amountFen, 'amountFen');
      const exists = await prisma.aidBudget.findUnique({
        where: { programId_year: { programId: program.id, year: args.year } },
        select: { id: true },
      });
      if (exists) {
        throw new RuleViolationError(
          'AID_BUDGET_EXISTS',
          `该项目 ${args.year} 年度预算已建立，请追加拨付`,
        );
      }
      const id = await prisma.$transaction(async (tx) => {
        const budget = await tx.aidBudget.create({
          data: {
            programId: program.id,
            organizationId: program.organizationId,
            lineageIds: program.lineageIds,
            year: args.year,
            allocatedFen: BigInt(amount),
            remainingFen: BigInt(amount),
          },
        });
        const entries = allocationEntries(program.organizationId, budget.id, amount);
        if (!entries.ok) throw aidRuleViolation(entries.error);
        await postLedgerTransaction(tx, {
          kind: 'ALLOCATION',
          organizationId: program.organizationId,
          lineageIds: program.lineageIds,
          budgetId: budget.id,
          memo: `${program.name} ${args.year} 年度预算 ${formatYuan(amount)} 元`,
          staffId: viewer.staffId,
          entries: entries.value,
        });
        await writeAudit(tx, viewer, {
          action: 'aid.budget.create',
          targetType: 'AidBudget',
          targetId: budget.id,
          organizationId: program.organizationId,
          lineageIds: program.lineageIds,
          after: { year: args.year, allocatedFen: amount },
        });
        return budget.id;
      });
      return prisma.aidBudget.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  allocateAidBudget: t.prismaField({
    type: 'AidBudget',
    description: '追加拨付: adds to a budget (a ledger ALLOCATION); needs aid.approve.',
    errors,
    args: {
      budgetId: t.arg.id({ required: true }),
      amountFen: t.arg({ type: 'Fen', required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const budget = await prisma.aidBudget.findFirst({
        where: {
          id: parseGlobalIdOf('AidBudget', args.budgetId, 'budgetId'),
          program: programVisibility(viewer),
        },
        include: { program: true },
      });
      if (!budget) throw new NotFoundError('预算');
      requirePermissionOn(viewer, 'aid.approve', budget.lineageIds, '预算');
      const amount = amountOf(args.amountFen, 'amountFen');
      await prisma.$transaction(async (tx) => {
        await tx.aidBudget.update({
          where: { id: budget.id },
          data: {
            allocatedFen: { increment: BigInt(amount) },
            remainingFen: { increment: BigInt(amount) },
          },
        });
        const entries = allocationEntries(budget.organizationId, budget.id, amount);
        if (!entries.ok) throw aidRuleViolation(entries.error);
        await postLedgerTransaction(tx, {
          kind: 'ALLOCATION',
          organizationId: budget.organizationId,
          lineageIds: budget.lineageIds,
          budgetId: budget.id,
          memo: `${budget.program.name} ${budget.year} 年度追加拨付 ${formatYuan(amount)} 元`,
          staffId: viewer.staffId,
          entries: entries.value,
        });
        await writeAudit(tx, viewer, {
          action: 'aid.budget.allocate',
          targetType: 'AidBudget',
          targetId: budget.id,
          organizationId: budget.organizationId,
          lineageIds: budget.lineageIds,
          after: { addedFen: amount },
        });
      });
      return prisma.aidBudget.findUniqueOrThrow({ ...query, where: { id: budget.id } });
    },
  }),
}));
