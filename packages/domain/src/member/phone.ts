import type { Brand } from '../shared/brand.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/** A mainland China mobile number (手机号): 11 digits, '1' then 3–9. */
export type MobilePhone = Brand<string, 'MobilePhone'>;

/** Stable rule codes for mobile-number validation failures. */
export const PHONE_RULES = Object.freeze({
  EMPTY: 'PHONE_EMPTY',
  FORMAT: 'PHONE_FORMAT',
  PREFIX: 'PHONE_PREFIX',
} as const);

/**
 * Validates a mainland mobile number and returns it as 11 bare digits.
 *
 * Tolerated and removed: surrounding spaces, inner spaces and hyphens ('138 1234 5678',
 * '138-1234-5678'), and a country prefix '+86' / '0086' / '86' in front of 11 digits.
 * Fails with PHONE_FORMAT unless 11 digits remain, and with PHONE_PREFIX unless they start
 * with 13–19.
 */
export function parseMobilePhone(input: string, field = 'phone'): Result<MobilePhone, FieldError> {
  let text = input.trim();
  if (text === '') {
    return err(fieldError(field, PHONE_RULES.EMPTY, '请填写手机号'));
  }
  text = text.replace(/[\s-]/g, '');
  const withoutCountry = /^(?:\+86|0086|86)(\d{11})$/.exec(text);
  if (withoutCountry?.[1] !== undefined) {
    text = withoutCountry[1];
  }
  if (!/^\d{11}$/.test(text)) {
    return err(fieldError(field, PHONE_RULES.FORMAT, '手机号应为 11 位数字'));
  }
  if (!/^1[3-9]/.test(text)) {
    return err(fieldError(field, PHONE_RULES.PREFIX, '手机号应以 13–19 开头'));
  }
  return ok(text as MobilePhone);
}

/**
 * Masks a mobile number for display: '13812345678' → '138****5678' (first 3, four '*',
 * last 4). Other lengths keep the first 3 and last 4 and star the middle; 7 characters or
 * fewer are starred entirely.
 */
export function maskPhone(phone: string): string {
  const text = phone.trim();
  if (text.length <= 7) {
    return '*'.repeat(text.length);
  }
  return `${text.slice(0, 3)}${'*'.repeat(text.length - 7)}${text.slice(-4)}`;
}
