import { describe, expect, it } from 'vitest';
import {
  dateStamp,
  fileNameFromContentDisposition,
  importReportFileName,
  importReportUrl,
  isXlsxFileName,
  rosterExportFileName,
  rosterExportUrl,
  safeFileNamePart,
} from './roster-files';

const zh = { roster: '会员名册', full: '完整信息', report: '错误报告', union: '工会' };
const en = { roster: 'member-roster', full: 'full', report: 'error-report', union: 'union' };

describe('roster URLs', () => {
  it('put the ids in the path, escaped', () => {
    expect(rosterExportUrl('T3JnOjE')).toBe('/api/rosters/T3JnOjE/roster.xlsx');
    expect(importReportUrl('Um9zdGVy/x')).toBe('/api/roster-imports/Um9zdGVy%2Fx/report.xlsx');
  });

  it('ask for the full roster with the reason in the query', () => {
    const url = new URL(rosterExportUrl('T3JnOjE', '报送 实名制&核对'), 'http://x');
    expect(url.pathname).toBe('/api/rosters/T3JnOjE/roster.xlsx');
    expect(url.searchParams.get('reveal')).toBe('1');
    expect(url.searchParams.get('reason')).toBe('报送 实名制&核对');
  });
});

describe('safeFileNamePart', () => {
  it.each([
    ['海信集团控股股份有限公司工会委员会', '海信集团控股股份有限公司工会委员会'],
    ['A/B\\C:D*E?F"G<H>I|J', 'A_B_C_D_E_F_G_H_I_J'],
    ['  多个   空格  ', '多个 空格'],
    ['..隐藏.', '隐藏'],
    ['行\n换\t', '行_换_'],
    ['', '工会'],
    ['///', '_'],
    ['. .', '工会'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileNamePart(input, '工会')).toBe(expected);
  });

  it('cuts long names by characters, not UTF-16 units', () => {
    expect(safeFileNamePart('𠀀'.repeat(100), 'x', 10)).toBe('𠀀'.repeat(10));
  });
});

describe('file names', () => {
  it('name the masked and the full roster after the union and the date', () => {
    expect(rosterExportFileName('市南区总工会', '2026-12-02', zh)).toBe(
      '市南区总工会-会员名册-2026-12-02.xlsx',
    );
    expect(rosterExportFileName('市南区总工会', '2026-12-02', zh, true)).toBe(
      '市南区总工会-会员名册-完整信息-2026-12-02.xlsx',
    );
    expect(rosterExportFileName('A/B', '2026-12-02', en)).toBe('A_B-member-roster-2026-12-02.xlsx');
    expect(rosterExportFileName('  ', '2026-12-02', zh)).toBe('工会-会员名册-2026-12-02.xlsx');
  });

  it('name the error report after the uploaded file', () => {
    expect(importReportFileName('三季度新会员.xlsx', zh)).toBe('三季度新会员-错误报告.xlsx');
    expect(importReportFileName('roster.XLSX', en)).toBe('roster-error-report.xlsx');
    expect(importReportFileName('.xlsx', zh)).toBe('会员名册-错误报告.xlsx');
  });

  it('stamp the date in the given time zone', () => {
    const instant = new Date('2026-12-01T17:30:00Z');
    expect(dateStamp(instant, 'Asia/Shanghai')).toBe('2026-12-02');
    expect(dateStamp(instant, 'UTC')).toBe('2026-12-01');
  });
});

describe('isXlsxFileName', () => {
  it.each([
    ['名册.xlsx', true],
    ['ROSTER.XLSX', true],
    [' a.xlsx ', true],
    ['名册.xls', false],
    ['名册.csv', false],
    ['xlsx', false],
    ['名册.xlsx.exe', false],
  ])('%j → %s', (name, expected) => {
    expect(isXlsxFileName(name)).toBe(expected);
  });
});

describe('fileNameFromContentDisposition', () => {
  it('prefers the UTF-8 name', () => {
    expect(
      fileNameFromContentDisposition(
        `attachment; filename="roster.xlsx"; filename*=UTF-8''${encodeURIComponent('会员名册.xlsx')}`,
      ),
    ).toBe('会员名册.xlsx');
  });

  it('falls back to the plain name, quoted or not', () => {
    expect(fileNameFromContentDisposition('attachment; filename="report.xlsx"')).toBe(
      'report.xlsx',
    );
    expect(fileNameFromContentDisposition('attachment; filename=report.xlsx')).toBe('report.xlsx');
    expect(fileNameFromContentDisposition("attachment; filename*=UTF-8''%E4%B8%AD%ZZ")).toBeNull();
  });

  it('is null without a name', () => {
    expect(fileNameFromContentDisposition(null)).toBeNull();
    expect(fileNameFromContentDisposition('attachment')).toBeNull();
    expect(fileNameFromContentDisposition('attachment; filename=""')).toBeNull();
  });
});
