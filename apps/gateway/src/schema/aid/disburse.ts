import { disburse, reverseDisbursement } from '../../aid/disbursement-service.js';
import { requireStaff } from '../../auth/access.js';
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
import './application.js';

export const AidDisbursementRef = builder.prismaObject('AidDisbursement', {
  description: '发放: one payment of one approved grant, stored once under its idempotency key.',
  select: { id: true },
  fields: (t) => ({
    id: t.id({ resolve: (d) => encodeGlobalId('AidDisbursement', d.id) }),
    idempotencyKey: t.exposeString('idempotencyKey'),
    application: t.relation('application'),
    amountFen: t.field({
      type: 'Fen',
      select: { amountFen: true },
      resolve: (d) => Number(d.amountFen),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    reversed: t.boolean({
      select: { transactions: { select: { kind: true } } },
      resolve: (d) => d.transactions.some((tx) => tx.kind === 'REVERSAL'),
    }),
  }),
});

interface DisburseResultShape {
  disbursementId: string;
  replayed: boolean;
}

const AidDisburseResultRef = builder.objectRef<DisburseResultShape>('AidDisburseResult').implement({
  description:
    'The payment, and whether this answer is a replay of an earlier request with the same key (nothing paid again).',
  fields: (t) => ({
    replayed: t.exposeBoolean('replayed'),
    disbursement: t.prismaField({
      type: 'AidDisbursement',
      resolve: (query, result) =>
        prisma.aidDisbursement.findUniqueOrThrow({
          ...query,
          where: { id: result.disbursementId },
        }),
    }),
  }),
});

const errors = {
  types: [ValidationError, RuleViolationError, NotFoundError, ForbiddenError, UnauthenticatedError],
  directResult: true as const,
};

builder.mutationFields((t) => ({
  disburseAid: t.field({
    type: AidDisburseResultRef,
    description:
      '发放, exactly once: the same idempotencyKey replays the same result; the same key with a different payload is refused (AID_DISBURSEMENT_KEY_REUSED); the budget never goes below 0 and the grant is paid at most its approved amount, under any concurrency (enforced by the database).',
    errors,
    args: {
      applicationId: t.arg.id({ required: true }),
      idempotencyKey: t.arg.string({ required: true }),
      amountFen: t.arg({
        type: 'Fen',
        required: false,
        description:
          'The amount the operator confirmed (integer fen); must equal the approved amount.',
      }),
    },
    resolve: async (_root, args, context) =>
      disburse(
        requireStaff(context),
        parseGlobalIdOf('AidApplication', args.applicationId, 'applicationId'),
        args.idempotencyKey,
        args.amountFen ?? null,
      ),
  }),
  reverseAidDisbursement: t.field({
    type: AidDisbursementRef,
    description:
      '冲正: a reversal entry on the ledger, the amount back to the budget, the application back to APPROVED. Needs aid.approve.',
    errors,
    args: {
      disbursementId: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = parseGlobalIdOf('AidDisbursement', args.disbursementId, 'disbursementId');
      await reverseDisbursement(requireStaff(context), id, args.reason);
      return prisma.aidDisbursement.findUniqueOrThrow({ where: { id } });
    },
  }),
}));
