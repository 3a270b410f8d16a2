import { FIGURE_UNIT_LABELS } from '@gonghui/domain';
import ExcelJS from 'exceljs';
import type { AnnualReport, ReportFigure } from './annual-report.js';

/** The columns of the report sheet. */
export const REPORT_SHEET_COLUMNS = Object.freeze([
  '板块',
  '指标',
  '本期',
  '上期',
  '增减',
  '增减幅度(%)',
  '单位',
  '口径',
  '指标代码',
] as const);

/** A figure's value as the sheet holds it: money in 元 (two decimals), counts as they are. */
function cellValue(figure: ReportFigure, value: number | null): number | null {
  if (value === null) return null;
  return figure.unit === 'FEN' ? value / 100 : value;
}

/**
 * The report as a workbook (年度工作报告.xlsx): a title, the period and the comparison period,
 * then one row per figure with its section, the previous period's value, the change and the
 * basis (报告期内 / 截至今日). Numbers are numbers (sums and charts work in Excel); money is in 元.
 */
export async function annualReportWorkbook(report: AnnualReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '工会平台';
  const sheet = workbook.addWorksheet('年度工作报告', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 },
  });
  sheet.addRow([`${report.organizationName}工作报告数据`]).font = { bold: true, size: 14 };
  sheet.addRow([`报告期：${report.period.from} 至 ${report.period.to}`]);
  sheet.addRow([`对比期（上期）：${report.previous.from} 至 ${report.previous.to}`]);
  sheet.addRow([]);
  const header = sheet.addRow([...REPORT_SHEET_COLUMNS]);
  header.font = { bold: true };
  for (const section of report.sections) {
    for (const figure of section.figures) {
      const row = sheet.addRow([
        section.title,
        figure.label,
        cellValue(figure, figure.value),
        cellValue(figure, figure.previous),
        cellValue(figure, figure.change),
        figure.changePercent === null ? null : Number(figure.changePercent),
        FIGURE_UNIT_LABELS[figure.unit],
        figure.basis === 'PERIOD' ? '报告期内' : '截至今日',
        figure.key,
      ]);
      if (figure.unit === 'FEN') {
        for (const column of [3, 4, 5]) row.getCell(column).numFmt = '#,##0.00';
      } else {
        for (const column of [3, 4, 5]) row.getCell(column).numFmt = '#,##0';
      }
    }
  }
  sheet.columns.forEach((column, index) => {
    column.width = [12, 26, 14, 14, 12, 12, 6, 10, 36][index] ?? 12;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
