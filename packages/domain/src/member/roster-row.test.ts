import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import { computeIdNumberCheckCharacter, type ResidentIdNumber } from './resident-id-number.js';
import {
  findRepeatedIdNumbers,
  isBlankRosterRow,
  matchRosterHeader,
  parseRosterDate,
  ROSTER_FIELDS,
  type RosterRowCells,
  type RosterRowContext,
  repeatedRowIssue,
  rosterRowCells,
  validateRosterRow,
} from './roster-row.js';

const withCheck = (first17: string): string => first17 + computeIdNumberCheckCharacter(first17);
const ID_A = withCheck('37020219800101123'); // male, born 1980-01-01
const ID_B = withCheck('37020219900615002'); // female, born 1990-06-15
const wrongCheck = (id: string) => id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');

const context: RosterRowContext = {
  organization: {
    kind: 'GRASSROOTS_UNION',
    foundedOn: '2000-01-01' as CalendarDate,
    dissolvedOn: null,
  },
  today: '2026-12-01' as CalendarDate,
};

const good: RosterRowCells = {
  name: ' 张三 ',
  idNumber: ID_A,
  phone: '138 1234 5678',
  joinedOn: '2020-03-01',
  isMigrant: '是',
  employmentGroup: '外卖送餐员',
  employerName: '青岛某某公司',
};

describe('matchRosterHeader', () => {
  it('matches columns by name in any order, ignoring spaces and unknown columns', () => {
    const result = matchRosterHeader([' 入会日期', '备注', '身份证 号', '姓名 ', null, '手机号']);
    expect(result).toEqual({ ok: true, value: { joinedOn: 0, idNumber: 2, name: 3, phone: 5 } });
  });

  it.each([
    [[], ['file:ROSTER_HEADER_MISSING']],
    [[null, '  '], ['file:ROSTER_HEADER_MISSING']],
    [['姓名'], ['idNumber:ROSTER_COLUMN_MISSING', 'joinedOn:ROSTER_COLUMN_MISSING']],
    [['姓名', '身份证号', '入会日期', '姓名'], ['name:ROSTER_COLUMN_DUPLICATE']],
  ])('refuses header %j', (cells, problems) => {
    const result = matchRosterHeader(cells);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((p) => `${p.field}:${p.rule}`)).toEqual(problems);
  });

  it('picks cells by the matched positions', () => {
    const header = { name: 2, idNumber: 0 };
    expect(rosterRowCells(header, [ID_A, 'x', '李四'])).toEqual({ name: '李四', idNumber: ID_A });
  });
});

describe('parseRosterDate', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024年3月1日', '2024-03-01'],
    [' 2024年03月01日 ', '2024-03-01'],
    [new Date(Date.UTC(2024, 2, 1)), '2024-03-01'],
    [45352, '2024-03-01'],
    [45352.75, '2024-03-01'],
  ])('reads %j', (cell, expected) => {
    expect(parseRosterDate(cell)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'DATE_EMPTY'],
    [null, 'DATE_EMPTY'],
    ['2024.03.01', 'ROSTER_DATE_FORMAT'],
    ['去年', 'ROSTER_DATE_FORMAT'],
    ['2023-02-29', 'DATE_INVALID'],
    ['2024年13月1日', 'DATE_INVALID'],
    [-3, 'ROSTER_DATE_FORMAT'],
    [true, 'ROSTER_DATE_FORMAT'],
  ])('refuses %j with %s', (cell, rule) => {
    const result = parseRosterDate(cell as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.rule).toBe(rule);
  });
});

describe('validateRosterRow', () => {
  it('turns a good row into a member candidate', () => {
    expect(validateRosterRow(good, context)).toEqual({
      ok: true,
      value: {
        name: '张三',
        idNumber: ID_A,
        sex: 'MALE',
        birthDate: '1980-01-01',
        phone: '13812345678',
        joinedOn: '2020-03-01',
        isMigrant: true,
        employmentGroup: 'FOOD_DELIVERY_RIDER',
        employerName: '青岛某某公司',
      },
    });
  });

  it('treats blank optional cells as none', () => {
    const result = validateRosterRow(
      { name: '李四', idNumber: ID_B.toLowerCase(), joinedOn: new Date(Date.UTC(2015, 0, 2)) },
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        phone: null,
        isMigrant: false,
        employmentGroup: null,
        employerName: null,
        sex: 'FEMALE',
        joinedOn: '2015-01-02',
      },
    });
  });

  it.each<[string, RosterRowCells, string[]]>([
    ['missing name', { ...good, name: '  ' }, ['name:MEMBER_NAME_EMPTY']],
    ['long name', { ...good, name: '名'.repeat(51) }, ['name:MEMBER_NAME_TOO_LONG']],
    [
      'bad check character',
      { ...good, idNumber: wrongCheck(ID_A) },
      ['idNumber:ID_NUMBER_CHECKSUM'],
    ],
    ['empty ID', { ...good, idNumber: undefined }, ['idNumber:ID_NUMBER_EMPTY']],
    [
      'ID as a number',
      { ...good, idNumber: 370202198001011200 },
      ['idNumber:ROSTER_ID_NUMBER_NOT_TEXT'],
    ],
    ['bad phone', { ...good, phone: '12345' }, ['phone:PHONE_FORMAT']],
    ['phone prefix', { ...good, phone: 12012345678 }, ['phone:PHONE_PREFIX']],
    ['bad date', { ...good, joinedOn: '2020-02-30' }, ['joinedOn:DATE_INVALID']],
    ['date text', { ...good, joinedOn: '三月' }, ['joinedOn:ROSTER_DATE_FORMAT']],
    ['no date', { ...good, joinedOn: '' }, ['joinedOn:DATE_EMPTY']],
    [
      'future date',
      { ...good, joinedOn: '2027-01-01' },
      ['joinedOn:MEMBER_JOINING_DATE_IN_FUTURE'],
    ],
    [
      'before founding',
      { ...good, joinedOn: '1999-12-31' },
      ['joinedOn:MEMBER_JOINING_BEFORE_FOUNDING'],
    ],
    ['migrant flag', { ...good, isMigrant: '也许' }, ['isMigrant:MIGRANT_WORKER_FLAG_INVALID']],
    [
      'group',
      { ...good, employmentGroup: '司机' },
      ['employmentGroup:NEW_EMPLOYMENT_GROUP_UNKNOWN'],
    ],
    [
      'employer',
      { ...good, employerName: '公'.repeat(101) },
      ['employerName:EMPLOYER_NAME_TOO_LONG'],
    ],
    [
      'several at once, in column order',
      { name: '', idNumber: '123', phone: 'abc', joinedOn: 'x' },
      [
        'name:MEMBER_NAME_EMPTY',
        'idNumber:ID_NUMBER_LENGTH',
        'phone:PHONE_FORMAT',
        'joinedOn:ROSTER_DATE_FORMAT',
      ],
    ],
  ])('reports %s', (_label, cells, problems) => {
    const result = validateRosterRow(cells, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((p) => `${p.field}:${p.rule}`)).toEqual(problems);
  });

  it('never puts the ID number in a message', () => {
    const result = validateRosterRow({ ...good, idNumber: wrongCheck(ID_A) }, context);
    expect(JSON.stringify(result)).not.toContain(ID_A.slice(0, 17));
  });

  it('property: a row is either a candidate or has problems, never both, and never throws', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.date(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const row = fc.record(
      Object.fromEntries(ROSTER_FIELDS.map((field) => [field, cell])) as Record<
        (typeof ROSTER_FIELDS)[number],
        typeof cell
      >,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(row, (cells) => {
        const result = validateRosterRow(cells as RosterRowCells, context);
        if (result.ok) {
          expect(result.value.idNumber).toMatch(/^\d{17}[\dX]$/);
        } else {
          expect(result.error.length).toBeGreaterThan(0);
          const fields = result.error.map((p) => p.field);
          expect(new Set(fields).size).toBe(fields.length);
          for (const problem of result.error) expect(problem.message).not.toBe('');
        }
      }),
    );
  });

  it('property: any valid ID with a valid date and name is accepted with its sex and birth date', () => {
    const first17 = fc
      .tuple(
        fc.constantFrom('11', '37', '44', '65'),
        fc.integer({ min: 0, max: 9999 }),
        fc.date({ min: new Date('1950-01-01'), max: new Date('2000-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(
        ([province, area, birth, sequence]) =>
          `${province}${String(area).padStart(4, '0')}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(sequence).padStart(3, '0')}`,
      );
    fc.assert(
      fc.property(first17, fc.boolean(), (digits, lower) => {
        const id = withCheck(digits);
        const result = validateRosterRow(
          { name: '王五', idNumber: lower ? id.toLowerCase() : id, joinedOn: '2024/1/2' },
          context,
        );
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.value.idNumber).toBe(id);
          expect(result.value.sex).toBe(Number(id.charAt(16)) % 2 === 1 ? 'MALE' : 'FEMALE');
          expect(result.value.birthDate.replace(/-/g, '')).toBe(id.slice(6, 14));
        }
      }),
    );
  });
});

describe('isBlankRosterRow', () => {
  it('is true only when every cell is empty', () => {
    expect(isBlankRosterRow({})).toBe(true);
    expect(isBlankRosterRow({ name: ' ', phone: null })).toBe(true);
    expect(isBlankRosterRow({ name: ' ', phone: 0 })).toBe(false);
  });
});

describe('findRepeatedIdNumbers', () => {
  const a = ID_A as ResidentIdNumber;
  const b = ID_B as ResidentIdNumber;

  it('names the first row of each repeated person, across batches', () => {
    const first = findRepeatedIdNumbers([
      { row: 2, idNumber: a },
      { row: 3, idNumber: b },
      { row: 5, idNumber: a },
    ]);
    expect(first.repeated).toEqual([{ row: 5, firstRow: 2 }]);
    expect([...first.newFirstRows]).toEqual([
      [a, 2],
      [b, 3],
    ]);
    const second = findRepeatedIdNumbers([{ row: 9, idNumber: b }], first.newFirstRows);
    expect(second.repeated).toEqual([{ row: 9, firstRow: 3 }]);
    expect(second.newFirstRows.size).toBe(0);
    expect(repeatedRowIssue(3).message).toContain('第 3 行');
  });

  it('property: splitting the rows into batches finds the same repeats as one pass', () => {
    const ids = [a, b, withCheck('11010119700101001') as ResidentIdNumber];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ids), { maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (picked, size) => {
          const rows = picked.map((idNumber, index) => ({ row: index + 2, idNumber }));
          const whole = findRepeatedIdNumbers(rows).repeated;
          const seen = new Map<ResidentIdNumber, number>();
          const batched = [];
          for (let start = 0; start < rows.length; start += size) {
            const part = findRepeatedIdNumbers(rows.slice(start, start + size), seen);
            batched.push(...part.repeated);
            for (const [key, row] of part.newFirstRows) seen.set(key, row);
          }
          expect(batched).toEqual(whole);
          expect(whole.length).toBe(rows.length - new Set(picked).size);
          for (const { row, firstRow } of whole) expect(firstRow).toBeLessThan(row);
        },
      ),
    );
  });
});

describe('messages', () => {
  it('do not quote the birth date read from an ID number', () => {
    const impossible = withCheck('37020219800231123'); // 1980-02-31
    const result = validateRosterRow({ ...good, idNumber: impossible }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.rule).toBe('ID_NUMBER_BIRTH_DATE_INVALID');
      expect(result.error[0]?.message).not.toContain('19800231');
    }
  });
});
