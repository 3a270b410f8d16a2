import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES } from '../shared/province-code.js';
import type { Result } from '../shared/result.js';
import {
  type AdministrativeDivisionCode,
  divisionCodePrefix,
  isWithinDivision,
  parentDivisionCode,
  parseAdministrativeDivisionCode,
  REGION_CODE_RULES,
} from './administrative-division-code.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function ruleOf<T>(result: Result<T, { rule: string }>): string | null {
  return result.ok ? null : result.error.rule;
}

const code = (text: string): AdministrativeDivisionCode =>
  unwrap(parseAdministrativeDivisionCode(text)).code;

describe('parseAdministrativeDivisionCode', () => {
  it.each([
    // code, level, provinceCode, cityCode, countyCode
    ['370000', 'PROVINCE', '370000', null, null], // 山东省
    ['370200', 'CITY', '370000', '370200', null], // 青岛市
    ['370202', 'COUNTY', '370000', '370200', '370202'], // 市南区
    ['370212', 'COUNTY', '370000', '370200', '370212'], // 崂山区
    ['370900', 'CITY', '370000', '370900', null], // 泰安市
    ['370902', 'COUNTY', '370000', '370900', '370902'], // 泰山区
    ['370300', 'CITY', '370000', '370300', null], // 淄博市
    ['370303', 'COUNTY', '370000', '370300', '370303'], // 张店区
    ['130000', 'PROVINCE', '130000', null, null], // 河北省
    ['131000', 'CITY', '130000', '131000', null], // 廊坊市
    ['131002', 'COUNTY', '130000', '131000', '131002'], // 安次区
    ['110000', 'PROVINCE', '110000', null, null], // 北京市
    ['110101', 'COUNTY', '110000', '110100', '110101'], // 东城区
    ['810000', 'PROVINCE', '810000', null, null], // 香港特别行政区
  ])('%s is a %s', (text, level, provinceCode, cityCode, countyCode) => {
    expect(unwrap(parseAdministrativeDivisionCode(text))).toEqual({
      code: text,
      level,
      provinceCode,
      cityCode,
      countyCode,
      directlyUnderProvince: false,
    });
  });

  it.each([
    ['419001', '410000'], // 济源市
    ['429004', '420000'], // 仙桃市
    ['469001', '460000'], // 五指山市
    ['659001', '650000'], // 石河子市
  ])('%s is a county directly under province %s', (text, provinceCode) => {
    expect(unwrap(parseAdministrativeDivisionCode(text))).toEqual({
      code: text,
      level: 'COUNTY',
      provinceCode,
      cityCode: null,
      countyCode: text,
      directlyUnderProvince: true,
    });
  });

  it('trims surrounding spaces', () => {
    expect(code(' 370200 ')).toBe('370200');
  });

  it.each([
    ['', REGION_CODE_RULES.EMPTY],
    ['   ', REGION_CODE_RULES.EMPTY],
    ['37020', REGION_CODE_RULES.FORMAT],
    ['3702000', REGION_CODE_RULES.FORMAT],
    ['ABCDEF', REGION_CODE_RULES.FORMAT],
    ['37 020', REGION_CODE_RULES.FORMAT],
    ['３70200', REGION_CODE_RULES.FORMAT],
    ['990000', REGION_CODE_RULES.PROVINCE],
    ['000000', REGION_CODE_RULES.PROVINCE],
    ['380000', REGION_CODE_RULES.PROVINCE],
    ['830000', REGION_CODE_RULES.PROVINCE],
    ['370012', REGION_CODE_RULES.STRUCTURE],
  ])('rejects %j with %s', (input, rule) => {
    expect(ruleOf(parseAdministrativeDivisionCode(input))).toBe(rule);
  });

  it('names the field given by the caller', () => {
    const result = parseAdministrativeDivisionCode('990000', 'unionRegion');
    expect(result.ok ? null : result.error.field).toBe('unionRegion');
  });
});

describe('parentDivisionCode', () => {
  it.each([
    ['370202', '370200'],
    ['370200', '370000'],
    ['370000', null],
    ['110101', '110100'],
    ['131002', '131000'],
    ['419001', '410000'],
  ])('parent of %s is %s', (child, parent) => {
    expect(parentDivisionCode(code(child))).toBe(parent);
  });
});

describe('isWithinDivision', () => {
  it.each([
    ['370202', '370200', true],
    ['370202', '370000', true],
    ['370202', '370202', true],
    ['370212', '370200', true],
    ['370902', '370900', true],
    ['131002', '130000', true],
    ['419001', '410000', true],
    ['370202', '370300', false],
    ['370202', '130000', false],
    ['370202', '370212', false],
    ['370000', '370200', false],
    ['370200', '370202', false],
    ['419001', '419000', false],
  ])('%s within %s: %s', (child, ancestor, expected) => {
    expect(isWithinDivision(code(child), code(ancestor))).toBe(expected);
  });
});

describe('administrative division codes — properties', () => {
  const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
  const validCodeArb = fc
    .tuple(fc.constantFrom(...PROVINCE_CODES), twoDigits, twoDigits)
    .filter(([, city, county]) => !(city === '00' && county !== '00'))
    .map(([province, city, county]) => `${province}${city}${county}`);

  it('levels follow the trailing zeros', () => {
    fc.assert(
      fc.property(validCodeArb, (text) => {
        const division = unwrap(parseAdministrativeDivisionCode(text));
        const expected = text.endsWith('0000')
          ? 'PROVINCE'
          : text.endsWith('00')
            ? 'CITY'
            : 'COUNTY';
        expect(division.level).toBe(expected);
        expect(division.provinceCode).toBe(`${text.slice(0, 2)}0000`);
      }),
    );
  });

  it('every division lies within its parent and its province, and reaches it in ≤ 2 steps', () => {
    fc.assert(
      fc.property(validCodeArb, (text) => {
        const division = unwrap(parseAdministrativeDivisionCode(text));
        const parent = parentDivisionCode(division.code);
        if (parent !== null) {
          expect(isWithinDivision(division.code, parent)).toBe(true);
          expect(isWithinDivision(parent, division.code)).toBe(false);
        }
        expect(isWithinDivision(division.code, division.provinceCode)).toBe(true);
        let steps = 0;
        let current: AdministrativeDivisionCode | null = division.code;
        while (current !== null && current !== division.provinceCode) {
          current = parentDivisionCode(current);
          steps += 1;
        }
        expect(current).toBe(division.provinceCode);
        expect(steps).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('no division lies within another province', () => {
    fc.assert(
      fc.property(validCodeArb, fc.constantFrom(...PROVINCE_CODES), (text, province) => {
        fc.pre(!text.startsWith(province));
        expect(isWithinDivision(code(text), code(`${province}0000`))).toBe(false);
      }),
    );
  });

  it('anything but six digits fails with the format rule', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (input) => {
        fc.pre(!/^\d{6}$/.test(input.trim()) && input.trim() !== '');
        expect(ruleOf(parseAdministrativeDivisionCode(input))).toBe(REGION_CODE_RULES.FORMAT);
      }),
    );
  });
});

describe('divisionCodePrefix', () => {
  it.each([
    ['370000', '37'],
    ['370200', '3702'],
    ['370202', '370202'],
    ['131000', '1310'],
    ['110101', '110101'],
  ])('%s → %s', (text, prefix) => {
    expect(divisionCodePrefix(unwrap(parseAdministrativeDivisionCode(text)))).toBe(prefix);
  });

  it('a code starts with a division’s prefix exactly when it lies within that division', () => {
    const twoDigits = fc.integer({ min: 0, max: 89 }).map((n) => String(n).padStart(2, '0'));
    const codeArb = fc
      .tuple(fc.constantFrom(...PROVINCE_CODES), twoDigits, twoDigits)
      .filter(([, city, county]) => !(city === '00' && county !== '00'))
      .map(([province, city, county]) => code(`${province}${city}${county}`));
    fc.assert(
      fc.property(codeArb, codeArb, (child, ancestor) => {
        const prefix = divisionCodePrefix(unwrap(parseAdministrativeDivisionCode(ancestor)));
        expect(child.startsWith(prefix)).toBe(isWithinDivision(child, ancestor));
      }),
    );
  });
});
