import { describe, expect, it } from 'vitest';
import {
  reportWorkbookUrl,
  searchParamsOfSelection,
  selectionFromSearchParams,
  yearOfPeriod,
  yearPeriod,
} from './report-period';

describe('the dashboard period in the address', () => {
  it('defaults to the last complete year', () => {
    expect(selectionFromSearchParams(new URLSearchParams(''), '2026-12-02')).toEqual({
      organizationId: null,
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('reads and writes org, from and to', () => {
    const params = new URLSearchParams('org=T3Jn&from=2024-04-01&to=2024-06-30');
    const selection = selectionFromSearchParams(params, '2026-12-02');
    expect(selection).toEqual({ organizationId: 'T3Jn', from: '2024-04-01', to: '2024-06-30' });
    expect(searchParamsOfSelection(selection).toString()).toBe(params.toString());
  });

  it('ignores malformed dates', () => {
    const params = new URLSearchParams('from=2024-4-1&to=2024-06-30');
    expect(selectionFromSearchParams(params, '2026-01-05').from).toBe('2025-01-01');
  });

  it('knows a whole year', () => {
    expect(yearPeriod(2024)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(yearOfPeriod('2024-01-01', '2024-12-31')).toBe(2024);
    expect(yearOfPeriod('2024-01-01', '2024-06-30')).toBeNull();
  });

  it('links the workbook download', () => {
    expect(reportWorkbookUrl('T3Jn=', '2024-01-01', '2024-12-31')).toBe(
      '/api/reports/T3Jn%3D/annual-report.xlsx?from=2024-01-01&to=2024-12-31',
    );
  });
});
