import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMON_PASSWORDS,
  checkPasswordPolicy,
  DEFAULT_PASSWORD_POLICY,
  PASSWORD_RULES,
  type PasswordPolicyInput,
  passwordCharacterClassCount,
  passwordPolicyIssues,
} from './password.js';

const rulesOf = (input: PasswordPolicyInput): string[] =>
  passwordPolicyIssues(input).map((issue) => issue.rule);

const firstRule = (input: PasswordPolicyInput): string | null => {
  const result = checkPasswordPolicy(input);
  return result.ok ? null : result.error.rule;
};

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const SYMBOLS = '!@#$%^&*()-_=+[]{};:,.<>/?~ 工会';

describe('checkPasswordPolicy — accepted', () => {
  it.each([
    'Qd-Gonghui2024',
    'shinan#union88',
    'SHINAN#UNION88',
    'Xk7mq2vLp9',
    'correct horse Battery staple',
    '工会干部Zhang2024',
    'a'.repeat(60).concat('B1!').repeat(2),
  ])('accepts %j', (password) => {
    expect(checkPasswordPolicy({ password, username: 'zhangsan' })).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('accepts exactly 10 and exactly 128 characters', () => {
    expect(firstRule({ password: 'Abcdefgh1!', username: 'zhangsan' })).toBeNull();
    expect(firstRule({ password: `Ab1${'x'.repeat(125)}`, username: 'zhangsan' })).toBeNull();
  });
});

describe('checkPasswordPolicy — refused', () => {
  it.each([
    ['', PASSWORD_RULES.EMPTY],
    ['Ab1!efgh', PASSWORD_RULES.TOO_SHORT],
    ['Abcdefg1!', PASSWORD_RULES.TOO_SHORT],
    [`Ab1${'x'.repeat(126)}`, PASSWORD_RULES.TOO_LONG],
    ['abcdefghijk', PASSWORD_RULES.TOO_FEW_CHARACTER_CLASSES],
    ['abcdefgh12', PASSWORD_RULES.TOO_FEW_CHARACTER_CLASSES],
    ['ABCDEFGH!!', PASSWORD_RULES.TOO_FEW_CHARACTER_CLASSES],
    ['工会工会工会工会工会1', PASSWORD_RULES.TOO_FEW_CHARACTER_CLASSES],
    ['Zhangsan2024!', PASSWORD_RULES.CONTAINS_USERNAME],
    ['my-ZHANGSAN-Pw1', PASSWORD_RULES.CONTAINS_USERNAME],
    ['P@ssw0rd123', PASSWORD_RULES.COMMON],
    ['Admin@123456', PASSWORD_RULES.COMMON],
    ['1qaz@WSX#edc', PASSWORD_RULES.COMMON],
    ['Line1\nLine2Ab', PASSWORD_RULES.CONTROL_CHARACTER],
    ['Tab\tSeparated1', PASSWORD_RULES.CONTROL_CHARACTER],
  ])('refuses %j with %s', (password, rule) => {
    expect(firstRule({ password, username: 'zhangsan' })).toBe(rule);
  });

  it('refuses the current password on a change', () => {
    expect(
      firstRule({ password: 'Qd-Gonghui2024', username: 'zhangsan', sameAsCurrent: true }),
    ).toBe(PASSWORD_RULES.SAME_AS_CURRENT);
  });

  it('gives Chinese messages with the configured numbers', () => {
    const result = checkPasswordPolicy({ password: 'Ab1!', username: 'li', field: 'newPassword' });
    expect(result.ok ? null : result.error).toEqual({
      field: 'newPassword',
      rule: PASSWORD_RULES.TOO_SHORT,
      message: '密码至少 10 位',
    });
    const custom = checkPasswordPolicy(
      { password: 'abcdefghijkl', username: 'li' },
      { minLength: 12, maxLength: 64, minCharacterClasses: 4 },
    );
    expect(custom.ok ? null : custom.error.message).toBe(
      '密码须包含小写字母、大写字母、数字、符号中的至少 4 类',
    );
  });

  it('lists every issue, in order', () => {
    expect(rulesOf({ password: 'admin123', username: 'admin', sameAsCurrent: true })).toEqual([
      PASSWORD_RULES.TOO_SHORT,
      PASSWORD_RULES.TOO_FEW_CHARACTER_CLASSES,
      PASSWORD_RULES.CONTAINS_USERNAME,
      PASSWORD_RULES.COMMON,
      PASSWORD_RULES.SAME_AS_CURRENT,
    ]);
    expect(rulesOf({ password: '', username: 'admin', sameAsCurrent: true })).toEqual([
      PASSWORD_RULES.EMPTY,
    ]);
  });

  it('does not look for usernames shorter than 3 characters', () => {
    expect(firstRule({ password: 'Li-Gonghui2024', username: 'li' })).toBeNull();
    expect(firstRule({ password: 'Li-Gonghui2024', username: 'gonghui' })).toBe(
      PASSWORD_RULES.CONTAINS_USERNAME,
    );
  });

  it('counts code points, not UTF-16 units', () => {
    // 9 characters, 10 UTF-16 units: too short.
    expect(firstRule({ password: 'Ab1defgh😀', username: 'zhangsan' })).toBe(
      PASSWORD_RULES.TOO_SHORT,
    );
  });

  it('refuses a region minimum lowered to 8 for the short common passwords', () => {
    const policy = { minLength: 8, maxLength: 128, minCharacterClasses: 1 };
    for (const password of ['Aa123456', 'password', '1qaz2wsx', 'admin123']) {
      const result = checkPasswordPolicy({ password, username: 'zhangsan' }, policy);
      expect(result.ok ? null : result.error.rule).toBe(PASSWORD_RULES.COMMON);
    }
  });

  it('throws RangeError for an inconsistent policy', () => {
    const input = { password: 'Qd-Gonghui2024', username: 'zhangsan' };
    expect(() =>
      checkPasswordPolicy(input, { minLength: 20, maxLength: 10, minCharacterClasses: 3 }),
    ).toThrow(RangeError);
    expect(() =>
      checkPasswordPolicy(input, { minLength: 10, maxLength: 128, minCharacterClasses: 5 }),
    ).toThrow(RangeError);
    expect(() =>
      checkPasswordPolicy(input, { minLength: 0, maxLength: 128, minCharacterClasses: 3 }),
    ).toThrow(RangeError);
  });
});

describe('COMMON_PASSWORDS', () => {
  it('is lowercase, unique and about thirty entries', () => {
    for (const password of COMMON_PASSWORDS) {
      expect(password).toBe(password.toLowerCase());
    }
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(30);
  });

  it('refuses every entry in any letter case, whatever the length rules', () => {
    const lenient = { minLength: 1, maxLength: 128, minCharacterClasses: 1 };
    fc.assert(
      fc.property(fc.constantFrom(...COMMON_PASSWORDS), fc.boolean(), (password, upper) => {
        const candidate = upper ? password.toUpperCase() : password;
        const rules = passwordPolicyIssues({ password: candidate, username: 'x' }, lenient).map(
          (issue) => issue.rule,
        );
        expect(rules).toEqual([PASSWORD_RULES.COMMON]);
      }),
    );
  });
});

describe('passwordCharacterClassCount', () => {
  it.each([
    ['', 0],
    ['abc', 1],
    ['aB', 2],
    ['aB3', 3],
    ['aB3!', 4],
    ['工会', 1],
    ['  ', 1],
  ])('%j has %d classes', (password, expected) => {
    expect(passwordCharacterClassCount(password)).toBe(expected);
  });
});

describe('password policy — properties', () => {
  const classArb = (alphabet: string) => fc.string({ unit: fc.constantFrom(...alphabet) });

  /** Strong passwords: every class present, 10–128 characters, no username. */
  const strongArb = fc
    .tuple(
      classArb(LOWER),
      classArb(UPPER),
      classArb(DIGITS),
      classArb(SYMBOLS),
      fc.constantFrom(...LOWER),
      fc.constantFrom(...UPPER),
      fc.constantFrom(...DIGITS),
      fc.constantFrom(...'!@#$%'),
    )
    .map((parts) => parts.join(''))
    .filter((password) => {
      const length = Array.from(password).length;
      return length >= 10 && length <= 128;
    });

  it('accepts strong passwords that avoid the username', () => {
    fc.assert(
      fc.property(strongArb, (password) => {
        fc.pre(!password.toLowerCase().includes('zhangsan'));
        expect(checkPasswordPolicy({ password, username: 'zhangsan' }).ok).toBe(true);
      }),
    );
  });

  it('refuses any password containing the username, in any case', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.stringMatching(/^[a-z][a-z0-9._]{2,15}$/),
        fc.string(),
        fc.boolean(),
        (before, username, after, shout) => {
          const password = `${before}${shout ? username.toUpperCase() : username}${after}`;
          expect(rulesOf({ password, username })).toContain(PASSWORD_RULES.CONTAINS_USERNAME);
        },
      ),
    );
  });

  it('refuses every password shorter than the minimum', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 9 }), (password) => {
        expect(rulesOf({ password, username: 'zhangsan' })).toContain(PASSWORD_RULES.TOO_SHORT);
      }),
    );
  });

  it('checkPasswordPolicy fails with exactly the first issue listed', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 140 }), strongArb),
        fc.string({ maxLength: 10 }),
        fc.boolean(),
        (password, username, sameAsCurrent) => {
          const input = { password, username, sameAsCurrent };
          const issues = passwordPolicyIssues(input);
          const result = checkPasswordPolicy(input);
          expect(result.ok).toBe(issues.length === 0);
          if (!result.ok) {
            expect(result.error).toEqual(issues[0]);
          }
        },
      ),
    );
  });

  it('class count matches a regex reference', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (password) => {
        const expected = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) =>
          pattern.test(password),
        ).length;
        expect(passwordCharacterClassCount(password)).toBe(expected);
      }),
    );
  });

  it('uses the default policy when none is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (password) => {
        const input = { password, username: 'zhangsan' };
        expect(passwordPolicyIssues(input)).toEqual(
          passwordPolicyIssues(input, DEFAULT_PASSWORD_POLICY),
        );
      }),
    );
  });
});
