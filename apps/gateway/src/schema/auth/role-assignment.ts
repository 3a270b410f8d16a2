import { organizationVisibility } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { StaffRoleEnum } from './staff-role.js';

export const RoleAssignmentRef = builder.prismaNode('RoleAssignment', {
  id: { field: 'id' },
  description: 'A role held at an organisation; it applies to everything below it too.',
  fields: (t) => ({
    role: t.expose('role', { type: StaffRoleEnum }),
    organization: t.prismaField({
      type: 'Organization',
      nullable: true,
      description: 'Null when the organisation lies outside what the viewer may see.',
      select: { organizationId: true },
      resolve: async (query, assignment, _args, context) => {
        const organization = await prisma.organization.findFirst({
          ...query,
          where: { AND: [{ id: assignment.organizationId }, organizationVisibility(context)] },
        });
        return organization;
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
