import { PERMISSIONS } from '@gonghui/domain';
import { describe, expect, it } from 'vitest';
import {
  auditActions,
  catalogues,
  formatCalendarDate,
  formatCount,
  formatDateTime,
  labelOf,
  resolveLocale,
  translate,
} from './catalogue';
import { zhCNMessages } from './zh-cn';

describe('catalogues', () => {
  it('have the same keys in every locale', () => {
    const keys = Object.keys(zhCNMessages).sort();
    expect(Object.keys(catalogues.en.messages).sort()).toEqual(keys);
    expect(Object.keys(catalogues.en.orgKinds).sort()).toEqual(
      Object.keys(catalogues['zh-CN'].orgKinds).sort(),
    );
    for (const group of ['roles', 'permissions', 'auditActions', 'auditTargetTypes'] as const) {
      expect(Object.keys(catalogues.en[group]).sort()).toEqual(
        Object.keys(catalogues['zh-CN'][group]).sort(),
      );
    }
  });

  it('name every kind and ownership in Chinese', () => {
    const zh = catalogues['zh-CN'];
    expect(zh.orgKinds.CITY_FEDERATION).toBe('市总工会');
    expect(zh.orgKinds.COUNTY_FEDERATION).toBe('县(市、区)总工会');
    expect(zh.orgKinds.GRASSROOTS_UNION).toBe('基层工会');
    expect(zh.orgKinds.TOWNSHIP_UNION).toBe('乡镇(街道)工会');
    expect(zh.ownerships.PUBLIC_INSTITUTION).toBe('事业单位');
    for (const label of [...Object.values(zh.orgKinds), ...Object.values(zh.ownerships)]) {
      expect(label).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('labelOf', () => {
  const labels = catalogues['zh-CN'].orgKinds;

  it('finds the label of a known value', () => {
    expect(labelOf(labels, 'PARK_UNION')).toBe('园区工会');
  });

  it('falls back to the code for a value this build does not know', () => {
    expect(labelOf(labels, 'SPACE_UNION')).toBe('SPACE_UNION');
  });

  it('does not treat inherited properties as labels', () => {
    expect(labelOf(labels, 'toString')).toBe('toString');
  });

  it('shows the empty mark for a missing value', () => {
    expect(labelOf(labels, null)).toBe('—');
    expect(labelOf(labels, undefined, '无')).toBe('无');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(
      translate(catalogues['zh-CN'], 'org.children.summary', {
        total: 14,
        page: 2,
        from: 11,
        to: 14,
      }),
    ).toBe('共 14 个，当前第 2 页（第 11–14 个）');
    expect(translate(catalogues.en, 'org.headcount', { count: '1,200' })).toBe('1,200 staff');
  });

  it('leaves an unknown placeholder as written', () => {
    expect(translate(catalogues['zh-CN'], 'org.headcount')).toBe('{count} 人');
    expect(translate(catalogues['zh-CN'], 'org.headcount', { other: 1 })).toBe('{count} 人');
  });
});

describe('resolveLocale', () => {
  it('keeps a stored choice', () => {
    expect(resolveLocale('en', ['zh-CN'])).toBe('en');
    expect(resolveLocale('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('is Chinese unless the browser prefers English', () => {
    expect(resolveLocale(null, [])).toBe('zh-CN');
    expect(resolveLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(resolveLocale('fr', ['en-GB'])).toBe('en');
    expect(resolveLocale(undefined, ['de-DE'])).toBe('zh-CN');
  });
});

describe('formatCalendarDate', () => {
  it('writes a schema Date for people', () => {
    expect(formatCalendarDate('1994-10-08', 'zh-CN')).toBe('1994年10月8日');
    expect(formatCalendarDate('1994-10-08', 'en')).toBe('8 Oct 1994');
  });

  it('passes through what it cannot read and marks a missing date', () => {
    expect(formatCalendarDate('not a date', 'zh-CN')).toBe('not a date');
    expect(formatCalendarDate(null, 'zh-CN')).toBe('—');
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(12000, 'zh-CN')).toBe('12,000');
    expect(formatCount(12000, 'en')).toBe('12,000');
  });
});

describe('role, permission and audit action labels', () => {
  const zh = catalogues['zh-CN'];

  it('name the roles as the domain does', () => {
    expect(zh.roles).toEqual({
      SUPER_ADMIN: '超级管理员',
      UNION_ADMIN: '工会管理员',
      CASEWORKER: '帮扶专员',
      REVIEWER: '评审员',
      JUDGE: '竞赛裁判',
      VIEWER: '只读用户',
    });
    expect(catalogues.en.roles.CASEWORKER).toBe('Caseworker');
  });

  it('describe every permission in Chinese', () => {
    expect(Object.keys(zh.permissions)).toHaveLength(PERMISSIONS.length);
    expect(labelOf(zh.permissions, 'MEMBER_REVEAL_IDENTITY')).toBe('查看完整身份证号、手机号');
    expect(labelOf(zh.permissions, 'AUDIT_READ')).toBe('查看审计日志');
    for (const text of Object.values(zh.permissions)) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('label every audit action the filter offers, and fall back to the code', () => {
    for (const action of auditActions) {
      expect(labelOf(zh.auditActions, action)).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(labelOf(zh.auditActions, 'staff.create')).toBe('创建账号');
    expect(labelOf(zh.auditActions, 'member.revealIdentity')).toBe('查看会员完整身份信息');
    expect(labelOf(zh.auditActions, 'staff.disable')).toBe('staff.disable');
    expect(labelOf(zh.roles, 'AUDITOR')).toBe('AUDITOR');
  });
});

describe('formatDateTime', () => {
  it('writes an instant in the given zone, with or without seconds', () => {
    expect(formatDateTime('2026-11-21T13:26:36.155Z', 'Asia/Shanghai')).toBe('2026-11-21 21:26');
    expect(formatDateTime('2026-11-21T16:05:09Z', 'Asia/Shanghai', true)).toBe(
      '2026-11-22 00:05:09',
    );
  });

  it('passes through what it cannot read and marks a missing value', () => {
    expect(formatDateTime('later')).toBe('later');
    expect(formatDateTime(null)).toBe('—');
  });
});
