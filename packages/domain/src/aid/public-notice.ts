import { addDays, type CalendarDate, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { type Fen, formatYuan } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import type { AidNoticePeriod } from './application-workflow.js';

/**
 * The public notice of aid (救助公示): where a program requires it, the applications that passed
 * the district review are shown for some days before approval — with the applicant's name
 * masked (surname only), the program and the amount. Never an ID number, an address, an income
 * or the cause of hardship (PIPL sensitive data).
 */

/** Shortest and longest notice, in calendar days. */
export const AID_NOTICE_DAYS = Object.freeze({ MIN: 3, MAX: 15, DEFAULT: 5 } as const);

/** Stable rule codes of the aid notice. */
export const AID_NOTICE_RULES = Object.freeze({
  LENGTH: 'AID_NOTICE_LENGTH',
} as const);

/** Checks a program's notice length. */
export function checkAidNoticeDays(days: number, field = 'noticeDays'): Result<number, FieldError> {
  if (!Number.isInteger(days) || days < AID_NOTICE_DAYS.MIN || days > AID_NOTICE_DAYS.MAX) {
    return err(
      fieldError(
        field,
        AID_NOTICE_RULES.LENGTH,
        `公示期应为 ${AID_NOTICE_DAYS.MIN}–${AID_NOTICE_DAYS.MAX} 天`,
      ),
    );
  }
  return ok(days);
}

/** The notice starting on `startsOn` and lasting `days` days, both ends included. */
export function planAidNotice(startsOn: CalendarDate, days: number): AidNoticePeriod {
  return { startsOn, endsOn: addDays(startsOn, days - 1) };
}

/** True on the days of the notice. */
export function isAidNoticeRunning(notice: AidNoticePeriod, today: CalendarDate): boolean {
  return compareDates(notice.startsOn, today) <= 0 && compareDates(today, notice.endsOn) <= 0;
}

/**
 * A name as the public notice shows it: the surname (first character) and one `*` per other
 * character — '王建国' → '王**', '李明' → '李*'; a single character becomes '*'. Spaces are
 * trimmed; an empty name stays empty.
 */
export function maskPersonName(name: string): string {
  const characters = Array.from(name.trim());
  if (characters.length === 0) return '';
  if (characters.length === 1) return '*';
  return `${characters[0]}${'*'.repeat(characters.length - 1)}`;
}

/** One line of a public notice. */
export type AidNoticeLine = {
  readonly maskedName: string;
  readonly programName: string;
  readonly unionName: string;
  readonly amount: Fen;
  readonly notice: AidNoticePeriod;
  /** '王** 冬送温暖 500.00 元（公示期 2026-12-01 至 2026-12-05）'. */
  readonly text: string;
};

/** The public line of one application: masked name, program, union, amount, period. */
export function aidNoticeLine(input: {
  readonly applicantName: string;
  readonly programName: string;
  readonly unionName: string;
  readonly amount: Fen;
  readonly notice: AidNoticePeriod;
}): AidNoticeLine {
  const maskedName = maskPersonName(input.applicantName);
  return {
    maskedName,
    programName: input.programName,
    unionName: input.unionName,
    amount: input.amount,
    notice: input.notice,
    text: `${maskedName} ${input.programName} ${formatYuan(input.amount)} 元（公示期 ${input.notice.startsOn} 至 ${input.notice.endsOn}）`,
  };
}
