import { can, checkPasswordPolicy, checkRoleAssignment, type StaffRole } from '@gonghui/domain';
import { z } from 'zod';
import {
  organizationForAction,
  requirePermissionOn,
  requireStaff,
  withinScopes,
} from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { hashPassword } from '../../auth/password-hash.js';
import type { StaffViewer } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { checkUuidCursors, parseGlobalIdOf } from '../../global-id.js';
import { searchTextRule } from '../shared/validators.js';
import { StaffRoleEnum } from './staff-role.js';

export const StaffAccountRef = builder.prismaNode('StaffAccount', {
  description:
    'A union staff member’s login. Visible to those who manage staff at or above its union.',
  id: { field: 'id' },
  select: { lineageIds: true },
  authScopes: (account, context) =>
    context.viewer.kind === 'staff' &&
    can(context.viewer.assignments, 'staff.manage', account.lineageIds),
  fields: (t) => ({
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    organization: t.relation('organization'),
    roles: t.relation('roles', { query: { orderBy: { createdAt: 'asc' } } }),
    lockedUntil: t.expose('lockedUntil', { type: 'DateTime', nullable: true }),
    disabled: t.boolean({
      select: { disabledAt: true },
      resolve: (account) => account.disabledAt !== null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

function checkPassword(password: string, username: string, field: string) {
  const result = checkPasswordPolicy({ password, username, field });
  if (!result.ok)
    throw ValidationError.of(result.error.field, result.error.rule, result.error.message);
}

/** Refuses a role the granter may not hand out at that organisation (no escalation). */
function checkGrant(
  viewer: StaffViewer,
  role: StaffRole,
  lineageIds: readonly string[],
  field: string,
) {
  const result = checkRoleAssignment(viewer.assignments, role, lineageIds, field);
  if (!result.ok) throw new ForbiddenError(result.error.message);
}

async function staffForAction(viewer: StaffViewer, globalId: string, field: string) {
  const id = parseGlobalIdOf('StaffAccount', globalId, field);
  const account = await prisma.staffAccount.findFirst({
    where: { id, ...withinScopes(viewer, 'staff.manage') },
  });
  if (!account) throw new NotFoundError('账号');
  return account;
}

const RoleGrantInput = builder.inputType('RoleGrantInput', {
  fields: (t) => ({
    role: t.field({ type: StaffRoleEnum, required: true }),
    organizationId: t.id({ required: true }),
  }),
});

const CreateStaffAccountInput = builder.inputType('CreateStaffAccountInput', {
  fields: (t) => ({
    username: t.string({
      required: true,
      validate: z
        .string()
        .regex(
          /^[a-z][a-z0-9._-]{2,31}$/,
          'USERNAME_FORMAT|用户名须为 3–32 位小写字母、数字、点、横线或下划线，以字母开头',
        ),
    }),
    displayName: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, 'DISPLAY_NAME_EMPTY|请输入姓名')
        .max(50, 'DISPLAY_NAME_TOO_LONG|姓名最多 50 个字'),
    }),
    password: t.string({ required: true }),
    organizationId: t.id({
      required: true,
      description: 'The union whose admins manage this account.',
    }),
    roles: t.field({ type: [RoleGrantInput], required: true }),
  }),
});

builder.queryFields((t) => ({
  staffAccounts: t.prismaConnection({
    type: 'StaffAccount',
    cursor: 'id',
    description: 'Staff accounts of the unions where the viewer manages staff.',
    authScopes: { permission: 'staff.manage' },
    args: { search: t.arg.string({ required: false, validate: searchTextRule }) },
    resolve: (query, _root, args, context) => {
      checkUuidCursors(args);
      const viewer = requireStaff(context);
      return prisma.staffAccount.findMany({
        ...query,
        where: {
          AND: [
            withinScopes(viewer, 'staff.manage'),
            args.search
              ? {
                  OR: [
                    { username: { contains: args.search, mode: 'insensitive' } },
                    { displayName: { contains: args.search, mode: 'insensitive' } },
                  ],
                }
              : {},
          ],
        },
        orderBy: [{ username: 'asc' }],
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  createStaffAccount: t.prismaField({
    type: 'StaffAccount',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { input: t.arg({ type: CreateStaffAccountInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const home = await organizationForAction(
        viewer,
        'staff.manage',
        input.organizationId,
        'input.organizationId',
      );
      checkPassword(input.password, input.username, 'input.password');
      const grants: { role: StaffRole; organizationId: string; grantedById: string }[] = [];
      for (const [index, grant] of input.roles.entries()) {
        const field = `input.roles.${index}.organizationId`;
        const organization = await organizationForAction(
          viewer,
          'staff.manage',
          grant.organizationId,
          field,
        );
        checkGrant(viewer, grant.role, organization.lineageIds, `input.roles.${index}.role`);
        grants.push({
          role: grant.role,
          organizationId: organization.id,
          grantedById: viewer.staffId,
        });
      }
      if (await prisma.staffAccount.findUnique({ where: { username: input.username } })) {
        throw ValidationError.of('input.username', 'USERNAME_TAKEN', '该用户名已被使用');
      }
      const passwordHash = await hashPassword(input.password);
      return prisma.$transaction(async (tx) => {
        const account = await tx.staffAccount.create({
          data: {
            username: input.username,
            displayName: input.displayName.trim(),
            passwordHash,
            passwordChangedAt: new Date(),
            organizationId: home.id,
            lineageIds: home.lineageIds,
            roles: { create: grants },
          },
        });
        await writeAudit(tx, viewer, {
          action: 'staff.create',
          targetType: 'StaffAccount',
          targetId: account.id,
          organizationId: home.id,
          lineageIds: home.lineageIds,
          after: {
            username: account.username,
            roles: grants.map((g) => `${g.role}@${g.organizationId}`),
          },
        });
        return tx.staffAccount.findUniqueOrThrow({ ...query, where: { id: account.id } });
      });
    },
  }),
  assignRole: t.prismaField({
    type: 'StaffAccount',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: {
      staffId: t.arg.id({ required: true }),
      role: t.arg({ type: StaffRoleEnum, required: true }),
      organizationId: t.arg.id({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const account = await staffForAction(viewer, args.staffId, 'staffId');
      const organization = await organizationForAction(
        viewer,
        'staff.manage',
        args.organizationId,
        'organizationId',
      );
      checkGrant(viewer, args.role, organization.lineageIds, 'role');
      return prisma.$transaction(async (tx) => {
        await tx.roleAssignment.upsert({
          where: {
            staffId_role_organizationId: {
              staffId: account.id,
              role: args.role,
              organizationId: organization.id,
            },
          },
          create: {
            staffId: account.id,
            role: args.role,
            organizationId: organization.id,
            grantedById: viewer.staffId,
          },
          update: {},
        });
        await writeAudit(tx, viewer, {
          action: 'staff.assignRole',
          targetType: 'StaffAccount',
          targetId: account.id,
          organizationId: organization.id,
          lineageIds: organization.lineageIds,
          after: { role: args.role, organizationId: organization.id },
        });
        return tx.staffAccount.findUniqueOrThrow({ ...query, where: { id: account.id } });
      });
    },
  }),
  revokeRole: t.prismaField({
    type: 'StaffAccount',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { roleAssignmentId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const assignment = await prisma.roleAssignment.findUnique({
        where: { id: parseGlobalIdOf('RoleAssignment', args.roleAssignmentId, 'roleAssignmentId') },
        include: {
          organization: { select: { lineageIds: true } },
          staff: { select: { lineageIds: true } },
        },
      });
      if (!assignment) throw new NotFoundError('角色');
      requirePermissionOn(viewer, 'staff.manage', assignment.staff.lineageIds, '角色');
      requirePermissionOn(viewer, 'staff.manage', assignment.organization.lineageIds, '角色');
      checkGrant(viewer, assignment.role, assignment.organization.lineageIds, 'roleAssignmentId');
      if (assignment.staffId === viewer.staffId) {
        throw new ForbiddenError('不能撤销自己的角色');
      }
      return prisma.$transaction(async (tx) => {
        await tx.roleAssignment.delete({ where: { id: assignment.id } });
        await writeAudit(tx, viewer, {
          action: 'staff.revokeRole',
          targetType: 'StaffAccount',
          targetId: assignment.staffId,
          organizationId: assignment.organizationId,
          lineageIds: assignment.organization.lineageIds,
          before: { role: assignment.role, organizationId: assignment.organizationId },
        });
        return tx.staffAccount.findUniqueOrThrow({ ...query, where: { id: assignment.staffId } });
      });
    },
  }),
  resetStaffPassword: t.prismaField({
    type: 'StaffAccount',
    description: 'Sets a new password, unlocks the account and ends its sessions.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { staffId: t.arg.id({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const account = await staffForAction(viewer, args.staffId, 'staffId');
      checkPassword(args.newPassword, account.username, 'newPassword');
      const passwordHash = await hashPassword(args.newPassword);
      return prisma.$transaction(async (tx) => {
        await tx.staffAccount.update({
          where: { id: account.id },
          data: {
            passwordHash,
            passwordChangedAt: new Date(),
            failedLoginCount: 0,
            firstFailedLoginAt: null,
            lockedUntil: null,
          },
        });
        await tx.staffSession.updateMany({
          where: { staffId: account.id, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        await writeAudit(tx, viewer, {
          action: 'staff.resetPassword',
          targetType: 'StaffAccount',
          targetId: account.id,
          organizationId: account.organizationId,
          lineageIds: account.lineageIds,
        });
        return tx.staffAccount.findUniqueOrThrow({ ...query, where: { id: account.id } });
      });
    },
  }),
}));
