import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  calendarDateParts,
  daysBetween,
  parseCalendarDate,
} from '../shared/calendar-date.js';
import { PROVINCE_CODES } from '../shared/province-code.js';
import type { Result } from '../shared/result.js';
import {
  computeIdNumberCheckCharacter,
  ID_NUMBER_RULES,
  maskIdNumber,
  parseResidentIdNumber,
} from './resident-id-number.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function ruleOf<T>(result: Result<T, { rule: string }>): string | null {
  return result.ok ? null : result.error.rule;
}

const d = (text: string): CalendarDate => unwrap(parseCalendarDate(text));

/** Appends the computed check character to a 17-digit body. */
const withCheck = (body: string): string => body + computeIdNumberCheckCharacter(body);

const CHECK_ALPHABET = '0123456789X';

describe('computeIdNumberCheckCharacter', () => {
  it('matches the examples printed in GB 11643-1999', () => {
    expect(computeIdNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(computeIdNumberCheckCharacter('44052418800101001')).toBe('4');
  });

  it('throws RangeError unless given 17 digits', () => {
    expect(() => computeIdNumberCheckCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => computeIdNumberCheckCharacter('1101051949123100X')).toThrow(RangeError);
  });
});

describe('parseResidentIdNumber — valid numbers', () => {
  it('decodes the GB 11643-1999 example 11010519491231002X', () => {
    expect(unwrap(parseResidentIdNumber('11010519491231002X'))).toEqual({
      idNumber: '11010519491231002X',
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
      sequence: '002',
    });
  });

  it.each([
    ['11010519491231002X', '1949-12-31', 'FEMALE'],
    ['370202198001011232', '1980-01-01', 'MALE'],
    ['11010119900307803X', '1990-03-07', 'MALE'],
  ])('accepts the literal %s', (id, birthDate, sex) => {
    const parsed = unwrap(parseResidentIdNumber(id));
    expect(parsed.birthDate).toBe(birthDate);
    expect(parsed.sex).toBe(sex);
  });

  it('normalises a lowercase x and trims spaces', () => {
    expect(unwrap(parseResidentIdNumber('  11010519491231002x ')).idNumber).toBe(
      '11010519491231002X',
    );
  });

  it.each([
    ['37020219800101123', '370202', '1980-01-01', 'MALE', '123'],
    ['37021219950615001', '370212', '1995-06-15', 'MALE', '001'],
    ['13100219880229004', '131002', '1988-02-29', 'FEMALE', '004'],
    ['37090220001231551', '370902', '2000-12-31', 'MALE', '551'],
    ['37030319000101007', '370303', '1900-01-01', 'MALE', '007'],
    ['41900119700707128', '419001', '1970-07-07', 'FEMALE', '128'],
    ['81000019900101001', '810000', '1990-01-01', 'MALE', '001'],
  ])('decodes %s + check character', (body, regionCode, birthDate, sex, sequence) => {
    const id = withCheck(body);
    expect(unwrap(parseResidentIdNumber(id, 'idNumber', d('2024-06-01')))).toEqual({
      idNumber: id,
      regionCode,
      birthDate,
      sex,
      sequence,
    });
  });

  it('accepts a birth date equal to today', () => {
    const id = withCheck('37020220240601001');
    expect(parseResidentIdNumber(id, 'idNumber', d('2024-06-01')).ok).toBe(true);
  });
});

describe('parseResidentIdNumber — invalid numbers', () => {
  it.each([
    ['', ID_NUMBER_RULES.EMPTY],
    ['   ', ID_NUMBER_RULES.EMPTY],
    ['37020219800101123', ID_NUMBER_RULES.LENGTH],
    ['3702021980010112345', ID_NUMBER_RULES.LENGTH],
    ['370202800101123', ID_NUMBER_RULES.LENGTH],
    ['37020219800101123Y', ID_NUMBER_RULES.CHARACTERS],
    ['3702021980010112X3', ID_NUMBER_RULES.CHARACTERS],
    ['A70202198001011230', ID_NUMBER_RULES.CHARACTERS],
    ['370202 19800101123', ID_NUMBER_RULES.CHARACTERS],
    ['３70202198001011232', ID_NUMBER_RULES.CHARACTERS],
    [withCheck('99020219800101123'), ID_NUMBER_RULES.PROVINCE],
    [withCheck('00020219800101123'), ID_NUMBER_RULES.PROVINCE],
    [withCheck('66020219800101123'), ID_NUMBER_RULES.PROVINCE],
    [withCheck('39020219800101123'), ID_NUMBER_RULES.PROVINCE],
    [withCheck('83000019900101001'), ID_NUMBER_RULES.PROVINCE],
    [withCheck('37020219800230123'), ID_NUMBER_RULES.BIRTH_DATE_INVALID],
    [withCheck('37020219801301123'), ID_NUMBER_RULES.BIRTH_DATE_INVALID],
    [withCheck('37020220230229123'), ID_NUMBER_RULES.BIRTH_DATE_INVALID],
    [withCheck('37020219000229123'), ID_NUMBER_RULES.BIRTH_DATE_INVALID],
    [withCheck('37020219800100123'), ID_NUMBER_RULES.BIRTH_DATE_INVALID],
    [withCheck('37020218991231123'), ID_NUMBER_RULES.BIRTH_DATE_TOO_EARLY],
    ['440524188001010014', ID_NUMBER_RULES.BIRTH_DATE_TOO_EARLY],
    [withCheck('37020220240602001'), ID_NUMBER_RULES.BIRTH_DATE_FUTURE],
    ['370202198001011233', ID_NUMBER_RULES.CHECKSUM],
    ['110105194912310020', ID_NUMBER_RULES.CHECKSUM],
  ])('rejects %j with %s', (input, rule) => {
    expect(ruleOf(parseResidentIdNumber(input, 'idNumber', d('2024-06-01')))).toBe(rule);
  });

  it('does not check for a future date when no today is given', () => {
    expect(parseResidentIdNumber(withCheck('37020220990101001')).ok).toBe(true);
  });

  it('says which check character was expected', () => {
    const wrongDigit = parseResidentIdNumber('370202198001011233');
    expect(wrongDigit.ok ? null : wrongDigit.error.message).toBe('身份证号校验码错误，应为 2');
    const wrongX = parseResidentIdNumber('110105194912310020');
    expect(wrongX.ok ? null : wrongX.error.message).toBe('身份证号校验码错误，应为 X');
  });

  it('names the field given by the caller', () => {
    const result = parseResidentIdNumber('123', 'spouseIdNumber');
    expect(result.ok ? null : result.error).toEqual({
      field: 'spouseIdNumber',
      rule: ID_NUMBER_RULES.LENGTH,
      message: '身份证号应为 18 位，当前为 3 位',
    });
  });
});

describe('parseResidentIdNumber — properties', () => {
  const earliest = d('1900-01-01');
  const span = daysBetween(earliest, d('2099-12-31'));
  const birthDateArb = fc.integer({ min: 0, max: span }).map((n) => addDays(earliest, n));
  const digits = (length: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
  const bodyArb = fc
    .record({
      province: fc.constantFrom(...PROVINCE_CODES),
      rest: digits(4),
      birthDate: birthDateArb,
      sequence: digits(3),
    })
    .map(({ province, rest, birthDate, sequence }) => ({
      body: `${province}${rest}${birthDate.replaceAll('-', '')}${sequence}`,
      birthDate,
      sequence,
    }));

  it('a valid body plus its check character parses to its birth date and sex', () => {
    fc.assert(
      fc.property(bodyArb, ({ body, birthDate, sequence }) => {
        const parsed = unwrap(parseResidentIdNumber(withCheck(body), 'idNumber', birthDate));
        expect(parsed.birthDate).toBe(birthDate);
        expect(parsed.sequence).toBe(sequence);
        expect(parsed.regionCode).toBe(body.slice(0, 6));
        expect(parsed.sex).toBe(Number(sequence.charAt(2)) % 2 === 1 ? 'MALE' : 'FEMALE');
      }),
    );
  });

  it('any other check character fails with the checksum rule', () => {
    fc.assert(
      fc.property(bodyArb, fc.constantFrom(...CHECK_ALPHABET), ({ body }, check) => {
        fc.pre(check !== computeIdNumberCheckCharacter(body));
        expect(ruleOf(parseResidentIdNumber(body + check))).toBe(ID_NUMBER_RULES.CHECKSUM);
      }),
    );
  });

  it('every single-digit change in the first 17 digits is rejected', () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        ({ body }, position, shift) => {
          const id = withCheck(body);
          const changed = String((Number(id.charAt(position)) + shift) % 10);
          const mutated = id.slice(0, position) + changed + id.slice(position + 1);
          expect(parseResidentIdNumber(mutated).ok).toBe(false);
        },
      ),
    );
  });

  it('every swap of two adjacent different digits is rejected', () => {
    fc.assert(
      fc.property(bodyArb, fc.integer({ min: 0, max: 15 }), ({ body }, position) => {
        const id = withCheck(body);
        const a = id.charAt(position);
        const b = id.charAt(position + 1);
        fc.pre(a !== b);
        const swapped = id.slice(0, position) + b + a + id.slice(position + 2);
        expect(parseResidentIdNumber(swapped).ok).toBe(false);
      }),
    );
  });

  it('a birth date after today fails with the future rule', () => {
    fc.assert(
      fc.property(bodyArb, fc.integer({ min: 1, max: 36_500 }), ({ body, birthDate }, back) => {
        const today = addDays(birthDate, -back);
        fc.pre(calendarDateParts(today).year >= 1900);
        expect(ruleOf(parseResidentIdNumber(withCheck(body), 'idNumber', today))).toBe(
          ID_NUMBER_RULES.BIRTH_DATE_FUTURE,
        );
      }),
    );
  });

  it('any string whose trimmed length is not 18 fails as empty or wrong length', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), digits(17), digits(19), digits(15)),
        (input) => {
          fc.pre(input.trim().length !== 18);
          const rule = ruleOf(parseResidentIdNumber(input));
          expect([ID_NUMBER_RULES.EMPTY, ID_NUMBER_RULES.LENGTH]).toContain(rule);
        },
      ),
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 4 and last 4 characters around ten stars', () => {
    expect(maskIdNumber('37020219800101123X')).toBe('3702**********123X');
    expect(maskIdNumber(' 11010519491231002x ')).toBe('1101**********002X');
  });

  it('never reveals more than 8 characters of odd input', () => {
    expect(maskIdNumber('12345678')).toBe('********');
    expect(maskIdNumber('123')).toBe('***');
    expect(maskIdNumber('370202800101123')).toBe('3702*******1123');
  });

  it('masks every 18-character number to the same shape', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...CHECK_ALPHABET), minLength: 18, maxLength: 18 }),
        (id) => {
          const masked = maskIdNumber(id);
          expect(masked).toMatch(/^[\dX]{4}\*{10}[\dX]{4}$/);
          expect(masked.slice(0, 4)).toBe(id.slice(0, 4));
          expect(masked.slice(-4)).toBe(id.slice(-4));
        },
      ),
    );
  });
});
