import type { Permission } from '../graphql';
import type { MessageKey } from '../i18n/catalogue';

/**
 * The console's modules and the permission each needs. The side menu lists only the modules the
 * viewer's permissions allow (a permission held anywhere: the API narrows every list to the
 * subtrees where it is held), and a module's route answers 无权访问 to anyone else.
 */
export type ModuleKey =
  | 'organizations'
  | 'members'
  | 'honors'
  | 'innovation'
  | 'competitions'
  | 'aid'
  | 'report'
  | 'service'
  | 'staff'
  | 'api-keys'
  | 'audit-log';

export interface ConsoleModule {
  key: ModuleKey;
  /** The route, under the /admin basename. */
  path: string;
  labelKey: MessageKey;
  permission: Permission;
  group: 'business' | 'system';
  /** False for modules announced in the menu but without screens yet (即将上线). */
  ready: boolean;
}

export const consoleModules: readonly ConsoleModule[] = [
  {
    key: 'organizations',
    path: '/organizations',
    labelKey: 'nav.organizations',
    permission: 'ORGANIZATION_READ',
    group: 'business',
    ready: true,
  },
  {
    key: 'members',
    path: '/members',
    labelKey: 'nav.members',
    permission: 'MEMBER_READ',
    group: 'business',
    ready: true,
  },
  {
    key: 'honors',
    path: '/honors',
    labelKey: 'nav.honors',
    permission: 'HONOR_READ',
    group: 'business',
    ready: true,
  },
  {
    key: 'innovation',
    path: '/innovation',
    labelKey: 'nav.innovation',
    permission: 'INNOVATION_READ',
    group: 'business',
    ready: true,
  },
  {
    key: 'competitions',
    path: '/competitions',
    labelKey: 'nav.competitions',
    permission: 'COMPETITION_READ',
    group: 'business',
    ready: true,
  },
  {
    key: 'aid',
    path: '/aid',
    labelKey: 'nav.aid',
    permission: 'AID_READ',
    group: 'business',
    ready: true,
  },
  {
    key: 'service',
    path: '/service',
    labelKey: 'nav.service',
    permission: 'SERVICE_READ',
    group: 'business',
    ready: true,
  },
  {
    key: 'report',
    path: '/report',
    labelKey: 'nav.report',
    permission: 'REPORT_READ',
    group: 'business',
    ready: true,
  },
  {
    key: 'staff',
    path: '/staff',
    labelKey: 'nav.staff',
    permission: 'STAFF_MANAGE',
    group: 'system',
    ready: true,
  },
  {
    key: 'api-keys',
    path: '/api-keys',
    labelKey: 'nav.apiKeys',
    permission: 'API_KEY_MANAGE',
    group: 'system',
    ready: true,
  },
  {
    key: 'audit-log',
    path: '/audit-log',
    labelKey: 'nav.auditLog',
    permission: 'AUDIT_READ',
    group: 'system',
    ready: true,
  },
];

export function hasPermission(permissions: readonly string[], permission: Permission): boolean {
  return permissions.includes(permission);
}

/** The modules this viewer may open, in menu order. */
export function visibleModules(permissions: readonly string[]): ConsoleModule[] {
  return consoleModules.filter((module) => hasPermission(permissions, module.permission));
}

export function moduleByKey(key: ModuleKey): ConsoleModule {
  const found = consoleModules.find((module) => module.key === key);
  if (!found) throw new Error(`unknown module ${key}`);
  return found;
}

/** The module a console path belongs to (its first segment), if any. */
export function moduleOfPath(pathname: string): ConsoleModule | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return consoleModules.find((module) => module.path === `/${first}`);
}

/** Where `/` leads: the first ready module the viewer may open, or null when there is none. */
export function startPath(permissions: readonly string[]): string | null {
  return visibleModules(permissions).find((module) => module.ready)?.path ?? null;
}
