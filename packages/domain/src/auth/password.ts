import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Password policy for staff accounts (口令复杂度), in the style of GB/T 22239-2019 (网络安全
 * 等级保护基本要求, 等保 2.0): identification information must be complex and changed
 * regularly. The numbers are configuration; {@link DEFAULT_PASSWORD_POLICY} holds the defaults.
 */
export type PasswordPolicy = {
  /** Minimum length in characters (Unicode code points). */
  readonly minLength: number;
  /** Maximum length in characters; bounds the cost of hashing. */
  readonly maxLength: number;
  /** How many of the four classes (lowercase, uppercase, digit, symbol) must appear, 1–4. */
  readonly minCharacterClasses: number;
};

/** Defaults: 10–128 characters, at least 3 of 4 character classes. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = Object.freeze({
  minLength: 10,
  maxLength: 128,
  minCharacterClasses: 3,
});

/** Stable rule codes for password policy failures. */
export const PASSWORD_RULES = Object.freeze({
  EMPTY: 'PASSWORD_EMPTY',
  CONTROL_CHARACTER: 'PASSWORD_CONTROL_CHARACTER',
  TOO_SHORT: 'PASSWORD_TOO_SHORT',
  TOO_LONG: 'PASSWORD_TOO_LONG',
  TOO_FEW_CHARACTER_CLASSES: 'PASSWORD_TOO_FEW_CHARACTER_CLASSES',
  CONTAINS_USERNAME: 'PASSWORD_CONTAINS_USERNAME',
  COMMON: 'PASSWORD_COMMON',
  SAME_AS_CURRENT: 'PASSWORD_SAME_AS_CURRENT',
} as const);

/**
 * Passwords that are refused whatever the policy numbers (弱口令), compared case-insensitively
 * with the whole password. Short entries matter when a region configures a lower minimum.
 */
export const COMMON_PASSWORDS: readonly string[] = Object.freeze([
  'password',
  'password1',
  'password123',
  'p@ssw0rd',
  'p@ssw0rd123',
  'passw0rd!',
  '12345678',
  '123456789',
  '1234567890',
  '0123456789',
  '11111111',
  '88888888',
  '66666666',
  'qwertyuiop',
  'qwerty123',
  'qwer1234',
  'asdfghjkl',
  'zxcvbnm123',
  'admin123',
  'admin@123',
  'admin123456',
  'admin@123456',
  'root@123',
  '1qaz2wsx',
  '1qaz@wsx',
  '1qaz2wsx3edc',
  '1qaz@wsx#edc',
  '1q2w3e4r',
  '1q2w3e4r5t',
  'aa123456',
  'aa123456789',
  'abc123456',
  'abc@123456',
  'a123456789',
  'qq123456789',
  'woaini1314',
  'iloveyou',
  '5201314520',
]);

const COMMON_PASSWORD_SET: ReadonlySet<string> = new Set(COMMON_PASSWORDS);

/** The input of {@link checkPasswordPolicy}. */
export type PasswordPolicyInput = {
  readonly password: string;
  /** The account's login name; the password must not contain it. */
  readonly username: string;
  /** Field name for the errors; defaults to 'password'. */
  readonly field?: string;
  /**
   * On a password change: true when the new password equals the current one. The caller works
   * this out by verifying the new password against the stored hash.
   */
  readonly sameAsCurrent?: boolean;
};

/** Usernames shorter than this are not looked for inside the password (too many false hits). */
const MIN_USERNAME_LENGTH_CHECKED = 3;

function requireValidPolicy(policy: PasswordPolicy): void {
  const { minLength, maxLength, minCharacterClasses } = policy;
  if (
    !Number.isInteger(minLength) ||
    !Number.isInteger(maxLength) ||
    !Number.isInteger(minCharacterClasses) ||
    minLength < 1 ||
    maxLength < minLength ||
    minCharacterClasses < 1 ||
    minCharacterClasses > 4
  ) {
    throw new RangeError(`invalid password policy ${JSON.stringify(policy)}`);
  }
}

/**
 * How many of the four character classes a password uses: lowercase a–z, uppercase A–Z,
 * digits 0–9, and symbols (any other character, including spaces and Chinese characters).
 */
export function passwordCharacterClassCount(password: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let symbol = 0;
  for (const character of password) {
    if (character >= 'a' && character <= 'z') {
      lower = 1;
    } else if (character >= 'A' && character <= 'Z') {
      upper = 1;
    } else if (character >= '0' && character <= '9') {
      digit = 1;
    } else {
      symbol = 1;
    }
  }
  return lower + upper + digit + symbol;
}

/** C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F): newlines, tabs, NUL …. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      return true;
    }
  }
  return false;
}

/**
 * Every rule the password breaks, in this order, so the UI can list them all:
 * PASSWORD_EMPTY (then nothing else), PASSWORD_CONTROL_CHARACTER, PASSWORD_TOO_SHORT,
 * PASSWORD_TOO_LONG, PASSWORD_TOO_FEW_CHARACTER_CLASSES, PASSWORD_CONTAINS_USERNAME
 * (case-insensitive; usernames under 3 characters are not checked), PASSWORD_COMMON
 * (case-insensitive match with {@link COMMON_PASSWORDS}), PASSWORD_SAME_AS_CURRENT.
 *
 * Lengths count Unicode code points. The password is never trimmed: spaces are characters.
 * Throws RangeError for an inconsistent policy (a configuration error).
 */
export function passwordPolicyIssues(
  input: PasswordPolicyInput,
  policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
): readonly FieldError[] {
  requireValidPolicy(policy);
  const { password, username, field = 'password', sameAsCurrent = false } = input;
  if (password === '') {
    return [fieldError(field, PASSWORD_RULES.EMPTY, '请填写密码')];
  }
  const issues: FieldError[] = [];
  if (hasControlCharacter(password)) {
    issues.push(fieldError(field, PASSWORD_RULES.CONTROL_CHARACTER, '密码不能包含换行等控制字符'));
  }
  const length = Array.from(password).length;
  if (length < policy.minLength) {
    issues.push(fieldError(field, PASSWORD_RULES.TOO_SHORT, `密码至少 ${policy.minLength} 位`));
  }
  if (length > policy.maxLength) {
    issues.push(fieldError(field, PASSWORD_RULES.TOO_LONG, `密码最多 ${policy.maxLength} 位`));
  }
  if (passwordCharacterClassCount(password) < policy.minCharacterClasses) {
    issues.push(
      fieldError(
        field,
        PASSWORD_RULES.TOO_FEW_CHARACTER_CLASSES,
        `密码须包含小写字母、大写字母、数字、符号中的至少 ${policy.minCharacterClasses} 类`,
      ),
    );
  }
  const name = username.trim().toLowerCase();
  if (
    Array.from(name).length >= MIN_USERNAME_LENGTH_CHECKED &&
    password.toLowerCase().includes(name)
  ) {
    issues.push(fieldError(field, PASSWORD_RULES.CONTAINS_USERNAME, '密码不能包含用户名'));
  }
  if (COMMON_PASSWORD_SET.has(password.toLowerCase())) {
    issues.push(fieldError(field, PASSWORD_RULES.COMMON, '密码过于常见，容易被猜中，请更换'));
  }
  if (sameAsCurrent) {
    issues.push(fieldError(field, PASSWORD_RULES.SAME_AS_CURRENT, '新密码不能与当前密码相同'));
  }
  return issues;
}

/**
 * Checks a new staff password: ok, or the first rule it breaks (in the order of
 * {@link passwordPolicyIssues}).
 */
export function checkPasswordPolicy(
  input: PasswordPolicyInput,
  policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
): Result<void, FieldError> {
  const [first] = passwordPolicyIssues(input, policy);
  return first === undefined ? ok(undefined) : err(first);
}
