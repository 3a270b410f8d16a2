import { maskPhone } from '../member/phone.js';
import { maskIdNumber } from '../member/resident-id-number.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { can, type RoleAssignment } from './scope.js';

/**
 * Personal data that is shown masked by default (个人信息脱敏展示, PIPL). ID numbers, health,
 * income and financial data are sensitive personal information (敏感个人信息); phone and address
 * are masked too. None of them may appear on public pages or in the public API.
 */
export const SENSITIVE_FIELDS = Object.freeze([
  'idNumber',
  'phone',
  'address',
  'income',
  'health',
  'bankAccount',
] as const);

/** A field of personal data that is masked by default. */
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

/** Chinese names of the sensitive fields. */
export const SENSITIVE_FIELD_LABELS: Readonly<Record<SensitiveField, string>> = Object.freeze({
  idNumber: '身份证号',
  phone: '手机号',
  address: '住址',
  income: '收入',
  health: '健康状况',
  bankAccount: '银行账号',
});

/** Stable rule codes for the reason given when revealing personal data. */
export const REVEAL_REASON_RULES = Object.freeze({
  EMPTY: 'REVEAL_REASON_EMPTY',
  TOO_SHORT: 'REVEAL_REASON_TOO_SHORT',
  TOO_LONG: 'REVEAL_REASON_TOO_LONG',
} as const);

/** Length limits of a reveal reason, in characters (code points) after trimming. */
export const REVEAL_REASON_LENGTH = Object.freeze({ min: 5, max: 200 });

/** What a fully hidden value is shown as, whatever its length. */
const HIDDEN = '****';
/** Characters of an address kept in front: typically the province and city (山东省青岛市). */
const ADDRESS_PREFIX_LENGTH = 6;
/** Bank account numbers shorter than this are hidden entirely. */
const BANK_ACCOUNT_MIN_LENGTH_SHOWN = 8;

/** True when the string names a {@link SensitiveField}. */
export function isSensitiveField(value: string): value is SensitiveField {
  return (SENSITIVE_FIELDS as readonly string[]).includes(value);
}

/**
 * Masks a sensitive value for display. Empty (or blank) values stay empty, so the UI can tell
 * "no data" from "hidden".
 *
 * - idNumber: {@link maskIdNumber} ('3702**********123X');
 * - phone: {@link maskPhone} ('138****5678');
 * - address: the first 6 characters, but never more than half of the address, then '****'
 *   ('山东省青岛市市南区香港中路 10 号' → '山东省青岛市****');
 * - bankAccount: spaces removed, '****' and the last 4 digits ('****1234'); under 8 characters,
 *   '****' only;
 * - income, health: '****'.
 */
export function maskSensitive(field: SensitiveField, value: string): string {
  const text = value.trim();
  if (text === '') {
    return '';
  }
  switch (field) {
    case 'idNumber':
      return maskIdNumber(text);
    case 'phone':
      return maskPhone(text);
    case 'address': {
      const characters = Array.from(text);
      const kept = Math.min(ADDRESS_PREFIX_LENGTH, Math.floor(characters.length / 2));
      return `${characters.slice(0, kept).join('')}${HIDDEN}`;
    }
    case 'bankAccount': {
      const characters = Array.from(text.replace(/\s/g, ''));
      if (characters.length < BANK_ACCOUNT_MIN_LENGTH_SHOWN) {
        return HIDDEN;
      }
      return `${HIDDEN}${characters.slice(-4).join('')}`;
    }
    case 'income':
    case 'health':
      return HIDDEN;
  }
}

/**
 * True when the viewer may see a member's full identity data (ID number, phone …) at the
 * member's organisation: `member.revealIdentity` over a subtree containing it. Every reveal must
 * carry a reason ({@link checkRevealReason}) and be written to the audit log.
 */
export function canReveal(
  assignments: readonly RoleAssignment[],
  targetLineageIds: readonly string[],
): boolean {
  return can(assignments, 'member.revealIdentity', targetLineageIds);
}

/**
 * Validates the reason a staff member gives for revealing personal data (查看原因), which goes
 * into the audit log: 5–200 characters after trimming (REVEAL_REASON_EMPTY / _TOO_SHORT /
 * _TOO_LONG). Returns the trimmed reason.
 */
export function checkRevealReason(reason: string, field = 'reason'): Result<string, FieldError> {
  const text = reason.trim();
  if (text === '') {
    return err(fieldError(field, REVEAL_REASON_RULES.EMPTY, '请填写查看原因'));
  }
  const length = Array.from(text).length;
  if (length < REVEAL_REASON_LENGTH.min) {
    return err(
      fieldError(
        field,
        REVEAL_REASON_RULES.TOO_SHORT,
        `查看原因至少 ${REVEAL_REASON_LENGTH.min} 个字`,
      ),
    );
  }
  if (length > REVEAL_REASON_LENGTH.max) {
    return err(
      fieldError(
        field,
        REVEAL_REASON_RULES.TOO_LONG,
        `查看原因最多 ${REVEAL_REASON_LENGTH.max} 个字，当前 ${length} 个字`,
      ),
    );
  }
  return ok(text);
}
