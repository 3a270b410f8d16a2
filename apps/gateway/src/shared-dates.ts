import { type CalendarDate, calendarDateInShanghai } from '@gonghui/domain';

/** Today in Asia/Shanghai. */
export function today(): CalendarDate {
  return calendarDateInShanghai(new Date());
}

/** A DATE column's value as a calendar date (PostgreSQL dates arrive as UTC midnight). */
export function calendarDateOf(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10) as CalendarDate;
}

/** A calendar date as the value of a DATE column. */
export function dateColumn(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
