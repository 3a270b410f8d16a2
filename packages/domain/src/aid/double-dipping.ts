import { type CalendarDate, calendarDateParts } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { type Fen, formatYuan, sumFen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import type { AidApplicationState } from './application-workflow.js';

/**
 * No double dipping (不重复救助): one person, one program, one period — at most one grant.
 * Across programs and across unions, the reviewer is warned of the aid a household already had
 * (the same person may rightly get winter relief and education aid; the reviewer must see it).
 */

/** How often a program may help the same person. */
export const AID_GRANT_PERIODS = Object.freeze(['YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH'] as const);

/** 每年 / 每半年 / 每季度 / 每月 一次. */
export type AidGrantPeriod = (typeof AID_GRANT_PERIODS)[number];

/** Chinese names of the grant periods. */
export const AID_GRANT_PERIOD_LABELS: Readonly<Record<AidGrantPeriod, string>> = Object.freeze({
  YEAR: '每年一次',
  HALF_YEAR: '每半年一次',
  QUARTER: '每季度一次',
  MONTH: '每月一次',
});

/** The period a date falls in: '2026', '2026-H2', '2026-Q3', '2026-07'. */
export function grantPeriodOf(period: AidGrantPeriod, date: CalendarDate): string {
  const { year, month } = calendarDateParts(date);
  switch (period) {
    case 'YEAR':
      return String(year);
    case 'HALF_YEAR':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'QUARTER':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'MONTH':
      return `${year}-${String(month).padStart(2, '0')}`;
  }
}

/** Stable rule codes of the double-dipping check. */
export const AID_DOUBLE_DIPPING_RULES = Object.freeze({
  DUPLICATE: 'AID_DUPLICATE_GRANT',
} as const);

/** States in which an application still counts as a (pending or actual) grant. */
const COUNTING: ReadonlySet<AidApplicationState> = new Set([
  'SUBMITTED',
  'GRASSROOTS_REVIEWED',
  'DISTRICT_REVIEWED',
  'APPROVED',
  'DISBURSED',
  'RETURNED',
]);

/** True when an application in this state blocks another one for the same person/program/period. */
export function countsAsGrant(state: AidApplicationState): boolean {
  return COUNTING.has(state);
}

/**
 * The key under which the database keeps one grant per person, program and period. Null once
 * the application no longer counts (rejected), which frees the slot.
 */
export function grantSlotKey(
  programId: string,
  personKey: string,
  period: string,
  state: AidApplicationState,
): string | null {
  return countsAsGrant(state) ? `${programId}|${period}|${personKey}` : null;
}

/** An earlier application, as the check needs it. */
export type AidGrantRecord = {
  readonly programId: string;
  readonly programName: string;
  readonly unionName: string;
  /** The person's key (a blind index of the ID number: never the number itself). */
  readonly personKey: string;
  /** The applicant's masked name, for messages. */
  readonly maskedName: string;
  readonly period: string;
  readonly state: AidApplicationState;
  /** The approved (or else requested) amount, in fen. */
  readonly amount: Fen;
};

/** Refuses a second grant for the same person, program and period. */
export function checkNoDoubleDipping(
  candidate: { readonly programId: string; readonly personKey: string; readonly period: string },
  existing: readonly AidGrantRecord[],
): Result<void, FieldError[]> {
  const same = existing.find(
    (record) =>
      record.programId === candidate.programId &&
      record.personKey === candidate.personKey &&
      record.period === candidate.period &&
      countsAsGrant(record.state),
  );
  if (!same) return ok(undefined);
  return err([
    fieldError(
      'applicant',
      AID_DOUBLE_DIPPING_RULES.DUPLICATE,
      `${same.maskedName} 在「${same.programName}」${same.period} 已有申请（${same.unionName}），同一人同一项目同一期只能救助一次`,
    ),
  ]);
}

/** One warning of overlapping aid for the reviewer. */
export type OverlappingAidWarning = {
  readonly personKey: string;
  readonly maskedName: string;
  readonly programName: string;
  readonly unionName: string;
  readonly period: string;
  readonly amount: Fen;
  /** Plain Chinese for the review screen. */
  readonly message: string;
};

/**
 * The aid the household of an application has had or is asking for elsewhere: every counting
 * grant of any household member (the applicant included) in any program and any union, other
 * than the application itself. `total` sums them.
 */
export function overlappingAid(
  householdKeys: readonly string[],
  others: readonly AidGrantRecord[],
): { readonly warnings: readonly OverlappingAidWarning[]; readonly total: Fen } {
  const keys = new Set(householdKeys);
  const warnings = others
    .filter((record) => keys.has(record.personKey) && countsAsGrant(record.state))
    .map((record) => ({
      personKey: record.personKey,
      maskedName: record.maskedName,
      programName: record.programName,
      unionName: record.unionName,
      period: record.period,
      amount: record.amount,
      message: `家庭成员 ${record.maskedName} ${record.period} 在${record.unionName}「${record.programName}」${record.state === 'DISBURSED' ? '已获救助' : '有在办申请'} ${formatYuan(record.amount)} 元`,
    }));
  return { warnings, total: sumFen(warnings.map((warning) => warning.amount)) };
}
