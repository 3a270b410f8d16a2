import { describe, expect, it } from 'vitest';
import { parseAspectLines } from './setup-form';

describe('parseAspectLines', () => {
  it('reads 名称:满分 lines, with either colon, skipping blank lines', () => {
    expect(parseAspectLines('板对接焊:60\n\n管对接焊：40.5')).toEqual({
      ok: true,
      value: [
        { code: 'P1', name: '板对接焊', part: 'PRACTICAL', maxMarks: 60 },
        { code: 'P2', name: '管对接焊', part: 'PRACTICAL', maxMarks: 40.5 },
      ],
    });
  });

  it('names the line it cannot read', () => {
    expect(parseAspectLines('板对接焊:60\n管对接焊')).toEqual({
      ok: false,
      error: '第 2 行应为“名称:满分”，如“板对接焊:60”',
    });
  });
});
