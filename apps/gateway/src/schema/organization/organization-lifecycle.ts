import {
  type CalendarDate,
  COUNTED_MEMBER_STATUSES,
  can,
  checkDissolution,
  checkFounding,
  type FieldError,
  organizationChangeDelta,
  zeroFigures,
} from '@gonghui/domain';
import { z } from 'zod';
import { organizationVisibility, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import { parseGlobalIdOf } from '../../global-id.js';
import {
  applyFiguresDelta,
  organizationFacts,
  rowFromFigures,
} from '../../organization/figures.js';
import { lockOrganization } from '../../organization/lock.js';
import { calendarDateOf, dateColumn, today } from '../../shared-dates.js';
import { uuidv7 } from '../../shared-ids.js';
import { creditCodeRule, regionCodeRule } from '../shared/validators.js';
import { EmployerOwnershipEnum, OrgKindEnum } from './org-kind.js';

/** A domain refusal as a ValidationError naming the GraphQL argument it is about. */
function refusal(error: FieldError, fields: Record<string, string>): ValidationError {
  return ValidationError.of(fields[error.field] ?? error.field, error.rule, error.message);
}

const FoundOrganizationInput = builder.inputType('FoundOrganizationInput', {
  fields: (t) => ({
    parentId: t.id({ required: true, description: 'The approving parent union.' }),
    kind: t.field({ type: OrgKindEnum, required: true }),
    name: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(2, 'ORGANIZATION_NAME_EMPTY|请填写组织名称')
        .max(100, 'ORGANIZATION_NAME_TOO_LONG|组织名称最多 100 个字'),
    }),
    regionCode: t.string({ required: true, validate: regionCodeRule('input.regionCode') }),
    creditCode: t.string({ required: false, validate: creditCodeRule('input.creditCode') }),
    foundedOn: t.field({ type: 'Date', required: true, description: '成立大会日期.' }),
    approvedOn: t.field({ type: 'Date', required: true, description: '上级工会批准日期.' }),
    industry: t.string({
      required: false,
      validate: z.string().max(50, 'INDUSTRY_TOO_LONG|行业最多 50 个字'),
    }),
    employerName: t.string({
      required: false,
      validate: z.string().max(100, 'EMPLOYER_NAME_TOO_LONG|单位名称最多 100 个字'),
    }),
    employerHeadcount: t.int({
      required: false,
      validate: z
        .number()
        .int()
        .min(0, 'EMPLOYER_HEADCOUNT_INVALID|职工人数应为不小于 0 的整数')
        .max(10_000_000, 'EMPLOYER_HEADCOUNT_INVALID|职工人数过大'),
    }),
    ownership: t.field({ type: EmployerOwnershipEnum, required: false }),
  }),
});

const foundingFields: Record<string, string> = {
  parentKind: 'input.kind',
  parentDissolvedOn: 'input.parentId',
  foundedOn: 'input.foundedOn',
  approvedOn: 'input.approvedOn',
};

const dissolutionFields: Record<string, string> = {
  dissolvedOn: 'dissolvedOn',
  approvedOn: 'approvedOn',
  activeChildCount: 'id',
  activeMemberCount: 'id',
};

builder.mutationFields((t) => ({
  foundOrganization: t.prismaField({
    type: 'Organization',
    description:
      '组建: records a new organisation approved by its parent union. Needs organization.manage on the parent.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { input: t.arg({ type: FoundOrganizationInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const parentId = parseGlobalIdOf('Organization', input.parentId, 'input.parentId');
      const parent = await prisma.organization.findFirst({
        where: { AND: [{ id: parentId }, organizationVisibility(context)] },
      });
      if (!parent) throw new NotFoundError('组织');
      if (!can(viewer.assignments, 'organization.manage', parent.lineageIds)) {
        throw new ForbiddenError();
      }
      const founding = checkFounding({
        kind: input.kind,
        parentKind: parent.kind,
        parentFoundedOn: calendarDateOf(parent.foundedOn),
        parentDissolvedOn: parent.dissolvedOn ? calendarDateOf(parent.dissolvedOn) : null,
        foundedOn: input.foundedOn as CalendarDate,
        approvedOn: input.approvedOn as CalendarDate,
        today: today(),
      });
      if (!founding.ok) throw refusal(founding.error, foundingFields);
      const creditCode = input.creditCode?.trim().toUpperCase() || null;
      if (creditCode && (await prisma.organization.findUnique({ where: { creditCode } }))) {
        throw ValidationError.of(
          'input.creditCode',
          'CREDIT_CODE_TAKEN',
          '该统一社会信用代码已被使用',
        );
      }
      const id = uuidv7();
      const lineageIds = [...parent.lineageIds, id];
      try {
        return await prisma.$transaction(async (tx) => {
          if (!(await lockOrganization(tx, parent.id, 'share'))) {
            throw ValidationError.of(
              'input.parentId',
              'FOUNDING_PARENT_DISSOLVED',
              '上级组织已撤销',
            );
          }
          const created = await tx.organization.create({
            data: {
              id,
              kind: input.kind,
              name: input.name.trim(),
              regionCode: input.regionCode,
              creditCode,
              parentId: parent.id,
              lineageIds,
              depth: parent.depth + 1,
              industry: input.industry?.trim() || null,
              employerName: input.employerName?.trim() || null,
              employerHeadcount: input.employerHeadcount ?? null,
              ownership: input.ownership ?? null,
              foundedOn: dateColumn(input.foundedOn),
              approvedOn: dateColumn(input.approvedOn),
            },
          });
          await tx.organizationFigures.create({ data: rowFromFigures(id, zeroFigures()) });
          await applyFiguresDelta(
            tx,
            lineageIds,
            organizationChangeDelta(null, organizationFacts(created)),
          );
          await writeAudit(tx, viewer, {
            action: 'organization.found',
            targetType: 'Organization',
            targetId: id,
            organizationId: id,
            lineageIds,
            after: {
              kind: created.kind,
              name: created.name,
              foundedOn: input.foundedOn,
              approvedOn: input.approvedOn,
            },
          });
          return tx.organization.findUniqueOrThrow({ ...query, where: { id } });
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw ValidationError.of(
            'input.creditCode',
            'CREDIT_CODE_TAKEN',
            '该统一社会信用代码已被使用',
          );
        }
        throw error;
      }
    },
  }),
  dissolveOrganization: t.prismaField({
    type: 'Organization',
    description:
      '撤销: records the approved dissolution of an organisation with no live children and no members. Needs organization.manage on its parent.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: {
      id: t.arg.id({ required: true }),
      dissolvedOn: t.arg({ type: 'Date', required: true }),
      approvedOn: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const id = parseGlobalIdOf('Organization', args.id, 'id');
      const organization = await prisma.organization.findFirst({
        where: { AND: [{ id }, organizationVisibility(context)] },
      });
      if (!organization) throw new NotFoundError('组织');
      const approverLineage =
        organization.lineageIds.length > 1
          ? organization.lineageIds.slice(0, -1)
          : organization.lineageIds;
      if (!can(viewer.assignments, 'organization.manage', approverLineage)) {
        throw new ForbiddenError();
      }
      if (organization.dissolvedOn) {
        throw ValidationError.of('id', 'DISSOLUTION_ALREADY_DISSOLVED', '该组织已经撤销');
      }
      return prisma.$transaction(async (tx) => {
        if (!(await lockOrganization(tx, id, 'update'))) {
          throw ValidationError.of('id', 'DISSOLUTION_ALREADY_DISSOLVED', '该组织已经撤销');
        }
        const [activeChildCount, activeMemberCount] = await Promise.all([
          tx.organization.count({ where: { parentId: id, dissolvedOn: null } }),
          tx.member.count({
            where: { organizationId: id, status: { in: [...COUNTED_MEMBER_STATUSES] } },
          }),
        ]);
        const dissolution = checkDissolution({
          foundedOn: calendarDateOf(organization.foundedOn),
          dissolvedOn: args.dissolvedOn as CalendarDate,
          approvedOn: args.approvedOn as CalendarDate,
          today: today(),
          activeChildCount,
          activeMemberCount,
        });
        if (!dissolution.ok) throw refusal(dissolution.error, dissolutionFields);
        const updated = await tx.organization.update({
          where: { id, dissolvedOn: null },
          data: {
            dissolvedOn: dateColumn(args.dissolvedOn),
            dissolutionApprovedOn: dateColumn(args.approvedOn),
          },
        });
        await applyFiguresDelta(
          tx,
          organization.lineageIds,
          organizationChangeDelta(organizationFacts(organization), organizationFacts(updated)),
        );
        await writeAudit(tx, viewer, {
          action: 'organization.dissolve',
          targetType: 'Organization',
          targetId: id,
          organizationId: id,
          lineageIds: organization.lineageIds,
          after: { dissolvedOn: args.dissolvedOn, approvedOn: args.approvedOn },
        });
        return tx.organization.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
}));
