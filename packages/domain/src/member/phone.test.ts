import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../shared/result.js';
import { maskPhone, PHONE_RULES, parseMobilePhone } from './phone.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function ruleOf<T>(result: Result<T, { rule: string }>): string | null {
  return result.ok ? null : result.error.rule;
}

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

describe('parseMobilePhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    [' 13812345678 ', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['19912345678', '19912345678'],
    ['16612345678', '16612345678'],
  ])('accepts %j as %s', (input, expected) => {
    expect(unwrap(parseMobilePhone(input))).toBe(expected);
  });

  it.each([
    ['', PHONE_RULES.EMPTY],
    ['  ', PHONE_RULES.EMPTY],
    ['1381234567', PHONE_RULES.FORMAT],
    ['138123456789', PHONE_RULES.FORMAT],
    ['1381234567a', PHONE_RULES.FORMAT],
    ['+85213812345678', PHONE_RULES.FORMAT],
    ['１3812345678', PHONE_RULES.FORMAT],
    ['12812345678', PHONE_RULES.PREFIX],
    ['10012345678', PHONE_RULES.PREFIX],
    ['23812345678', PHONE_RULES.PREFIX],
    ['010-12345678', PHONE_RULES.PREFIX],
  ])('rejects %j with %s', (input, rule) => {
    expect(ruleOf(parseMobilePhone(input))).toBe(rule);
  });

  it('names the field given by the caller', () => {
    const result = parseMobilePhone('', 'emergencyContactPhone');
    expect(result.ok ? null : result.error.field).toBe('emergencyContactPhone');
  });

  it('accepts every 1[3-9] number and returns it unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...'3456789'), digits(9), (second, rest) => {
        const phone = `1${second}${rest}`;
        expect(unwrap(parseMobilePhone(phone))).toBe(phone);
      }),
    );
  });

  it('rejects digit strings of any other length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }).chain(digits), (input) => {
        fc.pre(input.length !== 11 && !/^(?:86|0086)\d{11}$/.test(input));
        expect(ruleOf(parseMobilePhone(input))).toBe(PHONE_RULES.FORMAT);
      }),
    );
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('never reveals more than 7 characters of odd input', () => {
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskPhone('12345678')).toBe('123*5678');
  });

  it('masks every valid number to the same shape', () => {
    fc.assert(
      fc.property(fc.constantFrom(...'3456789'), digits(9), (second, rest) => {
        const phone = unwrap(parseMobilePhone(`1${second}${rest}`));
        expect(maskPhone(phone)).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
      }),
    );
  });
});
