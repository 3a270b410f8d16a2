export type { Brand } from './brand.js';
export {
  addDays,
  addYears,
  CALENDAR_DATE_RULES,
  type CalendarDate,
  type CalendarDateParts,
  calendarDateFromParts,
  calendarDateInShanghai,
  calendarDateParts,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  type IsoWeekday,
  isLeapYear,
  parseCalendarDate,
  yearsBetween,
} from './calendar-date.js';
export { type FieldError, fieldError } from './domain-error.js';
export { checkFilterRange, FILTER_RANGE_RULES } from './filter-range.js';
export {
  addFen,
  allocateFen,
  type Fen,
  fen,
  formatYuan,
  isFen,
  MONEY_RULES,
  multiplyFenByRatio,
  parseFen,
  subtractFen,
  sumFen,
  yuanToFen,
} from './money.js';
export { isProvinceCode, PROVINCE_CODES, PROVINCE_NAMES } from './province-code.js';
export { err, isErr, isOk, mapResult, ok, type Result } from './result.js';
