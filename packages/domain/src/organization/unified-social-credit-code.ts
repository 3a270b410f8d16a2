import type { Brand } from '../shared/brand.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/** An 18-character unified social credit code (统一社会信用代码) that passed validation. */
export type UnifiedSocialCreditCode = Brand<string, 'UnifiedSocialCreditCode'>;

/** The parts of a unified social credit code (GB 32100-2015). */
export type ParsedUnifiedSocialCreditCode = {
  /** Normalised code: trimmed, uppercase. */
  readonly code: UnifiedSocialCreditCode;
  /** Position 1, 登记管理部门码 (e.g. '9' 市场监管/工商, '5' 民政, '8' 工会). */
  readonly registrationAuthority: string;
  /** Position 2, 机构类别码 (e.g. '1' under authority '8' = 基层工会). */
  readonly organisationType: string;
  /** Positions 3–8, 登记管理机关行政区划码 (not checked against GB/T 2260 here). */
  readonly regionCode: string;
  /** Positions 9–17, 主体标识码 / 组织机构代码 (its own GB 11714 check is not enforced). */
  readonly organisationCode: string;
  /** True when the code starts with '81' (工会 / 基层工会). */
  readonly isTradeUnion: boolean;
};

/** Stable rule codes for credit-code validation failures. */
export const CREDIT_CODE_RULES = Object.freeze({
  EMPTY: 'CREDIT_CODE_EMPTY',
  LENGTH: 'CREDIT_CODE_LENGTH',
  CHARACTERS: 'CREDIT_CODE_CHARACTERS',
  CHECKSUM: 'CREDIT_CODE_CHECKSUM',
  NOT_UNION: 'CREDIT_CODE_NOT_UNION',
} as const);

/** The 31 characters a credit code may use: digits and capitals except I, O, S, V, Z. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const BODY_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{17}$/;
const UNION_PREFIX = '81';

/**
 * The 18th (check) character for the first 17 characters:
 * C18 = 31 − (Σ valueᵢ × weightᵢ mod 31), with 31 written as '0'; value = index in
 * {@link CREDIT_CODE_ALPHABET}. Throws RangeError unless given 17 characters from that
 * alphabet (uppercase) — a programming error.
 */
export function computeCreditCodeCheckCharacter(first17: string): string {
  if (!BODY_PATTERN.test(first17)) {
    throw new RangeError(
      'computeCreditCodeCheckCharacter expects 17 characters from 0-9A-HJ-NPQRTUWXY',
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Validates a unified social credit code: trimmed, uppercased (lowercase input is accepted),
 * 18 characters (CREDIT_CODE_LENGTH), only characters of {@link CREDIT_CODE_ALPHABET}
 * (CREDIT_CODE_CHARACTERS — I, O, S, V, Z never occur), and a correct 18th check character
 * (CREDIT_CODE_CHECKSUM). Only the position-18 check is enforced, not the GB 11714 check inside
 * positions 9–17, which many real union codes do not satisfy.
 */
export function parseUnifiedSocialCreditCode(
  input: string,
  field = 'creditCode',
): Result<ParsedUnifiedSocialCreditCode, FieldError> {
  const text = input.trim().toUpperCase();
  if (text === '') {
    return err(fieldError(field, CREDIT_CODE_RULES.EMPTY, '请填写统一社会信用代码'));
  }
  if (text.length !== 18) {
    return err(
      fieldError(
        field,
        CREDIT_CODE_RULES.LENGTH,
        `统一社会信用代码应为 18 位，当前为 ${text.length} 位`,
      ),
    );
  }
  if (!CODE_PATTERN.test(text)) {
    return err(
      fieldError(
        field,
        CREDIT_CODE_RULES.CHARACTERS,
        '统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）',
      ),
    );
  }
  const expected = computeCreditCodeCheckCharacter(text.slice(0, 17));
  if (text.charAt(17) !== expected) {
    return err(
      fieldError(
        field,
        CREDIT_CODE_RULES.CHECKSUM,
        `统一社会信用代码校验码错误，最后一位应为 ${expected}`,
      ),
    );
  }
  return ok({
    code: text as UnifiedSocialCreditCode,
    registrationAuthority: text.charAt(0),
    organisationType: text.charAt(1),
    regionCode: text.slice(2, 8),
    organisationCode: text.slice(8, 17),
    isTradeUnion: text.startsWith(UNION_PREFIX),
  });
}

/**
 * Like {@link parseUnifiedSocialCreditCode}, but a valid code must also belong to a trade union
 * (start with '81', 工会); otherwise fails with CREDIT_CODE_NOT_UNION.
 */
export function requireTradeUnionCreditCode(
  input: string,
  field = 'creditCode',
): Result<ParsedUnifiedSocialCreditCode, FieldError> {
  const parsed = parseUnifiedSocialCreditCode(input, field);
  if (parsed.ok && !parsed.value.isTradeUnion) {
    return err(
      fieldError(
        field,
        CREDIT_CODE_RULES.NOT_UNION,
        '该统一社会信用代码不属于工会组织（工会的代码以 81 开头）',
      ),
    );
  }
  return parsed;
}
