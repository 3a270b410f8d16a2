import type { Brand } from '../shared/brand.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { isProvinceCode } from '../shared/province-code.js';
import { err, ok, type Result } from '../shared/result.js';

/** A six-digit administrative division code (行政区划代码, GB/T 2260) that passed validation. */
export type AdministrativeDivisionCode = Brand<string, 'AdministrativeDivisionCode'>;

/** 省级 / 地级 / 县级. */
export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

/** The structure of a division code. */
export type AdministrativeDivision = {
  readonly code: AdministrativeDivisionCode;
  readonly level: DivisionLevel;
  /** The province-level code, 'XX0000'. */
  readonly provinceCode: AdministrativeDivisionCode;
  /** The prefecture-level code 'XXYY00'; null for a province and for a county directly under a province. */
  readonly cityCode: AdministrativeDivisionCode | null;
  /** The code itself for a county-level division, otherwise null. */
  readonly countyCode: AdministrativeDivisionCode | null;
  /** True for 'XX90YY' counties directly administered by the province (省直辖县级行政区划). */
  readonly directlyUnderProvince: boolean;
};

/** Stable rule codes for division-code validation failures. */
export const REGION_CODE_RULES = Object.freeze({
  EMPTY: 'REGION_CODE_EMPTY',
  FORMAT: 'REGION_CODE_FORMAT',
  PROVINCE: 'REGION_CODE_PROVINCE',
  STRUCTURE: 'REGION_CODE_STRUCTURE',
} as const);

/** City part '90' marks counties directly under the province, e.g. 419001 济源市, 429004 仙桃市. */
const DIRECT_COUNTY_CITY_PART = '90';

/**
 * Validates a six-digit division code and works out its level. Structural rules only — the
 * code is not looked up in the full GB/T 2260 table:
 *
 * - 6 ASCII digits after trimming (REGION_CODE_FORMAT);
 * - the first two digits are a real province-level code (REGION_CODE_PROVINCE);
 * - 'XX0000' is a PROVINCE, 'XXYY00' a CITY, anything else a COUNTY;
 * - 'XX00YY' (county digits without a city) is rejected (REGION_CODE_STRUCTURE), since no such
 *   codes exist, except that 'XX90YY' is accepted as a county directly under the province
 *   (`cityCode` null, parent = the province). 'XX9000' itself is the GB/T 2260 grouping entry
 *   省直辖县级行政区划 and parses as a CITY, but is not treated as the parent of 'XX90YY'.
 */
export function parseAdministrativeDivisionCode(
  input: string,
  field = 'regionCode',
): Result<AdministrativeDivision, FieldError> {
  const text = input.trim();
  if (text === '') {
    return err(fieldError(field, REGION_CODE_RULES.EMPTY, '请填写行政区划代码'));
  }
  if (!/^\d{6}$/.test(text)) {
    return err(fieldError(field, REGION_CODE_RULES.FORMAT, '行政区划代码应为 6 位数字'));
  }
  const provincePart = text.slice(0, 2);
  const cityPart = text.slice(2, 4);
  const countyPart = text.slice(4, 6);
  if (!isProvinceCode(provincePart)) {
    return err(
      fieldError(
        field,
        REGION_CODE_RULES.PROVINCE,
        `行政区划代码前两位 ${provincePart} 不是有效的省级代码`,
      ),
    );
  }
  const code = text as AdministrativeDivisionCode;
  const provinceCode = `${provincePart}0000` as AdministrativeDivisionCode;
  if (cityPart === '00' && countyPart === '00') {
    return ok({
      code,
      level: 'PROVINCE',
      provinceCode,
      cityCode: null,
      countyCode: null,
      directlyUnderProvince: false,
    });
  }
  if (cityPart === '00') {
    return err(
      fieldError(
        field,
        REGION_CODE_RULES.STRUCTURE,
        `行政区划代码 ${text} 结构不正确：县级代码缺少地级部分`,
      ),
    );
  }
  if (countyPart === '00') {
    return ok({
      code,
      level: 'CITY',
      provinceCode,
      cityCode: code,
      countyCode: null,
      directlyUnderProvince: false,
    });
  }
  const directlyUnderProvince = cityPart === DIRECT_COUNTY_CITY_PART;
  return ok({
    code,
    level: 'COUNTY',
    provinceCode,
    cityCode: directlyUnderProvince
      ? null
      : (`${provincePart}${cityPart}00` as AdministrativeDivisionCode),
    countyCode: code,
    directlyUnderProvince,
  });
}

function structureOf(code: AdministrativeDivisionCode): AdministrativeDivision | null {
  const parsed = parseAdministrativeDivisionCode(code);
  return parsed.ok ? parsed.value : null;
}

/**
 * The division one level up: county → its city (or its province for 'XX90YY'),
 * city → province, province → null.
 */
export function parentDivisionCode(
  code: AdministrativeDivisionCode,
): AdministrativeDivisionCode | null {
  const division = structureOf(code);
  if (division === null || division.level === 'PROVINCE') {
    return null;
  }
  if (division.level === 'CITY') {
    return division.provinceCode;
  }
  return division.cityCode ?? division.provinceCode;
}

/**
 * True when `child` is `ancestor` itself or lies beneath it: 370202 is within 370202, 370200
 * and 370000, but not within 370300 or 130000.
 */
export function isWithinDivision(
  child: AdministrativeDivisionCode,
  ancestor: AdministrativeDivisionCode,
): boolean {
  let current: AdministrativeDivisionCode | null = child;
  while (current !== null) {
    if (current === ancestor) {
      return true;
    }
    current = parentDivisionCode(current);
  }
  return false;
}

/**
 * The leading digits every code within a division shares: '37' for 370000, '3702' for
 * 370200, the whole code for a county. A region filter matches codes that start with it.
 */
export function divisionCodePrefix(division: AdministrativeDivision): string {
  switch (division.level) {
    case 'PROVINCE':
      return division.code.slice(0, 2);
    case 'CITY':
      return division.code.slice(0, 4);
    case 'COUNTY':
      return division.code;
  }
}
