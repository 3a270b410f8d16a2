import type { IsoWeekday } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Opening hours (开放时间) of a service position, as staff write them on the sign by the door:
 *
 * - `24小时` (also `全天`, `24h`, `全天候`) — always open;
 * - `每天 08:00-20:00`;
 * - `周一至周五 09:00-12:00,14:00-17:30；周六 10:00-16:00` — rules separated by `;`/`；` or a
 *   new line; each rule is its days, then one or more time ranges separated by `,`/`，`/`、`;
 * - days: `每天`/`每日`, a single day (`周一`, `星期三`, `周日`/`周天`), a span (`周一至周五`,
 *   `周一-周五`) or a list (`周一、周三、周五`); English abbreviations (`Mo-Fr`, `Sa,Su`) too; a
 *   rule without days means every day;
 * - a range that ends at or before it starts runs past midnight (`22:00-06:00`); `24:00` is the
 *   end of the day.
 *
 * Times are China Standard Time (UTC+8, no daylight saving): "open now" is computed in it
 * whatever the server's time zone. Public holidays are not modelled: a position closed on a
 * holiday says so in its notes.
 */

/** One rule: on these days, from `from` to `until`, in minutes after the day's midnight. */
export type OpeningRule = {
  readonly days: readonly IsoWeekday[];
  /** 0 … 1439. */
  readonly from: number;
  /** from < until ≤ from + 1440: an `until` past 1440 runs into the next day. */
  readonly until: number;
};

/** Parsed opening hours. */
export type OpeningHours = {
  /** True for 24小时: open every minute of every day. */
  readonly alwaysOpen: boolean;
  readonly rules: readonly OpeningRule[];
};

export const OPENING_HOURS_RULES = Object.freeze({
  EMPTY: 'OPENING_HOURS_EMPTY',
  TOO_LONG: 'OPENING_HOURS_TOO_LONG',
  FORMAT: 'OPENING_HOURS_FORMAT',
  DAY: 'OPENING_HOURS_DAY',
  TIME: 'OPENING_HOURS_TIME',
  RANGE_EMPTY: 'OPENING_HOURS_RANGE_EMPTY',
  TOO_MANY: 'OPENING_HOURS_TOO_MANY',
} as const);

export const OPENING_HOURS_MAX_LENGTH = 200;
const MAX_RULES = 14;
const MAX_RANGES_PER_RULE = 4;
const DAY_MINUTES = 1440;
/** Minutes in a week; week minute 0 is Monday 00:00 China Standard Time. */
export const WEEK_MINUTES = 7 * DAY_MINUTES;
/** China Standard Time is UTC+8 all year. */
const CST_OFFSET_MINUTES = 8 * 60;

export const OPENING_WEEKDAYS: readonly IsoWeekday[] = Object.freeze([1, 2, 3, 4, 5, 6, 7]);
const WEEKDAY_LABELS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

const ALWAYS_OPEN =
  /^(24小时|24小时开放|全天|全天候|全天开放|24h|24\/7|每天24小时|全年无休24小时)$/i;
const EVERY_DAY = /^(每天|每日|天天|全周|周一至周日|周一-周日|Mo-Su)$/i;
const DAY_TOKENS: ReadonlyArray<readonly [RegExp, IsoWeekday]> = [
  [/^(周|星期|礼拜)(一|1)$|^mo(n)?$/i, 1],
  [/^(周|星期|礼拜)(二|2)$|^tu(e)?$/i, 2],
  [/^(周|星期|礼拜)(三|3)$|^we(d)?$/i, 3],
  [/^(周|星期|礼拜)(四|4)$|^th(u)?$/i, 4],
  [/^(周|星期|礼拜)(五|5)$|^fr(i)?$/i, 5],
  [/^(周|星期|礼拜)(六|6)$|^sa(t)?$/i, 6],
  [/^(周|星期|礼拜)(日|天|七|7)$|^su(n)?$/i, 7],
];

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[～〜~—–－至到]/g, (match) => (match === '至' || match === '到' ? '至' : '-'))
    .replace(/[；]/g, ';')
    .replace(/[，、]/g, ',')
    .trim();
}

function dayOf(token: string): IsoWeekday | null {
  for (const [pattern, day] of DAY_TOKENS) if (pattern.test(token)) return day;
  return null;
}

/** Days from `周一至周五`, `周一-周五`, `周一,周三`, `Mo-Fr` or `每天`; null when unreadable. */
function parseDays(text: string): IsoWeekday[] | null {
  const compact = text.replace(/\s+/g, '');
  if (EVERY_DAY.test(compact.replace('至', '-')) || EVERY_DAY.test(compact))
    return [...OPENING_WEEKDAYS];
  const days = new Set<IsoWeekday>();
  for (const part of compact.split(',')) {
    if (part === '') continue;
    const span = part.split(/至|-/);
    if (span.length === 1) {
      const day = dayOf(part);
      if (day === null) return null;
      days.add(day);
    } else if (span.length === 2) {
      const [firstText = '', lastText = ''] = span;
      const first = dayOf(firstText);
      // 周一至五: the second end may omit 周.
      const last = dayOf(lastText) ?? dayOf(`周${lastText}`);
      if (first === null || last === null) return null;
      // A span may wrap past Sunday (周六至周一).
      for (let day = first, steps = 0; steps < 7; steps += 1) {
        days.add(day);
        if (day === last) break;
        day = ((day % 7) + 1) as IsoWeekday;
      }
    } else {
      return null;
    }
  }
  return days.size > 0 ? OPENING_WEEKDAYS.filter((day) => days.has(day)) : null;
}

function parseTime(text: string): number | null {
  const match = /^(\d{1,2})(?::(\d{2}))?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

const RANGE = /(\d{1,2}(?::\d{2})?)\s*(?:-|至)\s*(\d{1,2}(?::\d{2})?)/g;

/**
 * Parses opening hours (see the module comment for what is accepted). Fails with
 * OPENING_HOURS_EMPTY, _TOO_LONG, _FORMAT (no time range where one was expected), _DAY, _TIME
 * (25:00, 08:61), _RANGE_EMPTY (09:00-09:00) or _TOO_MANY.
 */
export function parseOpeningHours(
  input: string,
  field = 'openingHours',
): Result<OpeningHours, FieldError> {
  const text = normalise(input);
  if (text === '') return err(fieldError(field, OPENING_HOURS_RULES.EMPTY, '请填写开放时间'));
  if (text.length > OPENING_HOURS_MAX_LENGTH) {
    return err(
      fieldError(
        field,
        OPENING_HOURS_RULES.TOO_LONG,
        `开放时间最多 ${OPENING_HOURS_MAX_LENGTH} 个字`,
      ),
    );
  }
  if (ALWAYS_OPEN.test(text.replace(/\s+/g, ''))) return ok({ alwaysOpen: true, rules: [] });
  const parts = text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length > MAX_RULES) {
    return err(fieldError(field, OPENING_HOURS_RULES.TOO_MANY, `开放时间最多 ${MAX_RULES} 段`));
  }
  const rules: OpeningRule[] = [];
  for (const part of parts) {
    const firstDigit = part.search(/\d{1,2}(:\d{2})?\s*(-|至)\s*\d/);
    if (firstDigit < 0) {
      return err(
        fieldError(
          field,
          OPENING_HOURS_RULES.FORMAT,
          `无法识别「${part}」：请写成“周一至周五 09:00-17:00”或“24小时”`,
        ),
      );
    }
    const dayText = part
      .slice(0, firstDigit)
      .replace(/[:：\s]+$/, '')
      .trim();
    const days = dayText === '' ? [...OPENING_WEEKDAYS] : parseDays(dayText);
    if (days === null) {
      return err(fieldError(field, OPENING_HOURS_RULES.DAY, `无法识别的日期「${dayText}」`));
    }
    const rangeText = part.slice(firstDigit).replace(/\s+/g, '');
    const leftover = rangeText.replace(RANGE, '').replace(/,/g, '');
    if (leftover !== '') {
      return err(
        fieldError(field, OPENING_HOURS_RULES.FORMAT, `无法识别「${part}」中的「${leftover}」`),
      );
    }
    const ranges = [...rangeText.matchAll(RANGE)];
    if (ranges.length > MAX_RANGES_PER_RULE) {
      return err(
        fieldError(field, OPENING_HOURS_RULES.TOO_MANY, `每段最多 ${MAX_RANGES_PER_RULE} 个时间段`),
      );
    }
    for (const range of ranges) {
      const from = parseTime(range[1] ?? '');
      const until = parseTime(range[2] ?? '');
      if (from === null || until === null || from === DAY_MINUTES) {
        return err(fieldError(field, OPENING_HOURS_RULES.TIME, `时间「${range[0]}」无效`));
      }
      if (from === until && !(from === 0 && until === 0)) {
        return err(
          fieldError(field, OPENING_HOURS_RULES.RANGE_EMPTY, `时间段「${range[0]}」开始与结束相同`),
        );
      }
      // 00:00-00:00 and 00:00-24:00 are the whole day; an end at or before the start is the next day.
      const end = until > from ? until : until + DAY_MINUTES;
      rules.push({ days, from, until: end });
    }
  }
  const hours: OpeningHours = { alwaysOpen: false, rules };
  return ok(isAlwaysOpen(hours) ? { alwaysOpen: true, rules: [] } : hours);
}

/**
 * The hours as sorted, merged, non-overlapping `[start, end)` intervals of week minutes
 * (0 = Monday 00:00 CST, {@link WEEK_MINUTES} = the next Monday). A Sunday range past midnight
 * wraps to Monday morning. The gateway stores these to answer "open now" in SQL.
 */
export function weeklyOpenIntervals(hours: OpeningHours): [number, number][] {
  if (hours.alwaysOpen) return [[0, WEEK_MINUTES]];
  const raw: [number, number][] = [];
  for (const rule of hours.rules) {
    for (const day of rule.days) {
      const start = (day - 1) * DAY_MINUTES + rule.from;
      const end = (day - 1) * DAY_MINUTES + rule.until;
      if (end <= WEEK_MINUTES) {
        raw.push([start, end]);
      } else {
        raw.push([start, WEEK_MINUTES], [0, end - WEEK_MINUTES]);
      }
    }
  }
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of raw) {
    const last = merged.at(-1);
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}

function isAlwaysOpen(hours: OpeningHours): boolean {
  const intervals = weeklyOpenIntervals(hours);
  return intervals.length === 1 && intervals[0]?.[0] === 0 && intervals[0]?.[1] === WEEK_MINUTES;
}

/** The minute of the week of an instant in China Standard Time (0 = Monday 00:00). */
export function weekMinuteInChina(instant: Date): number {
  const minutes = Math.floor(instant.getTime() / 60_000) + CST_OFFSET_MINUTES;
  // 1970-01-01 was a Thursday: shift so that week minute 0 is a Monday.
  const sinceMonday = minutes + 3 * DAY_MINUTES;
  return ((sinceMonday % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
}

/** True when the position is open at this instant (China Standard Time). */
export function isOpenAt(hours: OpeningHours, instant: Date): boolean {
  const minute = weekMinuteInChina(instant);
  return weeklyOpenIntervals(hours).some(([start, end]) => start <= minute && minute < end);
}

/** True for 24-hour positions (24 小时开放). */
export function isOpen24Hours(hours: OpeningHours): boolean {
  return hours.alwaysOpen;
}

function clock(minutes: number): string {
  const within = minutes > DAY_MINUTES ? minutes - DAY_MINUTES : minutes;
  const h = Math.floor(within / 60);
  const m = within % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function daysText(days: readonly IsoWeekday[]): string {
  if (days.length === 7) return '每天';
  const runs: IsoWeekday[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => {
      const first = run[0] as IsoWeekday;
      const last = run.at(-1) as IsoWeekday;
      if (run.length === 1) return WEEKDAY_LABELS[first];
      if (run.length === 2) return `${WEEKDAY_LABELS[first]}、${WEEKDAY_LABELS[last]}`;
      return `${WEEKDAY_LABELS[first]}至${WEEKDAY_LABELS[last]}`;
    })
    .join('、');
}

/**
 * The canonical Chinese text of parsed hours ('24小时', '周一至周五 09:00-17:00；周六 10:00-16:00'),
 * rules with the same days joined. Parsing it again gives the same hours.
 */
export function formatOpeningHours(hours: OpeningHours): string {
  if (hours.alwaysOpen) return '24小时';
  const groups: { days: readonly IsoWeekday[]; ranges: string[] }[] = [];
  for (const rule of hours.rules) {
    const range = `${clock(rule.from)}-${clock(rule.until)}`;
    const group = groups.find((g) => g.days.join() === rule.days.join());
    if (group) group.ranges.push(range);
    else groups.push({ days: rule.days, ranges: [range] });
  }
  return groups.map((group) => `${daysText(group.days)} ${group.ranges.join('，')}`).join('；');
}
