import type { StaffRole } from '../../graphql';

/** Every role, most powerful first (the gateway's STAFF_ROLES order). */
export const staffRoles: readonly StaffRole[] = [
  'SUPER_ADMIN',
  'UNION_ADMIN',
  'CASEWORKER',
  'REVIEWER',
  'JUDGE',
  'VIEWER',
];

/** Tag colours: the administrators stand out; the working roles are calm. */
const roleColors: Record<StaffRole, string> = {
  SUPER_ADMIN: 'magenta',
  UNION_ADMIN: 'red',
  CASEWORKER: 'green',
  REVIEWER: 'geekblue',
  JUDGE: 'purple',
  VIEWER: 'default',
};

export function roleColor(role: string): string {
  return Object.hasOwn(roleColors, role) ? (roleColors[role as StaffRole] ?? 'default') : 'default';
}

export interface RoleAssignmentLike {
  role: string;
  organization: { id: string } | null;
}

/**
 * Whether to offer revoking a role (the tag's ×): not one's own (the gateway refuses), not one
 * held where the viewer cannot see, and only a role the gateway says the viewer may hand out
 * (`viewer.assignableRoles`). The gateway decides again on the mutation.
 */
export function canOfferRevoke(
  assignment: RoleAssignmentLike,
  account: { username: string },
  viewer: { username: string; assignableRoles: readonly string[] },
): boolean {
  if (account.username === viewer.username) return false;
  if (assignment.organization === null) return false;
  return viewer.assignableRoles.includes(assignment.role);
}

export type AccountStatus =
  | { kind: 'disabled' }
  | { kind: 'locked'; until: string }
  | { kind: 'active' };

/** 正常 / 已锁定（至 …）/ 已停用: a lock in the past no longer counts. */
export function accountStatus(
  account: { disabled: boolean; lockedUntil: string | null },
  now: Date,
): AccountStatus {
  if (account.disabled) return { kind: 'disabled' };
  if (account.lockedUntil && new Date(account.lockedUntil).getTime() > now.getTime()) {
    return { kind: 'locked', until: account.lockedUntil };
  }
  return { kind: 'active' };
}

/** The fields of the 新建账号 form that a ValidationError may name. */
export const createStaffFields = [
  'username',
  'displayName',
  'password',
  'organizationId',
  'roles.*.role',
  'roles.*.organizationId',
] as const;

export interface RoleRow {
  role?: StaffRole;
  organizationId?: string | null;
}

/** The roles as the mutation takes them: a row without a scope applies at the home organisation. */
export function roleGrants(
  rows: readonly RoleRow[] | undefined,
  homeOrganizationId: string,
): { role: StaffRole; organizationId: string }[] {
  return (rows ?? []).flatMap((row) =>
    row.role ? [{ role: row.role, organizationId: row.organizationId || homeOrganizationId }] : [],
  );
}
