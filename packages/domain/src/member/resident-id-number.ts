import type { Brand } from '../shared/brand.js';
import { type CalendarDate, calendarDateFromParts, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { isProvinceCode } from '../shared/province-code.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * An 18-character resident identity number (居民身份证号码, GB 11643-1999) that passed
 * {@link parseResidentIdNumber}: 17 digits plus a check character, uppercase 'X' for 10.
 */
export type ResidentIdNumber = Brand<string, 'ResidentIdNumber'>;

export type Sex = 'MALE' | 'FEMALE';

/** What a valid identity number says about its holder. */
export type ParsedResidentIdNumber = {
  /** Normalised number: trimmed, lowercase 'x' uppercased. */
  readonly idNumber: ResidentIdNumber;
  /** 地址码: the six-digit division code where the number was first issued (may be obsolete). */
  readonly regionCode: string;
  /** 出生日期码. */
  readonly birthDate: CalendarDate;
  /** From the 17th digit (性别): odd = male, even = female. */
  readonly sex: Sex;
  /** 顺序码: digits 15–17 (the 17th also encodes sex). */
  readonly sequence: string;
};

/** Stable rule codes for identity-number validation failures. */
export const ID_NUMBER_RULES = Object.freeze({
  EMPTY: 'ID_NUMBER_EMPTY',
  LENGTH: 'ID_NUMBER_LENGTH',
  CHARACTERS: 'ID_NUMBER_CHARACTERS',
  PROVINCE: 'ID_NUMBER_PROVINCE',
  BIRTH_DATE_INVALID: 'ID_NUMBER_BIRTH_DATE_INVALID',
  BIRTH_DATE_TOO_EARLY: 'ID_NUMBER_BIRTH_DATE_TOO_EARLY',
  BIRTH_DATE_FUTURE: 'ID_NUMBER_BIRTH_DATE_FUTURE',
  CHECKSUM: 'ID_NUMBER_CHECKSUM',
} as const);

const WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

/**
 * The check character (校验码) for the first 17 digits, by ISO 7064 MOD 11-2:
 * S = Σ digitᵢ × weightᵢ, check = '10X98765432'[S mod 11].
 * Throws RangeError unless `first17` is exactly 17 ASCII digits (a programming error).
 */
export function computeIdNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('computeIdNumberCheckCharacter expects exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/**
 * Validates and decodes a resident identity number.
 *
 * Checks, in order (each failure has its own rule code):
 * 1. not empty after trimming spaces (ID_NUMBER_EMPTY);
 * 2. 18 characters (ID_NUMBER_LENGTH) — the old 15-digit numbers are not accepted;
 * 3. 17 digits then a digit or X/x (ID_NUMBER_CHARACTERS);
 * 4. first two digits are a real province-level code, 11–65 (with gaps), 71, 81 or 82
 *    (ID_NUMBER_PROVINCE);
 * 5. digits 7–14 are a real date (ID_NUMBER_BIRTH_DATE_INVALID), not before 1900
 *    (ID_NUMBER_BIRTH_DATE_TOO_EARLY) and, when `today` is given, not after it
 *    (ID_NUMBER_BIRTH_DATE_FUTURE);
 * 6. the 18th character matches the MOD 11-2 check (ID_NUMBER_CHECKSUM; the message names the
 *    expected character).
 */
export function parseResidentIdNumber(
  input: string,
  field = 'idNumber',
  today?: CalendarDate,
): Result<ParsedResidentIdNumber, FieldError> {
  const text = input.trim().toUpperCase();
  if (text === '') {
    return err(fieldError(field, ID_NUMBER_RULES.EMPTY, '请填写身份证号'));
  }
  if (text.length !== 18) {
    return err(
      fieldError(field, ID_NUMBER_RULES.LENGTH, `身份证号应为 18 位，当前为 ${text.length} 位`),
    );
  }
  if (!/^\d{17}[\dX]$/.test(text)) {
    return err(
      fieldError(field, ID_NUMBER_RULES.CHARACTERS, '身份证号只能由数字组成，最后一位可以是字母 X'),
    );
  }
  const provinceCode = text.slice(0, 2);
  if (!isProvinceCode(provinceCode)) {
    return err(
      fieldError(
        field,
        ID_NUMBER_RULES.PROVINCE,
        `身份证号前两位 ${provinceCode} 不是有效的省级行政区划代码`,
      ),
    );
  }
  const year = Number(text.slice(6, 10));
  const month = Number(text.slice(10, 12));
  const day = Number(text.slice(12, 14));
  const birth = calendarDateFromParts(year, month, day, field);
  if (!birth.ok) {
    return err(
      fieldError(
        field,
        ID_NUMBER_RULES.BIRTH_DATE_INVALID,
        `身份证号中的出生日期 ${text.slice(6, 14)} 不存在`,
      ),
    );
  }
  const birthDate = birth.value;
  if (year < EARLIEST_BIRTH_YEAR) {
    return err(
      fieldError(
        field,
        ID_NUMBER_RULES.BIRTH_DATE_TOO_EARLY,
        `身份证号中的出生日期 ${birthDate} 早于 1900 年，请核对`,
      ),
    );
  }
  if (today !== undefined && compareDates(birthDate, today) > 0) {
    return err(
      fieldError(
        field,
        ID_NUMBER_RULES.BIRTH_DATE_FUTURE,
        `身份证号中的出生日期 ${birthDate} 晚于今天，请核对`,
      ),
    );
  }
  const expected = computeIdNumberCheckCharacter(text.slice(0, 17));
  if (text.charAt(17) !== expected) {
    return err(fieldError(field, ID_NUMBER_RULES.CHECKSUM, `身份证号校验码错误，应为 ${expected}`));
  }
  return ok({
    idNumber: text as ResidentIdNumber,
    regionCode: text.slice(0, 6),
    birthDate,
    sex: Number(text.charAt(16)) % 2 === 1 ? 'MALE' : 'FEMALE',
    sequence: text.slice(14, 17),
  });
}

/**
 * Masks an identity number for display: first 4 characters, ten '*', last 4 characters
 * ('370202198001011234' → '3702**********1234'). Input is trimmed and 'x' uppercased.
 * Any other length keeps the first and last 4 characters and stars the middle; 8 characters
 * or fewer are starred entirely, so nothing unexpected leaks.
 */
export function maskIdNumber(idNumber: string): string {
  const text = idNumber.trim().toUpperCase();
  if (text.length <= 8) {
    return '*'.repeat(text.length);
  }
  return `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}`;
}
