import { describe, expect, it } from 'vitest';
import { accountStatus, canOfferRevoke, roleColor, roleGrants } from './staff-roles';

describe('canOfferRevoke', () => {
  const admin = {
    username: 'qingdao.admin',
    assignableRoles: ['UNION_ADMIN', 'CASEWORKER', 'REVIEWER', 'JUDGE', 'VIEWER'],
  };
  const judge = { role: 'JUDGE', organization: { id: 'qd' } };

  it("offers revoking others' roles", () => {
    expect(canOfferRevoke(judge, { username: 'qingdao.judge' }, admin)).toBe(true);
  });

  it('never offers revoking one’s own role, or one held out of sight', () => {
    expect(canOfferRevoke(judge, { username: 'qingdao.admin' }, admin)).toBe(false);
    expect(canOfferRevoke({ role: 'JUDGE', organization: null }, { username: 'x' }, admin)).toBe(
      false,
    );
  });

  it('offers revoking only roles the gateway says the viewer may hand out', () => {
    const role = { role: 'SUPER_ADMIN', organization: { id: 'acftu' } };
    expect(canOfferRevoke(role, { username: 'ops' }, admin)).toBe(false);
    expect(
      canOfferRevoke(
        role,
        { username: 'ops' },
        { username: 'super.admin', assignableRoles: ['SUPER_ADMIN', 'UNION_ADMIN'] },
      ),
    ).toBe(true);
  });
});

describe('accountStatus', () => {
  const now = new Date('2026-11-21T13:30:00Z');
  it('is disabled, locked until a future time, or active', () => {
    expect(accountStatus({ disabled: true, lockedUntil: null }, now)).toEqual({ kind: 'disabled' });
    expect(accountStatus({ disabled: false, lockedUntil: '2026-11-21T13:45:00Z' }, now)).toEqual({
      kind: 'locked',
      until: '2026-11-21T13:45:00Z',
    });
    expect(accountStatus({ disabled: false, lockedUntil: '2026-11-21T13:00:00Z' }, now)).toEqual({
      kind: 'active',
    });
    expect(accountStatus({ disabled: false, lockedUntil: null }, now)).toEqual({ kind: 'active' });
  });
});

describe('roleGrants', () => {
  it('applies a role without a scope at the home organisation', () => {
    expect(
      roleGrants(
        [
          { role: 'VIEWER' },
          { role: 'CASEWORKER', organizationId: 'hisense' },
          { role: 'JUDGE', organizationId: null },
        ],
        'shinan',
      ),
    ).toEqual([
      { role: 'VIEWER', organizationId: 'shinan' },
      { role: 'CASEWORKER', organizationId: 'hisense' },
      { role: 'JUDGE', organizationId: 'shinan' },
    ]);
    expect(roleGrants(undefined, 'shinan')).toEqual([]);
  });
});

describe('roleColor', () => {
  it('colours known roles and leaves unknown ones plain', () => {
    expect(roleColor('UNION_ADMIN')).toBe('red');
    expect(roleColor('AUDITOR')).toBe('default');
    expect(roleColor('toString')).toBe('default');
  });
});
