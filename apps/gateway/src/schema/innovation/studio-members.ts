import { type CalendarDate, compareDates } from '@gonghui/domain';
import { requireStaff } from '../../auth/access.js';
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
import { studioForAction } from '../../innovation/access.js';
import { calendarDateOf, dateColumn, today } from '../../shared-dates.js';
import { StudioMemberInput } from './studio-member-input.js';

const errors = {
  types: [ValidationError, RuleViolationError, ForbiddenError, NotFoundError, UnauthenticatedError],
  directResult: true as const,
};

builder.mutationFields((t) => ({
  addStudioMember: t.prismaField({
    type: 'InnovationStudioMember',
    description: 'Adds a member to a studio (innovation.manage).',
    errors,
    args: {
      studioId: t.arg.id({ required: true }),
      input: t.arg({ type: StudioMemberInput, required: true }),
    },
    resolve: async (query, _root, { studioId, input }, context) => {
      const viewer = requireStaff(context);
      const studio = await studioForAction(viewer, 'innovation.manage', studioId, 'studioId');
      if (studio.status === 'DELISTED') {
        throw new RuleViolationError('INNOVATION_STUDIO_DELISTED', '工作室已摘牌');
      }
      const joinedOn = input.joinedOn as CalendarDate;
      if (compareDates(joinedOn, today()) > 0) {
        throw ValidationError.of('input.joinedOn', 'INNOVATION_DATE_IN_FUTURE', '日期不能晚于今天');
      }
      const name = input.name.trim();
      const existing = await prisma.innovationStudioMember.findFirst({
        where: { studioId: studio.id, name, leftOn: null },
      });
      if (existing) {
        throw ValidationError.of(
          'input.name',
          'INNOVATION_MEMBER_EXISTS',
          `${name} 已是该工作室成员`,
        );
      }
      return prisma.$transaction(async (tx) => {
        const member = await tx.innovationStudioMember.create({
          data: {
            studioId: studio.id,
            name,
            role: input.role.trim(),
            joinedOn: dateColumn(joinedOn),
          },
        });
        await writeAudit(tx, viewer, {
          action: 'innovation.studio.member.add',
          targetType: 'InnovationStudio',
          targetId: studio.id,
          organizationId: studio.organizationId,
          lineageIds: studio.lineageIds,
          after: { memberId: member.id, role: member.role },
        });
        return tx.innovationStudioMember.findUniqueOrThrow({ ...query, where: { id: member.id } });
      });
    },
  }),
  removeStudioMember: t.prismaField({
    type: 'InnovationStudioMember',
    description: 'Records that a member left the studio (dated; the row stays).',
    errors,
    args: {
      memberId: t.arg.id({ required: true }),
      leftOn: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const id = parseGlobalIdOf('StudioMember', args.memberId, 'memberId');
      const member = await prisma.innovationStudioMember.findUnique({ where: { id } });
      if (!member) throw new NotFoundError('工作室成员');
      const studio = await studioForAction(
        viewer,
        'innovation.manage',
        encodeGlobalId('InnovationStudio', member.studioId),
        'memberId',
      );
      const leftOn = args.leftOn as CalendarDate;
      if (member.leftOn) {
        throw new RuleViolationError('INNOVATION_MEMBER_LEFT', '该成员已退出工作室');
      }
      if (compareDates(leftOn, calendarDateOf(member.joinedOn)) < 0) {
        throw ValidationError.of(
          'leftOn',
          'INNOVATION_MEMBER_LEFT_BEFORE_JOINING',
          '退出日期不能早于加入日期',
        );
      }
      if (compareDates(leftOn, today()) > 0) {
        throw ValidationError.of('leftOn', 'INNOVATION_DATE_IN_FUTURE', '日期不能晚于今天');
      }
      return prisma.$transaction(async (tx) => {
        await tx.innovationStudioMember.update({
          where: { id: member.id },
          data: { leftOn: dateColumn(leftOn) },
        });
        await writeAudit(tx, viewer, {
          action: 'innovation.studio.member.leave',
          targetType: 'InnovationStudio',
          targetId: studio.id,
          organizationId: studio.organizationId,
          lineageIds: studio.lineageIds,
          after: { memberId: member.id, leftOn },
        });
        return tx.innovationStudioMember.findUniqueOrThrow({ ...query, where: { id: member.id } });
      });
    },
  }),
}));
