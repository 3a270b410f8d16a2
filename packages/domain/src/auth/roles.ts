/**
 * Staff roles (角色) and the permission catalogue (权限).
 *
 * A role is a named bundle of permissions. Where a role applies — which union and everything
 * below it — is a separate matter, decided by a role assignment (see `scope.ts`).
 */

/** Every staff role, most powerful first. */
export const STAFF_ROLES = Object.freeze([
  'SUPER_ADMIN',
  'UNION_ADMIN',
  'CASEWORKER',
  'REVIEWER',
  'JUDGE',
  'VIEWER',
] as const);

/**
 * A staff role:
 * - `SUPER_ADMIN` 超级管理员 — platform operator; the only role that may change rule parameters
 *   (`config.manage`) and the only one that may appoint another super admin;
 * - `UNION_ADMIN` 工会管理员 — runs one union and everything below it;
 * - `CASEWORKER` 帮扶专员 — hardship aid (帮扶救助);
 * - `REVIEWER` 评审员 — honor nominations and innovation studios (荣誉评审、创新工作室评审);
 * - `JUDGE` 竞赛裁判 — labour and skills competitions (劳动和技能竞赛);
 * - `VIEWER` 只读用户 — reads, never sees full identity numbers or phone numbers.
 */
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Chinese display names of the roles. */
export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = Object.freeze({
  SUPER_ADMIN: '超级管理员',
  UNION_ADMIN: '工会管理员',
  CASEWORKER: '帮扶专员',
  REVIEWER: '评审员',
  JUDGE: '竞赛裁判',
  VIEWER: '只读用户',
});

/** The permission catalogue, grouped by module. */
export const PERMISSIONS = Object.freeze([
  'organization.read',
  'organization.manage',
  'member.read',
  'member.write',
  'member.revealIdentity',
  'member.export',
  'staff.manage',
  'apiKey.manage',
  'audit.read',
  'config.manage',
  'aid.read',
  'aid.process',
  'aid.approve',
  'honor.read',
  'honor.nominate',
  'honor.review',
  'honor.approve',
  'honor.publish',
  'honor.revoke',
  'competition.read',
  'competition.judge',
  'competition.manage',
  'innovation.read',
  'innovation.review',
  'innovation.manage',
  'service.read',
  'service.manage',
  'report.read',
] as const);

/** One permission, `module.action`. See {@link PERMISSION_LABELS} for what each one allows. */
export type Permission = (typeof PERMISSIONS)[number];

/** Chinese descriptions of the permissions, for role pages and error messages. */
export const PERMISSION_LABELS: Readonly<Record<Permission, string>> = Object.freeze({
  'organization.read': '查看组织',
  'organization.manage': '组建、撤销组织',
  'member.read': '查看会员（敏感信息脱敏）',
  'member.write': '维护会员信息',
  'member.revealIdentity': '查看完整身份证号、手机号',
  'member.export': '导出会员数据',
  'staff.manage': '管理工作人员（创建账号、分配角色、重置密码）',
  'apiKey.manage': '管理 API 密钥',
  'audit.read': '查看审计日志',
  'config.manage': '配置规则参数',
  'aid.read': '查看帮扶救助',
  'aid.process': '办理帮扶救助',
  'aid.approve': '审批帮扶救助',
  'honor.read': '查看荣誉',
  'honor.nominate': '推荐报送荣誉人选',
  'honor.review': '评审荣誉推荐',
  'honor.approve': '审批荣誉推荐',
  'honor.publish': '发布荣誉',
  'honor.revoke': '撤销荣誉称号',
  'competition.read': '查看竞赛',
  'competition.judge': '竞赛评分',
  'competition.manage': '组织竞赛（设置、报名、裁判分配、闭赛、申诉复核、发布成绩）',
  'innovation.read': '查看职工创新',
  'innovation.review': '评审创新工作室',
  'service.read': '查看服务阵地（含已撤销的）',
  'service.manage': '登记、修改、导入服务阵地',
  'innovation.manage': '登记维护创新工作室、成果、联盟和全员创新企业',
  'report.read': '查看统计报表',
});

function only(...granted: readonly Permission[]): readonly Permission[] {
  const set = new Set(granted);
  return Object.freeze(PERMISSIONS.filter((permission) => set.has(permission)));
}

/**
 * The role → permissions matrix (each list in catalogue order, frozen).
 *
 * - SUPER_ADMIN: everything.
 * - UNION_ADMIN: everything except `config.manage`. It holds the aid, review and judging
 *   permissions too, because a role may only be granted by someone who holds all of its
 *   permissions (see `canAssignRole`): without them a union admin could not appoint the
 *   caseworkers, reviewers and judges of its own union. Conflicts of interest (approving one's
 *   own case, judging one's own entry) are workflow rules (回避), not role rules.
 * - CASEWORKER, REVIEWER, JUDGE: their module plus `organization.read` (to navigate the tree)
 *   and `report.read`. Caseworkers may reveal identities (they verify applicants); reviewers
 *   read members (nominees are members); judges do not. Reviewers hold `honor.review` only
 *   (资格审查, 公示): nominating, approving, publishing and revoking honors stay with the union
 *   admins.
 * - VIEWER: every `*.read` except `audit.read`; never `member.revealIdentity`.
 * - Service positions (服务阵地): `service.manage` stays with union admins (who run the stations
 *   their union hosts); `service.read` reaches viewers. The public finds open positions without
 *   any permission.
 */
export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Permission[]>> = Object.freeze({
  SUPER_ADMIN: only(...PERMISSIONS),
  UNION_ADMIN: only(...PERMISSIONS.filter((permission) => permission !== 'config.manage')),
  CASEWORKER: only(
    'organization.read',
    'member.read',
    'member.revealIdentity',
    'aid.read',
    'aid.process',
    'aid.approve',
    'report.read',
  ),
  REVIEWER: only(
    'organization.read',
    'member.read',
    'honor.read',
    'honor.review',
    'innovation.read',
    'innovation.review',
    'report.read',
  ),
  JUDGE: only('organization.read', 'competition.read', 'competition.judge', 'report.read'),
  VIEWER: only(
    ...PERMISSIONS.filter(
      (permission) => permission.endsWith('.read') && permission !== 'audit.read',
    ),
  ),
});

const ROLE_PERMISSION_SETS: Readonly<Record<StaffRole, ReadonlySet<Permission>>> = {
  SUPER_ADMIN: new Set(ROLE_PERMISSIONS.SUPER_ADMIN),
  UNION_ADMIN: new Set(ROLE_PERMISSIONS.UNION_ADMIN),
  CASEWORKER: new Set(ROLE_PERMISSIONS.CASEWORKER),
  REVIEWER: new Set(ROLE_PERMISSIONS.REVIEWER),
  JUDGE: new Set(ROLE_PERMISSIONS.JUDGE),
  VIEWER: new Set(ROLE_PERMISSIONS.VIEWER),
};

/** The permissions a role grants, in catalogue order. */
export function permissionsOf(role: StaffRole): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

/** True when the role grants the permission. */
export function roleHasPermission(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSION_SETS[role].has(permission);
}

/** Narrows an untrusted string (a database column, a GraphQL argument) to a {@link StaffRole}. */
export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/** Narrows an untrusted string to a {@link Permission}. */
export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
