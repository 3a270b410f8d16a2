import {
  type CalendarDate,
  checkAllianceJoin,
  checkAllianceLeave,
  compareDates,
} from '@gonghui/domain';
import { organizationForAction, requireStaff } from '../../auth/access.js';
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
import { ruleViolation } from '../../honor/domain-records.js';
import { allianceForAction } from '../../innovation/access.js';
import { calendarDateOf, dateColumn, today } from '../../shared-dates.js';
import { AllianceKindEnum } from './alliance-kind.js';
import { CreateAllianceInput } from './create-alliance-input.js';

export const InnovationAllianceRef = builder.prismaObject('InnovationAlliance', {
  description: '创新工作室联盟: public.',
  fields: (t) => ({
    id: t.id({ resolve: (alliance) => encodeGlobalId('InnovationAlliance', alliance.id) }),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: AllianceKindEnum }),
    foundedOn: t.expose('foundedOn', { type: 'Date' }),
    description: t.exposeString('description', { nullable: true }),
    organizationId: t.id({
      resolve: (alliance) => encodeGlobalId('Organization', alliance.organizationId),
    }),
    memberships: t.relation('memberships', {
      description: 'Every membership, current and past, by joining date.',
      query: { orderBy: [{ joinedOn: 'asc' }, { id: 'asc' }] },
    }),
    currentStudioCount: t.relationCount('memberships', { where: { leftOn: null } }),
  }),
});

builder.queryFields((t) => ({
  alliances: t.prismaField({
    type: ['InnovationAlliance'],
    description: 'Alliances, or those organised within one union’s subtree; by name.',
    errors: { types: [ValidationError] },
    args: { organizationId: t.arg.id({ required: false }) },
    resolve: (query, _root, args) => {
      const where = args.organizationId
        ? {
            lineageIds: {
              has: parseGlobalIdOf('Organization', args.organizationId, 'organizationId'),
            },
          }
        : {};
      return prisma.innovationAlliance.findMany({
        ...query,
        where,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: 200,
      });
    },
  }),
}));

const errors = {
  types: [ValidationError, RuleViolationError, ForbiddenError, NotFoundError, UnauthenticatedError],
  directResult: true as const,
};

async function membershipTarget(
  viewer: ReturnType<typeof requireStaff>,
  allianceId: string,
  studioId: string,
) {
  const alliance = await allianceForAction(viewer, 'innovation.manage', allianceId, 'allianceId');
  const studio = await prisma.innovationStudio.findUnique({
    where: { id: parseGlobalIdOf('InnovationStudio', studioId, 'studioId') },
  });
  if (!studio) throw new NotFoundError('创新工作室');
  const memberships = await prisma.innovationAllianceMembership.findMany({
    where: { allianceId: alliance.id, studioId: studio.id },
    orderBy: { joinedOn: 'asc' },
  });
  return {
    alliance,
    studio,
    memberships: memberships.map((row) => ({
      id: row.id,
      joinedOn: calendarDateOf(row.joinedOn),
      leftOn: row.leftOn ? calendarDateOf(row.leftOn) : null,
    })),
  };
}

builder.mutationFields((t) => ({
  createAlliance: t.prismaField({
    type: 'InnovationAlliance',
    description: 'Founds an alliance organised by a union (innovation.manage there).',
    errors,
    args: { input: t.arg({ type: CreateAllianceInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const organization = await organizationForAction(
        viewer,
        'innovation.manage',
        input.organizationId,
        'input.organizationId',
      );
      const foundedOn = input.foundedOn as CalendarDate;
      if (compareDates(foundedOn, today()) > 0) {
        throw ValidationError.of(
          'input.foundedOn',
          'INNOVATION_DATE_IN_FUTURE',
          '日期不能晚于今天',
        );
      }
      return prisma.$transaction(async (tx) => {
        const alliance = await tx.innovationAlliance.create({
          data: {
            organizationId: organization.id,
            lineageIds: organization.lineageIds,
            name: input.name.trim(),
            kind: input.kind,
            foundedOn: dateColumn(foundedOn),
            description: input.description?.trim() || null,
          },
        });
        await writeAudit(tx, viewer, {
          action: 'innovation.alliance.create',
          targetType: 'InnovationAlliance',
          targetId: alliance.id,
          organizationId: organization.id,
          lineageIds: organization.lineageIds,
          after: { name: alliance.name, kind: alliance.kind },
        });
        return tx.innovationAlliance.findUniqueOrThrow({ ...query, where: { id: alliance.id } });
      });
    },
  }),
  joinAlliance: t.prismaField({
    type: 'InnovationAllianceMembership',
    description:
      'A studio joins an alliance on a date (innovation.manage at the alliance’s union; the studio may be anywhere: alliances cross regions).',
    errors,
    args: {
      allianceId: t.arg.id({ required: true }),
      studioId: t.arg.id({ required: true }),
      joinedOn: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const { alliance, studio, memberships } = await membershipTarget(
        viewer,
        args.allianceId,
        args.studioId,
      );
      const joinedOn = args.joinedOn as CalendarDate;
      if (compareDates(joinedOn, today()) > 0) {
        throw ValidationError.of('joinedOn', 'INNOVATION_DATE_IN_FUTURE', '日期不能晚于今天');
      }
      const checked = checkAllianceJoin({
        memberships,
        joinedOn,
        allianceFoundedOn: calendarDateOf(alliance.foundedOn),
        studioDelisted: studio.status === 'DELISTED',
      });
      if (!checked.ok) throw ruleViolation(checked.error);
      return prisma.$transaction(async (tx) => {
        const row = await tx.innovationAllianceMembership.create({
          data: { allianceId: alliance.id, studioId: studio.id, joinedOn: dateColumn(joinedOn) },
        });
        await writeAudit(tx, viewer, {
          action: 'innovation.alliance.join',
          targetType: 'InnovationAlliance',
          targetId: alliance.id,
          organizationId: alliance.organizationId,
          lineageIds: alliance.lineageIds,
          after: { studioId: studio.id, joinedOn },
        });
        return tx.innovationAllianceMembership.findUniqueOrThrow({
          ...query,
          where: { id: row.id },
        });
      });
    },
  }),
  leaveAlliance: t.prismaField({
    type: 'InnovationAllianceMembership',
    description: 'A studio leaves an alliance on a date (its open membership is closed).',
    errors,
    args: {
      allianceId: t.arg.id({ required: true }),
      studioId: t.arg.id({ required: true }),
      leftOn: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const { alliance, studio, memberships } = await membershipTarget(
        viewer,
        args.allianceId,
        args.studioId,
      );
      const leftOn = args.leftOn as CalendarDate;
      if (compareDates(leftOn, today()) > 0) {
        throw ValidationError.of('leftOn', 'INNOVATION_DATE_IN_FUTURE', '日期不能晚于今天');
      }
      const checked = checkAllianceLeave(memberships, leftOn);
      if (!checked.ok) throw ruleViolation(checked.error);
      const open = memberships.find((membership) => membership.leftOn === null);
      if (!open) throw new Error('checkAllianceLeave accepted without an open membership');
      return prisma.$transaction(async (tx) => {
        const updated = await tx.innovationAllianceMembership.updateMany({
          where: { id: open.id, leftOn: null },
          data: { leftOn: dateColumn(leftOn) },
        });
        if (updated.count !== 1) {
          throw new RuleViolationError(
            'INNOVATION_ALLIANCE_CHANGED',
            '该成员关系刚被他人变更，请刷新后重试',
          );
        }
        await writeAudit(tx, viewer, {
          action: 'innovation.alliance.leave',
          targetType: 'InnovationAlliance',
          targetId: alliance.id,
          organizationId: alliance.organizationId,
          lineageIds: alliance.lineageIds,
          after: { studioId: studio.id, leftOn },
        });
        return tx.innovationAllianceMembership.findUniqueOrThrow({
          ...query,
          where: { id: open.id },
        });
      });
    },
  }),
}));
