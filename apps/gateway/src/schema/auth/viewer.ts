import {
  canAssignRole,
  type Permission,
  permissionsAt,
  STAFF_ROLES,
  scopesFor,
} from '@gonghui/domain';
import type { StaffViewer } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { PermissionEnum, StaffRoleEnum } from './staff-role.js';

/** The signed-in staff member, as the admin console needs them. */
export const ViewerRef = builder.objectRef<StaffViewer>('Viewer').implement({
  description: 'The signed-in staff member.',
  fields: (t) => ({
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    homeOrganization: t.prismaField({
      type: 'Organization',
      resolve: (query, viewer) =>
        prisma.organization.findUniqueOrThrow({ ...query, where: { id: viewer.organizationId } }),
    }),
    roles: t.prismaField({
      type: ['RoleAssignment'],
      resolve: (query, viewer) =>
        prisma.roleAssignment.findMany({
          ...query,
          where: { staffId: viewer.staffId },
          orderBy: { createdAt: 'asc' },
        }),
    }),
    scopeRoots: t.prismaField({
      type: ['Organization'],
      description: 'The tops of the subtrees this person may read: the admin console’s tree roots.',
      resolve: (query, viewer) =>
        prisma.organization.findMany({
          ...query,
          where: { id: { in: [...scopesFor(viewer.assignments, 'organization.read')] } },
          orderBy: [{ depth: 'asc' }, { name: 'asc' }],
        }),
    }),
    assignableRoles: t.field({
      type: [StaffRoleEnum],
      description:
        'Roles this person may hand out somewhere in their scope (no escalation): what a role picker offers.',
      resolve: (viewer) =>
        STAFF_ROLES.filter((role) =>
          viewer.assignments.some((assignment) =>
            canAssignRole(viewer.assignments, role, assignment.lineageIds),
          ),
        ),
    }),
    permissions: t.field({
      type: [PermissionEnum],
      description: 'Every permission held somewhere (each applies only within its subtree).',
      resolve: (viewer) => {
        const held = new Set<Permission>();
        for (const assignment of viewer.assignments) {
          for (const permission of permissionsAt([assignment], assignment.lineageIds)) {
            held.add(permission);
          }
        }
        return [...held];
      },
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The signed-in staff member, or null.',
    resolve: (_root, _args, context) => (context.viewer.kind === 'staff' ? context.viewer : null),
  }),
);
