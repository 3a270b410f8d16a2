import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../shared/result.js';
import { findDuplicateIdNumbers, memberIdentityKey } from './identity.js';
import { computeIdNumberCheckCharacter, parseResidentIdNumber } from './resident-id-number.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

const withCheck = (first17: string): string => first17 + computeIdNumberCheckCharacter(first17);

/** Valid numbers; the second ends in X. */
const A = withCheck('37020219800101123');
const X = (() => {
  for (let sequence = 100; sequence < 1000; sequence += 1) {
    const id = withCheck(`37021219900615${sequence}`);
    if (id.endsWith('X')) {
      return id;
    }
  }
  throw new Error('no X number found');
})();
const B = withCheck('13100219951231004');

describe('memberIdentityKey', () => {
  it('is the normalised 18-character number with an uppercase X', () => {
    expect(memberIdentityKey(unwrap(parseResidentIdNumber(` ${A} `)))).toBe(A);
    expect(memberIdentityKey(unwrap(parseResidentIdNumber(X.toLowerCase())))).toBe(X);
    expect(X).toMatch(/^\d{17}X$/);
  });
});

describe('findDuplicateIdNumbers', () => {
  it('groups rows that name the same person, ignoring spaces and the case of x', () => {
    expect(
      findDuplicateIdNumbers([
        { row: 2, idNumber: A },
        { row: 3, idNumber: X },
        { row: 4, idNumber: B },
        { row: 5, idNumber: ` ${X.toLowerCase()}` },
        { row: 6, idNumber: 'not a number' },
        { row: 7, idNumber: `${A} ` },
        { row: 8, idNumber: A },
      ]),
    ).toEqual([
      { idNumber: A, rows: [2, 7, 8] },
      { idNumber: X, rows: [3, 5] },
    ]);
  });

  it('ignores rows whose number does not parse, even when repeated', () => {
    const bad = `${A.slice(0, 17)}${A.endsWith('0') ? '1' : '0'}`;
    expect(
      findDuplicateIdNumbers([
        { row: 2, idNumber: bad },
        { row: 3, idNumber: bad },
        { row: 4, idNumber: '' },
        { row: 5, idNumber: '' },
      ]),
    ).toEqual([]);
  });

  it('is empty for an empty roster or unique numbers', () => {
    expect(findDuplicateIdNumbers([])).toEqual([]);
    expect(
      findDuplicateIdNumbers([
        { row: 2, idNumber: A },
        { row: 3, idNumber: B },
      ]),
    ).toEqual([]);
  });

  it('orders groups by their first row and rows ascending, whatever the input order', () => {
    expect(
      findDuplicateIdNumbers([
        { row: 9, idNumber: B },
        { row: 4, idNumber: A },
        { row: 3, idNumber: B },
        { row: 1, idNumber: A },
      ]),
    ).toEqual([
      { idNumber: A, rows: [1, 4] },
      { idNumber: B, rows: [3, 9] },
    ]);
  });

  it('property: the groups are exactly the numbers used on more than one row', () => {
    const pool = [A, B, X, X.toLowerCase(), ` ${A}`, '123', ''];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2, max: 500 }), { maxLength: 30 }),
        fc.array(fc.nat({ max: pool.length - 1 }), { minLength: 30, maxLength: 30 }),
        (rowNumbers, picks) => {
          const rows = rowNumbers.map((row, index) => ({
            row,
            idNumber: pool[picks[index] ?? 0] ?? '',
          }));
          const groups = findDuplicateIdNumbers(rows);
          const expected = new Map<string, number[]>();
          for (const { row, idNumber } of rows) {
            const parsed = parseResidentIdNumber(idNumber);
            if (parsed.ok) {
              expected.set(parsed.value.idNumber, [
                ...(expected.get(parsed.value.idNumber) ?? []),
                row,
              ]);
            }
          }
          const duplicated = [...expected].filter(([, list]) => list.length > 1);
          expect(groups.map((group) => group.idNumber).sort()).toEqual(
            duplicated.map(([id]) => id).sort(),
          );
          for (const group of groups) {
            expect(group.rows).toEqual(
              [...(expected.get(group.idNumber) ?? [])].sort((p, q) => p - q),
            );
          }
          const firsts = groups.map((group) => group.rows[0] ?? 0);
          expect(firsts).toEqual([...firsts].sort((p, q) => p - q));
        },
      ),
    );
  });
});
