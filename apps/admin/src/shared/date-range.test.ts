import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dateRangeValue, datesOfRange } from './date-range';

describe('date range filters', () => {
  it('give the picker both ends, one end, or nothing', () => {
    const both = dateRangeValue('2024-01-01', '2024-12-31');
    expect(both?.map((day) => day?.format('YYYY-MM-DD'))).toEqual(['2024-01-01', '2024-12-31']);
    const from = dateRangeValue('2024-03-01', null);
    expect(from?.[0]?.format('YYYY-MM-DD')).toBe('2024-03-01');
    expect(from?.[1]).toBeNull();
    expect(dateRangeValue(null, '2024-03-01')?.[0]).toBeNull();
    expect(dateRangeValue(null, null)).toBeNull();
  });

  it('read the days back from the picker', () => {
    expect(datesOfRange([dayjs('2025-01-01'), null])).toEqual({ from: '2025-01-01', to: null });
    expect(datesOfRange([null, dayjs('2025-12-31')])).toEqual({ from: null, to: '2025-12-31' });
    expect(datesOfRange(null)).toEqual({ from: null, to: null });
    expect(datesOfRange(undefined)).toEqual({ from: null, to: null });
    expect(datesOfRange(dateRangeValue('2024-02-29', '2024-03-01'))).toEqual({
      from: '2024-02-29',
      to: '2024-03-01',
    });
  });
});
