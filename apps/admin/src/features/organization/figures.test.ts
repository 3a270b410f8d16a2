import { describe, expect, it } from 'vitest';
import { lastMonthsWindow, monthLabels, monthSeries, percentText } from './figures';

describe('lastMonthsWindow', () => {
  it('spans twelve calendar months up to today', () => {
    expect(lastMonthsWindow('2026-12-02')).toEqual({ from: '2026-01-01', to: '2026-12-02' });
    expect(lastMonthsWindow('2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(lastMonthsWindow('2026-01-15', 1)).toEqual({ from: '2026-01-01', to: '2026-01-15' });
  });

  it('refuses something that is not a date', () => {
    expect(() => lastMonthsWindow('December')).toThrow(RangeError);
  });
});

describe('monthSeries', () => {
  it('lists every month, 0 where the API had none, ignoring months outside', () => {
    const series = monthSeries('2025-11-01', '2026-02-10', [
      { month: '2026-01', count: 4 },
      { month: '2025-11', count: 2 },
      { month: '2024-01', count: 99 },
    ]);
    expect(series).toEqual([
      { month: '2025-11', count: 2 },
      { month: '2025-12', count: 0 },
      { month: '2026-01', count: 4 },
      { month: '2026-02', count: 0 },
    ]);
  });

  it('has twelve entries over the default window', () => {
    const { from, to } = lastMonthsWindow('2026-12-02');
    expect(monthSeries(from, to, [])).toHaveLength(12);
  });
});

describe('monthLabels', () => {
  it('writes the year on the first month and on January', () => {
    const series = monthSeries('2025-11-01', '2026-02-01', []);
    expect(monthLabels(series, 'zh-CN')).toEqual(['2025年11月', '12月', '2026年1月', '2月']);
    expect(monthLabels(series, 'en')).toEqual(['Nov 2025', 'Dec', 'Jan 2026', 'Feb']);
  });
});

describe('percentText', () => {
  it('adds the percent sign, and gives null when there is no rate', () => {
    expect(percentText({ percent: '85.3', numerator: 853, denominator: 1000 })).toBe('85.3%');
    expect(percentText(null)).toBeNull();
  });
});
