import { describe, expect, it } from 'vitest';
import { catalogues, formatCalendarDate, labelOf, resolveLocale, translate } from './catalogue';
import { zhCNMessages } from './zh-cn';

describe('catalogues', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(catalogues.en.messages).sort()).toEqual(Object.keys(zhCNMessages).sort());
  });

  it('name the kinds in Chinese', () => {
    const kinds = catalogues['zh-CN'].orgKinds;
    expect(kinds.NATIONAL_FEDERATION).toBe('全国总工会');
    expect(kinds.JOINT_GRASSROOTS_UNION).toBe('联合基层工会');
    expect(kinds.GROUP).toBe('工会小组');
  });
});

describe('labelOf', () => {
  it('falls back to the code for an unknown kind and to a dash for none', () => {
    const kinds = catalogues['zh-CN'].orgKinds;
    expect(labelOf(kinds, 'CITY_FEDERATION')).toBe('市总工会');
    expect(labelOf(kinds, 'MOON_UNION')).toBe('MOON_UNION');
    expect(labelOf(kinds, '__proto__')).toBe('__proto__');
    expect(labelOf(kinds, null)).toBe('—');
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones', () => {
    const zh = catalogues['zh-CN'];
    expect(translate(zh, 'org.shown', { shown: 10, total: 14 })).toBe('已显示 10 / 14 个');
    expect(translate(zh, 'search.noMatch', { term: '海尔' })).toBe('没有找到与“海尔”相关的组织');
    expect(translate(zh, 'org.shown', { shown: 10 })).toBe('已显示 10 / {total} 个');
  });
});

describe('resolveLocale', () => {
  it('prefers the stored choice, then an English browser, else Chinese', () => {
    expect(resolveLocale('en', ['zh-CN'])).toBe('en');
    expect(resolveLocale(null, ['en-US', 'zh-CN'])).toBe('en');
    expect(resolveLocale(null, ['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(resolveLocale('xx', [])).toBe('zh-CN');
  });
});

describe('formatCalendarDate', () => {
  it('writes dates the Chinese way', () => {
    expect(formatCalendarDate('2017-01-08', 'zh-CN')).toBe('2017年1月8日');
    expect(formatCalendarDate('2017-01-08', 'en')).toBe('2017-01-08');
    expect(formatCalendarDate(undefined, 'zh-CN')).toBe('—');
  });
});
