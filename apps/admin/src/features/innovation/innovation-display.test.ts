import { describe, expect, it } from 'vitest';
import { formatFenAsYuan, starsText, studioPath, yuanToFen } from './innovation-display';

describe('innovation display helpers', () => {
  it.each([
    [null, ''],
    [0, '☆☆☆☆☆'],
    [3, '★★★☆☆'],
    [5, '★★★★★'],
  ])('draws %s stars as %s', (stars, text) => {
    expect(starsText(stars)).toBe(text);
  });

  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123456789, '1,234,567.89'],
    [-250, '-2.50'],
  ])('formats %s fen as %s yuan', (fen, text) => {
    expect(formatFenAsYuan(fen)).toBe(text);
  });

  it('turns yuan into whole fen, refusing fractions of a fen', () => {
    expect(yuanToFen(1090.5)).toBe(109050);
    expect(yuanToFen(0.1)).toBe(10);
    expect(yuanToFen(1.005)).toBeNull();
    expect(yuanToFen(null)).toBeNull();
  });

  it('builds studio paths', () => {
    expect(studioPath('abc')).toBe('/innovation/studios/abc');
  });
});
