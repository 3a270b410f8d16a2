import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  PERMISSION_LABELS,
  type Permission,
  permissionsOf,
  roleHasPermission,
  STAFF_ROLE_LABELS,
  type StaffRole,
} from './roles.js';

/**
 * A role held at one union (角色授权). It applies to that union and everything below it
 * (本级及下级), never to its parent or siblings.
 *
 * `lineageIds` is the organisation's own lineage, root first and the organisation itself last
 * (e.g. ['全总', '山东省总', '青岛市总', '市南区总']). Callers load it with the organisation.
 */
export type RoleAssignment = {
  readonly role: StaffRole;
  readonly organizationId: string;
  readonly lineageIds: readonly string[];
};

/** Stable rule codes for refused role assignments. */
export const ROLE_ASSIGNMENT_RULES = Object.freeze({
  OUT_OF_SCOPE: 'ROLE_ASSIGNMENT_OUT_OF_SCOPE',
  SUPER_ADMIN_ONLY: 'ROLE_ASSIGNMENT_SUPER_ADMIN_ONLY',
  ESCALATION: 'ROLE_ASSIGNMENT_ESCALATION',
} as const);

/**
 * True when the target organisation (given by its lineage, root … itself) is the scope
 * organisation or lies below it.
 */
export function isWithinSubtree(
  targetLineageIds: readonly string[],
  scopeOrganizationId: string,
): boolean {
  return targetLineageIds.includes(scopeOrganizationId);
}

/**
 * True when some assignment grants the permission at an organisation on the target's lineage,
 * i.e. the target is inside that assignment's subtree. An empty lineage is inside nothing.
 */
export function can(
  assignments: readonly RoleAssignment[],
  permission: Permission,
  targetLineageIds: readonly string[],
): boolean {
  return assignments.some(
    (assignment) =>
      roleHasPermission(assignment.role, permission) &&
      isWithinSubtree(targetLineageIds, assignment.organizationId),
  );
}

/**
 * Everything the viewer may do at the target organisation: the union of the permissions of
 * every assignment whose subtree contains it.
 */
export function permissionsAt(
  assignments: readonly RoleAssignment[],
  targetLineageIds: readonly string[],
): ReadonlySet<Permission> {
  const held = new Set<Permission>();
  for (const assignment of assignments) {
    if (isWithinSubtree(targetLineageIds, assignment.organizationId)) {
      for (const permission of permissionsOf(assignment.role)) {
        held.add(permission);
      }
    }
  }
  return held;
}

/**
 * The organisations whose subtrees the viewer may act on with the permission — what a query
 * filters by ("lineage contains one of these ids"). Minimised: an organisation is dropped when
 * another listed organisation is its ancestor, and duplicates are dropped. Order is the order
 * of first appearance in `assignments`; empty when the permission is granted nowhere.
 *
 * For every target, `can(assignments, permission, target)` equals
 * `scopesFor(assignments, permission).some((id) => isWithinSubtree(target, id))`.
 */
export function scopesFor(
  assignments: readonly RoleAssignment[],
  permission: Permission,
): readonly string[] {
  const granting = assignments.filter((assignment) =>
    roleHasPermission(assignment.role, permission),
  );
  const grantingIds = new Set(granting.map((assignment) => assignment.organizationId));
  const scopes: string[] = [];
  const seen = new Set<string>();
  for (const { organizationId, lineageIds } of granting) {
    if (seen.has(organizationId)) {
      continue;
    }
    seen.add(organizationId);
    const coveredByAncestor = lineageIds.some((id) => id !== organizationId && grantingIds.has(id));
    if (!coveredByAncestor) {
      scopes.push(organizationId);
    }
  }
  return scopes;
}

/**
 * Checks that a granter may assign a role at an organisation (分配角色), in order:
 * 1. the granter holds `staff.manage` there, through an assignment at that organisation or an
 *    ancestor (ROLE_ASSIGNMENT_OUT_OF_SCOPE);
 * 2. SUPER_ADMIN is granted only by a SUPER_ADMIN whose subtree contains the organisation
 *    (ROLE_ASSIGNMENT_SUPER_ADMIN_ONLY);
 * 3. no privilege escalation: every permission of the role is one the granter holds there,
 *    combining all of the granter's assignments (ROLE_ASSIGNMENT_ESCALATION; the message lists
 *    what is missing).
 *
 * Because permissions held at an organisation are also held everywhere below it, a role that
 * passes gives its holder nothing, anywhere in its subtree, that the granter lacks there.
 * Whether the grantee is the granter (self-assignment) is the caller's concern.
 */
export function checkRoleAssignment(
  granterAssignments: readonly RoleAssignment[],
  role: StaffRole,
  targetOrgLineage: readonly string[],
  field = 'role',
): Result<void, FieldError> {
  const held = permissionsAt(granterAssignments, targetOrgLineage);
  if (!held.has('staff.manage')) {
    return err(
      fieldError(
        field,
        ROLE_ASSIGNMENT_RULES.OUT_OF_SCOPE,
        '无权在该组织分配角色：需要本级或上级组织的人员管理权限',
      ),
    );
  }
  if (
    role === 'SUPER_ADMIN' &&
    !granterAssignments.some(
      (assignment) =>
        assignment.role === 'SUPER_ADMIN' &&
        isWithinSubtree(targetOrgLineage, assignment.organizationId),
    )
  ) {
    return err(
      fieldError(
        field,
        ROLE_ASSIGNMENT_RULES.SUPER_ADMIN_ONLY,
        '只有超级管理员可以授予超级管理员角色',
      ),
    );
  }
  const missing = permissionsOf(role).filter((permission) => !held.has(permission));
  if (missing.length > 0) {
    return err(
      fieldError(
        field,
        ROLE_ASSIGNMENT_RULES.ESCALATION,
        `不能授予超出本人权限的角色「${STAFF_ROLE_LABELS[role]}」，缺少权限：${missing
          .map((permission) => PERMISSION_LABELS[permission])
          .join('、')}`,
      ),
    );
  }
  return ok(undefined);
}

/** True when {@link checkRoleAssignment} passes. */
export function canAssignRole(
  granterAssignments: readonly RoleAssignment[],
  role: StaffRole,
  targetOrgLineage: readonly string[],
): boolean {
  return checkRoleAssignment(granterAssignments, role, targetOrgLineage).ok;
}
