import { describe, expect, it } from 'vitest';
import { globalIdOf } from '../../shared/global-id';
import { auditFilterOf, auditNodeIds, nextCalendarDay, parseRoleGrant } from './audit-entries';

describe('auditFilterOf', () => {
  it('sends nothing when nothing is filtered', () => {
    expect(auditFilterOf({})).toBeNull();
    expect(auditFilterOf({ action: null, dates: null, organizationId: '' })).toBeNull();
  });

  it('turns a day range into China-time instants, the last day included', () => {
    expect(
      auditFilterOf({
        action: 'staff.create',
        dates: ['2026-11-01', '2026-11-30'],
        organizationId: 'T3Jn',
      }),
    ).toEqual({
      action: 'staff.create',
      organizationId: 'T3Jn',
      from: '2026-11-01T00:00:00+08:00',
      to: '2026-12-01T00:00:00+08:00',
    });
  });
});

describe('nextCalendarDay', () => {
  it('crosses months, years and leap days', () => {
    expect(nextCalendarDay('2026-02-28')).toBe('2026-03-01');
    expect(nextCalendarDay('2028-02-28')).toBe('2028-02-29');
    expect(nextCalendarDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('auditNodeIds', () => {
  const qingdao = 'aa28833c-12b4-5fcb-944c-5848bb7d6000';
  const shinan = '6455b09f-be39-5888-aeb7-7b4d9ae00e9b';
  const staff = '01a1fe49-8f47-77af-93fb-5986b88fda76';

  it('names the targets and every organisation mentioned, once', () => {
    expect(
      auditNodeIds([
        {
          targetType: 'StaffAccount',
          targetId: staff,
          organizationId: qingdao,
          after: { username: 'li.na', roles: [`VIEWER@${shinan}`, `JUDGE@${qingdao}`] },
        },
        {
          targetType: 'StaffAccount',
          targetId: staff,
          organizationId: qingdao,
          before: { organizationId: shinan },
        },
        { targetType: 'Session', targetId: 'x', organizationId: null },
      ]),
    ).toEqual([
      globalIdOf('Organization', qingdao),
      globalIdOf('Organization', shinan),
      globalIdOf('StaffAccount', staff),
    ]);
  });
});

describe('parseRoleGrant', () => {
  it('reads ROLE@organisation', () => {
    expect(parseRoleGrant('VIEWER@aa28833c-12b4-5fcb-944c-5848bb7d6000')).toEqual({
      role: 'VIEWER',
      organizationId: 'aa28833c-12b4-5fcb-944c-5848bb7d6000',
    });
    expect(parseRoleGrant('VIEWER')).toBeNull();
    expect(parseRoleGrant('@x')).toBeNull();
  });
});
