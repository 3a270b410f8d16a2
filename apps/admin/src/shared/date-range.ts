import dayjs, { type Dayjs } from 'dayjs';

/** The value of an antd `DatePicker.RangePicker` whose either end may be left open. */
export type DateRangeValue = [Dayjs | null, Dayjs | null] | null;

/** The picker's value for a from/to pair of 'YYYY-MM-DD' days (null when both are open). */
export function dateRangeValue(from: string | null, to: string | null): DateRangeValue {
  return from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null;
}

/** The from/to days ('YYYY-MM-DD') a picker's value stands for. */
export function datesOfRange(range: DateRangeValue | undefined): {
  from: string | null;
  to: string | null;
} {
  return {
    from: range?.[0]?.format('YYYY-MM-DD') ?? null,
    to: range?.[1]?.format('YYYY-MM-DD') ?? null,
  };
}
