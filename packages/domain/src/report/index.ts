export {
  compareFigure,
  FIGURE_UNIT_LABELS,
  FIGURE_UNITS,
  type FigureComparison,
  type FigureUnit,
  formatFigure,
} from './figure.js';
export {
  checkReportPeriod,
  isWholeMonths,
  periodIncludes,
  previousPeriod,
  REPORT_PERIOD_RULES,
  type ReportPeriod,
} from './period.js';
