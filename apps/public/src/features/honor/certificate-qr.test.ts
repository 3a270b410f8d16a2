import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPathData, qrQuietZone } from './certificate-qr';

/** The dark modules a path draws, read back from its `M x y h n v1 h-n z` runs. */
function modulesDrawn(path: string, quiet: number): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let offset = 0; offset < Number(width); offset += 1) {
      dark.add(`${Number(x) - quiet + offset},${Number(y) - quiet}`);
    }
  }
  return dark;
}

function darkModules(matrix: readonly (readonly boolean[])[]): Set<string> {
  const dark = new Set<string>();
  matrix.forEach((row, y) => {
    row.forEach((isDark, x) => {
      if (isDark) dark.add(`${x},${y}`);
    });
  });
  return dark;
}

describe('qrMatrix', () => {
  it('encodes a verify URL as a square symbol with the three finder patterns', () => {
    const matrix = qrMatrix('https://gonghui.example.cn/verify/K7Q2-MX4D-9TRB');
    const size = matrix.length;
    // Version v has 17 + 4v modules; a 49-byte URL at level M needs version 4 (33 modules).
    expect(size).toBe(33);
    for (const row of matrix) expect(row).toHaveLength(size);
    // A finder pattern: a dark 7×7 ring, a light ring inside, a dark 3×3 core.
    const finder = (top: number, left: number) =>
      Array.from({ length: 7 }, (_, y) =>
        Array.from({ length: 7 }, (_, x) => (matrix[top + y]?.[left + x] ? '#' : '.')).join(''),
      );
    const expected = ['#######', '#.....#', '#.###.#', '#.###.#', '#.###.#', '#.....#', '#######'];
    expect(finder(0, 0)).toEqual(expected);
    expect(finder(0, size - 7)).toEqual(expected);
    expect(finder(size - 7, 0)).toEqual(expected);
  });

  it('gives different symbols for different codes', () => {
    const one = qrMatrix('https://a.example/verify/AAAA-AAAA-AAAA');
    const two = qrMatrix('https://a.example/verify/AAAA-AAAA-AAAB');
    expect(one).not.toEqual(two);
  });
});

describe('qrPathData', () => {
  it('draws each horizontal run once, inside the quiet zone', () => {
    const matrix = [
      [true, true, false],
      [false, true, false],
      [true, false, true],
    ];
    expect(qrPathData(matrix, 4)).toBe('M4 4h2v1h-2zM5 5h1v1h-1zM4 6h1v1h-1zM6 6h1v1h-1z');
    expect(qrPathData([[false, false]], 4)).toBe('');
  });

  it('draws exactly the dark modules of any matrix', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((size) =>
          fc.array(fc.array(fc.boolean(), { minLength: size, maxLength: size }), {
            minLength: size,
            maxLength: size,
          }),
        ),
        (matrix) => {
          expect(modulesDrawn(qrPathData(matrix, qrQuietZone), qrQuietZone)).toEqual(
            darkModules(matrix),
          );
        },
      ),
    );
  });
});
