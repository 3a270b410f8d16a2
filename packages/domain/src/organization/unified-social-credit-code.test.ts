import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../shared/result.js';
import {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_RULES,
  computeCreditCodeCheckCharacter,
  parseUnifiedSocialCreditCode,
  requireTradeUnionCreditCode,
} from './unified-social-credit-code.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function ruleOf<T>(result: Result<T, { rule: string }>): string | null {
  return result.ok ? null : result.error.rule;
}

const withCheck = (body: string): string => body + computeCreditCodeCheckCharacter(body);

/** Union bodies: '81' (工会 / 基层工会) + region + a 9-character organisation code. */
const UNION_BODIES = [
  '81370200MC0012345',
  '81370212MC1234567',
  '81370902MC0000018',
  '81131002MC987654X',
  '81110101MCY000001',
];

describe('computeCreditCodeCheckCharacter', () => {
  it('reproduces the check character of real codes', () => {
    expect(computeCreditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(computeCreditCodeCheckCharacter('91110108551385082')).toBe('Q');
  });

  it("writes a result of 31 as '0'", () => {
    expect(computeCreditCodeCheckCharacter('00000000000000000')).toBe('0');
  });

  it('throws RangeError unless given 17 alphabet characters', () => {
    expect(() => computeCreditCodeCheckCharacter('91350100M000100Y')).toThrow(RangeError);
    expect(() => computeCreditCodeCheckCharacter('91350100M000100I4')).toThrow(RangeError);
    expect(() => computeCreditCodeCheckCharacter('91350100m000100y4')).toThrow(RangeError);
  });
});

describe('parseUnifiedSocialCreditCode', () => {
  it('decodes a real company code', () => {
    expect(unwrap(parseUnifiedSocialCreditCode('91350100M000100Y43'))).toEqual({
      code: '91350100M000100Y43',
      registrationAuthority: '9',
      organisationType: '1',
      regionCode: '350100',
      organisationCode: 'M000100Y4',
      isTradeUnion: false,
    });
    expect(unwrap(parseUnifiedSocialCreditCode('91110108551385082Q')).regionCode).toBe('110108');
  });

  it('uppercases lowercase input and trims spaces', () => {
    expect(unwrap(parseUnifiedSocialCreditCode(' 91350100m000100y43 ')).code).toBe(
      '91350100M000100Y43',
    );
  });

  it.each(UNION_BODIES)('recognises the union code %s + check character', (body) => {
    const parsed = unwrap(parseUnifiedSocialCreditCode(withCheck(body)));
    expect(parsed.isTradeUnion).toBe(true);
    expect(parsed.registrationAuthority).toBe('8');
    expect(parsed.organisationType).toBe('1');
    expect(parsed.regionCode).toBe(body.slice(2, 8));
    expect(parsed.organisationCode).toBe(body.slice(8, 17));
  });

  it.each([
    ['', CREDIT_CODE_RULES.EMPTY],
    ['  ', CREDIT_CODE_RULES.EMPTY],
    ['91350100M000100Y4', CREDIT_CODE_RULES.LENGTH],
    ['91350100M000100Y433', CREDIT_CODE_RULES.LENGTH],
    ['91350100M000 100Y43', CREDIT_CODE_RULES.LENGTH],
    ['91350100M000100Y44', CREDIT_CODE_RULES.CHECKSUM],
    ['91110108551385082R', CREDIT_CODE_RULES.CHECKSUM],
    ['91350100M000100Y4I', CREDIT_CODE_RULES.CHARACTERS],
    ['91350100I000100Y43', CREDIT_CODE_RULES.CHARACTERS],
    ['91350100O000100Y43', CREDIT_CODE_RULES.CHARACTERS],
    ['91350100Z000100Y43', CREDIT_CODE_RULES.CHARACTERS],
    ['91350100S000100Y43', CREDIT_CODE_RULES.CHARACTERS],
    ['91350100V000100Y43', CREDIT_CODE_RULES.CHARACTERS],
    ['91350100v000100y43', CREDIT_CODE_RULES.CHARACTERS],
    ['91350100-000100Y43', CREDIT_CODE_RULES.CHARACTERS],
  ])('rejects %j with %s', (input, rule) => {
    expect(ruleOf(parseUnifiedSocialCreditCode(input))).toBe(rule);
  });

  it('says which check character was expected and names the field', () => {
    expect(parseUnifiedSocialCreditCode('91350100M000100Y44', 'unionCreditCode')).toEqual({
      ok: false,
      error: {
        field: 'unionCreditCode',
        rule: CREDIT_CODE_RULES.CHECKSUM,
        message: '统一社会信用代码校验码错误，最后一位应为 3',
      },
    });
  });
});

describe('requireTradeUnionCreditCode', () => {
  it('accepts union codes', () => {
    for (const body of UNION_BODIES) {
      expect(requireTradeUnionCreditCode(withCheck(body)).ok).toBe(true);
    }
  });

  it('rejects valid codes of other organisations with CREDIT_CODE_NOT_UNION', () => {
    expect(ruleOf(requireTradeUnionCreditCode('91350100M000100Y43'))).toBe(
      CREDIT_CODE_RULES.NOT_UNION,
    );
    expect(ruleOf(requireTradeUnionCreditCode(withCheck('82370200MC0012345')))).toBe(
      CREDIT_CODE_RULES.NOT_UNION,
    );
    expect(ruleOf(requireTradeUnionCreditCode(withCheck('51370200MJ0012345')))).toBe(
      CREDIT_CODE_RULES.NOT_UNION,
    );
  });

  it('reports the underlying problem for invalid codes', () => {
    const body = UNION_BODIES[0] ?? '';
    const wrong = body + (computeCreditCodeCheckCharacter(body) === '0' ? '1' : '0');
    expect(ruleOf(requireTradeUnionCreditCode(wrong))).toBe(CREDIT_CODE_RULES.CHECKSUM);
    const result = requireTradeUnionCreditCode('123', 'unionCreditCode');
    expect(result.ok ? null : result.error.field).toBe('unionCreditCode');
  });
});

describe('parseUnifiedSocialCreditCode — properties', () => {
  const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
  const bodyArb = fc.string({ unit: alphabetChar, minLength: 17, maxLength: 17 });

  it('any 17-character body plus its check character parses', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const parsed = unwrap(parseUnifiedSocialCreditCode(withCheck(body)));
        expect(parsed.code).toBe(withCheck(body));
        expect(parsed.isTradeUnion).toBe(body.startsWith('81'));
      }),
    );
  });

  it('lowercase input is accepted', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const code = withCheck(body);
        expect(unwrap(parseUnifiedSocialCreditCode(code.toLowerCase())).code).toBe(code);
      }),
    );
  });

  it('any other check character fails with the checksum rule', () => {
    fc.assert(
      fc.property(bodyArb, alphabetChar, (body, check) => {
        fc.pre(check !== computeCreditCodeCheckCharacter(body));
        expect(ruleOf(parseUnifiedSocialCreditCode(body + check))).toBe(CREDIT_CODE_RULES.CHECKSUM);
      }),
    );
  });

  it('every single-character substitution in positions 1–17 is detected', () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 30 }),
        (body, position, shift) => {
          const code = withCheck(body);
          const original = CREDIT_CODE_ALPHABET.indexOf(code.charAt(position));
          const replacement = CREDIT_CODE_ALPHABET.charAt((original + shift) % 31);
          const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(ruleOf(parseUnifiedSocialCreditCode(mutated))).toBe(CREDIT_CODE_RULES.CHECKSUM);
        },
      ),
    );
  });

  it('exhaustively: every substitution of every position of the sample codes is detected', () => {
    const codes = ['91350100M000100Y43', '91110108551385082Q', ...UNION_BODIES.map(withCheck)];
    for (const code of codes) {
      for (let position = 0; position < 17; position += 1) {
        for (const replacement of CREDIT_CODE_ALPHABET) {
          if (replacement === code.charAt(position)) {
            continue;
          }
          const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(parseUnifiedSocialCreditCode(mutated).ok).toBe(false);
        }
      }
    }
  });

  it('a forbidden letter I, O, S, V or Z anywhere fails with the characters rule', () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...'IOSVZiosvz'),
        (body, position, letter) => {
          const code = withCheck(body);
          const mutated = code.slice(0, position) + letter + code.slice(position + 1);
          expect(ruleOf(parseUnifiedSocialCreditCode(mutated))).toBe(CREDIT_CODE_RULES.CHARACTERS);
        },
      ),
    );
  });

  it('any string whose trimmed length is not 18 fails as empty or wrong length', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ unit: alphabetChar, minLength: 0, maxLength: 40 }),
        ),
        (input) => {
          fc.pre(input.trim().length !== 18);
          expect([CREDIT_CODE_RULES.EMPTY, CREDIT_CODE_RULES.LENGTH]).toContain(
            ruleOf(parseUnifiedSocialCreditCode(input)),
          );
        },
      ),
    );
  });
});
