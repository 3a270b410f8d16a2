import { describe, expect, it } from 'vitest';
import { fenToWanYuan, innovationMessagesForTest, starsText } from './messages';

describe('innovation messages', () => {
  it('has every Chinese key and label in English', () => {
    const { catalogues, LABELS } = innovationMessagesForTest;
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues['zh-CN']).sort());
    expect(Object.keys(LABELS.en).sort()).toEqual(Object.keys(LABELS['zh-CN']).sort());
  });

  it('draws stars and 万元', () => {
    expect(starsText(4)).toBe('★★★★☆');
    expect(fenToWanYuan(860_000_000)).toBe('860');
    expect(fenToWanYuan(3_500_000)).toBe('3.5');
    expect(fenToWanYuan(1_234_567)).toBe('1.23');
  });
});
