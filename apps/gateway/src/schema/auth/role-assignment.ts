import { builder } from '../../builder.js';
import { visibleOrganizationsByIds } from '../../organization/organization-batch.js';
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
      // Batched: a page of staff accounts asks for the organisation of each of their roles.
      resolve: async (query, assignment, _args, context) => {
        const [organization] = await visibleOrganizationsByIds(context, query, [
          assignment.organizationId,
        ]);
        return organization ?? null;
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
