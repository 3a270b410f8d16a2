import { PERMISSIONS, STAFF_ROLE_LABELS } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { StaffRole } from '../../generated/prisma/enums.js';

export const StaffRoleEnum = builder.enumType(StaffRole, {
  name: 'StaffRole',
  description: `角色. ${Object.entries(STAFF_ROLE_LABELS)
    .map(([role, label]) => `${role} ${label}`)
    .join('; ')}.`,
});

export const PermissionEnum = builder.enumType('Permission', {
  description: 'What a role allows, within the subtree of the organisation it is held at.',
  values: Object.fromEntries(
    PERMISSIONS.map((permission) => [
      permission
        .replace(/[.]/g, '_')
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toUpperCase(),
      { value: permission },
    ]),
  ),
});
