import { addDays, type CalendarDate, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  addWorkingDays,
  checkCalendarCovers,
  type HolidayCalendar,
  isWorkingDay,
} from './working-days.js';

/**
 * Public notice (公示): before a nomination is approved, the nominee's name, employer and deeds
 * are shown to the public for a number of working days (typically 5–7), and anyone may raise an
 * objection (异议). Approval waits until the notice has ended and every objection is resolved.
 */

/** The shortest and longest notice, in working days. */
export const PUBLIC_NOTICE_WORKING_DAYS = Object.freeze({ MIN: 5, MAX: 7, DEFAULT: 5 } as const);

/** A notice period: both days included (公示期 startsOn 至 endsOn). */
export type PublicNoticePeriod = {
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
};

/** Every objection state. */
export const OBJECTION_STATES = Object.freeze(['OPEN', 'UPHELD', 'DISMISSED'] as const);

/**
 * An objection's state:
 * - `OPEN` 待核查 — received, not yet resolved;
 * - `UPHELD` 异议成立 — checked and found true: the nomination should not go ahead as it is;
 * - `DISMISSED` 异议不成立 — checked and found unfounded.
 */
export type ObjectionState = (typeof OBJECTION_STATES)[number];

/** Chinese display names of the objection states. */
export const OBJECTION_STATE_LABELS: Readonly<Record<ObjectionState, string>> = Object.freeze({
  OPEN: '待核查',
  UPHELD: '异议成立',
  DISMISSED: '异议不成立',
});

/** An objection raised during a public notice. */
export type Objection = {
  readonly id: string;
  readonly receivedOn: CalendarDate;
  readonly state: ObjectionState;
  /** How it was resolved (核查结论), required once it is not OPEN. */
  readonly resolution: string | null;
  readonly resolvedBy: string | null;
  readonly resolvedOn: CalendarDate | null;
};

/** Stable rule codes of public notices and objections. */
export const PUBLIC_NOTICE_RULES = Object.freeze({
  LENGTH: 'PUBLIC_NOTICE_LENGTH',
  START_NOT_WORKING_DAY: 'PUBLIC_NOTICE_START_NOT_WORKING_DAY',
  NOT_ENDED: 'PUBLIC_NOTICE_NOT_ENDED',
  OBJECTION_OPEN: 'PUBLIC_NOTICE_OBJECTION_OPEN',
  OBJECTION_UPHELD: 'PUBLIC_NOTICE_OBJECTION_UPHELD',
  OBJECTION_OUTSIDE_NOTICE: 'PUBLIC_NOTICE_OBJECTION_OUTSIDE',
  OBJECTION_ALREADY_RESOLVED: 'PUBLIC_NOTICE_OBJECTION_RESOLVED',
  OBJECTION_RESOLUTION_EMPTY: 'PUBLIC_NOTICE_OBJECTION_RESOLUTION_EMPTY',
  OBJECTION_RESOLVED_BEFORE_RECEIVED: 'PUBLIC_NOTICE_OBJECTION_RESOLVED_EARLY',
} as const);

/** Fails with PUBLIC_NOTICE_LENGTH unless `workingDays` is a whole number from 5 to 7. */
export function checkPublicNoticeLength(
  workingDays: number,
  field = 'workingDays',
): Result<number, FieldError> {
  const { MIN, MAX } = PUBLIC_NOTICE_WORKING_DAYS;
  if (!Number.isInteger(workingDays) || workingDays < MIN || workingDays > MAX) {
    return err(
      fieldError(
        field,
        PUBLIC_NOTICE_RULES.LENGTH,
        `公示期应为 ${MIN}–${MAX} 个工作日，当前为 ${workingDays}`,
      ),
    );
  }
  return ok(workingDays);
}

/**
 * The notice period that starts on `startsOn` and lasts `workingDays` working days (default 5).
 * The start day counts as the first day when it is a working day; a notice posted on a weekend
 * or holiday starts counting on the next working day, so it still gives the public N full
 * working days. The end is the N-th such working day.
 *
 * Refuses a bad length (PUBLIC_NOTICE_LENGTH) and, rather than guessing holidays, a period that
 * starts before or runs past the years the calendar covers (CALENDAR_NOT_CONFIGURED).
 */
export function planPublicNotice(
  startsOn: CalendarDate,
  calendar: HolidayCalendar,
  workingDays: number = PUBLIC_NOTICE_WORKING_DAYS.DEFAULT,
): Result<PublicNoticePeriod, FieldError> {
  const length = checkPublicNoticeLength(workingDays);
  if (!length.ok) {
    return length;
  }
  const starts = checkCalendarCovers(calendar, startsOn, startsOn, 'startsOn');
  if (!starts.ok) {
    return starts;
  }
  // Step one working day at a time so that the walk stops at the calendar's edge.
  let endsOn = addDays(startsOn, -1);
  for (let counted = 0; counted < workingDays; counted += 1) {
    endsOn = addWorkingDays(endsOn, 1, calendar);
    const covered = checkCalendarCovers(calendar, startsOn, endsOn, 'startsOn');
    if (!covered.ok) {
      return covered;
    }
  }
  return ok({ startsOn, endsOn });
}

/** The end date of a notice: {@link planPublicNotice}'s `endsOn`. */
export function publicNoticeEndDate(
  startsOn: CalendarDate,
  calendar: HolidayCalendar,
  workingDays: number = PUBLIC_NOTICE_WORKING_DAYS.DEFAULT,
): Result<CalendarDate, FieldError> {
  const plan = planPublicNotice(startsOn, calendar, workingDays);
  return plan.ok ? ok(plan.value.endsOn) : plan;
}

/** True when `startsOn` is a working day (a notice is normally posted on one). */
export function checkNoticeStartsOnWorkingDay(
  startsOn: CalendarDate,
  calendar: HolidayCalendar,
  field = 'startsOn',
): Result<void, FieldError> {
  return isWorkingDay(startsOn, calendar)
    ? ok(undefined)
    : err(
        fieldError(
          field,
          PUBLIC_NOTICE_RULES.START_NOT_WORKING_DAY,
          `公示开始日 ${startsOn} 不是工作日`,
        ),
      );
}

/** True when `date` lies within the notice, both ends included. */
export function isWithinNotice(date: CalendarDate, notice: PublicNoticePeriod): boolean {
  return notice.startsOn <= date && date <= notice.endsOn;
}

/** True once the notice is over: from the day after `endsOn`. */
export function hasNoticeEnded(notice: PublicNoticePeriod, today: CalendarDate): boolean {
  return compareDates(today, notice.endsOn) > 0;
}

/**
 * Records an objection received on `receivedOn`. Objections are accepted only during the notice
 * (PUBLIC_NOTICE_OBJECTION_OUTSIDE): one that arrives later is handled outside this workflow
 * (e.g. as a complaint leading to revocation).
 */
export function receiveObjection(
  id: string,
  receivedOn: CalendarDate,
  notice: PublicNoticePeriod,
): Result<Objection, FieldError> {
  if (!isWithinNotice(receivedOn, notice)) {
    return err(
      fieldError(
        'receivedOn',
        PUBLIC_NOTICE_RULES.OBJECTION_OUTSIDE_NOTICE,
        `公示期为 ${notice.startsOn} 至 ${notice.endsOn}，${receivedOn} 不在公示期内`,
      ),
    );
  }
  return ok({
    id,
    receivedOn,
    state: 'OPEN',
    resolution: null,
    resolvedBy: null,
    resolvedOn: null,
  });
}

/**
 * Resolves an OPEN objection as UPHELD or DISMISSED, recording the finding, who made it and
 * when. Fails when it is already resolved (PUBLIC_NOTICE_OBJECTION_RESOLVED), the finding is
 * blank (PUBLIC_NOTICE_OBJECTION_RESOLUTION_EMPTY) or dated before receipt
 * (PUBLIC_NOTICE_OBJECTION_RESOLVED_EARLY).
 */
export function resolveObjection(
  objection: Objection,
  outcome: 'UPHELD' | 'DISMISSED',
  resolution: string,
  resolvedBy: string,
  resolvedOn: CalendarDate,
): Result<Objection, FieldError> {
  if (objection.state !== 'OPEN') {
    return err(
      fieldError(
        'state',
        PUBLIC_NOTICE_RULES.OBJECTION_ALREADY_RESOLVED,
        `该异议已处理（${OBJECTION_STATE_LABELS[objection.state]}）`,
      ),
    );
  }
  const text = resolution.trim();
  if (text === '') {
    return err(
      fieldError(
        'resolution',
        PUBLIC_NOTICE_RULES.OBJECTION_RESOLUTION_EMPTY,
        '请填写异议核查结论',
      ),
    );
  }
  if (compareDates(resolvedOn, objection.receivedOn) < 0) {
    return err(
      fieldError(
        'resolvedOn',
        PUBLIC_NOTICE_RULES.OBJECTION_RESOLVED_BEFORE_RECEIVED,
        `处理日期 ${resolvedOn} 早于收到异议的日期 ${objection.receivedOn}`,
      ),
    );
  }
  return ok({ ...objection, state: outcome, resolution: text, resolvedBy, resolvedOn });
}

/**
 * Why a nomination under notice may not be approved yet — every reason, empty when it may:
 * - the notice has not ended (PUBLIC_NOTICE_NOT_ENDED): approval is possible from the day after
 *   `endsOn`;
 * - an objection is still OPEN (PUBLIC_NOTICE_OBJECTION_OPEN), one reason per objection;
 * - an objection was UPHELD (PUBLIC_NOTICE_OBJECTION_UPHELD): the objection was found true, so
 *   the nomination is to be rejected or withdrawn, not approved.
 */
export function approvalBlockers(
  notice: PublicNoticePeriod,
  objections: readonly Objection[],
  today: CalendarDate,
): FieldError[] {
  const reasons: FieldError[] = [];
  if (!hasNoticeEnded(notice, today)) {
    reasons.push(
      fieldError(
        'notice',
        PUBLIC_NOTICE_RULES.NOT_ENDED,
        `公示期至 ${notice.endsOn} 结束，公示期满后方可审批`,
      ),
    );
  }
  for (const objection of objections) {
    if (objection.state === 'OPEN') {
      reasons.push(
        fieldError(
          'objections',
          PUBLIC_NOTICE_RULES.OBJECTION_OPEN,
          `${objection.receivedOn} 收到的异议尚未核查处理`,
        ),
      );
    } else if (objection.state === 'UPHELD') {
      reasons.push(
        fieldError(
          'objections',
          PUBLIC_NOTICE_RULES.OBJECTION_UPHELD,
          `${objection.receivedOn} 收到的异议经核查成立，不能批准`,
        ),
      );
    }
  }
  return reasons;
}

/** {@link approvalBlockers} as a Result. */
export function checkApprovalAfterNotice(
  notice: PublicNoticePeriod,
  objections: readonly Objection[],
  today: CalendarDate,
): Result<void, FieldError[]> {
  const reasons = approvalBlockers(notice, objections, today);
  return reasons.length > 0 ? err(reasons) : ok(undefined);
}
