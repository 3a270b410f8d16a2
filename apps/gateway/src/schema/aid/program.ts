import {
  AID_GRANT_PERIOD_LABELS,
  AID_GRANT_PERIODS,
  AID_PROGRAM_LABELS,
  type AidGrantPeriod,
  checkAidNoticeDays,
  isAidProgram,
  roleHasPermission,
} from '@gonghui/domain';
import { aidValidationFailure } from '../../aid/application-records.js';
import { organizationForAction, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import type { StaffViewer } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';

/** Programs the viewer sees: run within their aid.read subtrees, or by a union above them. */
export function programVisibility(viewer: StaffViewer): Prisma.AidUnionProgramWhereInput {
  const scopes = viewer.assignments.filter((a) => roleHasPermission(a.role, 'aid.read'));
  return {
    OR: [
      ...scopes.map((a) => ({ lineageIds: { has: a.organizationId } })),
      { organizationId: { in: [...new Set(scopes.flatMap((a) => a.lineageIds))] } },
    ],
  };
}

function programVisibleTo(
  context: Context,
  program: { lineageIds: string[]; organizationId: string },
) {
  if (context.viewer.kind !== 'staff') return false;
  return context.viewer.assignments.some(
    (a) =>
      roleHasPermission(a.role, 'aid.read') &&
      (program.lineageIds.includes(a.organizationId) ||
        a.lineageIds.includes(program.organizationId)),
  );
}

export const AidGrantPeriodEnum = builder.enumType('AidGrantPeriod', {
  description: '同一人同一项目的救助频次.',
  values: Object.fromEntries(
    AID_GRANT_PERIODS.map((period) => [period, { description: AID_GRANT_PERIOD_LABELS[period] }]),
  ) as Record<AidGrantPeriod, { description: string }>,
});

export const AidUnionProgramRef = builder.prismaObject('AidUnionProgram', {
  description:
    '帮扶项目 as one union runs it, with its workflow settings. Staff with aid.read within the union’s subtree, or below it.',
  select: { id: true, lineageIds: true, organizationId: true },
  authScopes: (program, context) => programVisibleTo(context, program),
  fields: (t) => ({
    id: t.id({ resolve: (program) => encodeGlobalId('AidUnionProgram', program.id) }),
    organizationId: t.id({
      resolve: (program) => encodeGlobalId('Organization', program.organizationId),
    }),
    kind: t.exposeString('kind', {
      description:
        'The domain’s program code: WINTER_RELIEF, EDUCATION_AID, MEDICAL_AID, MUTUAL_MEDICAL, SUMMER_COOLING.',
    }),
    kindLabel: t.string({
      select: { kind: true },
      resolve: (program) =>
        isAidProgram(program.kind) ? AID_PROGRAM_LABELS[program.kind] : program.kind,
    }),
    name: t.exposeString('name'),
    grantPeriod: t.field({
      type: AidGrantPeriodEnum,
      select: { grantPeriod: true },
      resolve: (program) => program.grantPeriod as AidGrantPeriod,
    }),
    publicNoticeRequired: t.exposeBoolean('publicNoticeRequired'),
    noticeDays: t.exposeInt('noticeDays'),
    secondApprovalAboveFen: t.field({
      type: 'Fen',
      description: 'Integer fen: amounts strictly above need a second approver.',
      select: { secondApprovalAboveFen: true },
      resolve: (program) => Number(program.secondApprovalAboveFen),
    }),
    budgets: t.relation('budgets', { query: { orderBy: { year: 'desc' } } }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const CreateAidProgramInput = builder.inputType('CreateAidProgramInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true, description: 'The union running the program.' }),
    kind: t.string({ required: true, description: 'WINTER_RELIEF, EDUCATION_AID, …' }),
    name: t.string({ required: true }),
    grantPeriod: t.field({ type: AidGrantPeriodEnum, required: true }),
    publicNoticeRequired: t.boolean({ required: true }),
    noticeDays: t.int({ required: false, description: '3–15 days; default 5.' }),
    secondApprovalAboveFen: t.field({ type: 'Fen', required: true, description: 'Integer fen.' }),
  }),
});

const errors = {
  types: [ValidationError, NotFoundError, ForbiddenError, UnauthenticatedError],
  directResult: true as const,
};

builder.queryFields((t) => ({
  aidPrograms: t.prismaField({
    type: ['AidUnionProgram'],
    description: 'The aid programs the viewer sees (their unions’ and those above them).',
    authScopes: { permission: 'aid.read' },
    errors: { types: [UnauthenticatedError, ForbiddenError] },
    resolve: (query, _root, _args, context) =>
      prisma.aidUnionProgram.findMany({
        ...query,
        where: programVisibility(requireStaff(context)),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  createAidProgram: t.prismaField({
    type: 'AidUnionProgram',
    description: 'A union starts running an aid program; needs aid.approve at that union.',
    errors,
    args: { input: t.arg({ type: CreateAidProgramInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const union = await organizationForAction(
        viewer,
        'aid.approve',
        input.organizationId,
        'input.organizationId',
      );
      if (!isAidProgram(input.kind)) {
        throw ValidationError.of('input.kind', 'AID_PROGRAM_KIND', '未知的帮扶项目类型');
      }
      const name = input.name.trim();
      if (name === '' || name.length > 100) {
        throw ValidationError.of('input.name', 'AID_PROGRAM_NAME', '请填写项目名称（100 字以内）');
      }
      const days = checkAidNoticeDays(input.noticeDays ?? 5, 'input.noticeDays');
      if (!days.ok) throw aidValidationFailure(days.error);
      // A whole, safe number of fen already (the `Fen` scalar); the threshold cannot be negative.
      const threshold = input.secondApprovalAboveFen;
      if (threshold < 0) {
        throw ValidationError.of(
          'input.secondApprovalAboveFen',
          'AID_PROGRAM_THRESHOLD',
          '双人审批金额不能为负',
        );
      }
      const clash = await prisma.aidUnionProgram.findFirst({
        where: { organizationId: union.id, name },
        select: { id: true },
      });
      if (clash)
        throw ValidationError.of('input.name', 'AID_PROGRAM_NAME_TAKEN', '本工会已有同名项目');
      const id = await prisma.$transaction(async (tx) => {
        const program = await tx.aidUnionProgram.create({
          data: {
            organizationId: union.id,
            lineageIds: union.lineageIds,
            kind: input.kind,
            name,
            grantPeriod: input.grantPeriod,
            publicNoticeRequired: input.publicNoticeRequired,
            noticeDays: days.value,
            secondApprovalAboveFen: BigInt(threshold),
            createdByStaffId: viewer.staffId,
          },
        });
        await writeAudit(tx, viewer, {
          action: 'aid.program.create',
          targetType: 'AidUnionProgram',
          targetId: program.id,
          organizationId: union.id,
          lineageIds: union.lineageIds,
          after: { kind: program.kind, name, grantPeriod: program.grantPeriod },
        });
        return program.id;
      });
      return prisma.aidUnionProgram.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

/** The program named by a global id, visible to the viewer, or NotFound. */
export async function visibleProgram(viewer: StaffViewer, globalId: string, field: string) {
  const program = await prisma.aidUnionProgram.findFirst({
    where: {
      AND: [{ id: parseGlobalIdOf('AidUnionProgram', globalId, field) }, programVisibility(viewer)],
    },
  });
  if (!program) throw new NotFoundError('帮扶项目');
  return program;
}
