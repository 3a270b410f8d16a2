import { isOrganizationVisible } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { MemberEventType } from '../../generated/prisma/enums.js';
import { MemberStatusEnum } from './member-status.js';

const MemberEventTypeEnum = builder.enumType(MemberEventType, {
  name: 'MemberEventType',
  description: '会籍变动: joined, transferred out or in, status changed.',
});

export const MemberEventRef = builder.prismaObject('MemberEvent', {
  description: 'One entry of a member’s history, shown in the history of the union it happened at.',
  fields: (t) => ({
    type: t.expose('type', { type: MemberEventTypeEnum }),
    date: t.expose('date', { type: 'Date', description: 'The day it took effect.' }),
    fromStatus: t.expose('fromStatus', { type: MemberStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: MemberStatusEnum, nullable: true }),
    member: t.relation('member', { description: 'The member it happened to.' }),
    organization: t.relation('organization', {
      description: 'The union whose history shows the event.',
    }),
    counterpartOrganization: t.prismaField({
      type: 'Organization',
      nullable: true,
      description:
        'For a transfer, the union on the other side; null when the viewer may not see it.',
      select: { counterpartOrganizationId: true },
      resolve: async (query, event, _args, context) => {
        if (!event.counterpartOrganizationId) return null;
        const organization = await prisma.organization.findUnique({
          ...query,
          where: { id: event.counterpartOrganizationId },
        });
        return organization && isOrganizationVisible(context, organization.lineageIds)
          ? organization
          : null;
      },
    }),
    recordedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
