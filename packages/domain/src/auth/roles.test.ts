import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPermission,
  isStaffRole,
  PERMISSION_LABELS,
  PERMISSIONS,
  type Permission,
  permissionsOf,
  ROLE_PERMISSIONS,
  roleHasPermission,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  type StaffRole,
} from './roles.js';

const READS: readonly Permission[] = PERMISSIONS.filter((p) => p.endsWith('.read'));

describe('the permission catalogue', () => {
  it('has unique permissions, each with a Chinese label', () => {
    expect(new Set(PERMISSIONS).size).toBe(PERMISSIONS.length);
    expect(Object.keys(PERMISSION_LABELS).sort()).toEqual([...PERMISSIONS].sort());
    for (const label of Object.values(PERMISSION_LABELS)) {
      expect(label).toMatch(/\p{Script=Han}/u);
    }
  });

  it('contains every permission the platform relies on', () => {
    expect(PERMISSIONS).toEqual(
      expect.arrayContaining([
        'organization.read',
        'organization.manage',
        'member.read',
        'member.write',
        'member.revealIdentity',
        'member.export',
        'staff.manage',
        'apiKey.manage',
        'audit.read',
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
        'innovation.read',
        'innovation.review',
        'innovation.manage',
        'service.read',
        'service.manage',
        'report.read',
      ]),
    );
  });

  it('labels every role in Chinese', () => {
    expect(Object.keys(STAFF_ROLE_LABELS).sort()).toEqual([...STAFF_ROLES].sort());
    expect(STAFF_ROLE_LABELS.CASEWORKER).toBe('帮扶专员');
  });
});

describe('ROLE_PERMISSIONS', () => {
  it.each<[StaffRole, readonly Permission[]]>([
    ['SUPER_ADMIN', PERMISSIONS],
    ['UNION_ADMIN', PERMISSIONS.filter((p) => p !== 'config.manage')],
    [
      'CASEWORKER',
      [
        'organization.read',
        'member.read',
        'member.revealIdentity',
        'aid.read',
        'aid.process',
        'aid.approve',
        'report.read',
      ],
    ],
    [
      'REVIEWER',
      [
        'organization.read',
        'member.read',
        'honor.read',
        'honor.review',
        'innovation.read',
        'innovation.review',
        'report.read',
      ],
    ],
    ['JUDGE', ['organization.read', 'competition.read', 'competition.judge', 'report.read']],
    ['VIEWER', READS.filter((p) => p !== 'audit.read')],
  ])('%s has exactly its permissions', (role, expected) => {
    expect([...permissionsOf(role)].sort()).toEqual([...expected].sort());
  });

  it('lists permissions in catalogue order, without duplicates', () => {
    for (const role of STAFF_ROLES) {
      const list = ROLE_PERMISSIONS[role];
      const positions = list.map((p) => PERMISSIONS.indexOf(p));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(ROLE_PERMISSIONS)).toBe(true);
    for (const role of STAFF_ROLES) {
      expect(Object.isFrozen(ROLE_PERMISSIONS[role])).toBe(true);
    }
  });

  it('only super admins configure rule parameters', () => {
    const holders = STAFF_ROLES.filter((role) => roleHasPermission(role, 'config.manage'));
    expect(holders).toEqual(['SUPER_ADMIN']);
  });

  it('grants the honor workflow to admins, review to reviewers and reading to viewers', () => {
    const honor = PERMISSIONS.filter((p) => p.startsWith('honor.'));
    expect(honor).toEqual([
      'honor.read',
      'honor.nominate',
      'honor.review',
      'honor.approve',
      'honor.publish',
      'honor.revoke',
    ]);
    const held = (role: StaffRole) => honor.filter((p) => roleHasPermission(role, p));
    expect(held('SUPER_ADMIN')).toEqual(honor);
    expect(held('UNION_ADMIN')).toEqual(honor);
    expect(held('REVIEWER')).toEqual(['honor.read', 'honor.review']);
    expect(held('VIEWER')).toEqual(['honor.read']);
    expect(held('CASEWORKER')).toEqual([]);
    expect(held('JUDGE')).toEqual([]);
  });

  it('lets union admins manage service positions and viewers read them', () => {
    const service = PERMISSIONS.filter((p) => p.startsWith('service.'));
    expect(service).toEqual(['service.read', 'service.manage']);
    const held = (role: StaffRole) => service.filter((p) => roleHasPermission(role, p));
    expect(held('SUPER_ADMIN')).toEqual(service);
    expect(held('UNION_ADMIN')).toEqual(service);
    expect(held('VIEWER')).toEqual(['service.read']);
    expect(held('CASEWORKER')).toEqual([]);
    expect(held('REVIEWER')).toEqual([]);
    expect(held('JUDGE')).toEqual([]);
  });

  it('never lets a viewer see full identities or audit logs', () => {
    expect(roleHasPermission('VIEWER', 'member.revealIdentity')).toBe(false);
    expect(roleHasPermission('VIEWER', 'audit.read')).toBe(false);
    expect(permissionsOf('VIEWER').every((p) => p.endsWith('.read'))).toBe(true);
  });

  it('gives a union admin every other role (so it can appoint them)', () => {
    for (const role of STAFF_ROLES.filter((r) => r !== 'SUPER_ADMIN')) {
      expect(permissionsOf(role).every((p) => roleHasPermission('UNION_ADMIN', p))).toBe(true);
    }
  });

  it('roleHasPermission agrees with permissionsOf', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAFF_ROLES), fc.constantFrom(...PERMISSIONS), (role, p) => {
        expect(roleHasPermission(role, p)).toBe(permissionsOf(role).includes(p));
      }),
    );
  });
});

describe('type guards', () => {
  it.each([
    ['CASEWORKER', true],
    ['SUPER_ADMIN', true],
    ['caseworker', false],
    ['ADMIN', false],
    ['', false],
  ])('isStaffRole(%j) = %s', (value, expected) => {
    expect(isStaffRole(value)).toBe(expected);
  });

  it.each([
    ['member.revealIdentity', true],
    ['aid.approve', true],
    ['member.revealidentity', false],
    ['member.*', false],
    ['', false],
  ])('isPermission(%j) = %s', (value, expected) => {
    expect(isPermission(value)).toBe(expected);
  });
});
