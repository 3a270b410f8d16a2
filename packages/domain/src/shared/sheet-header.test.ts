import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapSheetHeader, normaliseSheetHeader } from './sheet-header.js';

const fields = ['name', 'latitude', 'note'] as const;
const sheet = {
  fields,
  columns: {
    name: { header: '名称', required: true },
    latitude: { header: '纬度', required: true },
    note: { header: '备注', required: false },
  },
  rules: { HEADER_MISSING: 'H', COLUMN_MISSING: 'M', COLUMN_DUPLICATE: 'D' },
  headerMissingMessage: '第 1 行应为表头',
};

describe('mapSheetHeader', () => {
  it.each([
    [['名称', '纬度'], { name: 0, latitude: 1 }],
    [['其他', ' 纬 度 ', '名称', '备注'], { latitude: 1, name: 2, note: 3 }],
    [['ｎａｍｅ', '名称', '纬度'], { name: 1, latitude: 2 }],
  ])('maps %j', (cells, expected) => {
    expect(mapSheetHeader(cells, sheet)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [[], [['file', 'H']]],
    [['', null, 3], [['file', 'H']]],
    [['名称'], [['latitude', 'M']]],
    [['名称', '纬度', '名称'], [['name', 'D']]],
    [
      ['备注', '备注'],
      [
        ['note', 'D'],
        ['name', 'M'],
        ['latitude', 'M'],
      ],
    ],
  ])('refuses %j with every problem', (cells, expected) => {
    const result = mapSheetHeader(cells, sheet);
    expect(result.ok ? [] : result.error.map((e) => [e.field, e.rule])).toEqual(expected);
  });

  it('ignores a trailing note in brackets only when asked', () => {
    expect(mapSheetHeader(['名称', '纬度（GCJ-02）'], sheet).ok).toBe(false);
    expect(
      mapSheetHeader(['名称', '纬度（GCJ-02）'], { ...sheet, ignoreTrailingNote: true }),
    ).toEqual({
      ok: true,
      value: { name: 0, latitude: 1 },
    });
    expect(normaliseSheetHeader('纬度 (GCJ-02)', true)).toBe('纬度');
  });

  it('finds every column in any order, whatever else the row holds', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['名称', '纬度', '备注', '甲', '乙', '丙'], {
          minLength: 6,
          maxLength: 6,
        }),
        (cells) => {
          const result = mapSheetHeader(cells, sheet);
          expect(result).toEqual({
            ok: true,
            value: {
              name: cells.indexOf('名称'),
              latitude: cells.indexOf('纬度'),
              note: cells.indexOf('备注'),
            },
          });
        },
      ),
    );
  });
});
