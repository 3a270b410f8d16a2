import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canReveal,
  checkRevealReason,
  isSensitiveField,
  maskSensitive,
  REVEAL_REASON_LENGTH,
  REVEAL_REASON_RULES,
  SENSITIVE_FIELD_LABELS,
  SENSITIVE_FIELDS,
} from './personal-data.js';
import { STAFF_ROLES } from './roles.js';
import { can, type RoleAssignment } from './scope.js';

const QD = ['acftu', 'sd', 'qd'];
const SN = ['acftu', 'sd', 'qd', 'sn'];
const TA = ['acftu', 'sd', 'ta'];

describe('maskSensitive', () => {
  it.each([
    ['idNumber', '37020219800101123X', '3702**********123X'],
    ['idNumber', ' 11010519491231002x ', '1101**********002X'],
    ['phone', '13812345678', '138****5678'],
    ['address', '山东省青岛市市南区香港中路10号', '山东省青岛市****'],
    ['address', '青岛市市南区', '青岛市****'],
    ['address', '市南区', '市****'],
    ['address', '某', '****'],
    ['bankAccount', '6222 0216 0200 1234 567', '****4567'],
    ['bankAccount', '6222021602001234', '****1234'],
    ['bankAccount', '1234567', '****'],
    ['income', '3500.00', '****'],
    ['health', '患有慢性病，长期服药', '****'],
    ['income', '   ', ''],
    ['phone', '', ''],
  ] as const)('%s %j → %j', (field, value, expected) => {
    expect(maskSensitive(field, value)).toBe(expected);
  });

  it('never shows more than half of an address, nor more than 6 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), (address) => {
        fc.pre(address.trim() !== '');
        const masked = maskSensitive('address', address);
        expect(masked.endsWith('****')).toBe(true);
        const shown = Array.from(masked).length - 4;
        expect(shown).toBeLessThanOrEqual(6);
        expect(shown).toBeLessThanOrEqual(Array.from(address.trim()).length / 2);
        expect(address.trim().startsWith(masked.slice(0, -4))).toBe(true);
      }),
    );
  });

  it('shows at most the last 4 digits of a bank account', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 8, maxLength: 30 }),
        (account) => {
          expect(maskSensitive('bankAccount', account)).toBe(`****${account.slice(-4)}`);
        },
      ),
    );
  });

  it('hides income and health entirely, whatever their length', () => {
    fc.assert(
      fc.property(fc.constantFrom('income', 'health' as const), fc.string(), (field, value) => {
        fc.pre(value.trim() !== '');
        expect(maskSensitive(field, value)).toBe('****');
      }),
    );
  });

  it('never returns a non-empty value unchanged (unless it was already masked)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SENSITIVE_FIELDS),
        fc.string({ maxLength: 40 }),
        (field, value) => {
          fc.pre(value.trim() !== '' && !value.includes('*'));
          expect(maskSensitive(field, value)).not.toBe(value.trim());
        },
      ),
    );
  });
});

describe('sensitive fields', () => {
  it('are labelled in Chinese', () => {
    expect(Object.keys(SENSITIVE_FIELD_LABELS).sort()).toEqual([...SENSITIVE_FIELDS].sort());
    expect(SENSITIVE_FIELD_LABELS.idNumber).toBe('身份证号');
  });

  it.each([
    ['idNumber', true],
    ['bankAccount', true],
    ['name', false],
    ['IDNUMBER', false],
  ])('isSensitiveField(%j) = %s', (value, expected) => {
    expect(isSensitiveField(value)).toBe(expected);
  });
});

describe('canReveal', () => {
  const at = (role: RoleAssignment['role'], lineageIds: string[]): RoleAssignment => ({
    role,
    organizationId: lineageIds.at(-1) ?? '',
    lineageIds,
  });

  it.each([
    ['CASEWORKER', QD, SN, true],
    ['UNION_ADMIN', QD, SN, true],
    ['CASEWORKER', SN, QD, false],
    ['CASEWORKER', QD, TA, false],
    ['VIEWER', QD, SN, false],
    ['REVIEWER', QD, SN, false],
    ['JUDGE', QD, SN, false],
  ] as const)('%s at %j over %j: %s', (role, scope, target, expected) => {
    expect(canReveal([at(role, [...scope])], target)).toBe(expected);
  });

  it('is can(…, member.revealIdentity, …)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            role: fc.constantFrom(...STAFF_ROLES),
            scope: fc.constantFrom(QD, SN, TA),
          }),
          { maxLength: 4 },
        ),
        fc.constantFrom(QD, SN, TA),
        (raw, target) => {
          const assignments = raw.map(({ role, scope }) => at(role, scope));
          expect(canReveal(assignments, target)).toBe(
            can(assignments, 'member.revealIdentity', target),
          );
        },
      ),
    );
  });
});

describe('checkRevealReason', () => {
  it.each([
    ['核实帮扶申请人身份', '核实帮扶申请人身份'],
    ['  电话回访会员  ', '电话回访会员'],
    ['12345', '12345'],
    ['审'.repeat(200), '审'.repeat(200)],
  ])('accepts %j', (reason, expected) => {
    expect(checkRevealReason(reason)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', REVEAL_REASON_RULES.EMPTY],
    ['   ', REVEAL_REASON_RULES.EMPTY],
    ['查看', REVEAL_REASON_RULES.TOO_SHORT],
    ['1234', REVEAL_REASON_RULES.TOO_SHORT],
    ['审'.repeat(201), REVEAL_REASON_RULES.TOO_LONG],
  ])('refuses %j with %s', (reason, rule) => {
    const result = checkRevealReason(reason);
    expect(result.ok ? null : result.error.rule).toBe(rule);
  });

  it('explains itself in Chinese and names the field', () => {
    expect(checkRevealReason('查看', 'revealReason')).toEqual({
      ok: false,
      error: {
        field: 'revealReason',
        rule: REVEAL_REASON_RULES.TOO_SHORT,
        message: '查看原因至少 5 个字',
      },
    });
  });

  it('accepts exactly the trimmed lengths 5–200', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 220 }), (reason) => {
        const length = Array.from(reason.trim()).length;
        const result = checkRevealReason(reason);
        expect(result.ok).toBe(
          length >= REVEAL_REASON_LENGTH.min && length <= REVEAL_REASON_LENGTH.max,
        );
        if (result.ok) {
          expect(result.value).toBe(reason.trim());
        }
      }),
    );
  });
});
